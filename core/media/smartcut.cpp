// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "smartcut.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/mediawriter.h"
#include "media/segmentencoders.h"
#include "media/smartplan.h"
#include "media/spanaudio.h"
#include "media/videospanencoder.h"
#include "media/x264match.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

namespace mt {

Q_LOGGING_CATEGORY(lcCut, "mt.cut", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace {

// What one attempt writes, shared by the smart and the full way.
struct Render
{
    std::vector<PiecePlan> &plans;
    JobContext &job;
    MediaWriter writer;
    SpanAudio audio;
    int videoStream = -1;
    qint64 totalFrames = 0;
    qint64 doneFrames = 0;
    CutReport report;

    void stretch(int piece, bool copied, qint64 from, qint64 to, qint64 frames)
    {
        const PiecePlan &plan = plans[std::size_t(piece)];
        const GopIndex &gops = plan.gops;
        report.stretches.append({piece,
                                 copied,
                                 gops.seconds(from),
                                 gops.seconds(to > plan.lastPts ? plan.endPts : to),
                                 frames});
    }

    Status advance(qint64 outPts, AVRational base)
    {
        ++doneFrames;
        job.setProgress(double(doneFrames) / double(std::max<qint64>(1, totalFrames)));
        return audio.writeUntil(toSeconds(outPts, base), job);
    }
};

QList<SpanAudio::Span> audioSpans(const std::vector<PiecePlan> &plans)
{
    QList<SpanAudio::Span> spans;
    double end = 0;
    for (const PiecePlan &plan : plans) {
        end += plan.duration();
        spans.append(
                {plan.piece.path, toSeconds(plan.firstPts, plan.input.video()->time_base), end});
    }
    return spans;
}

// Copies the packets of a Copy segment onto the output's timeline.
Status copySegment(Render &r, PiecePlan &plan, const CutSegment &segment)
{
    const MediaInput &input = plan.input;
    AVStream *video = input.video();
    const qint64 shift = plan.outStart - plan.firstPts;
    if (int ret = av_seek_frame(input.format(), video->index, segment.seekDts, AVSEEK_FLAG_BACKWARD);
        ret < 0)
        return Error::failed(
                SmartCut::tr("“%1” could not be read (%2).").arg(input.name(), avErrorText(ret)));
    av::PacketPtr packet = av::makePacket();
    bool started = false;
    for (;;) {
        if (r.job.isCancelled())
            return Error::cancelled(SmartCut::tr("Cancelled."));
        const int ret = av_read_frame(input.format(), packet.get());
        if (ret == AVERROR_EOF)
            return {};
        if (ret < 0) {
            return Error::failed(SmartCut::tr("“%1” could not be read (%2).")
                                         .arg(input.name(), avErrorText(ret)));
        }
        av::PacketUnref unref(packet.get());
        if (packet->stream_index != video->index)
            continue;
        started = started || (packet->dts >= segment.seekDts && packet->pts == segment.from);
        if (!started)
            continue;
        if (packet->pts >= segment.to)
            return {};
        packet->pts += shift;
        packet->dts += shift;
        ++r.report.copiedFrames;
        const qint64 outPts = packet->pts;
        if (Status written = r.writer.write(packet.get(), r.videoStream); !written)
            return written;
        if (Status advanced = r.advance(outPts, video->time_base); !advanced)
            return advanced;
    }
}

// Writes the packets a SegmentEncoders worker made for an Encode segment.
Status writeEncoded(Render &r, PiecePlan &plan, SegmentEncoders &encoders, bool *seam)
{
    SegmentEncoders::Result encoded = encoders.takeNext();
    if (!encoded.status) {
        *seam = encoded.seam;
        return encoded.status;
    }
    const AVRational base = plan.input.video()->time_base;
    for (av::PacketPtr &packet : encoded.packets) {
        ++r.report.reencodedFrames;
        const qint64 outPts = packet->pts;
        if (Status written = r.writer.write(packet.get(), r.videoStream); !written) {
            *seam = true;
            return written;
        }
        if (Status advanced = r.advance(outPts, base); !advanced)
            return advanced;
    }
    return {};
}

Status openOutput(Render &r, OutputFile &file, const QString &output)
{
    if (Status prepared = file.prepare(); !prepared)
        return prepared;
    Result<MediaWriter> writer = MediaWriter::open(file.temporaryPath(), output, r.job.cancelFlag());
    if (!writer)
        return writer.error();
    r.writer = std::move(writer).value();
    return {};
}

Status finishOutput(Render &r, OutputFile &file)
{
    if (Status audio = r.audio.finish(r.job); !audio)
        return audio;
    if (Status finished = r.writer.finish(); !finished)
        return finished;
    return file.commit();
}

Status runSmart(Render &r, const QString &output, qint64 delay, bool *seam)
{
    PiecePlan &first = r.plans.front();
    const Result<X264Match> match = x264MatchFor(first.input.video());
    OutputFile file(output);
    if (Status opened = openOutput(r, file, output); !opened)
        return opened;
    r.videoStream = r.writer.addStream(first.input.video(), first.input.video()->time_base);
    if (Status audio = r.audio.open(audioSpans(r.plans), r.writer, r.job.cancelFlag()); !audio)
        return audio;
    if (Status begun = r.writer.begin(); !begun)
        return begun;
    std::vector<SegmentEncoders::Task> tasks;
    for (const PiecePlan &plan : r.plans) {
        for (const CutSegment &segment : plan.segments) {
            if (segment.kind == CutSegment::Kind::Encode)
                tasks.push_back(SegmentEncoders::taskFor(plan, segment, delay));
        }
    }
    SegmentEncoders encoders(std::move(tasks), *match, r.job, QThread::idealThreadCount());
    for (std::size_t piece = 0; piece < r.plans.size(); ++piece) {
        PiecePlan &plan = r.plans[piece];
        if (plan.input.audio())
            plan.input.audio()->discard = AVDISCARD_ALL;
        for (const CutSegment &segment : plan.segments) {
            const bool copy = segment.kind == CutSegment::Kind::Copy;
            const qint64 before = r.report.copiedFrames + r.report.reencodedFrames;
            const Status done = copy ? copySegment(r, plan, segment)
                                     : writeEncoded(r, plan, encoders, seam);
            if (!done)
                return done;
            // What was written, not what was planned: the report must not claim copies that
            // did not happen.
            r.stretch(int(piece),
                      copy,
                      segment.from,
                      segment.to,
                      r.report.copiedFrames + r.report.reencodedFrames - before);
        }
    }
    return finishOutput(r, file);
}

// The full re-encode: one encoder for the whole output.
Status runFull(Render &r, const QString &output)
{
    PiecePlan &first = r.plans.front();
    const AVStream *source = first.input.video();
    const AVPixelFormat format = AVPixelFormat(source->codecpar->format);
    static const AVPixelFormat kept[] = {AV_PIX_FMT_YUV420P,
                                         AV_PIX_FMT_YUV422P,
                                         AV_PIX_FMT_YUV444P,
                                         AV_PIX_FMT_YUV420P10LE};
    VideoEncoding encoding;
    encoding.codec = u"libx264"_s;
    encoding.crf = 23;
    encoding.speed = u"veryfast"_s;
    encoding.pixelFormat = QString::fromUtf8(av_get_pix_fmt_name(
            std::find(std::begin(kept), std::end(kept), format) != std::end(kept)
                    ? format
                    : AV_PIX_FMT_YUV420P));
    const AVRational sar = source->codecpar->sample_aspect_ratio;
    if (sar.num > 0 && sar.den > 0)
        encoding.options.insert(u"aspect"_s, u"%1/%2"_s.arg(sar.num).arg(sar.den));
    Encoder::Picture picture;
    picture.width = source->codecpar->width;
    picture.height = source->codecpar->height;
    AVRational rate = source->avg_frame_rate.num > 0 ? source->avg_frame_rate
                                                     : source->r_frame_rate;
    picture.frameRate = rate.num > 0 && rate.den > 0 ? rate : AVRational{30, 1};

    OutputFile file(output);
    if (Status opened = openOutput(r, file, output); !opened)
        return opened;
    const bool globalHeader = r.writer.format()->oformat->flags & AVFMT_GLOBALHEADER;
    VideoSpanEncoder encoder;
    if (Status opened = encoder.open(encoding, picture, globalHeader); !opened)
        return opened;
    r.videoStream = r.writer.addStream(encoder.encoder().context(), source);
    if (Status audio = r.audio.open(audioSpans(r.plans), r.writer, r.job.cancelFlag()); !audio)
        return audio;
    if (Status begun = r.writer.begin(); !begun)
        return begun;
    const AVRational base = encoder.encoder().context()->time_base;
    auto sink = [&](AVPacket *packet) -> Status {
        const qint64 outPts = packet->pts;
        if (Status written = r.writer.write(packet, r.videoStream); !written)
            return written;
        ++r.report.reencodedFrames;
        return r.advance(outPts, base);
    };
    for (std::size_t piece = 0; piece < r.plans.size(); ++piece) {
        PiecePlan &plan = r.plans[piece];
        if (plan.input.audio())
            plan.input.audio()->discard = AVDISCARD_ALL;
        Decoder decoder;
        if (decoder.open(plan.input.video(), true) < 0)
            return Error::failed(SmartCut::tr("“%1” could not be decoded.").arg(plan.input.name()));
        const VideoSpanEncoder::Span span{plan.gops.packets().front().dts,
                                          plan.firstPts,
                                          plan.lastPts + 1,
                                          plan.outStart - plan.firstPts};
        Result<qint64> encoded = encoder.encode(plan.input, decoder, span, sink, r.job);
        if (!encoded)
            return encoded.error();
        r.stretch(int(piece), false, span.from, span.to, *encoded);
    }
    if (Status drained = encoder.finish(sink); !drained)
        return drained;
    return finishOutput(r, file);
}

} // namespace

Result<CutReport> SmartCut::trim(
        const QString &input, const QString &output, double from, double to, JobContext &job)
{
    return render({CutPiece{input, from, to}}, output, job);
}

Result<CutReport> SmartCut::render(const QList<CutPiece> &pieces,
                                   const QString &output,
                                   JobContext &job,
                                   Mode mode)
{
    if (pieces.isEmpty())
        return Error::refused(tr("Nothing to cut: no pieces were given."));
    job.setProgress(0, tr("Reading keyframes"));
    std::vector<PiecePlan> plans;
    qint64 totalFrames = 0;
    double outSeconds = 0;
    for (const CutPiece &piece : pieces) {
        Result<PiecePlan> plan = PiecePlan::make(piece, job.cancelFlag());
        if (!plan)
            return plan.error();
        plans.push_back(std::move(plan).value());
        PiecePlan &made = plans.back();
        made.outStart = toTicks(outSeconds, made.input.video()->time_base);
        outSeconds += made.duration();
        totalFrames += made.frames;
    }
    QString obstacle = u"re-encoding was asked for"_s;
    qint64 delay = 0;
    if (mode == Mode::Auto)
        obstacle = smartCutObstacle(plans, &delay);

    auto attempt = [&](bool smart, bool *seam) -> Result<CutReport> {
        Render r{plans, job, {}, {}, -1, totalFrames, 0, {}};
        job.setProgress(0, smart ? tr("Cutting") : tr("Re-encoding"));
        Status status = smart ? runSmart(r, output, delay, seam) : runFull(r, output);
        if (!status)
            return status.error();
        return r.report;
    };
    Result<CutReport> result = Error::failed({});
    if (obstacle.isEmpty()) {
        bool seam = false;
        result = attempt(true, &seam);
        if (!result && seam) {
            obstacle = result.error().message;
            qCInfo(lcCut) << "smart cut gave up:" << obstacle;
        } else if (!result) {
            return result.error();
        }
    }
    if (!obstacle.isEmpty()) {
        qCInfo(lcCut) << "re-encoding the whole span:" << obstacle;
        result = attempt(false, nullptr);
        if (!result)
            return result.error();
    }
    CutReport report = *result;
    report.output = output;
    report.requestedFrom = pieces.front().in;
    report.requestedTo = pieces.back().out;
    report.actualFrom = plans.front().gops.seconds(plans.front().firstPts);
    report.actualTo = plans.back().gops.seconds(plans.back().endPts);
    report.duration = outSeconds;
    report.frames = report.copiedFrames + report.reencodedFrames;
    report.method = obstacle.isEmpty() ? CutReport::Method::Smart : CutReport::Method::Reencode;
    report.fallbackReason = obstacle;
    job.setProgress(1);
    return report;
}

} // namespace mt
