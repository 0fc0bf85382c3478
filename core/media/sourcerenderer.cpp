// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "sourcerenderer.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/decodedframe.h"
#include "media/encodedoutput.h"
#include "media/transcodeplan.h"

#include <cmath>
#include <utility>

namespace mt {

using namespace Qt::StringLiterals;

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
    frame->pts = pts;
    frame->sample_aspect_ratio = av_guess_sample_aspect_ratio(m_input.format(), stream, frame);
    decoded::plainFullRange(frame);

    // A stream whose size or format changes mid-way (recordings joined into one file): the old
    // graph is finished at the end of its own frames and a new one takes over from there, as
    // the ffmpeg CLI reconfigures its graphs. Parts whose timestamps overlap or leave a gap are
    // joined end to end, and the sound does the same, so they stay in step.
    if (m_videoGraph.isCreated() && !m_videoGraph.accepts(frame)) {
        if (Status finished = finishGraph(m_videoGraph, m_videoEnd, true); !finished)
            return finished;
        m_videoRestarted = true;
    }
    const qint64 duration = decoded::pictureDuration(m_input.format(), stream, frame);
    m_videoEnd = std::max(m_videoEnd, std::min(pts + duration, m_videoLimit));
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
                                          plan.preset.video->palette,
                                          !std::exchange(m_videoRestarted, false)};
        if (const int ret = m_videoGraph.create(frame,
                                                stream->time_base,
                                                conform::videoChain(picture, format));
            ret < 0)
            return pictureFailed(ret);
    }
    if (const int ret = m_videoGraph.push(frame); ret < 0)
        return pictureFailed(ret);
    return pullVideo();
}

Status SourceRenderer::audioFrame(AVFrame *frame)
{
    const AVStream *stream = m_input.audioStream();
    const qint64 pts = frame->best_effort_timestamp == AV_NOPTS_VALUE
                               ? m_audioEnd
                               : frame->best_effort_timestamp - m_audioStart;
    frame->pts = pts;
    bool restarted = false;
    if (m_audioGraph.isCreated() && !m_audioGraph.accepts(frame)) {
        if (Status finished = finishGraph(m_audioGraph, m_audioEnd, false); !finished)
            return finished;
        restarted = true;
    }
    m_audioEnd = pts + av_rescale_q(frame->nb_samples, {1, frame->sample_rate}, stream->time_base);
    if (!m_audioGraph.isCreated()) {
        // The sound of a source starts at its picture's start; a graph made mid-way continues.
        if (const int ret = m_audioGraph.create(frame,
                                                stream->time_base,
                                                m_output.audioChain(!restarted));
            ret < 0)
            return soundFailed(ret);
    }
    if (const int ret = m_audioGraph.push(frame); ret < 0)
        return soundFailed(ret);
    return pullAudio();
}

Status SourceRenderer::pullVideo()
{
    while (true) {
        const int ret = m_videoGraph.pull(m_filtered.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return pictureFailed(ret);
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
            return soundFailed(ret);
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
        if (Status finished = finishGraph(m_videoGraph, m_videoEnd, true); !finished)
            return finished;
    }
    if (m_audioGraph.isCreated())
        return finishGraph(m_audioGraph, m_audioEnd, false);
    return {};
}

Status SourceRenderer::finishGraph(FilterGraph &graph, qint64 end, bool video)
{
    if (const int ret = graph.close(end); ret < 0)
        return video ? pictureFailed(ret) : soundFailed(ret);
    const Status pulled = video ? pullVideo() : pullAudio();
    graph = FilterGraph();
    return pulled;
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

Error SourceRenderer::pictureFailed(int code) const
{
    return failed(tr("Converting the picture of %1 failed").arg(m_input.name()), code);
}

Error SourceRenderer::soundFailed(int code) const
{
    return failed(tr("Converting the sound of %1 failed").arg(m_input.name()), code);
}

Error SourceRenderer::failed(const QString &what, int code) const
{
    if (code == AVERROR_EXIT && m_job.isCancelled())
        return Error::cancelled(tr("Cancelled."));
    return Error::failed(tr("%1 (%2).").arg(what, avErrorText(code)));
}

} // namespace mt
