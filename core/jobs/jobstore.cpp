// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobstore.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, kind, project_id, title, params, state, progress, "
                              u"stage, error, result, created_at, started_at, finished_at "
                              u"FROM jobs "_s;

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

JobInfo jobFrom(const QSqlQuery &query)
{
    JobInfo job;
    job.id = query.value(0).toLongLong();
    job.kind = query.value(1).toString();
    job.projectId = query.value(2).toLongLong(); // NULL → 0
    job.title = query.value(3).toString();
    job.params = fromJson(query.value(4));
    // The table CHECKs the state; a value unknown here cannot be read back.
    job.state = jobStateFromName(query.value(5).toString()).value_or(JobState::Failed);
    job.progress = {query.value(6).toDouble(), query.value(7).toString()};
    job.error = query.value(8).toString();
    job.result = fromJson(query.value(9));
    job.createdAt = sql::toDateTime(query.value(10));
    job.startedAt = sql::toDateTime(query.value(11));
    job.finishedAt = sql::toDateTime(query.value(12));
    return job;
}

} // namespace

JobStore::JobStore(Database &db)
    : m_db(db)
{}

QString JobStore::interruptedMessage()
{
    return tr("Movie Tool stopped while this job was waiting or running. Retry it to run it "
              "again.");
}

Error JobStore::unknownId(qint64 id)
{
    return Error::refused(tr("No job with id %1.").arg(id));
}

Result<JobInfo> JobStore::insert(const JobInfo &draft)
{
    if (draft.kind.isEmpty() || draft.kind.size() > MaxKindLength) {
        return Error::refused(tr("“%1” is not a job kind: give 1 to %2 characters.")
                                      .arg(draft.kind)
                                      .arg(MaxKindLength));
    }
    if (draft.projectId != 0) {
        Result<QSqlQuery> project = sql::exec(m_db.connection(),
                                              u"SELECT 1 FROM projects WHERE id = ?"_s,
                                              {draft.projectId});
        if (!project)
            return project.error();
        if (!project->next())
            return Error::refused(tr("No project with id %1.").arg(draft.projectId));
    }
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO jobs (kind, project_id, title, params, state, created_at, owner) "
            u"VALUES (?, ?, ?, ?, 'queued', ?, ?)"_s,
            {draft.kind,
             draft.projectId != 0 ? QVariant(draft.projectId) : QVariant(),
             draft.title,
             toJson(draft.params),
             sql::nowMs(),
             m_owner});
    if (!query)
        return query.error();
    return get(query->lastInsertId().toLongLong());
}

Result<JobInfo> JobStore::get(qint64 id) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectColumns + u"WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next())
        return unknownId(id);
    return jobFrom(*query);
}

Result<QList<JobInfo>> JobStore::list(std::optional<JobState> state, int limit) const
{
    QString where;
    QVariantList values;
    if (state) {
        where = u"WHERE state = ? "_s;
        values.append(jobStateName(*state));
    }
    // SQLite reads a negative LIMIT as none.
    values.append(limit > 0 ? limit : -1);
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectColumns + where
                                                + u"ORDER BY created_at DESC, id DESC LIMIT ?"_s,
                                        values);
    if (!query)
        return query.error();
    QList<JobInfo> jobs;
    while (query->next())
        jobs.append(jobFrom(*query));
    return jobs;
}

Status JobStore::updateOne(qint64 id, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), sql, values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return unknownId(id);
    return {};
}

Status JobStore::setRunning(qint64 id)
{
    return updateOne(id,
                     u"UPDATE jobs SET state = 'running', progress = 0, stage = '', error = '', "
                     u"result = '{}', started_at = ?, finished_at = NULL, owner = ? WHERE id = ?"_s,
                     {sql::nowMs(), m_owner, id});
}

Status JobStore::setProgress(qint64 id, const JobProgress &progress)
{
    return updateOne(id,
                     u"UPDATE jobs SET progress = ?, stage = ? WHERE id = ?"_s,
                     {std::clamp(progress.fraction, 0.0, 1.0), progress.stage, id});
}

Status JobStore::finish(qint64 id,
                        JobState state,
                        const JobProgress &progress,
                        const QJsonObject &result,
                        const QString &error)
{
    Q_ASSERT(isFinal(state));
    const double fraction = state == JobState::Done ? 1.0 : std::clamp(progress.fraction, 0.0, 1.0);
    return updateOne(id,
                     u"UPDATE jobs SET state = ?, progress = ?, stage = ?, result = ?, error = ?, "
                     u"finished_at = max(?, coalesce(started_at, 0)) WHERE id = ?"_s,
                     {jobStateName(state),
                      fraction,
                      progress.stage,
                      toJson(result),
                      error,
                      sql::nowMs(),
                      id});
}

Status JobStore::requeue(qint64 id)
{
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"UPDATE jobs SET state = 'queued', progress = 0, stage = '', error = '', "
                        u"result = '{}', started_at = NULL, finished_at = NULL, owner = ? "
                        u"WHERE id = ? AND state IN ('failed', 'cancelled', 'interrupted')"_s,
                        {m_owner, id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 1)
        return {};
    Result<JobInfo> job = get(id);
    if (!job)
        return job.error();
    return Error::refused(tr("Job %1 is %2: only a failed, cancelled or interrupted job can be "
                             "retried.")
                                  .arg(id)
                                  .arg(jobStateName(job->state)));
}

Result<QList<qint64>> JobStore::markInterrupted(
        const std::function<bool(const QString &runId)> &isAlive)
{
    Result<QSqlQuery> owners = sql::exec(m_db.connection(),
                                         u"SELECT DISTINCT owner FROM jobs "
                                         u"WHERE state IN ('queued', 'running')"_s);
    if (!owners)
        return owners.error();
    QVariantList ended;
    while (owners->next()) {
        const QString owner = owners->value(0).toString();
        if (!isAlive(owner))
            ended.append(owner);
    }
    QList<qint64> ids;
    for (const QVariant &owner : std::as_const(ended)) {
        Result<QSqlQuery> query
                = sql::exec(m_db.connection(),
                            u"UPDATE jobs SET state = 'interrupted', error = ?, "
                            u"finished_at = max(?, coalesce(started_at, 0)) "
                            u"WHERE state IN ('queued', 'running') AND owner = ? RETURNING id"_s,
                            {interruptedMessage(), sql::nowMs(), owner});
        if (!query)
            return query.error();
        while (query->next())
            ids.append(query->value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace mt
