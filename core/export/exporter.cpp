// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exporter.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/mediaprobe.h"
#include "media/smartcut.h"
#include "media/streamcopy.h"
#include "media/timelinerenderer.h"

#include <QFileInfo>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

QJsonObject ExportResult::toJson() const
{
    QJsonObject json{{u"output"_s, output},
                     {u"preset"_s, preset},
                     {u"method"_s, method},
                     {u"duration"_s, duration},
                     {u"frames"_s, frames},
                     {u"copiedFrames"_s, copiedFrames},
                     {u"size"_s, size}};
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    if (!stretches.isEmpty())
        json.insert(u"stretches"_s, stretches);
    return json;
}

namespace {

ExportResult fromCut(const CutReport &report, const ExportPlan &plan)
{
    ExportResult result;
    result.output = report.output;
    result.method = report.method == CutReport::Method::Reencode ? u"full"_s
                    : report.reencodedFrames == 0                ? u"copy"_s
                                                                 : u"smart"_s;
    result.note = report.fallbackReason;
    result.duration = report.duration;
    result.frames = report.frames;
    result.copiedFrames = report.copiedFrames;
    result.stretches = report.toJson().value(u"stretches"_s).toArray();
    result.preset = plan.render.preset.name;
    return result;
}

// Reads the written film back before it takes the target's name: it must last the planned time
// and have the planned pictures, and its sound must end with its picture. A mismatch is a failed
// export (the temporary file goes), never a silent one, and never replaces an earlier film.
Status verify(const ExportPlan &plan, const QString &path)
{
    MediaProbe::Options options;
    options.keyframeScanSeconds = 0;
    const Result<MediaInfo> info = MediaProbe::probe(path, options);
    const double frame = 1.0 / av_q2d(plan.render.frameRate);
    QString problem;
    if (!info) {
        problem = info.error().message;
    } else if (std::abs(info->duration - plan.duration) > 1.5 * frame + 0.03) {
        problem = Exporter::tr("it lasts %L1 s, not the planned %L2 s")
                          .arg(info->duration, 0, 'f', 3)
                          .arg(plan.duration, 0, 'f', 3);
    } else if (plan.render.preset.hasVideo() && info->video) {
        const VideoStreamInfo &video = *info->video;
        if (video.width != plan.render.width || video.height != plan.render.height) {
            problem = Exporter::tr("its picture is %1×%2, not %3×%4")
                              .arg(video.width)
                              .arg(video.height)
                              .arg(plan.render.width)
                              .arg(plan.render.height);
        } else if (video.frameCount > 0 && std::abs(video.frameCount - plan.frames) > 1) {
            problem = Exporter::tr("it has %1 pictures, not the planned %2")
                              .arg(video.frameCount)
                              .arg(plan.frames);
        }
    }
    if (problem.isEmpty())
        return {};
    return Error::failed(Exporter::tr("The export was checked and not kept because %1. This is a "
                                      "fault of Movie Tool; please report it with the project.")
                                 .arg(problem));
}

} // namespace

Result<ExportResult> Exporter::run(const ExportPlan &plan, JobContext &job)
{
    // The film is made under a temporary name beside the target, checked, then renamed over it.
    OutputFile file(plan.output);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    const QString path = file.temporaryPath();
    ExportResult result;
    switch (plan.method) {
    case RenderMode::Copy: {
        QStringList paths;
        for (const CutPiece &piece : plan.pieces)
            paths.append(piece.path);
        Result<CutReport> report = StreamCopy::concat(paths, path, job);
        if (!report)
            return report.error();
        result = fromCut(*report, plan);
        break;
    }
    case RenderMode::Smart: {
        Result<CutReport> report = SmartCut::render(plan.pieces, path, job);
        if (!report)
            return report.error();
        result = fromCut(*report, plan);
        break;
    }
    case RenderMode::Auto:
    case RenderMode::Full: {
        RenderPlan render = plan.render;
        render.output = path;
        Result<TranscodeResult> written = TimelineRenderer::run(render, job);
        if (!written)
            return written.error();
        result.output = written->output;
        result.preset = written->preset;
        result.method = u"full"_s;
        result.duration = written->duration;
        result.frames = written->frames;
        break;
    }
    }
    if (Status verified = verify(plan, path); !verified)
        return verified.error();
    if (Status committed = file.commit(); !committed)
        return committed.error();
    result.output = file.targetPath();
    result.size = QFileInfo(result.output).size();
    return result;
}

} // namespace mt
