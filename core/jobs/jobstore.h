// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/job.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

#include <optional>

namespace mt {

class Database;

// The jobs table: the history of background work and the state of what runs now. Only JobQueue
// writes it (it knows which rows are live); models and the CLI read it through the queue.
// Every write is one statement, so needs no transaction of its own. Timestamps keep
// finished_at >= started_at even when the clock steps back (the table CHECKs it).
// Main thread (the Database's); owned by JobQueue.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::JobStore)

public:
    static constexpr int MaxKindLength = 64;

    explicit JobStore(Database &db);

    // The run id (JobOwners) written as the owner of the rows this store queues, runs or
    // requeues.
    void setOwner(const QString &runId) { m_owner = runId; }

    // Inserts a queued job from draft's kind, projectId, title and params; returns the row.
    // Refused: a kind of 0 or more than MaxKindLength characters, an unknown project.
    Result<JobInfo> insert(const JobInfo &draft);
    Result<JobInfo> get(qint64 id) const;
    // Recent first (by creation); state: only jobs in that state; limit <= 0: all.
    Result<QList<JobInfo>> list(std::optional<JobState> state = std::nullopt, int limit = 0) const;

    // queued → running: started now, progress, error and result cleared.
    Status setRunning(qint64 id);
    Status setProgress(qint64 id, const JobProgress &progress);
    // Ends the job in a final state. A done job's progress becomes 1.
    Status finish(qint64 id,
                  JobState state,
                  const JobProgress &progress,
                  const QJsonObject &result,
                  const QString &error);
    // A failed, cancelled or interrupted job becomes queued again, as if new but for its id and
    // creation time. Refused for any other state.
    Status requeue(qint64 id);

    // Every queued or running row of a run that is no longer alive becomes interrupted: for the
    // queue starting. Rows of live runs (another program on the same library) stay as they are.
    // Returns the ids.
    Result<QList<qint64>> markInterrupted(const std::function<bool(const QString &runId)> &isAlive);

    // The error text of an interrupted job.
    static QString interruptedMessage();

private:
    Status updateOne(qint64 id, const QString &sql, const QVariantList &values);
    static Error unknownId(qint64 id);

    Database &m_db;
    QString m_owner;
};

} // namespace mt
