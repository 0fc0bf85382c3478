// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/filtergraph.h"
#include "media/inputmedia.h"

#include <QCoreApplication>

#include <memory>

namespace mt {

class JobContext;
struct RenderPlan;

// Feeds one clip (or one sound under the picture) of a timeline render into the buffer sources
// of the timeline's graph: opens its file when first asked (and closes it when done, so a film of
// hundreds of clips holds two open at most), seeks to the clip's in point, decodes, conforms
// each picture and sound through the same chains a transcode uses (upright, fitted, padded,
// the output's rate and pixel format; 48 kHz stereo float), and stamps them frame after frame.
// Exactly `frames` pictures and the matching number of samples go in: a source that ends early
// is held on its last picture and padded with silence, one that runs on is cut, so every clip
// lasts what the plan says to the frame and sound and picture stay in step at every join.
// Internal to core/media; on the thread of the render.
class ClipFeed
{
    Q_DECLARE_TR_FUNCTIONS(mt::ClipFeed)

public:
    struct Source
    {
        QString path;
        bool still = false;
        double in = 0;      // seconds of the source where it starts
        qint64 frames = 0;  // pictures to give; 0: no picture side (a sound)
        qint64 samples = 0; // samples to give
    };

    ClipFeed(Source source, const RenderPlan &plan, JobContext &job);
    ~ClipFeed();
    ClipFeed(ClipFeed &&) noexcept;
    ClipFeed &operator=(ClipFeed &&) = delete;

    // The graph's buffer sources this feed fills (video may be null for a sound).
    void attach(AVFilterContext *video, AVFilterContext *audio);

    bool finished() const { return m_videoDone && m_audioDone; }
    // How often the graph asked its sources for a frame they did not have.
    unsigned failedRequests() const;

    // Pushes at least one frame into the graph, or ends both sources.
    Status feed();

private:
    Status open();
    Status readPacket();
    Status decode(Decoder &decoder, const AVPacket *packet, bool video);
    Status videoFrame(AVFrame *frame);
    Status audioFrame(AVFrame *frame);
    Status pullVideo();
    Status pullAudio();
    Status pushVideo(AVFrame *frame);
    Status pushAudio(AVFrame *frame);
    Status endOfInput();
    Status finishVideo();
    Status finishAudio();
    Status pushSilence(qint64 samples);
    Error failed(const QString &what, int code) const;

    Source m_source;
    const RenderPlan &m_plan;
    JobContext &m_job;
    AVFilterContext *m_videoSink = nullptr; // the graph's buffer source we push into
    AVFilterContext *m_audioSink = nullptr;
    std::unique_ptr<InputMedia> m_input;
    FilterGraph m_videoGraph;
    FilterGraph m_audioGraph;
    av::FramePtr m_frame;
    av::FramePtr m_conformed;
    av::FramePtr m_last;     // the last picture given: a still's, or the one an early end holds
    qint64 m_videoStart = 0; // source ticks where the clip starts
    qint64 m_audioStart = 0;
    qint64 m_videoEnd = 0; // rebased ticks where the decoded picture ends
    qint64 m_audioEnd = 0;
    qint64 m_framesGiven = 0;
    qint64 m_samplesGiven = 0;
    bool m_videoDone = false;
    bool m_audioDone = false;
    bool m_inputEnded = false;
    int m_pushed = 0; // frames pushed during the current feed()
};

} // namespace mt
