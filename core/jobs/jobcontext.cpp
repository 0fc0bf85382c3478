// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobcontext.h"

#include <algorithm>
#include <cmath>

namespace mt {

JobContext::JobContext(qint64 jobId, std::function<void()> notify)
    : m_jobId(jobId)
    , m_notify(std::move(notify))
{}

void JobContext::setProgress(double fraction, const QString &stage)
{
    // The jobs table CHECKs 0..1, and a codec's duration guess can overshoot.
    fraction = std::isnan(fraction) ? 0.0 : std::clamp(fraction, 0.0, 1.0);
    {
        QMutexLocker locker(&m_mutex);
        m_progress.fraction = fraction;
        if (m_progress.stage != stage)
            m_progress.stage = stage;
    }
    // Notify outside the lock: the notify function posts an event, which takes Qt's own locks.
    if (!m_pending.exchange(true, std::memory_order_acq_rel) && m_notify)
        m_notify();
}

void JobContext::setProgress(double fraction)
{
    QString stage;
    {
        QMutexLocker locker(&m_mutex);
        stage = m_progress.stage;
    }
    setProgress(fraction, stage);
}

JobProgress JobContext::takeProgress()
{
    // Clear the mark before reading, so a value stored meanwhile notifies again instead of being
    // left pending without an event.
    m_pending.store(false, std::memory_order_release);
    return progress();
}

JobProgress JobContext::progress() const
{
    QMutexLocker locker(&m_mutex);
    return m_progress;
}

} // namespace mt
