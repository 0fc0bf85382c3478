// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "filtergraph.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
#include <libavutil/samplefmt.h>
}

namespace mt {

using namespace Qt::StringLiterals;

namespace {

struct InOutDeleter
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutDeleter>;

QByteArray sourceArguments(const AVFrame *frame, AVRational timeBase)
{
    if (frame->width > 0) {
        const AVRational sar = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio
                                                                  : AVRational{1, 1};
        return u"video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=%6/%7"_s.arg(frame->width)
                .arg(frame->height)
                .arg(frame->format)
                .arg(timeBase.num)
                .arg(timeBase.den)
                .arg(sar.num)
                .arg(sar.den)
                .toUtf8();
    }
    // A layout without a channel order ("2 channels") gets the usual one for its count, as the
    // ffmpeg CLI guesses it: downmixing needs to know which channel is where.
    AVChannelLayout layout{};
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, frame->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&layout, &frame->ch_layout);
    char layoutName[128] = {};
    av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
    av_channel_layout_uninit(&layout);
    return u"time_base=%1/%2:sample_rate=%3:sample_fmt=%4:channel_layout=%5"_s.arg(timeBase.num)
            .arg(timeBase.den)
            .arg(frame->sample_rate)
            .arg(QString::fromUtf8(av_get_sample_fmt_name(AVSampleFormat(frame->format))),
                 QString::fromUtf8(layoutName))
            .toUtf8();
}

quint64 channelMask(const AVFrame *frame)
{
    return frame->ch_layout.order == AV_CHANNEL_ORDER_NATIVE ? frame->ch_layout.u.mask : 0;
}

} // namespace

int FilterGraph::create(const AVFrame *first, AVRational timeBase, const QString &chain)
{
    const bool video = first->width > 0;
    av::FilterGraphPtr graph(avfilter_graph_alloc());
    if (!graph)
        return AVERROR(ENOMEM);
    // As the ffmpeg CLI: bicubic scaling, and slice threads in every filter that has them.
    graph->scale_sws_opts = av_strdup("flags=bicubic");
    graph->nb_threads = 0;

    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    int ret = avfilter_graph_create_filter(&source,
                                           avfilter_get_by_name(video ? "buffer" : "abuffer"),
                                           "in",
                                           sourceArguments(first, timeBase).constData(),
                                           nullptr,
                                           graph.get());
    if (ret < 0)
        return ret;
    ret = avfilter_graph_create_filter(&sink,
                                       avfilter_get_by_name(video ? "buffersink" : "abuffersink"),
                                       "out",
                                       nullptr,
                                       nullptr,
                                       graph.get());
    if (ret < 0)
        return ret;

    InOutPtr outputs(avfilter_inout_alloc());
    InOutPtr inputs(avfilter_inout_alloc());
    if (!outputs || !inputs)
        return AVERROR(ENOMEM);
    outputs->name = av_strdup("in");
    outputs->filter_ctx = source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = sink;
    AVFilterInOut *outputsRaw = outputs.release();
    AVFilterInOut *inputsRaw = inputs.release();
    ret = avfilter_graph_parse_ptr(graph.get(),
                                   chain.toUtf8().constData(),
                                   &inputsRaw,
                                   &outputsRaw,
                                   nullptr);
    outputs.reset(outputsRaw);
    inputs.reset(inputsRaw);
    if (ret < 0)
        return ret;
    if ((ret = avfilter_graph_config(graph.get(), nullptr)) < 0)
        return ret;
    m_graph = std::move(graph);
    m_source = source;
    m_sink = sink;
    m_width = first->width;
    m_height = first->height;
    m_format = first->format;
    m_sampleRate = first->sample_rate;
    m_channels = first->ch_layout.nb_channels;
    m_channelMask = channelMask(first);
    return 0;
}

bool FilterGraph::accepts(const AVFrame *frame) const
{
    return frame->width == m_width && frame->height == m_height && frame->format == m_format
           && frame->sample_rate == m_sampleRate && frame->ch_layout.nb_channels == m_channels
           && channelMask(frame) == m_channelMask;
}

int FilterGraph::close(qint64 end)
{
    return av_buffersrc_close(m_source, end, AV_BUFFERSRC_FLAG_PUSH);
}

} // namespace mt
