// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"
#include "media/decoder.h"
#include "media/encoder.h"

#include <QCoreApplication>

#include <functional>

namespace mt {

class JobContext;
class MediaInput;

// Re-encodes stretches of a source's video: seeks to a clean start, decodes, keeps the frames
// whose timestamps lie in [from, to), moves them to the output's timeline and encodes them.
// Smart cuts open a fresh one per stretch (its pictures then refer to nothing outside it);
// full re-encodes keep one for the whole output. Converts the pixel format when the encoder
// wants another. A scope object of one operation, on its thread.
class VideoSpanEncoder
{
    Q_DECLARE_TR_FUNCTIONS(mt::VideoSpanEncoder)

public:
    // Receives each packet, timestamps in the encoder's time base.
    using PacketSink = std::function<Status(AVPacket *)>;

    Status open(const VideoEncoding &encoding, const Encoder::Picture &picture, bool globalHeader);
    Encoder &encoder() { return m_encoder; }

    struct Span
    {
        qint64 seekDts = 0; // the clean start (an IDR) decoding begins at, source ticks
        qint64 from = 0;    // first frame kept, source pts
        qint64 to = 0;      // frames from here on are not kept (INT64_MAX: to the end)
        qint64 shift = 0;   // added to a source pts to place it on the output's timeline
    };
    // Encodes the span's frames; returns how many. `decoder` is the source's video decoder.
    Result<qint64> encode(const MediaInput &input,
                          Decoder &decoder,
                          const Span &span,
                          const PacketSink &sink,
                          JobContext &job);
    // Drains the encoder (its last pictures, held back for B-frames).
    Status finish(const PacketSink &sink);

private:
    Status sendFrame(AVFrame *frame, const PacketSink &sink);
    Status receivePackets(const PacketSink &sink);

    Encoder m_encoder;
    AVRational m_sourceBase{1, 1};
    av::SwsContextPtr m_scaler;
    av::FramePtr m_converted;
    qint64 m_lastPts = AV_NOPTS_VALUE;
};

} // namespace mt
