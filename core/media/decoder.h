// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

namespace mt {

// A decoder for one stream of an open input, threaded the way the ffmpeg CLI threads it (frame
// and slice threads, as many as libav thinks the machine has) unless told otherwise: a transcode
// should never wait on a single decoding core while the encoder has idle ones.
// Internal to core/media; used on the thread of the operation that opened it.
class Decoder
{
public:
    // Returns a libav error code (AVERROR_DECODER_NOT_FOUND without a decoder), 0 on success.
    int open(const AVStream *stream, bool threaded);

    bool isOpen() const { return bool(m_context); }
    AVCodecContext *context() const { return m_context.get(); }

    // avcodec_send_packet / avcodec_receive_frame. send(nullptr) drains.
    int send(const AVPacket *packet) { return avcodec_send_packet(m_context.get(), packet); }
    int receive(AVFrame *frame) { return avcodec_receive_frame(m_context.get(), frame); }

private:
    av::CodecContextPtr m_context;
};

} // namespace mt
