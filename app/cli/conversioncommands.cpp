// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// trim | convert | merge | presets
#include "cli.h"

namespace mt {

QList<Command> conversionCommands()
{
    return {};
}

} // namespace mt
