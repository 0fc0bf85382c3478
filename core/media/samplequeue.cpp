// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "samplequeue.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

#include <algorithm>

namespace mt {

namespace {

// Silence is appended in pieces of this many samples.
constexpr int SilenceChunk = 4096;

} // namespace

int SampleQueue::open(AVSampleFormat format,
                      const AVChannelLayout &layout,
                      int sampleRate,
                      int frameSize)
{
    m_format = format;
    m_sampleRate = sampleRate;
    m_frameSize = frameSize > 0 ? frameSize : 1024;
    av_channel_layout_uninit(&m_layout);
    int ret = av_channel_layout_copy(&m_layout, &layout);
    if (ret < 0)
        return ret;
    m_fifo.reset(av_audio_fifo_alloc(format, layout.nb_channels, m_frameSize * 4));
    return m_fifo ? 0 : AVERROR(ENOMEM);
}

int SampleQueue::append(const AVFrame *frame)
{
    const int ret = av_audio_fifo_write(m_fifo.get(),
                                        reinterpret_cast<void **>(frame->extended_data),
                                        frame->nb_samples);
    if (ret < 0)
        return ret;
    m_written += ret;
    return 0;
}

int SampleQueue::conformTo(qint64 total)
{
    if (total > m_written) {
        av::FramePtr silence = av::makeFrame();
        if (!silence)
            return AVERROR(ENOMEM);
        silence->format = m_format;
        silence->nb_samples = SilenceChunk;
        int ret = av_channel_layout_copy(&silence->ch_layout, &m_layout);
        if (ret < 0 || (ret = av_frame_get_buffer(silence.get(), 0)) < 0)
            return ret;
        av_samples_set_silence(silence->extended_data,
                               0,
                               SilenceChunk,
                               m_layout.nb_channels,
                               m_format);
        while (m_written < total) {
            silence->nb_samples = int(std::min<qint64>(SilenceChunk, total - m_written));
            if ((ret = append(silence.get())) < 0)
                return ret;
        }
        return 0;
    }
    const int queued = av_audio_fifo_size(m_fifo.get());
    const int drop = int(std::min<qint64>(m_written - total, queued));
    if (drop <= 0)
        return 0;
    // AVAudioFifo drops only from the front: take everything out and put back what stays.
    av::FramePtr kept = av::makeFrame();
    if (!kept)
        return AVERROR(ENOMEM);
    kept->format = m_format;
    kept->nb_samples = queued;
    int ret = av_channel_layout_copy(&kept->ch_layout, &m_layout);
    if (ret < 0 || (ret = av_frame_get_buffer(kept.get(), 0)) < 0)
        return ret;
    if ((ret = av_audio_fifo_read(m_fifo.get(),
                                  reinterpret_cast<void **>(kept->extended_data),
                                  queued))
        < 0)
        return ret;
    if ((ret = av_audio_fifo_write(m_fifo.get(),
                                   reinterpret_cast<void **>(kept->extended_data),
                                   queued - drop))
        < 0)
        return ret;
    m_written -= drop;
    return 0;
}

int SampleQueue::take(qint64 limit, bool flush, av::FramePtr *frame)
{
    frame->reset();
    const int queued = av_audio_fifo_size(m_fifo.get());
    int count = m_frameSize;
    if (queued < m_frameSize) {
        if (!flush || queued == 0)
            return 0;
        count = queued;
    } else if (!flush && m_taken + count > limit) {
        return 0;
    }
    av::FramePtr out = av::makeFrame();
    if (!out)
        return AVERROR(ENOMEM);
    out->format = m_format;
    out->nb_samples = count;
    out->sample_rate = m_sampleRate;
    int ret = av_channel_layout_copy(&out->ch_layout, &m_layout);
    if (ret < 0 || (ret = av_frame_get_buffer(out.get(), 0)) < 0)
        return ret;
    if ((ret = av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void **>(out->extended_data), count))
        < 0)
        return ret;
    out->pts = m_taken;
    m_taken += count;
    *frame = std::move(out);
    return 0;
}

} // namespace mt
