// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

extern "C" {
#include <libavutil/audio_fifo.h>
}

#include <QtGlobal>

#include <memory>

namespace mt {

// The output's sound as one continuous run of samples: conformed pieces of each source go in,
// frames of the encoder's size come out stamped by their position in the run (so timestamps
// cannot jump or repeat at the seams between sources), and each source's part is padded with
// silence or cut to the length of its picture.
// Internal to core/media; on the thread of the operation that made it.
class SampleQueue
{
public:
    SampleQueue() = default;
    ~SampleQueue() { av_channel_layout_uninit(&m_layout); }
    SampleQueue(const SampleQueue &) = delete;
    SampleQueue &operator=(const SampleQueue &) = delete;

    // `frameSize` 0: the encoder takes any size; frames of 1024 samples are given then.
    int open(AVSampleFormat format, const AVChannelLayout &layout, int sampleRate, int frameSize);

    qint64 written() const { return m_written; } // samples ever put in (silence included)
    qint64 taken() const { return m_taken; }     // samples given out in frames

    // Appends the frame's samples.
    int append(const AVFrame *frame);
    // Makes written() == `total` by appending silence or dropping the newest samples not yet
    // taken; cannot drop below taken().
    int conformTo(qint64 total);
    // The next frame whose last sample lies before `limit` (all of it when `flush` and less than a
    // frame is left); nullptr when there is none. Its pts is its first sample's position.
    int take(qint64 limit, bool flush, av::FramePtr *frame);

private:
    struct FifoDeleter
    {
        void operator()(AVAudioFifo *fifo) const { av_audio_fifo_free(fifo); }
    };

    std::unique_ptr<AVAudioFifo, FifoDeleter> m_fifo;
    AVSampleFormat m_format = AV_SAMPLE_FMT_NONE;
    AVChannelLayout m_layout{};
    int m_sampleRate = 0;
    int m_frameSize = 1024;
    qint64 m_written = 0;
    qint64 m_taken = 0;
};

} // namespace mt
