// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QtGlobal>

namespace mt {

// Estimates the seconds a job has left from its progress over time: the rate is smoothed
// exponentially (time constant TauMs), so a job whose stages run at different speeds converges to
// the current speed without the estimate jumping with every report. Unknown (-1) during the first
// MinElapsedMs and while nothing has progressed. Progress that goes backwards starts over.
//
// A value owned by JobQueue per running job; main thread. Times are milliseconds of any monotonic
// clock, passed in so tests need not sleep.
class EtaEstimator
{
public:
    static constexpr qint64 MinElapsedMs = 1000;
    static constexpr qint64 SampleMs = 250;
    static constexpr double TauMs = 5000;
    static constexpr int MaxSeconds = 100 * 24 * 3600;

    void start(qint64 nowMs, double fraction = 0);
    // Seconds left, rounded up, or -1 when not yet known.
    int update(qint64 nowMs, double fraction);

private:
    bool m_started = false;
    qint64 m_startMs = 0;
    double m_startFraction = 0;
    qint64 m_sampleMs = 0;
    double m_sampleFraction = 0;
    double m_rate = -1; // fraction per millisecond; negative until the first sample
};

} // namespace mt
