// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinerenderer.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/clipfeed.h"
#include "media/encodedoutput.h"
#include "media/timelinegraph.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/pixdesc.h>
}

#include <QFileInfo>
#include <QLoggingCategory>

#include <vector>

namespace mt {

using namespace Qt::StringLiterals;

// QT_LOGGING_RULES="mt.render.debug=true" prints each film's filter graph.
Q_LOGGING_CATEGORY(lcRender, "mt.render", QtWarningMsg)

namespace {

struct InOutDeleter
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};

// The graph with its buffer sources (by input label) and sinks.
struct TimelineGraph
{
    av::FilterGraphPtr graph;
    QHash<QString, AVFilterContext *> sources;
    AVFilterContext *videoSink = nullptr;
    AVFilterContext *audioSink = nullptr;
};

int build(const RenderPlan &plan, const QString &audioFinish, TimelineGraph *built)
{
    built->graph.reset(avfilter_graph_alloc());
    if (!built->graph)
        return AVERROR(ENOMEM);
    AVFilterGraph *graph = built->graph.get();
    graph->scale_sws_opts = av_strdup("flags=bicubic");
    graph->nb_threads = 0;

    const QString pixelFormat = plan.preset.video ? plan.preset.video->pixelFormat : u"yuv420p"_s;
    const QByteArray videoArguments
            = u"video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=1/1:frame_rate=%6/%7"_s
                      .arg(plan.width)
                      .arg(plan.height)
                      .arg(int(av_get_pix_fmt(pixelFormat.toUtf8().constData())))
                      .arg(plan.frameRate.den)
                      .arg(plan.frameRate.num)
                      .arg(plan.frameRate.num)
                      .arg(plan.frameRate.den)
                      .toUtf8();
    const QByteArray audioArguments = u"time_base=1/%1:sample_rate=%1:sample_fmt=fltp:"
                                      u"channel_layout=stereo"_s.arg(RenderPlan::SampleRate)
                                              .toUtf8();
    AVFilterInOut *outputs = nullptr; // the sources, open outputs of the parsed text's view
    const auto addSource = [&](const QString &label, bool video) -> int {
        AVFilterContext *source = nullptr;
        const QByteArray name = label.toUtf8();
        int ret = avfilter_graph_create_filter(&source,
                                               avfilter_get_by_name(video ? "buffer" : "abuffer"),
                                               name.constData(),
                                               (video ? videoArguments : audioArguments).constData(),
                                               nullptr,
                                               graph);
        if (ret < 0)
            return ret;
        AVFilterInOut *entry = avfilter_inout_alloc();
        if (!entry)
            return AVERROR(ENOMEM);
        entry->name = av_strdup(name.constData());
        entry->filter_ctx = source;
        entry->next = outputs;
        outputs = entry;
        built->sources.insert(label, source);
        return 0;
    };
    int ret = 0;
    for (int k = 0; k < plan.clips.size() && ret >= 0; ++k) {
        ret = addSource(timelinegraph::videoInput(k), true);
        if (ret >= 0)
            ret = addSource(timelinegraph::audioInput(k), false);
    }
    for (int j = 0; j < plan.sounds.size() && ret >= 0; ++j)
        ret = addSource(timelinegraph::soundInput(j), false);
    std::unique_ptr<AVFilterInOut, InOutDeleter> outputsOwner(outputs);
    if (ret < 0)
        return ret;

    if ((ret = avfilter_graph_create_filter(&built->videoSink,
                                            avfilter_get_by_name("buffersink"),
                                            "vout",
                                            nullptr,
                                            nullptr,
                                            graph))
        < 0)
        return ret;
    if ((ret = avfilter_graph_create_filter(&built->audioSink,
                                            avfilter_get_by_name("abuffersink"),
                                            "aout",
                                            nullptr,
                                            nullptr,
                                            graph))
        < 0)
        return ret;
    AVFilterInOut *inputs = avfilter_inout_alloc();
    AVFilterInOut *audioInput = avfilter_inout_alloc();
    if (!inputs || !audioInput) {
        avfilter_inout_free(&inputs);
        avfilter_inout_free(&audioInput);
        return AVERROR(ENOMEM);
    }
    inputs->name = av_strdup("vout");
    inputs->filter_ctx = built->videoSink;
    audioInput->name = av_strdup("aout");
    audioInput->filter_ctx = built->audioSink;
    inputs->next = audioInput;

    outputs = outputsOwner.release();
    ret = avfilter_graph_parse_ptr(graph,
                                   timelinegraph::describe(plan, audioFinish).toUtf8().constData(),
                                   &inputs,
                                   &outputs,
                                   nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (ret < 0)
        return ret;
    return avfilter_graph_config(graph, nullptr);
}

// The TranscodePlan EncodedOutput writes from.
TranscodePlan outputPlan(const RenderPlan &plan)
{
    TranscodePlan output;
    output.preset = plan.preset;
    output.output = plan.output;
    output.width = plan.width;
    output.height = plan.height;
    output.frameRate = plan.frameRate;
    output.expectedDuration = plan.duration();
    return output;
}

} // namespace

Result<TranscodeResult> TimelineRenderer::run(const RenderPlan &plan, JobContext &job)
{
    if (plan.clips.isEmpty())
        return Error::refused(tr("The timeline is empty: add a clip, then export."));
    OutputFile file(plan.output);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    const TranscodePlan transcodePlan = outputPlan(plan);
    EncodedOutput output(transcodePlan, job);
    if (Status opened = output.open(file.temporaryPath(), file.targetPath()); !opened)
        return opened.error();

    TimelineGraph graph;
    qCDebug(lcRender).noquote() << "graph:"
                                << timelinegraph::describe(plan, output.audioChain(true));
    if (const int ret = build(plan, output.audioChain(true), &graph); ret < 0) {
        return Error::failed(
                tr("The film's filter graph could not be built (%1).").arg(avErrorText(ret)));
    }
    std::vector<ClipFeed> feeds;
    feeds.reserve(size_t(plan.clips.size() + plan.sounds.size()));
    for (int k = 0; k < plan.clips.size(); ++k) {
        const RenderClip &clip = plan.clips[k];
        feeds.emplace_back(ClipFeed::Source{clip.path,
                                            clip.still,
                                            clip.in,
                                            clip.frames,
                                            plan.samplesFor(clip.frames)},
                           plan,
                           job);
        feeds.back().attach(graph.sources.value(timelinegraph::videoInput(k)),
                            graph.sources.value(timelinegraph::audioInput(k)));
    }
    for (int j = 0; j < plan.sounds.size(); ++j) {
        const RenderSound &sound = plan.sounds[j];
        feeds.emplace_back(ClipFeed::Source{sound.path,
                                            false,
                                            sound.in,
                                            0,
                                            qint64(sound.duration * RenderPlan::SampleRate + 0.5)},
                           plan,
                           job);
        feeds.back().attach(nullptr, graph.sources.value(timelinegraph::soundInput(j)));
    }

    output.beginSource();
    av::FramePtr frame = av::makeFrame();
    if (!frame)
        return Error::failed(tr("Out of memory."));
    bool videoEnded = false;
    bool audioEnded = false;
    std::vector<quint64> lastFed(feeds.size(), 0); // when each feed was last given a turn
    quint64 feedCount = 0;
    const auto drain = [&](AVFilterContext *sink, bool video, bool *ended) -> Status {
        while (!*ended) {
            const int ret = av_buffersink_get_frame(sink, frame.get());
            if (ret == AVERROR(EAGAIN))
                return {};
            if (ret == AVERROR_EOF) {
                *ended = true;
                return {};
            }
            if (ret < 0)
                return Error::failed(tr("Rendering the film failed (%1).").arg(avErrorText(ret)));
            Status written;
            if (video && transcodePlan.hasVideo())
                written = output.writeVideo(frame.get());
            else if (!video && transcodePlan.hasAudio())
                written = output.writeAudio(frame.get());
            av_frame_unref(frame.get());
            if (!written)
                return written;
        }
        return {};
    };
    while (!(videoEnded && audioEnded)) {
        if (job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        if (Status drained = drain(graph.videoSink, true, &videoEnded); !drained)
            return drained.error();
        if (Status drained = drain(graph.audioSink, false, &audioEnded); !drained)
            return drained.error();
        if (videoEnded && audioEnded)
            break;
        const int ret = avfilter_graph_request_oldest(graph.graph.get());
        if (ret >= 0 || ret == AVERROR_EOF)
            continue;
        if (ret != AVERROR(EAGAIN))
            return Error::failed(tr("Rendering the film failed (%1).").arg(avErrorText(ret)));
        // Feed a clip whose sources the graph asked for and could not have, the one fed least
        // recently first: a source asked once (a sound waiting under amix) must not starve
        // behind one asked again and again. Else the first clip not yet given.
        ClipFeed *next = nullptr;
        size_t nextIndex = 0;
        for (size_t i = 0; i < feeds.size(); ++i) {
            ClipFeed &feed = feeds[i];
            if (feed.finished())
                continue;
            const bool asked = feed.failedRequests() > 0;
            const bool nextAsked = next && next->failedRequests() > 0;
            if (!next || (asked && !nextAsked)
                || (asked == nextAsked && lastFed[i] < lastFed[nextIndex])) {
                next = &feed;
                nextIndex = i;
            }
        }
        if (next)
            lastFed[nextIndex] = ++feedCount;
        if (!next) {
            return Error::failed(tr("Rendering the film stopped before its end: the filter graph "
                                    "waits for input that has all been given. Export with "
                                    "--render full after removing transitions, and please "
                                    "report this with the project."));
        }
        if (Status fed = next->feed(); !fed)
            return fed.error();
    }
    if (Status ended = output.endSource(); !ended)
        return ended.error();
    if (Status finished = output.finish(); !finished)
        return finished.error();
    if (job.isCancelled())
        return Error::cancelled(tr("Cancelled."));
    if (Status committed = file.commit(); !committed)
        return committed.error();

    TranscodeResult result;
    result.output = file.targetPath();
    result.preset = plan.preset.name;
    result.duration = output.duration();
    result.frames = output.videoFrames();
    if (transcodePlan.hasVideo()) {
        result.width = plan.width;
        result.height = plan.height;
        result.frameRate = {plan.frameRate.num, plan.frameRate.den};
    }
    result.hasAudio = transcodePlan.hasAudio();
    result.size = QFileInfo(result.output).size();
    job.setProgress(1.0);
    return result;
}

} // namespace mt
