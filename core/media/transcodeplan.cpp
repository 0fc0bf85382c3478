// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "transcodeplan.h"

#include "jobs/jobcontext.h"
#include "media/conformchain.h"
#include "media/mediaprobe.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/pixdesc.h>
}

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int MinSide = 16;
constexpr int MaxSide = 8192;
constexpr double MaxFrameRate = 240;
constexpr double MaxStillDuration = 3600;

QString quoted(const QString &path)
{
    return u"“%1”"_s.arg(QDir::toNativeSeparators(path));
}

AVRational toAv(Rational rate)
{
    return {rate.num, rate.den};
}

bool canDecode(const QString &codec)
{
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get_by_name(codec.toUtf8().constData());
    return descriptor && avcodec_find_decoder(descriptor->id);
}

} // namespace

Result<TranscodePlan> TranscodePlan::make(const TranscodeRequest &request, JobContext &job)
{
    TranscodePlan plan;
    plan.preset = request.preset;
    plan.output = request.output;
    const ExportPreset &preset = plan.preset;
    if (request.sources.isEmpty())
        return Error::refused(tr("There is nothing to convert: give at least one input file."));
    const QString suffix = QFileInfo(request.output).suffix();
    if (suffix.compare(preset.extension, Qt::CaseInsensitive) != 0) {
        return Error::refused(tr("The preset “%1” writes .%2 files, but the output %3 is named "
                                 "otherwise. Give it the extension .%2 or choose another preset.")
                                      .arg(preset.name, preset.extension, quoted(request.output)));
    }
    if (preset.singleFrame && request.sources.size() > 1) {
        return Error::refused(
                tr("The preset “%1” writes one picture, so it takes one input.").arg(preset.name));
    }
    if (Status encoders = preset.checkEncoders(); !encoders)
        return encoders.error();
    if (request.frameRate.num != 0
        && (!request.frameRate.isValid() || request.frameRate.toDouble() > MaxFrameRate)) {
        return Error::refused(tr("The frame rate %1 is out of range (above 0, at most %2).")
                                      .arg(request.frameRate.toString())
                                      .arg(MaxFrameRate));
    }

    // Probing decodes each file's first and last frames: a truncated clip is refused now, not
    // after minutes of encoding. Frame timing is not needed here (the fps filter conforms it).
    MediaProbe::Options probeOptions;
    probeOptions.keyframeScanSeconds = 0;
    bool anySound = false;
    for (const TranscodeSource &source : request.sources) {
        if (job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        Result<MediaInfo> info = MediaProbe::probe(source.path, probeOptions);
        if (!info.ok())
            return info.error();
        PlannedSource planned;
        planned.path = source.path;
        planned.info = std::move(info).value();
        planned.readVideo = preset.hasVideo() && planned.info.hasVideo();
        planned.readAudio = preset.hasAudio() && planned.info.hasAudio();
        if (planned.isStill()) {
            if (!(source.stillDuration > 0 && source.stillDuration <= MaxStillDuration)) {
                return Error::refused(tr("A still is held between 0 and %1 seconds, not %2.")
                                              .arg(MaxStillDuration)
                                              .arg(source.stillDuration));
            }
            planned.stillDuration = source.stillDuration;
        }
        if (preset.hasVideo() && !planned.info.hasVideo()) {
            return Error::refused(tr("%1 has no picture, and the preset “%2” writes video. Choose "
                                     "a sound-only preset such as “m4a”, or add a video or still.")
                                          .arg(quoted(source.path), preset.name));
        }
        // The probe describes streams it cannot decode (an AVI with an unknown sound codec); a
        // transcode needs them decoded, and says so before writing anything.
        for (const auto &[read, codec, what] :
             {std::tuple{planned.readVideo,
                         planned.info.video ? planned.info.video->codec : QString(),
                         tr("picture")},
              std::tuple{planned.readAudio,
                         planned.info.audio ? planned.info.audio->codec : QString(),
                         tr("sound")}}) {
            if (read && !canDecode(codec)) {
                return Error::refused(tr("The %1 of %2 is in a format (%3) the FFmpeg libraries on "
                                         "this computer cannot decode. Convert it to a common "
                                         "format first, or leave it out.")
                                              .arg(what, quoted(source.path), codec));
            }
        }
        anySound = anySound || planned.readAudio;
        planned.expectedDuration = preset.singleFrame  ? 0
                                   : planned.isStill() ? planned.stillDuration
                                                       : planned.info.duration;
        plan.expectedDuration += planned.expectedDuration;
        plan.sources.append(std::move(planned));
    }
    if (!preset.hasVideo() && !anySound) {
        return Error::refused(tr("None of the inputs has sound, and the preset “%1” writes only "
                                 "sound.")
                                      .arg(preset.name));
    }
    if (preset.maxDuration > 0)
        plan.expectedDuration = std::min(plan.expectedDuration, preset.maxDuration);

    // The output takes the first video's size, else the first still's: a title card made at
    // another size does not decide the film's.
    auto firstPicture = std::find_if(plan.sources.cbegin(),
                                     plan.sources.cend(),
                                     [](const PlannedSource &s) {
                                         return s.readVideo && !s.isStill();
                                     });
    if (firstPicture == plan.sources.cend()) {
        firstPicture = std::find_if(plan.sources.cbegin(),
                                    plan.sources.cend(),
                                    [](const PlannedSource &s) { return s.readVideo; });
    }
    plan.decideFrameRate(request);
    if (Status size = plan.decideSize(request,
                                      firstPicture == plan.sources.cend() ? nullptr
                                                                          : &*firstPicture);
        !size)
        return size.error();
    return plan;
}

void TranscodePlan::decideFrameRate(const TranscodeRequest &request)
{
    frameRate = {30, 1};
    if (request.frameRate.isValid()) {
        frameRate = toAv(request.frameRate);
    } else {
        for (const PlannedSource &source : std::as_const(sources)) {
            if (!source.readVideo || source.isStill())
                continue;
            const Rational rate = source.info.video->frameRate;
            if (rate.isValid() && rate.toDouble() >= 1 && rate.toDouble() <= MaxFrameRate)
                frameRate = toAv(rate);
            break;
        }
    }
    const Rational limit = preset.video ? preset.video->maxFrameRate : Rational{};
    if (limit.isValid() && av_cmp_q(frameRate, toAv(limit)) > 0)
        frameRate = toAv(limit);
}

Status TranscodePlan::decideSize(const TranscodeRequest &request, const PlannedSource *firstPicture)
{
    if (!preset.video || !firstPicture)
        return {};
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(
            av_get_pix_fmt(preset.video->pixelFormat.toUtf8().constData()));
    const int alignX = desc ? 1 << desc->log2_chroma_w : 1;
    const int alignY = desc ? 1 << desc->log2_chroma_h : 1;
    const VideoStreamInfo &video = *firstPicture->info.video;
    const double aspect = double(std::max(1, video.width)) / std::max(1, video.height);
    const auto alignedDown = [](double value, int unit) {
        return std::max(unit, int(std::lround(value)) / unit * unit);
    };

    width = request.width;
    height = request.height;
    if ((width > 0 && width % alignX) || (height > 0 && height % alignY)) {
        return Error::refused(tr("The preset “%1” needs a width divisible by %2 and a height "
                                 "divisible by %3; %4×%5 is not.")
                                      .arg(preset.name)
                                      .arg(alignX)
                                      .arg(alignY)
                                      .arg(width)
                                      .arg(height));
    }
    if (width <= 0 && height <= 0) {
        double w = video.width;
        double h = video.height;
        if (preset.video->maxWidth > 0 && w > preset.video->maxWidth) {
            h = h * preset.video->maxWidth / w;
            w = preset.video->maxWidth;
        }
        width = alignedDown(w, alignX);
        height = alignedDown(h, alignY);
    } else if (height <= 0) {
        height = alignedDown(width / aspect, alignY);
    } else if (width <= 0) {
        width = alignedDown(height * aspect, alignX);
    }
    if (width < MinSide || height < MinSide || width > MaxSide || height > MaxSide) {
        return Error::refused(tr("The output size %1×%2 is out of range: each side must be "
                                 "between %3 and %4 pixels. Choose another size.")
                                      .arg(width)
                                      .arg(height)
                                      .arg(MinSide)
                                      .arg(MaxSide));
    }
    return {};
}

} // namespace mt
