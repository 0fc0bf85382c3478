// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationtask.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mt {

class Database;

// The generation_tasks table. Every change of a task is one synchronous write, so what the
// database says is what happened: GenerationService writes "submitting" before the request
// leaves and "submitted" with the remote id as soon as it is known. The table's own names for two
// states differ from TaskState's: needs_attention is stored as 'uncertain', and processing as
// 'submitted' (the schema's CHECK predates them). What the provider last said (RemoteState, which
// tells processing from submitted, and a task the provider failed from one whose polling failed)
// and what was sent are kept in the request column's JSON beside the request, under
// "remote_state" and "sent", so the released schema needs no new step.
// Main thread; owned by GenerationService (or a CLI command).
class GenerationTaskStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::GenerationTaskStore)

public:
    explicit GenerationTaskStore(Database &db);

    // Inserts a queued task for the request (id, state and times of `task` are ignored).
    Result<GenerationTask> insert(const GenerationTask &task);
    Result<GenerationTask> get(qint64 id) const;
    // Newest first; projectId 0: every project.
    Result<QList<GenerationTask>> list(qint64 projectId = 0) const;
    // Oldest first: the tasks not finished (queued … downloading, needs_attention).
    Result<QList<GenerationTask>> unfinished() const;
    // Writes every mutable column of the task (state, remote id and state, attempts, error,
    // result, cost, what was sent, times); updatedAt is set now, finishedAt when it finishes.
    Result<GenerationTask> update(const GenerationTask &task);
    // The task whose result is this asset, if any.
    Result<std::optional<GenerationTask>> byResultAsset(qint64 assetId) const;

private:
    Result<QList<GenerationTask>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace mt
