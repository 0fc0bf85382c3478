// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QLoggingCategory>

namespace mt {

// "mt.jobs": job starts, ends, failures and database writes that failed.
Q_DECLARE_LOGGING_CATEGORY(lcJobs)

} // namespace mt
