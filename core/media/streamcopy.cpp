// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "streamcopy.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/gopindex.h"
#include "media/mediainput.h"
#include "media/mediawriter.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

Status StreamCopy::checkSpan(const QString &name, double from, double to, double duration)
{
    if (!std::isfinite(from) || !std::isfinite(to) || from < 0) {
        return Error::refused(
                tr("The start of a trim must be 0 s or later (got %L1 s).").arg(from, 0, 'f', 3));
    }
    if (to <= from) {
        return Error::refused(tr("The end of a trim (%L1 s) must come after its start (%L2 s).")
                                      .arg(to, 0, 'f', 3)
                                      .arg(from, 0, 'f', 3));
    }
    if (duration > 0 && from >= duration) {
        return Error::refused(tr("“%1” is only %L2 s long; a trim cannot start at %L3 s. Choose a "
                                 "start inside the clip.")
                                      .arg(name)
                                      .arg(duration, 0, 'f', 3)
                                      .arg(from, 0, 'f', 3));
    }
    return {};
}

Result<CutReport> StreamCopy::trim(const QString &inputPath,
                                   const QString &outputPath,
                                   double from,
                                   double to,
                                   JobContext &job)
{
    if (Status span = checkSpan(QFileInfo(inputPath).fileName(), from, to, 0); !span)
        return span.error();
    Result<MediaInput> opened = MediaInput::open(inputPath, job.cancelFlag());
    if (!opened)
        return opened.error();
    const MediaInput &input = *opened;
    if (Status span = checkSpan(input.name(), from, to, input.duration()); !span)
        return span.error();
    const double requestedTo = to;
    to = std::min(to, std::max(input.duration(), from + 1e-3));

    job.setProgress(0, tr("Finding keyframes"));
    Result<GopIndex> read = GopIndex::read(input, from, to, job.cancelFlag());
    if (!read)
        return read.error();
    const GopIndex &gops = *read;
    const std::vector<VideoPacket> &packets = gops.packets();
    const auto [first, last] = gops.framesIn(from, to);
    if (first == last) {
        return Error::refused(tr("“%1” has no frame between %L2 s and %L3 s.")
                                      .arg(input.name())
                                      .arg(from, 0, 'f', 3)
                                      .arg(to, 0, 'f', 3));
    }
    // The copy ends before the first packet, in decode order, of a frame past the wanted ones (as
    // `ffmpeg -to` does): every packet before it refers only to packets before it, so the output
    // decodes cleanly; with B-frames the last frame or two before `to` may be left out, which the
    // report's actualTo says.
    const qint64 lastWanted = gops.framePts()[size_t(last - 1)];
    qint64 endDts = INT64_MAX;
    qint64 endPts = gops.endPts();
    qint64 shownUntil = INT64_MIN;
    for (const VideoPacket &p : packets) {
        if (p.pts > lastWanted) {
            endDts = p.dts;
            endPts = shownUntil;
            break;
        }
        shownUntil = std::max(shownUntil,
                              p.pts + (p.duration > 0 ? p.duration : gops.frameDuration()));
    }
    const AVRational videoBase = input.video()->time_base;
    const qint64 startPts = packets.front().pts;
    const qint64 startDts = packets.front().dts;

    OutputFile file(outputPath);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    Result<MediaWriter> opening = MediaWriter::open(file.temporaryPath(),
                                                    outputPath,
                                                    job.cancelFlag());
    if (!opening)
        return opening.error();
    MediaWriter &writer = opening.value();
    const int videoOut = writer.addStream(input.video(), videoBase);
    AVStream *audio = input.audio();
    const int audioOut = audio ? writer.addStream(audio, audio->time_base) : -1;
    if (Status begun = writer.begin(); !begun)
        return begun.error();

    // Audio keeps the video's offset, so sync is exactly the source's. One packet before the
    // start comes along as the decoder's pre-roll; the muxer's edit list hides it.
    const qint64 audioFrom = audio ? av_rescale_q(startPts, videoBase, audio->time_base) : 0;
    const qint64 audioTo = audio ? av_rescale_q(endPts, videoBase, audio->time_base) : 0;
    AVFormatContext *format = input.format();
    if (int ret = av_seek_frame(format, input.video()->index, startDts, AVSEEK_FLAG_BACKWARD);
        ret < 0) {
        return Error::failed(tr("“%1” could not be read (%2).").arg(input.name(), avErrorText(ret)));
    }
    job.setProgress(0, tr("Copying"));
    CutReport report;
    av::PacketPtr packet = av::makePacket();
    bool videoDone = false;
    bool audioDone = !audio;
    while (!videoDone || !audioDone) {
        if (job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        const int ret = av_read_frame(format, packet.get());
        if (ret == AVERROR_EOF)
            break;
        if (ret < 0)
            return Error::failed(
                    tr("“%1” could not be read (%2).").arg(input.name(), avErrorText(ret)));
        av::PacketUnref unref(packet.get());
        if (packet->stream_index == input.video()->index && !videoDone) {
            if (packet->dts < startDts)
                continue;
            if (packet->dts >= endDts) {
                videoDone = true;
                continue;
            }
            ++report.frames;
            packet->pts -= startPts;
            packet->dts -= startPts;
            job.setProgress(double(packet->pts) / double(std::max<qint64>(1, endPts - startPts)));
            if (Status written = writer.write(packet.get(), videoOut); !written)
                return written.error();
        } else if (audio && packet->stream_index == audio->index && !audioDone) {
            if (packet->pts >= audioTo) {
                audioDone = videoDone;
                continue;
            }
            if (packet->pts + 2 * packet->duration <= audioFrom)
                continue;
            packet->pts -= audioFrom;
            packet->dts -= audioFrom;
            if (Status written = writer.write(packet.get(), audioOut); !written)
                return written.error();
        }
    }
    if (Status finished = writer.finish(); !finished)
        return finished.error();
    if (Status committed = file.commit(); !committed)
        return committed.error();
    job.setProgress(1);

    report.output = outputPath;
    report.requestedFrom = from;
    report.requestedTo = requestedTo;
    report.actualFrom = gops.seconds(startPts);
    report.actualTo = gops.seconds(endPts);
    report.duration = report.actualTo - report.actualFrom;
    report.copiedFrames = report.frames;
    report.method = CutReport::Method::Copy;
    return report;
}

} // namespace mt
