// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/conformchain.h"
#include "media/filtergraph.h"
#include "media/inputmedia.h"

#include <QCoreApplication>

#include <limits>

namespace mt {

class EncodedOutput;
class JobContext;
struct PlannedSource;

// Plays one source of a transcode into the EncodedOutput: reads its packets in file order,
// decodes picture and sound, rebases their timestamps to the source's start (so sound that
// starts late gets silence before it and sync holds), and conforms each through its filter
// graph. A still is filtered once and its picture repeated for its duration. Checks for
// cancellation per packet and per repeated frame.
// Internal to core/media; one per source, on the thread of the operation.
class SourceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mt::SourceRenderer)

public:
    SourceRenderer(EncodedOutput &output, JobContext &job);

    Status render(const PlannedSource &source);

private:
    Status readPackets();
    Status decode(Decoder &decoder, const AVPacket *packet, bool video);
    Status videoFrame(AVFrame *frame);
    Status audioFrame(AVFrame *frame);
    Status pullVideo();
    Status pullAudio();
    Status finishGraphs();
    // Flushes the graph, its input ending at `end`, and drops it.
    Status finishGraph(FilterGraph &graph, qint64 end, bool video);
    Status repeatStill();
    Error pictureFailed(int code) const;
    Error soundFailed(int code) const;
    Error failed(const QString &what, int code) const;

    EncodedOutput &m_output;
    JobContext &m_job;
    const PlannedSource *m_source = nullptr;
    InputMedia m_input;
    FilterGraph m_videoGraph;
    FilterGraph m_audioGraph;
    av::FramePtr m_frame;
    av::FramePtr m_filtered;
    av::FramePtr m_still; // a still's conformed picture

    // Source timestamps (stream time bases) where the source starts and ends, and the
    // picture time past which the output wants nothing more (the preset's limit).
    qint64 m_videoStart = 0;
    qint64 m_audioStart = 0;
    qint64 m_videoEnd = 0;
    qint64 m_audioEnd = 0;
    qint64 m_videoLimit = std::numeric_limits<qint64>::max();
    bool m_stopReading = false;
    bool m_videoRestarted = false; // the next video graph continues mid-way
    int m_damagedPackets = 0;
};

} // namespace mt
