// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QLoggingCategory>

namespace mt {

// "mt.storage": SQL text, driver errors and migrations; people see translated messages instead.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace mt
