// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationtaskmodel.h"

#include "generation/generationservice.h"

#include <QLocale>

namespace mt {

using namespace Qt::StringLiterals;

GenerationTaskModel::GenerationTaskModel(GenerationService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &GenerationService::taskChanged, this, &GenerationTaskModel::onTaskChanged);
}

void GenerationTaskModel::setProject(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void GenerationTaskModel::reload()
{
    beginResetModel();
    m_tasks.clear();
    if (m_projectId > 0) {
        Result<QList<GenerationTask>> listed = m_service.tasks().list(m_projectId);
        if (listed)
            m_tasks = std::move(listed).value();
        else
            emit loadFailed(listed.error().message);
    }
    endResetModel();
}

void GenerationTaskModel::onTaskChanged(qint64 taskId, qint64 projectId)
{
    if (m_projectId <= 0 || projectId != m_projectId)
        return;
    const Result<GenerationTask> task = m_service.tasks().get(taskId);
    if (!task) {
        emit loadFailed(task.error().message);
        return;
    }
    const int row = rowOf(taskId);
    if (row >= 0) {
        m_tasks[row] = *task;
        emit dataChanged(index(row), index(row));
        return;
    }
    // New tasks are the newest: they go on top, as the store lists them.
    beginInsertRows({}, 0, 0);
    m_tasks.prepend(*task);
    endInsertRows();
}

int GenerationTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QString GenerationTaskModel::providerName(const QString &name) const
{
    if (const Provider *provider = m_service.provider(name))
        return provider->displayName();
    return name;
}

QString GenerationTaskModel::stageText(const GenerationTask &task) const
{
    switch (task.state) {
    case TaskState::Queued:
        return tr("Queued");
    case TaskState::Submitting:
        return tr("Submitting to %1").arg(providerName(task.request.provider));
    case TaskState::Submitted:
    case TaskState::Processing:
        return tr("Waiting for %1").arg(providerName(task.request.provider));
    case TaskState::Downloading:
        return tr("Downloading");
    case TaskState::Done:
        return tr("Done");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Cancelled:
        return tr("Cancelled");
    case TaskState::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

QVariant GenerationTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GenerationTask &task = m_tasks.at(index.row());
    const bool finished = isFinished(task.state);
    switch (role) {
    case Qt::DisplayRole:
    case PromptRole:
        return task.request.prompt;
    case Qt::ToolTipRole:
        return task.error.isEmpty() ? task.request.prompt
                                    : task.request.prompt + u"\n\n"_s + task.error;
    case TaskIdRole:
        return task.id;
    case StateRole:
        return int(task.state);
    case StageRole:
        return stageText(task);
    case ProviderModelRole:
        return task.request.model.isEmpty()
                       ? providerName(task.request.provider)
                       : tr("%1 · %2").arg(providerName(task.request.provider), task.request.model);
    case DetailRole: {
        QStringList parts{data(index, ProviderModelRole).toString()};
        if (task.request.shotNumber > 0)
            parts << tr("shot %1").arg(task.request.shotNumber);
        if (task.request.takeOfTaskId > 0 || task.request.takeIndex > 0)
            parts << tr("take %1").arg(task.request.takeIndex + 1);
        else if (task.request.variationOfAssetId > 0)
            parts << tr("variation");
        if (task.request.duration > 0)
            parts << tr("%1 s").arg(QLocale().toString(task.request.duration));
        return parts.join(u" · "_s);
    }
    case CostRole:
        return task.estimatedCost;
    case ErrorRole:
        return task.error;
    case CanCancelRole:
        return !finished && task.state != TaskState::NeedsAttention;
    case CanRetryRole:
        return task.state == TaskState::Failed || task.state == TaskState::Cancelled;
    case NeedsDecisionRole:
        return task.state == TaskState::NeedsAttention;
    case CanCheckAgainRole:
        return canCheckAgain(task);
    case ResultAssetRole:
        return task.resultAssetId;
    case TaskRole:
        return QVariant::fromValue(task);
    default:
        return {};
    }
}

QHash<int, QByteArray> GenerationTaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(StateRole, "state");
    names.insert(StageRole, "stage");
    names.insert(PromptRole, "prompt");
    names.insert(ProviderModelRole, "providerModel");
    names.insert(DetailRole, "detail");
    names.insert(CostRole, "cost");
    names.insert(ErrorRole, "error");
    names.insert(CanCancelRole, "canCancel");
    names.insert(CanRetryRole, "canRetry");
    names.insert(NeedsDecisionRole, "needsDecision");
    names.insert(CanCheckAgainRole, "canCheckAgain");
    names.insert(ResultAssetRole, "resultAsset");
    return names;
}

Qt::ItemFlags GenerationTaskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString GenerationTaskModel::money(double usd)
{
    return tr("$%1").arg(QLocale().toString(usd, 'f', 2));
}

bool GenerationTaskModel::canCheckAgain(const GenerationTask &task)
{
    // As GenerationService::retry decides: with an id the provider did not fail, it polls.
    return !task.remoteTaskId.isEmpty() && task.remoteState != RemoteState::Failed;
}

int GenerationTaskModel::rowOf(qint64 taskId) const
{
    for (qsizetype row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks[row].id == taskId)
            return int(row);
    }
    return -1;
}

} // namespace mt
