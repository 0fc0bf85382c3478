// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "sourcerenderer.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/encodedoutput.h"
#include "media/transcodeplan.h"

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

qint64 frameDuration(const AVFrame *frame)
{
#if LIBAVUTIL_VERSION_MAJOR >= 58
    return frame->duration;
#else
    return frame->pkt_duration;
#endif
}

// The JPEG pixel formats are the plain ones at full range. libswscale warns about them as
// deprecated and then guesses; saying it with color_range instead is what FFmpeg does since.
void unJpeg(AVFrame *frame)
{
    AVPixelFormat plain = AV_PIX_FMT_NONE;
    switch (frame->format) {
    case AV_PIX_FMT_YUVJ420P:
        plain = AV_PIX_FMT_YUV420P;
        break;
    case AV_PIX_FMT_YUVJ422P:
        plain = AV_PIX_FMT_YUV422P;
        break;
    case AV_PIX_FMT_YUVJ444P:
        plain = AV_PIX_FMT_YUV444P;
        break;
    case AV_PIX_FMT_YUVJ440P:
        plain = AV_PIX_FMT_YUV440P;
        break;
    case AV_PIX_FMT_YUVJ411P:
        plain = AV_PIX_FMT_YUV411P;
        break;
    default:
        return;
    }
    frame->format = plain;
    frame->color_range = AVCOL_RANGE_JPEG;
}

} // namespace

SourceRenderer::SourceRenderer(EncodedOutput &output, JobContext &job)
    : m_output(output)
    , m_job(job)
    , m_frame(av::makeFrame())
    , m_filtered(av::makeFrame())
{}

Status SourceRenderer::render(const PlannedSource &source)
{
    m_source = &source;
    m_output.beginSource();
    if (!source.readVideo && !source.readAudio)
        return m_output.endSource(source.expectedDuration);
    if (!m_frame || !m_filtered)
        return Error::failed(tr("Out of memory."));
    if (Status opened = m_input.open(source.path,
                                     {source.readVideo, source.readAudio},
                                     *m_job.cancelFlag());
        !opened)
        return opened;

    const AVStream *video = m_input.videoStream();
    const AVStream *audio = m_input.audioStream();
    if (video) {
        m_videoStart = m_input.startTime(video);
        const double remaining = m_output.remainingSeconds();
        if (std::isfinite(remaining))
            m_videoLimit = std::llround(remaining / av_q2d(video->time_base));
    }
    // Sound is placed against the picture's start, so an offset between them in the source
    // (sound starting late, or early) is kept in the output.
    if (audio) {
        m_audioStart = video ? av_rescale_q(m_videoStart, video->time_base, audio->time_base)
                             : m_input.startTime(audio);
    }

    const qint64 framesBefore = m_output.videoFrames();
    if (Status read = readPackets(); !read)
        return read;
    if (Status finished = finishGraphs(); !finished)
        return finished;
    if (video && source.isStill()) {
        if (Status repeated = repeatStill(); !repeated)
            return repeated;
    }
    if (video && m_output.videoFrames() == framesBefore && !m_output.isFull()) {
        return Error::failed(tr("No picture could be decoded from %1 (%2 damaged packets). "
                                "Check the file in a player, or leave it out.")
                                     .arg(m_input.name())
                                     .arg(m_damagedPackets));
    }
    return m_output.endSource(video ? 0 : source.expectedDuration);
}

Status SourceRenderer::readPackets()
{
    av::PacketPtr packet = av::makePacket();
    if (!packet)
        return Error::failed(tr("Out of memory."));
    const AVStream *video = m_input.videoStream();
    const AVStream *audio = m_input.audioStream();
    while (!m_stopReading) {
        if (m_job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        const int ret = m_input.read(packet.get());
        if (ret == AVERROR_EOF)
            break;
        if (ret < 0)
            return failed(tr("Reading %1 failed").arg(m_input.name()), ret);
        av::PacketUnref unref(packet.get());
        Status decoded;
        if (video && packet->stream_index == video->index)
            decoded = decode(m_input.videoDecoder(), packet.get(), true);
        else if (audio && packet->stream_index == audio->index)
            decoded = decode(m_input.audioDecoder(), packet.get(), false);
        if (!decoded)
            return decoded;
    }
    if (m_stopReading)
        return {};
    // Frames the decoders still hold (reordering, frame threads).
    if (video) {
        if (Status drained = decode(m_input.videoDecoder(), nullptr, true); !drained)
            return drained;
    }
    if (audio)
        return decode(m_input.audioDecoder(), nullptr, false);
    return {};
}

Status SourceRenderer::decode(Decoder &decoder, const AVPacket *packet, bool video)
{
    int ret = decoder.send(packet);
    // A damaged packet is skipped, as players skip it; the probe has refused files that are
    // damaged throughout.
    if (ret == AVERROR_INVALIDDATA) {
        ++m_damagedPackets;
        return {};
    }
    if (ret < 0 && ret != AVERROR_EOF)
        return failed(tr("Decoding %1 failed").arg(m_input.name()), ret);
    while (!m_stopReading) {
        ret = decoder.receive(m_frame.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret == AVERROR_INVALIDDATA) {
            ++m_damagedPackets;
            continue;
        }
        if (ret < 0)
            return failed(tr("Decoding %1 failed").arg(m_input.name()), ret);
        const Status handled = video ? videoFrame(m_frame.get()) : audioFrame(m_frame.get());
        av_frame_unref(m_frame.get());
        if (!handled)
            return handled;
    }
    return {};
}

Status SourceRenderer::videoFrame(AVFrame *frame)
{
    AVStream *stream = m_input.videoStream();
    qint64 pts = frame->best_effort_timestamp;
    pts = (pts == AV_NOPTS_VALUE || m_source->isStill()) ? m_videoEnd : pts - m_videoStart;
    if (pts >= m_videoLimit) {
        m_stopReading = true;
        return {};
    }
    qint64 duration = frameDuration(frame);
    if (duration <= 0) {
        const AVRational rate = av_guess_frame_rate(m_input.format(), stream, frame);
        duration = rate.num > 0 ? av_rescale_q(1, av_inv_q(rate), stream->time_base) : 1;
    }
    m_videoEnd = std::max(m_videoEnd, std::min(pts + duration, m_videoLimit));
    frame->pts = pts;
    frame->sample_aspect_ratio = av_guess_sample_aspect_ratio(m_input.format(), stream, frame);
    unJpeg(frame);

    if (!m_videoGraph.isCreated()) {
        const TranscodePlan &plan = m_output.plan();
        const bool stills = m_source->isStill() || plan.preset.singleFrame;
        const conform::Picture picture{frame->width,
                                       frame->height,
                                       frame->sample_aspect_ratio,
                                       m_input.rotation(),
                                       av_guess_frame_rate(m_input.format(), stream, frame),
                                       frame->color_range == AVCOL_RANGE_JPEG};
        const conform::VideoFormat format{plan.width,
                                          plan.height,
                                          stills ? AVRational{0, 1} : plan.frameRate,
                                          plan.preset.video->pixelFormat,
                                          plan.preset.video->palette};
        if (const int ret = m_videoGraph.create(frame,
                                                stream->time_base,
                                                conform::videoChain(picture, format));
            ret < 0)
            return failed(tr("Preparing the picture of %1 failed").arg(m_input.name()), ret);
    }
    if (const int ret = m_videoGraph.push(frame); ret < 0)
        return failed(tr("Converting the picture of %1 failed").arg(m_input.name()), ret);
    return pullVideo();
}

Status SourceRenderer::audioFrame(AVFrame *frame)
{
    const AVStream *stream = m_input.audioStream();
    const qint64 pts = frame->best_effort_timestamp == AV_NOPTS_VALUE
                               ? m_audioEnd
                               : frame->best_effort_timestamp - m_audioStart;
    m_audioEnd = pts + av_rescale_q(frame->nb_samples, {1, frame->sample_rate}, stream->time_base);
    frame->pts = pts;
    if (!m_audioGraph.isCreated()) {
        if (const int ret = m_audioGraph.create(frame, stream->time_base, m_output.audioChain());
            ret < 0)
            return failed(tr("Preparing the sound of %1 failed").arg(m_input.name()), ret);
    }
    if (const int ret = m_audioGraph.push(frame); ret < 0)
        return failed(tr("Converting the sound of %1 failed").arg(m_input.name()), ret);
    return pullAudio();
}

Status SourceRenderer::pullVideo()
{
    while (true) {
        const int ret = m_videoGraph.pull(m_filtered.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return failed(tr("Converting the picture of %1 failed").arg(m_input.name()), ret);
        if (m_source->isStill()) {
            if (!m_still)
                m_still = std::exchange(m_filtered, av::makeFrame());
            else
                av_frame_unref(m_filtered.get());
            continue;
        }
        if (m_job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        const Status written = m_output.writeVideo(m_filtered.get());
        av_frame_unref(m_filtered.get());
        if (!written)
            return written;
        if (m_output.isFull()) {
            m_stopReading = true;
            return {};
        }
    }
}

Status SourceRenderer::pullAudio()
{
    while (true) {
        const int ret = m_audioGraph.pull(m_filtered.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return failed(tr("Converting the sound of %1 failed").arg(m_input.name()), ret);
        const Status written = m_output.writeAudio(m_filtered.get());
        av_frame_unref(m_filtered.get());
        if (!written)
            return written;
    }
}

Status SourceRenderer::finishGraphs()
{
    if (m_output.isFull())
        return {};
    if (m_videoGraph.isCreated()) {
        if (const int ret = m_videoGraph.close(m_videoEnd); ret < 0)
            return failed(tr("Converting the picture of %1 failed").arg(m_input.name()), ret);
        if (Status pulled = pullVideo(); !pulled)
            return pulled;
    }
    if (m_audioGraph.isCreated()) {
        if (const int ret = m_audioGraph.close(m_audioEnd); ret < 0)
            return failed(tr("Converting the sound of %1 failed").arg(m_input.name()), ret);
        return pullAudio();
    }
    return {};
}

Status SourceRenderer::repeatStill()
{
    if (!m_still)
        return {}; // reported by render() as a source without picture
    const TranscodePlan &plan = m_output.plan();
    const qint64 frames = plan.preset.singleFrame
                                  ? 1
                                  : std::max<qint64>(1,
                                                     std::llround(m_source->stillDuration
                                                                  * av_q2d(plan.frameRate)));
    for (qint64 i = 0; i < frames && !m_output.isFull(); ++i) {
        if (m_job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        if (Status written = m_output.writeVideo(m_still.get()); !written)
            return written;
    }
    return {};
}

Error SourceRenderer::failed(const QString &what, int code) const
{
    if (code == AVERROR_EXIT && m_job.isCancelled())
        return Error::cancelled(tr("Cancelled."));
    return Error::failed(tr("%1 (%2).").arg(what, avErrorText(code)));
}

} // namespace mt
