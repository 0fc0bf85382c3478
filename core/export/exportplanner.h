// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/project.h"
#include "domain/timeline.h"
#include "media/cutreport.h"
#include "media/renderplan.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace mt {

// How an export is made. Copy and Smart keep the clips' own H.264 and AAC (copying whole GOPs;
// Smart re-encodes only from each cut to the next keyframe); Full decodes everything and
// encodes the preset afresh. Auto takes the fastest that is exact.
enum class RenderMode { Auto, Copy, Smart, Full };

QString renderModeName(RenderMode mode); // "auto", "copy", "smart", "full"
std::optional<RenderMode> renderModeFromName(const QString &name);

struct ExportRequest
{
    qint64 projectId = 0;
    QString output; // empty: a new file in the project's export folder
    QString preset; // empty: the project's default preset
    RenderMode mode = RenderMode::Auto;
};

// What an export will do, decided before anything is written. A plain value for the job.
struct ExportPlan
{
    RenderMode method = RenderMode::Full; // Copy, Smart or Full
    QString fullReason;                   // why the clips cannot be copied (for people)
    QString output;                       // absolute path of the file to write
    RenderPlan render;                    // preset, size, rate, clips and sounds (Full)
    QList<CutPiece> pieces;               // the clips as file spans (Copy, Smart)
    double duration = 0;                  // seconds the film lasts
    qint64 frames = 0;                    // pictures it has

    // {method, reason, output, preset, width, height, frameRate, duration, frames, clips}
    QJsonObject toJson() const;
};

// Turns a project's timeline and a preset into an ExportPlan: sizes, rates and every clip's
// frame count (exact: the film lasts what the timeline shows, to the frame), whether the clips
// can be copied, and where the file goes. Checks everything a person can fix before a job runs:
// an empty timeline, a clip whose file is missing from the library, a preset that does not write
// films, a forced copy the clips do not allow (saying why). Main thread (plain values in).
class ExportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(mt::ExportPlanner)

public:
    static Result<ExportPlan> plan(const Project &project,
                                   const Timeline &timeline,
                                   const QString &libraryRoot,
                                   const ExportRequest &request);

    // Why the timeline's clips cannot be copied into `preset`'s format; empty when they can.
    static QString whyNotCopy(const Project &project,
                              const Timeline &timeline,
                              const ExportPreset &preset);

    // "<folder>/<name> <date>.<ext>", with " (2)", " (3)" … until no file has that name.
    static QString newFileName(const QString &folder, const QString &name, const QString &extension);
};

} // namespace mt
