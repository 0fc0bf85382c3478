// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// thumb
#include "cli.h"

namespace mt {

QList<Command> thumbnailCommands()
{
    return {};
}

} // namespace mt
