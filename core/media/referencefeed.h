// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/analysisinput.h"

#include <cmath>
#include <deque>

namespace mt::analysis {

class VideoDetectors;

// The reference video of a PSNR/SSIM measurement, decoded just ahead of the analysed file: psnr
// and ssim pair each picture with the reference picture shown at its time, and can only do so
// once they hold a reference picture that comes later (or know there is none). Feeding no more
// than that keeps the graph from holding many full-size pictures.
//
// Problems decoding the reference are not the analysed file's, so none are reported.
// Internal to MediaAnalyzer; used on its thread.
class ReferenceFeed
{
public:
    // `cancel` must outlive this object.
    explicit ReferenceFeed(const std::atomic<bool> &cancel);

    AnalysisInput &input() { return m_input; } // to open
    AVRational timeBase() const { return m_input.videoStream()->time_base; }

    // The reference's first picture (decoded if need be), to build the graph for; null when no
    // picture of it can be decoded.
    const AVFrame *first();

    // Gives the graph reference pictures until one lies beyond `until` (seconds) or the
    // reference ends. Returns a libav error code.
    int feed(VideoDetectors &detectors, double until);
    // Tells the graph that no more reference pictures come (once).
    int close(VideoDetectors &detectors);

private:
    void decodeMore();

    const std::atomic<bool> &m_cancel;
    AnalysisInput m_input;
    std::deque<av::FramePtr> m_queue; // decoded, not yet given to the graph
    double m_time = -INFINITY;        // of the last picture given
    bool m_ended = false;
    bool m_closed = false;
};

} // namespace mt::analysis
