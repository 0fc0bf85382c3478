// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "etaestimator.h"

#include <algorithm>
#include <cmath>

namespace mt {

void EtaEstimator::start(qint64 nowMs, double fraction)
{
    m_started = true;
    m_startMs = m_sampleMs = nowMs;
    m_startFraction = m_sampleFraction = fraction;
    m_rate = -1;
}

int EtaEstimator::update(qint64 nowMs, double fraction)
{
    if (!m_started || fraction < m_sampleFraction) {
        start(nowMs, fraction);
        return -1;
    }
    const qint64 dt = nowMs - m_sampleMs;
    if (dt >= SampleMs) {
        if (m_rate < 0) {
            // The first rate is the average since the start; later samples are blended in.
            m_rate = (fraction - m_startFraction) / double(nowMs - m_startMs);
        } else {
            const double sample = (fraction - m_sampleFraction) / double(dt);
            const double alpha = 1.0 - std::exp(-double(dt) / TauMs);
            m_rate = alpha * sample + (1.0 - alpha) * m_rate;
        }
        m_sampleMs = nowMs;
        m_sampleFraction = fraction;
    }
    if (nowMs - m_startMs < MinElapsedMs || m_rate <= 0)
        return -1;
    const double seconds = std::ceil((1.0 - fraction) / m_rate / 1000.0);
    return int(std::min(seconds, double(MaxSeconds)));
}

} // namespace mt
