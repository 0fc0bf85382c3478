// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationtask.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return u"queued"_s;
    case TaskState::Submitting:
        return u"submitting"_s;
    case TaskState::Submitted:
        return u"submitted"_s;
    case TaskState::Processing:
        return u"processing"_s;
    case TaskState::Downloading:
        return u"downloading"_s;
    case TaskState::Done:
        return u"done"_s;
    case TaskState::Failed:
        return u"failed"_s;
    case TaskState::Cancelled:
        return u"cancelled"_s;
    case TaskState::NeedsAttention:
        return u"needs_attention"_s;
    }
    return {};
}

std::optional<TaskState> taskStateFromName(const QString &name)
{
    for (int i = 0; i <= int(TaskState::NeedsAttention); ++i) {
        if (taskStateName(TaskState(i)) == name)
            return TaskState(i);
    }
    return std::nullopt;
}

bool isFinished(TaskState state)
{
    return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
}

QJsonObject GenerationTask::toJson() const
{
    auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {
            {u"id"_s, id},
            {u"project"_s, projectId},
            {u"provider"_s, request.provider},
            {u"model"_s, request.model},
            {u"mode"_s, generationModeName(request.mode)},
            {u"prompt"_s, request.prompt},
            {u"cameraMoves"_s, QJsonArray::fromStringList(request.cameraMoves)},
            {u"state"_s, taskStateName(state)},
            {u"remoteTaskId"_s, remoteTaskId.isEmpty() ? QJsonValue() : QJsonValue(remoteTaskId)},
            {u"attempts"_s, attempts},
            {u"error"_s, error},
            {u"asset"_s, resultAssetId > 0 ? QJsonValue(resultAssetId) : QJsonValue()},
            {u"replacesClip"_s, replacedClipId > 0 ? QJsonValue(replacedClipId) : QJsonValue()},
            {u"estimatedCost"_s, estimatedCost},
            {u"take"_s, request.takeIndex + 1},
            {u"promptSent"_s, promptSent},
            {u"request"_s, request.toJson()},
            {u"createdAt"_s, time(createdAt)},
            {u"submittedAt"_s, time(submittedAt)},
            {u"finishedAt"_s, time(finishedAt)},
    };
}

} // namespace mt
