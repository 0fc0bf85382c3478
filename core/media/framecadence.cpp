// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "framecadence.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace mt {

FrameCadence FrameCadence::analyse(std::vector<qint64> times,
                                   std::vector<qint64> keyTimes,
                                   Rational timeBase)
{
    FrameCadence cadence;
    cadence.frames = qint64(times.size());
    if (times.size() < 2 || !timeBase.isValid())
        return cadence;
    const double tick = timeBase.toDouble();

    // B-frames arrive out of presentation order; durations are gaps between sorted timestamps.
    std::sort(times.begin(), times.end());
    std::vector<qint64> gaps;
    gaps.reserve(times.size() - 1);
    for (size_t i = 1; i < times.size(); ++i)
        gaps.push_back(times[i] - times[i - 1]);
    std::vector<qint64> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const qint64 median = sorted[sorted.size() / 2];

    // A constant rate that the time base cannot express exactly (30 fps in Matroska's 1 ms,
    // 23.976 in a 1/600 or 1/90000 track) alternates between neighbouring tick counts, so a gap
    // counts as different only beyond one and a half ticks and beyond 2 % of the usual gap. One
    // odd gap in a hundred (a dropped frame at a splice) does not make a file variable either.
    const double tolerance = std::max(1.5, 0.02 * double(median));
    const auto odd = std::count_if(gaps.begin(), gaps.end(), [&](qint64 gap) {
        return std::abs(double(gap - median)) > tolerance;
    });
    cadence.variable = odd * 100 > qint64(gaps.size());

    cadence.frameDuration = double(median) * tick;
    const double covered = double(times.back() - times.front()) * tick;
    cadence.averageRate = covered > 0 ? double(times.size() - 1) / covered : 0;
    cadence.span = covered + cadence.frameDuration;

    std::sort(keyTimes.begin(), keyTimes.end());
    if (keyTimes.size() >= 2)
        cadence.keyframeInterval = double(keyTimes.back() - keyTimes.front()) * tick
                                   / double(keyTimes.size() - 1);
    else
        cadence.keyframeInterval = cadence.span; // one GOP spans all that was seen
    return cadence;
}

Rational nominalFrameRate(double fps)
{
    if (!(fps > 0) || fps > 10000)
        return {0, 1};
    // The NTSC family (n×1000/1001) is 0.1 % below the integer rate; 2e-4 tells them apart and
    // still absorbs millisecond timestamps measured over a few seconds.
    for (int base : {15, 24, 30, 48, 50, 60, 90, 120, 240}) {
        const double ntsc = base * 1000.0 / 1001.0;
        if (std::abs(fps - ntsc) < ntsc * 2e-4)
            return {base * 1000, 1001};
    }
    const double whole = std::round(fps);
    if (whole >= 1 && std::abs(fps - whole) < fps * 2e-4)
        return {int(whole), 1};
    Rational measured{int(std::lround(fps * 1000)), 1000};
    for (int divisor : {2, 2, 2, 5, 5, 5}) { // reduce 12500/1000 to 25/2
        if (measured.num % divisor == 0 && measured.den % divisor == 0) {
            measured.num /= divisor;
            measured.den /= divisor;
        }
    }
    return measured;
}

} // namespace mt
