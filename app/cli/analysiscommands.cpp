// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// analyze
#include "cli.h"

namespace mt {

QList<Command> analysisCommands()
{
    return {};
}

} // namespace mt
