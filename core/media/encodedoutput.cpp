// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "encodedoutput.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/conformchain.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

#include <cmath>
#include <limits>

namespace mt {

using namespace Qt::StringLiterals;

EncodedOutput::EncodedOutput(const TranscodePlan &plan, JobContext &job)
    : m_plan(plan)
    , m_job(job)
    , m_packet(av::makePacket())
    , m_stage(tr("Encoding"))
{
    if (plan.preset.singleFrame)
        m_maxFrames = 1;
    else if (plan.preset.maxDuration > 0)
        m_maxFrames = std::llround(plan.preset.maxDuration * av_q2d(plan.frameRate));
}

Status EncodedOutput::open(const QString &path, const QString &displayName)
{
    if (!m_packet)
        return Error::failed(tr("Out of memory."));
    if (Status opened = m_muxer.open(path, displayName, m_plan.preset.container, *m_job.cancelFlag());
        !opened)
        return opened;
    const bool globalHeader = m_muxer.needsGlobalHeader();
    if (m_plan.hasVideo()) {
        const VideoEncoding &encoding = *m_plan.preset.video;
        if (Status opened = m_video.openVideo(encoding,
                                              {m_plan.width, m_plan.height, m_plan.frameRate},
                                              globalHeader);
            !opened)
            return opened;
        Result<int> stream = m_muxer.addStream(m_video, encoding.codecTag);
        if (!stream)
            return stream.error();
        m_videoStream = *stream;
    }
    if (m_plan.hasAudio()) {
        if (Status opened = m_audio.openAudio(*m_plan.preset.audio, globalHeader); !opened)
            return opened;
        Result<int> stream = m_muxer.addStream(m_audio);
        if (!stream)
            return stream.error();
        m_audioStream = *stream;
        const AVCodecContext *c = m_audio.context();
        m_sampleRate = c->sample_rate;
        if (const int ret = m_samples.open(c->sample_fmt,
                                           c->ch_layout,
                                           c->sample_rate,
                                           m_audio.frameSize());
            ret < 0)
            return Error::failed(tr("Out of memory."));
    }
    return m_muxer.begin(m_plan.preset.muxerOptions);
}

QString EncodedOutput::audioChain(bool fromStart) const
{
    const AVCodecContext *c = m_audio.context();
    char layout[128] = {};
    av_channel_layout_describe(&c->ch_layout, layout, sizeof layout);
    return conform::audioChain(c->sample_rate,
                               QString::fromUtf8(av_get_sample_fmt_name(c->sample_fmt)),
                               QString::fromUtf8(layout),
                               fromStart);
}

double EncodedOutput::remainingSeconds() const
{
    if (m_maxFrames <= 0)
        return std::numeric_limits<double>::infinity();
    return double(m_maxFrames - m_videoFrames) / av_q2d(m_plan.frameRate);
}

bool EncodedOutput::isFull() const
{
    return m_maxFrames > 0 && m_videoFrames >= m_maxFrames;
}

qint64 EncodedOutput::samplesAt(qint64 frames) const
{
    // Exact for any rate (30000/1001 too): the sound never drifts from the picture.
    return av_rescale(frames, qint64(m_sampleRate) * m_plan.frameRate.den, m_plan.frameRate.num);
}

void EncodedOutput::beginSource()
{
    m_sourceSampleStart = m_samples.written();
}

Status EncodedOutput::writeVideo(AVFrame *frame)
{
    if (isFull())
        return {};
    frame->pts = m_videoFrames++;
    // Keyframes are the encoder's choice, not the source's: picture types left on a decoded
    // frame would force x264 to copy the source's GOP.
    frame->pict_type = AV_PICTURE_TYPE_NONE;
    if (Status encoded = encode(m_video, frame, m_videoStream); !encoded)
        return encoded;
    if (m_plan.hasAudio()) {
        if (Status drained = drainAudio(false); !drained)
            return drained;
    }
    reportProgress();
    return {};
}

Status EncodedOutput::writeAudio(const AVFrame *frame)
{
    if (m_samples.append(frame) < 0)
        return Error::failed(tr("Out of memory."));
    if (Status drained = drainAudio(false); !drained)
        return drained;
    if (!m_plan.hasVideo())
        reportProgress();
    return {};
}

Status EncodedOutput::endSource(double silentSeconds)
{
    if (!m_plan.hasAudio())
        return {};
    qint64 end = m_samples.written();
    if (m_plan.hasVideo())
        end = samplesAt(m_videoFrames);
    else if (silentSeconds > 0)
        end = std::max(end, m_sourceSampleStart + std::llround(silentSeconds * m_sampleRate));
    if (m_samples.conformTo(end) < 0)
        return Error::failed(tr("Out of memory."));
    if (Status drained = drainAudio(false); !drained)
        return drained;
    reportProgress();
    return {};
}

Status EncodedOutput::drainAudio(bool flush)
{
    const qint64 limit = m_plan.hasVideo() ? samplesAt(m_videoFrames)
                                           : std::numeric_limits<qint64>::max();
    av::FramePtr frame;
    while (true) {
        if (m_samples.take(limit, flush, &frame) < 0)
            return Error::failed(tr("Out of memory."));
        if (!frame)
            return {};
        if (Status encoded = encode(m_audio, frame.get(), m_audioStream); !encoded)
            return encoded;
    }
}

Status EncodedOutput::finish()
{
    if (m_plan.hasAudio()) {
        if (Status drained = drainAudio(true); !drained)
            return drained;
        if (Status flushed = encode(m_audio, nullptr, m_audioStream); !flushed)
            return flushed;
    }
    if (m_plan.hasVideo()) {
        if (Status flushed = encode(m_video, nullptr, m_videoStream); !flushed)
            return flushed;
    }
    return m_muxer.finish();
}

Status EncodedOutput::encode(Encoder &encoder, const AVFrame *frame, int stream)
{
    int ret = encoder.send(frame);
    while (ret >= 0) {
        ret = encoder.receive(m_packet.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            break;
        if (Status written = m_muxer.write(m_packet.get(), stream, encoder.timeBase()); !written)
            return written;
    }
    return Error::failed(
            tr("Encoding with %1 failed (%2).")
                    .arg(QString::fromUtf8(encoder.context()->codec->name), avErrorText(ret)));
}

double EncodedOutput::duration() const
{
    const double picture = m_plan.preset.singleFrame
                                   ? 0
                                   : double(m_videoFrames) / av_q2d(m_plan.frameRate);
    const double sound = double(m_samples.taken()) / m_sampleRate;
    return std::max(picture, sound);
}

void EncodedOutput::reportProgress()
{
    if (m_plan.expectedDuration <= 0)
        return;
    const double written = m_plan.hasVideo() ? double(m_videoFrames) / av_q2d(m_plan.frameRate)
                                             : double(m_samples.taken()) / m_sampleRate;
    m_job.setProgress(written / m_plan.expectedDuration, m_stage);
}

} // namespace mt
