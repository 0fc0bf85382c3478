// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/job.h"

#include <QMutex>

#include <atomic>
#include <functional>

namespace mt {

// The handle a running job's work gets: it reports progress and learns that it should stop. Every
// method may be called from any thread; setProgress() and isCancelled() are cheap enough to call
// per frame.
//
// Progress is coalesced: setProgress() only stores the newest value, and calls the notify function
// given at construction once until someone takes the value with takeProgress(). So a worker that
// reports a million times a second costs the receiving thread one event at a time, and the newest
// value is never lost.
//
// Created by JobQueue and shared (std::shared_ptr) by the queue on the main thread and the worker.
class JobContext
{
public:
    explicit JobContext(qint64 jobId, std::function<void()> notify = {});
    JobContext(const JobContext &) = delete;
    JobContext &operator=(const JobContext &) = delete;

    qint64 jobId() const { return m_jobId; }

    // fraction of the whole job, clamped to 0..1 (NaN counts as 0); stage says what it is doing,
    // for people ("Encoding video"). The one-argument form keeps the stage.
    void setProgress(double fraction, const QString &stage);
    void setProgress(double fraction);

    // The newest progress; clears the pending mark, so the next setProgress() notifies again.
    JobProgress takeProgress();
    JobProgress progress() const;
    bool hasPendingProgress() const { return m_pending.load(std::memory_order_acquire); }

    void cancel() { m_cancelled.store(true, std::memory_order_release); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    // For libav's AVIOInterruptCB (its opaque pointer): true means stop blocking I/O now.
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }

private:
    const qint64 m_jobId;
    const std::function<void()> m_notify;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_pending{false};
    mutable QMutex m_mutex; // guards m_progress
    JobProgress m_progress;
};

} // namespace mt
