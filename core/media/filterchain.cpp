// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "filterchain.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/dict.h>
}

#include <cmath>
#include <limits>
#include <memory>

namespace mt::analysis {

namespace {

struct InOutDeleter
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutDeleter>;

// Links the labelled ends of the filters we made into a list for avfilter_graph_parse_ptr.
InOutPtr labels(const std::vector<AVFilterContext *> &filters, const char *prefix)
{
    InOutPtr head;
    for (size_t i = filters.size(); i-- > 0;) {
        AVFilterInOut *item = avfilter_inout_alloc();
        if (!item)
            return nullptr;
        item->name = av_strdup(QByteArray(prefix + QByteArray::number(qulonglong(i))).constData());
        item->filter_ctx = filters[i];
        item->pad_idx = 0;
        item->next = head.release();
        head.reset(item);
    }
    return head;
}

} // namespace

int FilterChain::build(const std::vector<Source> &sources,
                       const std::vector<bool> &audioSinks,
                       const QByteArray &description,
                       int threads)
{
    av::FilterGraphPtr graph(avfilter_graph_alloc());
    if (!graph)
        return AVERROR(ENOMEM);
    // Applies to the filters created after it, so it is set first.
    graph->nb_threads = threads;
    std::vector<AVFilterContext *> made;
    for (size_t i = 0; i < sources.size(); ++i) {
        AVFilterContext *source = nullptr;
        const QByteArray name = "in" + QByteArray::number(qulonglong(i));
        const int ret = avfilter_graph_create_filter(&source,
                                                     avfilter_get_by_name(sources[i].audio
                                                                                  ? "abuffer"
                                                                                  : "buffer"),
                                                     name.constData(),
                                                     sources[i].args.constData(),
                                                     nullptr,
                                                     graph.get());
        if (ret < 0)
            return ret;
        made.push_back(source);
    }
    std::vector<AVFilterContext *> sinks;
    for (size_t i = 0; i < audioSinks.size(); ++i) {
        AVFilterContext *sink = nullptr;
        const QByteArray name = "out" + QByteArray::number(qulonglong(i));
        const int ret = avfilter_graph_create_filter(&sink,
                                                     avfilter_get_by_name(audioSinks[i]
                                                                                  ? "abuffersink"
                                                                                  : "buffersink"),
                                                     name.constData(),
                                                     nullptr,
                                                     nullptr,
                                                     graph.get());
        if (ret < 0)
            return ret;
        sinks.push_back(sink);
    }
    // libav's naming: the graph's "outputs" are the open outputs of our sources, its "inputs"
    // the open inputs of our sinks.
    InOutPtr outputs = labels(made, "in");
    InOutPtr inputs = labels(sinks, "out");
    if (!outputs || !inputs)
        return AVERROR(ENOMEM);
    AVFilterInOut *openInputs = inputs.release();
    AVFilterInOut *openOutputs = outputs.release();
    int ret = avfilter_graph_parse_ptr(graph.get(),
                                       description.constData(),
                                       &openInputs,
                                       &openOutputs,
                                       nullptr);
    avfilter_inout_free(&openInputs);
    avfilter_inout_free(&openOutputs);
    if (ret < 0)
        return ret;
    ret = avfilter_graph_config(graph.get(), nullptr);
    if (ret < 0)
        return ret;
    m_graph = std::move(graph);
    m_sources = std::move(made);
    m_sinks = std::move(sinks);
    return 0;
}

int FilterChain::push(int source, AVFrame *frame)
{
    return av_buffersrc_add_frame_flags(m_sources[size_t(source)], frame, 0);
}

int FilterChain::pull(int sink, AVFrame *frame)
{
    return av_buffersink_get_frame(m_sinks[size_t(sink)], frame);
}

AVRational FilterChain::sinkTimeBase(int sink) const
{
    return av_buffersink_get_time_base(m_sinks[size_t(sink)]);
}

std::optional<double> metadataNumber(const AVFrame *frame, const char *key)
{
    const AVDictionaryEntry *entry = av_dict_get(frame->metadata, key, nullptr, 0);
    if (!entry)
        return std::nullopt;
    QByteArray text(entry->value);
    // Filters format with printf, which follows the C locale a Qt application sets from the
    // environment: "1,5" in a German session.
    text.replace(',', '.');
    if (text.contains("inf"))
        return text.startsWith('-') ? -std::numeric_limits<double>::infinity()
                                    : std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

double frameSeconds(const AVFrame *frame, AVRational timeBase)
{
    return double(frame->pts) * av_q2d(timeBase);
}

void SegmentTracker::start(double at)
{
    if (!m_open)
        m_open = at;
}

void SegmentTracker::end(double at)
{
    if (!m_open)
        return;
    m_segments.append({*m_open, at});
    m_open.reset();
}

QList<TimeSegment> SegmentTracker::finish(double streamEnd, double minDuration)
{
    if (m_open)
        end(std::max(streamEnd, *m_open));
    QList<TimeSegment> kept;
    for (const TimeSegment &segment : std::as_const(m_segments)) {
        if (segment.duration() >= minDuration - 0.0005)
            kept.append(segment);
    }
    return kept;
}

} // namespace mt::analysis
