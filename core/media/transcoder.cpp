// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "transcoder.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/encodedoutput.h"
#include "media/sourcerenderer.h"
#include "media/transcodeplan.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

QJsonObject TranscodeResult::toJson() const
{
    QJsonObject json{{u"output"_s, output},
                     {u"preset"_s, preset},
                     {u"duration"_s, duration},
                     {u"frames"_s, frames},
                     {u"width"_s, width},
                     {u"height"_s, height},
                     {u"audio"_s, hasAudio},
                     {u"size"_s, size}};
    if (frameRate.isValid())
        json.insert(u"frameRate"_s, frameRate.toString());
    return json;
}

Result<TranscodeResult> Transcoder::run(const TranscodeRequest &request, JobContext &job)
{
    Result<TranscodePlan> plan = TranscodePlan::make(request, job);
    if (!plan)
        return plan.error();
    OutputFile file(plan->output);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    EncodedOutput output(*plan, job);
    if (Status opened = output.open(file.temporaryPath(), file.targetPath()); !opened)
        return opened.error();
    for (const PlannedSource &source : std::as_const(plan->sources)) {
        if (output.isFull())
            break;
        if (Status rendered = SourceRenderer(output, job).render(source); !rendered)
            return rendered.error();
    }
    // Writes the trailer and closes the file, so the commit renames a complete one.
    if (Status finished = output.finish(); !finished)
        return finished.error();
    if (job.isCancelled())
        return Error::cancelled(QCoreApplication::translate("mt::Transcoder", "Cancelled."));
    if (Status committed = file.commit(); !committed)
        return committed.error();

    TranscodeResult result;
    result.output = file.targetPath();
    result.preset = plan->preset.name;
    result.duration = output.duration();
    result.frames = output.videoFrames();
    if (plan->hasVideo()) {
        result.width = plan->width;
        result.height = plan->height;
        if (!plan->preset.singleFrame)
            result.frameRate = {plan->frameRate.num, plan->frameRate.den};
    }
    result.hasAudio = plan->hasAudio();
    result.size = QFileInfo(result.output).size();
    job.setProgress(1.0);
    return result;
}

} // namespace mt
