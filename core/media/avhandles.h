// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <cstdint> // libav's headers need UINT64_C, which C++ defines in <cstdint>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>

// Ownership of libav objects, defined once for all of core/media: every context, frame and
// packet lives in one of these, so an early return (every libav call can fail) never leaks.
// Each deleter accepts nullptr, as unique_ptr only calls it for a non-null pointer anyway.
namespace mt::av {

struct InputFormatDeleter
{
    // avformat_open_input frees the context itself when it fails and nulls the pointer, so only
    // adopt the pointer after a successful open (or before it, if the open is never attempted).
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};

struct OutputFormatDeleter
{
    // A muxer context owns its AVIOContext only when the format writes to a file we opened.
    void operator()(AVFormatContext *context) const
    {
        if (context->oformat && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};

struct CodecContextDeleter
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};

struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};

struct FilterGraphDeleter
{
    void operator()(AVFilterGraph *graph) const { avfilter_graph_free(&graph); }
};

struct SwsContextDeleter
{
    void operator()(SwsContext *context) const { sws_freeContext(context); }
};

struct SwrContextDeleter
{
    void operator()(SwrContext *context) const { swr_free(&context); }
};

using InputFormatPtr = std::unique_ptr<AVFormatContext, InputFormatDeleter>;
using OutputFormatPtr = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;
using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextDeleter>;

inline FramePtr makeFrame()
{
    return FramePtr(av_frame_alloc());
}
inline PacketPtr makePacket()
{
    return PacketPtr(av_packet_alloc());
}

// Releases a packet's payload when a loop iteration ends, whatever path it leaves by.
class PacketUnref
{
public:
    explicit PacketUnref(AVPacket *packet)
        : m_packet(packet)
    {}
    ~PacketUnref() { av_packet_unref(m_packet); }
    PacketUnref(const PacketUnref &) = delete;
    PacketUnref &operator=(const PacketUnref &) = delete;

private:
    AVPacket *m_packet;
};

} // namespace mt::av
