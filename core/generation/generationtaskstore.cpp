// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationtaskstore.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"id, project_id, request, state, remote_task_id, attempts, error, "
                        u"result_asset_id, replaced_clip_id, estimated_cost, created_at, "
                        u"updated_at, submit_started_at, submitted_at, finished_at"_s;

QString storedState(TaskState state)
{
    switch (state) {
    case TaskState::Processing:
        return u"submitted"_s;
    case TaskState::NeedsAttention:
        return u"uncertain"_s;
    default:
        return taskStateName(state);
    }
}

QString remoteStateName(RemoteState state)
{
    switch (state) {
    case RemoteState::Unknown:
        return {};
    case RemoteState::Queued:
        return u"queued"_s;
    case RemoteState::Processing:
        return u"processing"_s;
    case RemoteState::Succeeded:
        return u"succeeded"_s;
    case RemoteState::Failed:
        return u"failed"_s;
    }
    return {};
}

RemoteState remoteStateFromName(const QString &name)
{
    for (RemoteState state : {RemoteState::Queued,
                              RemoteState::Processing,
                              RemoteState::Succeeded,
                              RemoteState::Failed}) {
        if (remoteStateName(state) == name)
            return state;
    }
    return RemoteState::Unknown;
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : sql::toDateTime(value);
}

// The request column holds the request and, beside it, what was sent and what the provider last
// said (the schema has no column for either).
QString requestText(const GenerationTask &task)
{
    QJsonObject json = task.request.toJson();
    if (!task.promptSent.isEmpty() || !task.parametersSent.isEmpty())
        json.insert(u"sent"_s,
                    QJsonObject{{u"prompt"_s, task.promptSent},
                                {u"parameters"_s, task.parametersSent}});
    if (task.remoteState != RemoteState::Unknown)
        json.insert(u"remote_state"_s, remoteStateName(task.remoteState));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

GenerationTaskStore::GenerationTaskStore(Database &db)
    : m_db(db)
{}

Result<GenerationTask> GenerationTaskStore::insert(const GenerationTask &task)
{
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO generation_tasks (project_id, provider, model, mode, request, state, "
            u"replaced_clip_id, estimated_cost, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)"_s,
            {task.projectId,
             task.request.provider,
             task.request.model,
             generationModeName(task.request.mode),
             requestText(task),
             optionalId(task.replacedClipId),
             task.estimatedCost,
             now,
             now});
    if (!query)
        return query.error();
    return get(query->lastInsertId().toLongLong());
}

Result<GenerationTask> GenerationTaskStore::get(qint64 id) const
{
    Result<QList<GenerationTask>> found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::refused(
                tr("There is no generation task %1. “tasks list” shows them.").arg(id));
    return found->first();
}

Result<QList<GenerationTask>> GenerationTaskStore::list(qint64 projectId) const
{
    if (projectId > 0)
        return select(u"project_id = ? ORDER BY created_at DESC, id DESC"_s, {projectId});
    return select(u"1 ORDER BY created_at DESC, id DESC"_s, {});
}

Result<QList<GenerationTask>> GenerationTaskStore::unfinished() const
{
    return select(u"state NOT IN ('done', 'failed', 'cancelled') ORDER BY id"_s, {});
}

Result<std::optional<GenerationTask>> GenerationTaskStore::byResultAsset(qint64 assetId) const
{
    Result<QList<GenerationTask>> found = select(u"result_asset_id = ? ORDER BY id DESC"_s,
                                                 {assetId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GenerationTask>();
    return std::optional<GenerationTask>(found->first());
}

Result<GenerationTask> GenerationTaskStore::update(const GenerationTask &task)
{
    const qint64 now = sql::nowMs();
    QDateTime finishedAt = task.finishedAt;
    if (isFinished(task.state) && !finishedAt.isValid())
        finishedAt = sql::toDateTime(now);
    if (!isFinished(task.state))
        finishedAt = {};
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"UPDATE generation_tasks SET model = ?, request = ?, state = ?, "
            u"remote_task_id = ?, attempts = ?, error = ?, result_asset_id = ?, "
            u"replaced_clip_id = ?, estimated_cost = ?, updated_at = ?, submit_started_at = ?, "
            u"submitted_at = ?, finished_at = ? WHERE id = ?"_s,
            {task.request.model,
             requestText(task),
             storedState(task.state),
             task.remoteTaskId.isEmpty() ? QVariant() : QVariant(task.remoteTaskId),
             task.attempts,
             task.error,
             optionalId(task.resultAssetId),
             optionalId(task.replacedClipId),
             task.estimatedCost,
             now,
             optionalTime(task.submitStartedAt),
             optionalTime(task.submittedAt),
             optionalTime(finishedAt),
             task.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error::refused(tr("There is no generation task %1.").arg(task.id));
    return get(task.id);
}

Result<QList<GenerationTask>> GenerationTaskStore::select(const QString &where,
                                                          const QVariantList &values) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT "_s + Columns + u" FROM generation_tasks WHERE "_s
                                                + where,
                                        values);
    if (!query)
        return query.error();
    QList<GenerationTask> tasks;
    while (query->next()) {
        GenerationTask task;
        task.id = query->value(0).toLongLong();
        task.projectId = query->value(1).toLongLong();
        const QJsonObject json = QJsonDocument::fromJson(query->value(2).toByteArray()).object();
        if (std::optional<GenerationRequest> request = GenerationRequest::fromJson(json))
            task.request = *request;
        const QJsonObject sent = json.value(u"sent"_s).toObject();
        task.promptSent = sent.value(u"prompt"_s).toString();
        task.parametersSent = sent.value(u"parameters"_s).toObject();
        task.remoteState = remoteStateFromName(json.value(u"remote_state"_s).toString());
        const QString state = query->value(3).toString();
        if (state == u"uncertain"_s)
            task.state = TaskState::NeedsAttention;
        else if (state == u"submitted"_s && task.remoteState == RemoteState::Processing)
            task.state = TaskState::Processing;
        else
            task.state = taskStateFromName(state).value_or(TaskState::Failed);
        task.remoteTaskId = query->value(4).toString();
        task.attempts = query->value(5).toInt();
        task.error = query->value(6).toString();
        task.resultAssetId = query->value(7).toLongLong();
        task.replacedClipId = query->value(8).toLongLong();
        task.estimatedCost = query->value(9).toDouble();
        task.createdAt = timeOf(query->value(10));
        task.updatedAt = timeOf(query->value(11));
        task.submitStartedAt = timeOf(query->value(12));
        task.submittedAt = timeOf(query->value(13));
        task.finishedAt = timeOf(query->value(14));
        tasks.append(task);
    }
    return tasks;
}

} // namespace mt
