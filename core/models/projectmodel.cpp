// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "projectmodel.h"

#include "storage/projectstore.h"

#include <algorithm>
#include <cmath>

namespace mt {

ProjectModel::ProjectModel(ProjectStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &ProjectStore::projectCreated, this, &ProjectModel::onCreated);
    connect(&m_store, &ProjectStore::projectChanged, this, &ProjectModel::onChanged);
    connect(&m_store, &ProjectStore::projectRemoved, this, &ProjectModel::onRemoved);
    reload();
}

void ProjectModel::reload()
{
    beginResetModel();
    m_projects.clear();
    Result<QList<Project>> all = m_store.list();
    if (all) {
        m_projects = *all;
        std::stable_sort(m_projects.begin(), m_projects.end(), &ProjectModel::lessThan);
        m_lastError.clear();
    } else {
        m_lastError = all.error().message;
    }
    endResetModel();
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return project.name;
    case Qt::ToolTipRole:
        return project.description.isEmpty()
                       ? summary(project)
                       : tr("%1\n%2").arg(summary(project), project.description);
    case Qt::AccessibleDescriptionRole:
    case SummaryRole:
        return summary(project);
    case IdRole:
        return project.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "projectId");
    names.insert(NameRole, "name");
    names.insert(SummaryRole, "summary");
    return names;
}

int ProjectModel::rowOf(qint64 projectId) const
{
    for (int row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == projectId)
            return row;
    }
    return -1;
}

QString ProjectModel::summary(const Project &project)
{
    const double fps = project.frameRate.toDouble();
    // Whole rates without decimals, NTSC rates with two ("29.97").
    const QString rate = QString::number(fps, 'f', std::abs(fps - std::round(fps)) < 1e-6 ? 0 : 2);
    return tr("%1 × %2 · %3 fps").arg(project.width).arg(project.height).arg(rate);
}

bool ProjectModel::lessThan(const Project &a, const Project &b)
{
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

int ProjectModel::insertionRow(const Project &project, int skipRow) const
{
    int row = 0;
    for (int i = 0; i < m_projects.size(); ++i) {
        if (i == skipRow)
            continue;
        if (lessThan(m_projects.at(i), project))
            ++row;
    }
    return row;
}

void ProjectModel::onCreated(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    Result<Project> project = m_store.get(id);
    if (!project) {
        m_lastError = project.error().message;
        return;
    }
    const int row = insertionRow(*project);
    beginInsertRows({}, row, row);
    m_projects.insert(row, *project);
    endInsertRows();
}

void ProjectModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return onCreated(id);
    Result<Project> project = m_store.get(id);
    if (!project) {
        m_lastError = project.error().message;
        return;
    }
    // Its place among the others once it has its new name (the row itself not counted).
    const int target = insertionRow(*project, row);
    if (target != row) {
        // beginMoveRows counts the destination before the move: below the row it is one more.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_projects.move(row, target);
        endMoveRows();
    }
    m_projects[target] = *project;
    const QModelIndex changed = index(target);
    emit dataChanged(changed, changed);
}

void ProjectModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_projects.removeAt(row);
    endRemoveRows();
}

} // namespace mt
