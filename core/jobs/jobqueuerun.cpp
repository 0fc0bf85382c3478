// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// JobQueue, part two: starting work on the pools, the worker's side, and what comes back from it
// (progress, the outcome). Part one, jobqueue.cpp, is the public API.
#include "jobqueue.h"

#include "jobslog.h"

#include <QTimer>

#include <algorithm>
#include <exception>

namespace mt {

JobQueue::ActiveJob *JobQueue::findActive(qint64 id, quint64 serial)
{
    const auto it = m_active.find(id);
    return it != m_active.end() && it->second.serial == serial ? &it->second : nullptr;
}

void JobQueue::enqueue(qint64 id, Pool pool, Work work)
{
    ActiveJob job;
    job.pool = pool;
    job.serial = ++m_serial;
    job.work = std::move(work);
    const quint64 serial = job.serial;
    // Called on the worker's thread, at most once per takeProgress().
    job.run = std::make_shared<Run>(id, [this, id, serial] {
        QMetaObject::invokeMethod(
                this, [this, id, serial] { onProgressPosted(id, serial); }, Qt::QueuedConnection);
    });
    m_active.insert_or_assign(id, std::move(job));
    m_pending[poolIndex(pool)].append(id);
}

void JobQueue::dispatch(Pool which)
{
    QList<qint64> &pending = m_pending[poolIndex(which)];
    while (!pending.isEmpty() && m_running[poolIndex(which)] < pool(which).maxThreadCount()) {
        const qint64 id = pending.takeFirst();
        start(id, m_active.at(id));
    }
}

void JobQueue::start(qint64 id, ActiveJob &job)
{
    job.running = true;
    ++m_running[poolIndex(job.pool)];
    job.clock.start();
    job.eta.start(0);
    warnIfFailed(m_store.setRunning(id), id, "its start");
    qCDebug(lcJobs) << "starting job" << id;
    pool(job.pool).start(
            [this, id, serial = job.serial, run = job.run, work = std::move(job.work)]() mutable {
                runWork(this, id, serial, std::move(run), std::move(work));
            });
    emit jobStarted(id);
}

void JobQueue::runWork(
        JobQueue *queue, qint64 id, quint64 serial, std::shared_ptr<Run> run, Work work)
{
    Result<QJsonObject> result = Error::cancelled({});
    if (!run->context.isCancelled()) {
        // An exception must not reach QThreadPool: it would end the program.
        try {
            result = work(run->context);
        } catch (const std::exception &e) {
            result = Error::failed(tr("The job stopped on an internal error (%1). Retry it; if it "
                                      "fails again, please report the problem.")
                                           .arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            result = Error::failed(tr("The job stopped on an internal error. Retry it; if it "
                                      "fails again, please report the problem."));
        }
    }
    // The work's captures are released here, on the worker, not later on the main thread.
    work = nullptr;
    run->result = std::move(result);
    run->returned = true;
    QMetaObject::invokeMethod(
            queue, [queue, id, serial] { queue->onWorkReturned(id, serial); }, Qt::QueuedConnection);
}

void JobQueue::onWorkReturned(qint64 id, quint64 serial)
{
    ActiveJob *job = findActive(id, serial);
    if (!job)
        return;
    // The newest progress before the end, so the stage shown last is the one it ended in.
    if (job->run->context.hasPendingProgress())
        deliverProgress(id, serial);
    const Outcome outcome = outcomeOf(*job);
    writeFinish(id, *job, outcome);
    const Pool pool = job->pool;
    --m_running[poolIndex(pool)];
    m_active.erase(id);
    if (outcome.state == JobState::Failed)
        qCWarning(lcJobs) << "job" << id << "failed:" << outcome.error;
    else
        qCDebug(lcJobs) << "job" << id << jobStateName(outcome.state);
    emit jobFinished(id, outcome.state, outcome.result, outcome.error);
    dispatch(pool);
}

JobQueue::Outcome JobQueue::outcomeOf(const ActiveJob &job) const
{
    const Run &run = *job.run;
    if (run.returned && run.result.ok())
        return {JobState::Done, run.result.value(), {}}; // also when a stop came too late
    const Error *error = run.returned ? &run.result.error() : nullptr;
    const bool ownWords = error && error->kind == ErrorKind::Cancelled && !error->message.isEmpty();
    if (!run.returned || run.context.isCancelled() || error->kind == ErrorKind::Cancelled) {
        // The work's own words only when it says it was cancelled: a libav call stopped by the
        // cancel flag reports "Immediate exit requested", which tells a person nothing.
        return {JobState::Cancelled, {}, ownWords ? error->message : tr("Cancelled.")};
    }
    return {JobState::Failed,
            {},
            error->message.isEmpty() ? tr("The job failed without saying why. Retry it.")
                                     : error->message};
}

void JobQueue::writeFinish(qint64 id, const ActiveJob &job, const Outcome &outcome)
{
    warnIfFailed(m_store.finish(id,
                                outcome.state,
                                job.run->context.progress(),
                                outcome.result,
                                outcome.error),
                 id,
                 "its end");
}

void JobQueue::onProgressPosted(qint64 id, quint64 serial)
{
    ActiveJob *job = findActive(id, serial);
    if (!job || job->deliveryScheduled)
        return;
    // At most one signal per interval: per-frame reports would otherwise repaint a progress bar
    // hundreds of times a second. The context keeps the newest value until then.
    const qint64 wait = job->lastSignalMs + ProgressSignalIntervalMs - job->clock.elapsed();
    if (wait <= 0) {
        deliverProgress(id, serial);
        return;
    }
    job->deliveryScheduled = true;
    QTimer::singleShot(int(wait), this, [this, id, serial] { deliverProgress(id, serial); });
}

void JobQueue::deliverProgress(qint64 id, quint64 serial)
{
    ActiveJob *job = findActive(id, serial);
    if (!job)
        return;
    job->deliveryScheduled = false;
    job->delivered = job->run->context.takeProgress();
    const qint64 now = job->clock.elapsed();
    job->lastSignalMs = now;
    const int eta = job->eta.update(now, job->delivered.fraction);
    // A few writes a second at most, but the newest value always reaches the row soon after.
    if (!job->writeScheduled) {
        job->writeScheduled = true;
        const qint64 wait = job->lastWriteMs + ProgressWriteIntervalMs - now;
        QTimer::singleShot(int(std::max<qint64>(0, wait)), this, [this, id, serial] {
            writeProgress(id, serial);
        });
    }
    emit jobProgress(id, job->delivered.fraction, job->delivered.stage, eta);
}

void JobQueue::writeProgress(qint64 id, quint64 serial)
{
    ActiveJob *job = findActive(id, serial);
    if (!job)
        return;
    job->writeScheduled = false;
    job->lastWriteMs = job->clock.elapsed();
    warnIfFailed(m_store.setProgress(id, job->delivered), id, "its progress");
}

} // namespace mt
