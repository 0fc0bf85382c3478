// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/filterchain.h"
#include "media/mediaanalyzer.h"

#include <optional>

namespace mt::analysis {

// The sound half of MediaAnalyzer: a filter graph running ebur128 (integrated loudness, loudness
// range, true peak) and silencedetect over the decoded audio, and the reading of their frame
// metadata.
//
// Internal to MediaAnalyzer; used on its thread.
class AudioDetectors
{
public:
    explicit AudioDetectors(const AnalysisOptions &options);

    ~AudioDetectors();

    // Builds the graph for audio like `first`. Returns a libav error code.
    int build(AVFrame *first, AVRational timeBase);
    bool isBuilt() const { return m_chain.isBuilt(); }

    // Whether a frame has the sample format, rate and channels the graph was built for: abuffer
    // refuses audio that changes them midway (a joined file, a broadcast recording).
    bool accepts(AVFrame *frame) const;
    // "48000 Hz stereo", for the report of such a change: a frame's, and the graph's.
    static QString describe(const AVFrame *frame);
    QString format() const { return m_description; }

    // One frame of audio (nullptr: the end), and what comes out of the filters for it.
    int push(AVFrame *frame);

    // Closes a silence still open where the last frame given ends and writes the results into
    // `analysis`.
    void finish(MediaAnalysis &analysis);

private:
    void read(const AVFrame *frame);

    AnalysisOptions m_options;
    FilterChain m_chain;
    av::FramePtr m_out;
    int m_format = -1;
    int m_sampleRate = 0;
    AVChannelLayout m_layout{};
    AVRational m_timeBase{1, 1};
    QString m_description;
    double m_end = 0; // seconds where the last frame given ends
    SegmentTracker m_silent;
    // ebur128 writes the running values on every frame; the last ones cover the whole file.
    std::optional<double> m_integrated;
    std::optional<double> m_range;
    std::optional<double> m_truePeak; // linear, 1.0 = full scale
};

} // namespace mt::analysis
