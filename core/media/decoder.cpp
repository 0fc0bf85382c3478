// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "decoder.h"

namespace mt {

int Decoder::open(const AVStream *stream, bool threaded)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return AVERROR_DECODER_NOT_FOUND;
    av::CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return AVERROR(ENOMEM);
    int ret = avcodec_parameters_to_context(context.get(), stream->codecpar);
    if (ret < 0)
        return ret;
    // The decoder stamps frames in the stream's time base; best_effort_timestamp depends on it.
    context->pkt_timebase = stream->time_base;
    context->thread_count = threaded ? 0 : 1;
    context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if ((ret = avcodec_open2(context.get(), codec, nullptr)) < 0)
        return ret;
    m_context = std::move(context);
    return 0;
}

} // namespace mt
