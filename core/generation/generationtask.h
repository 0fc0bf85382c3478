// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "generationrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mt {

// Where a generation stands. queued → submitting → submitted → processing → downloading → done,
// or failed, cancelled, needs_attention (the submit may or may not have reached the server: a
// person decides, because submitting again could be paid twice).
enum class TaskState {
    Queued,
    Submitting,
    Submitted,
    Processing,
    Downloading,
    Done,
    Failed,
    Cancelled,
    NeedsAttention,
};

QString taskStateName(TaskState state); // "queued", …, "needs_attention"
std::optional<TaskState> taskStateFromName(const QString &name);
bool isFinished(TaskState state); // done, failed, cancelled (needs_attention is not)

// What the provider last said about the remote task.
enum class RemoteState { Unknown, Queued, Processing, Succeeded, Failed };

// One row of generation_tasks. The request is stored whole (GenerationRequest::toJson) with what
// was actually sent beside it, so a task can be resumed, retried or generated again from its row.
struct GenerationTask
{
    qint64 id = 0;
    qint64 projectId = 0;
    GenerationRequest request; // provider, model and mode are the request's
    TaskState state = TaskState::Queued;
    RemoteState remoteState = RemoteState::Unknown;
    QString remoteTaskId;       // empty until submitted
    QString promptSent;         // the prompt as the provider sent it (camera commands included)
    QJsonObject parametersSent; // every parameter as sent, image payloads by file name
    int attempts = 0;           // submit attempts made
    QString error;              // translated: what happened and what to do
    qint64 resultAssetId = 0;
    qint64 replacedClipId = 0; // the clip the result replaced or will replace
    double estimatedCost = 0;  // USD
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submitStartedAt;
    QDateTime submittedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const; // what `tasks show --json` prints
};

} // namespace mt
