// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"
#include "media/decoder.h"
#include "media/encoder.h"
#include "media/mediainput.h"
#include "media/samplequeue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

class JobContext;
class MediaWriter;

// The sound of a cut or an edit, re-encoded as one continuous AAC track: each span's samples
// from its source's time `from` on, cut or padded with silence to end exactly where its picture
// ends on the output (sample-accurate, so sync never drifts over many spans). Re-encoding is what
// makes the joins clean: copied AAC frames at a cut repeat or lose a frame's worth of sound
// (shared/notes/smart-render.md §2.5), and it costs little next to the picture.
// A scope object of one operation, on its thread.
class SpanAudio
{
    Q_DECLARE_TR_FUNCTIONS(mt::SpanAudio)

public:
    SpanAudio() = default;
    ~SpanAudio() { av_channel_layout_uninit(&m_layout); }
    SpanAudio(const SpanAudio &) = delete;
    SpanAudio &operator=(const SpanAudio &) = delete;

    struct Span
    {
        QString path;
        double from = 0;   // source seconds
        double outEnd = 0; // output seconds where this span's picture ends
    };

    // Adds the audio stream to `writer` (before its header is written) when any span's file has
    // sound; a span without sound becomes silence. No stream at all when none has.
    Status open(const QList<Span> &spans, MediaWriter &writer, const std::atomic<bool> *cancel);
    bool hasAudio() const { return m_stream >= 0; }

    // Encodes and writes the sound up to `seconds` of the output (call as the picture advances,
    // so that the muxer interleaves without buffering).
    Status writeUntil(double seconds, JobContext &job);
    // All that is left, and the encoder drained.
    Status finish(JobContext &job);

private:
    Status startSpan(int index);
    Status fill(qint64 limit, JobContext &job); // decodes until `limit` samples are queued
    Status append(const AVFrame *decoded);
    Status encode(qint64 limit, bool flush);

    QList<Span> m_spans;
    MediaWriter *m_writer = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_stream = -1;
    Encoder m_encoder;
    SampleQueue m_queue;
    int m_rate = 48000;
    AVChannelLayout m_layout{};
    // The span being read.
    int m_current = -1;
    qint64 m_target = 0; // samples written when the current span ends
    std::optional<MediaInput> m_input;
    Decoder m_decoder;
    av::SwrContextPtr m_resampler;
    bool m_spanDone = true;
};

} // namespace mt
