// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace mt {

class Cli;
class JobContext;

// Runs one long media operation for the CLI on the calling thread, as the job queue would run it
// for the editor: progress goes to stderr (a bar on a terminal, a line per 10 % otherwise, nothing
// with --quiet) and Ctrl+C cancels it through the job's cancel flag, so the operation stops
// promptly and leaves no partial output.
Result<QJsonObject> runOperation(const Cli &cli, const QString &title,
                                 const std::function<Result<QJsonObject>(JobContext &)> &work);

} // namespace mt
