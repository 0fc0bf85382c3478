// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QLoggingCategory>

namespace mt {

// Generation's log: task states, provider error kinds and codes, retries. Never a key, never an
// Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcGeneration)

} // namespace mt
