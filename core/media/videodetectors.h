// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/filterchain.h"
#include "media/mediaanalyzer.h"

#include <QList>

#include <cmath>
#include <optional>

namespace mt::analysis {

// The picture half of MediaAnalyzer: a filter graph that takes each decoded picture down to a
// small grey copy (point sampled, see MediaAnalyzer) and runs blackdetect, freezedetect and scdet
// on it, and with a reference runs psnr and ssim on the full pictures; then it reads their frame
// metadata into segments, cuts and scores.
//
// Internal to MediaAnalyzer; used on its thread.
class VideoDetectors
{
public:
    // The small copy has at least this many pixels (320×180): enough that the share of black
    // pixels and the mean difference between frames come out as on the full picture.
    static constexpr int SamplePixels = 320 * 180;

    explicit VideoDetectors(const AnalysisOptions &options);

    // Builds the graph for pictures like `first` and, with a reference, like `reference`. Returns
    // a libav error code.
    int build(const AVFrame *first,
              AVRational timeBase,
              const AVFrame *reference,
              AVRational referenceTimeBase);
    bool isBuilt() const { return m_chain.isBuilt(); }
    bool hasReference() const { return m_hasReference; }

    // One picture of the file (nullptr: the end), and what comes out of the filters for it.
    int push(AVFrame *frame);
    // One picture of the reference (nullptr: the end).
    int pushReference(AVFrame *frame);

    // Closes what is still open at `end` (seconds) and writes the results into `analysis`.
    void finish(double end, MediaAnalysis &analysis);

private:
    // Accumulates a per-frame score into an average and the worst frame.
    struct Score
    {
        double sum = 0;
        qint64 frames = 0;
        double worst = INFINITY;
        double worstTime = 0;
        void add(double value, double time);
    };

    int drain();
    void readDetection(const AVFrame *frame, AVRational timeBase);
    void readQuality(const AVFrame *frame, AVRational timeBase);

    AnalysisOptions m_options;
    FilterChain m_chain;
    av::FramePtr m_out;
    bool m_hasReference = false;
    SegmentTracker m_black;
    SegmentTracker m_frozen;
    QList<SceneCut> m_cuts;
    Score m_psnrNoise; // mean of 10^(-PSNR/10): the average PSNR is that of the mean error
    Score m_psnr;
    Score m_ssim;
};

} // namespace mt::analysis
