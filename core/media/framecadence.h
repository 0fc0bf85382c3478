// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/mediainfo.h"

#include <QtGlobal>

#include <vector>

namespace mt {

// How the frames of one video stream are spaced in time, worked out from their timestamps (a
// container index or packets read from the start). Pure arithmetic, no libav: MediaProbe feeds
// it; tests feed it made-up timestamps.
struct FrameCadence
{
    bool variable = false;       // frame durations differ by more than timestamp rounding
    double averageRate = 0;      // frames per second over the timestamps given
    double frameDuration = 0;    // median seconds between frames
    double keyframeInterval = 0; // average seconds between keyframes; the span if fewer than two
    qint64 frames = 0;           // timestamps given
    double span = 0;             // seconds from the first to the last timestamp plus one frame

    // `times` and `keyTimes` are in `timeBase` units, in any order (decode order is fine).
    static FrameCadence analyse(std::vector<qint64> times,
                                std::vector<qint64> keyTimes,
                                Rational timeBase);
};

// The exact rate a measured or container rate stands for: 23.976… → 24000/1001, 29.9999 → 30/1.
// Anything that is not near a common rate stays as measured (to 1/1000 frame per second).
Rational nominalFrameRate(double fps);

} // namespace mt
