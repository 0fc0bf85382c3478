// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"
#include "media/mediaanalysis.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

// The libavfilter side of MediaAnalyzer: a graph fed with decoded frames, whose filters write what
// they find into the metadata of the frames that come out. Internal to core/media; each object
// belongs to the one analysis (and thread) that made it.
namespace mt::analysis {

// A filter graph between buffer sources "in0", "in1", … and buffer sinks "out0", "out1", ….
class FilterChain
{
public:
    struct Source
    {
        bool audio = false;
        QByteArray args; // of the buffer/abuffer filter: size, format, time base, …
    };

    // description: the graph between the labels, e.g. "[in0] scale=320:180 [out0]". threads: 1 for
    // small pictures (slice threads would cost more than they save), 0 for libav's choice.
    // Returns a libav error code.
    int build(const std::vector<Source> &sources,
              const std::vector<bool> &audioSinks,
              const QByteArray &description,
              int threads);
    bool isBuilt() const { return m_graph != nullptr; }

    // Gives a frame (its reference is taken and the frame left blank) or, with nullptr, the end.
    int push(int source, AVFrame *frame);
    // 0 with a frame, AVERROR(EAGAIN) when the sink needs more input, AVERROR_EOF at the end.
    int pull(int sink, AVFrame *frame);
    AVRational sinkTimeBase(int sink) const;

private:
    av::FilterGraphPtr m_graph;
    std::vector<AVFilterContext *> m_sources; // owned by the graph
    std::vector<AVFilterContext *> m_sinks;
};

// A number a filter wrote into a frame's metadata; nullopt when the key is absent.
std::optional<double> metadataNumber(const AVFrame *frame, const char *key);

// Seconds of a frame's pts.
double frameSeconds(const AVFrame *frame, AVRational timeBase);

// Turns the start and end marks filters set on frames into segments.
class SegmentTracker
{
public:
    void start(double at);
    void end(double at);
    // Closes a segment still open at `streamEnd` (the stream ended in it) and drops segments
    // shorter than minDuration (less half a millisecond, for the rounding of the marks).
    QList<TimeSegment> finish(double streamEnd, double minDuration);

private:
    QList<TimeSegment> m_segments;
    std::optional<double> m_open;
};

} // namespace mt::analysis
