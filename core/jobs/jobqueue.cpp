// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobqueue.h"

#include "jobslog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QThread>

namespace mt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobs, "mt.jobs", QtInfoMsg)

JobQueue::JobQueue(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_owners(db.path())
{
    m_store.setOwner(m_owners.runId());
    m_heavy.setObjectName(u"mt.jobs.heavy"_s);
    m_heavy.setMaxThreadCount(1);
    m_light.setObjectName(u"mt.jobs.light"_s);
    m_light.setMaxThreadCount(QThread::idealThreadCount());

    // Whatever a row says is running or queued was left by a run of the program that ended
    // without finishing it — unless that run is still alive (another program on this library).
    Result<QList<qint64>> interrupted = m_store.markInterrupted(
            [this](const QString &runId) { return m_owners.isAlive(runId); });
    m_owners.removeEndedLocks();
    if (!interrupted)
        qCWarning(lcJobs) << "could not mark interrupted jobs:" << interrupted.error().message;
    else
        m_interruptedAtStart = interrupted.value();
    if (!m_interruptedAtStart.isEmpty())
        qCInfo(lcJobs) << "interrupted by the last run:" << m_interruptedAtStart;
}

void JobQueue::warnIfFailed(const Status &status, qint64 id, const char *what)
{
    // The job goes on (or has ended) regardless; the row catches up at the next write.
    if (!status)
        qCWarning(lcJobs) << "job" << id << "could not record" << what << status.error().message;
}

JobQueue::~JobQueue()
{
    for (auto &[id, job] : m_active)
        job.run->context.cancel();
    m_pending = {};
    m_heavy.waitForDone();
    m_light.waitForDone();
    recordShutdown();
}

void JobQueue::recordShutdown()
{
    if (m_active.empty() || !m_db.isOpen())
        return;
    // One transaction: one sync for all rows at exit.
    Transaction transaction(m_db);
    for (const auto &[id, job] : m_active) {
        Outcome outcome = outcomeOf(job);
        // Stopped by the program ending, not by the person: retry() runs it again.
        if (outcome.state != JobState::Done && !job.cancelRequested)
            outcome = {JobState::Interrupted, {}, JobStore::interruptedMessage()};
        writeFinish(id, job, outcome);
    }
    if (transaction.ok())
        warnIfFailed(transaction.commit(), 0, "the shutdown");
}

void JobQueue::registerKind(const QString &kind, Pool pool, WorkFactory factory)
{
    Q_ASSERT(!kind.isEmpty() && kind.size() <= JobStore::MaxKindLength);
    m_kinds.insert(kind, {pool, std::move(factory)});
}

void JobQueue::setMaxThreads(Pool which, int count)
{
    pool(which).setMaxThreadCount(std::max(1, count));
    dispatch(which);
}

int JobQueue::maxThreads(Pool which) const
{
    return (which == Pool::Heavy ? m_heavy : m_light).maxThreadCount();
}

Result<qint64> JobQueue::submit(const QString &kind,
                                const QString &title,
                                const QJsonObject &params,
                                qint64 projectId)
{
    const auto found = m_kinds.constFind(kind);
    if (found == m_kinds.cend())
        return Error::refused(tr("Movie Tool cannot run jobs of kind “%1”.").arg(kind));
    Result<Work> work = found->factory(params);
    if (!work)
        return work.error();
    JobInfo draft;
    draft.kind = kind;
    draft.title = title;
    draft.params = params;
    draft.projectId = projectId;
    Result<JobInfo> row = m_store.insert(draft);
    if (!row)
        return row.error();
    enqueue(row->id, found->pool, std::move(work).value());
    emit jobAdded(row->id);
    dispatch(found->pool);
    return row->id;
}

Result<qint64> JobQueue::retry(qint64 id)
{
    if (isActive(id))
        return Error::refused(tr("Job %1 has not ended yet; it cannot be retried.").arg(id));
    Result<JobInfo> row = m_store.get(id);
    if (!row)
        return row.error();
    const auto found = m_kinds.constFind(row->kind);
    if (found == m_kinds.cend())
        return Error::refused(tr("Movie Tool cannot run jobs of kind “%1”.").arg(row->kind));
    if (!isRetryable(row->state)) {
        return Error::refused(tr("Job %1 is %2: only a failed, cancelled or interrupted job can "
                                 "be retried.")
                                      .arg(id)
                                      .arg(jobStateName(row->state)));
    }
    // Rebuilt from the row: the same parameters after a restart as in the first run.
    Result<Work> work = found->factory(row->params);
    if (!work)
        return work.error();
    if (Status requeued = m_store.requeue(id); !requeued)
        return requeued.error();
    qCInfo(lcJobs) << "retrying job" << id << row->kind << "after:" << row->error;
    enqueue(id, found->pool, std::move(work).value());
    emit jobRetried(id);
    dispatch(found->pool);
    return id;
}

Status JobQueue::cancel(qint64 id)
{
    const auto it = m_active.find(id);
    if (it == m_active.end()) {
        Result<JobInfo> row = m_store.get(id);
        if (!row)
            return row.error();
        if (!isFinal(row->state)) {
            // Not ours and not ended: another program on this library runs it (see JobOwners).
            return Error::refused(tr("Job %1 is %2 in another Movie Tool program on this library "
                                     "(the editor or a movietool-cli command); cancel it there.")
                                          .arg(id)
                                          .arg(jobStateName(row->state)));
        }
        return Error::refused(
                tr("Job %1 has already ended (%2).").arg(id).arg(jobStateName(row->state)));
    }
    ActiveJob &job = it->second;
    job.cancelRequested = true;
    job.run->context.cancel();
    if (job.running)
        return {}; // ends when the work returns, which it does at its next check
    m_pending[poolIndex(job.pool)].removeOne(id);
    const Outcome outcome = outcomeOf(job);
    writeFinish(id, job, outcome);
    m_active.erase(it);
    emit jobFinished(id, outcome.state, outcome.result, outcome.error);
    return {};
}

void JobQueue::cancelAll()
{
    QList<qint64> ids;
    for (const auto &[id, job] : m_active)
        ids.append(id);
    // cancel() emits, and a receiver may change the queue meanwhile.
    for (qint64 id : std::as_const(ids)) {
        if (isActive(id))
            warnIfFailed(cancel(id), id, "the cancellation");
    }
}

} // namespace mt
