// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "export/exportplanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mt {

class JobContext;

// What an export wrote.
struct ExportResult
{
    QString output;
    QString preset;
    QString method; // how it was made: "copy", "smart" or "full"
    QString note;   // why a smart render had to re-encode all (for the log)
    double duration = 0;
    qint64 frames = 0;
    qint64 copiedFrames = 0; // of a copy or smart render
    // Of a smart render: which frames of which clip were copied and which re-encoded
    // (CutReport::toJson's "stretches"); the export's row keeps it in its plan.
    QJsonArray stretches;
    qint64 size = 0;

    QJsonObject toJson() const;
};

// Runs an ExportPlan on the calling (worker) thread: copy (StreamCopy::concat), smart
// (SmartCut::render) or full (TimelineRenderer), each writing through a temporary file; then
// reads the result back and compares its length with the plan's. A film that does not last what
// the timeline shows is a failed export, not a silent one: the file is removed and the error
// says so. Cancel, a missing source or a full disk leave nothing behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(mt::Exporter)

public:
    static Result<ExportResult> run(const ExportPlan &plan, JobContext &job);
};

} // namespace mt
