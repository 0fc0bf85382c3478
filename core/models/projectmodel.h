// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/project.h"

#include <QAbstractListModel>
#include <QList>

namespace mt {

class ProjectStore;

// The library's projects as a list for the projects panel, sorted by name (case-insensitive,
// then id). Reads the ProjectStore once and then follows its created/changed/removed signals
// row by row, so a selection survives edits of other projects. Read-only: edits go through the
// store, whose signals come back here. Main thread; owned by the panel that shows it.
class ProjectModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        NameRole,                  // QString
        SummaryRole,               // "1280 × 720 · 30 fps", for people
    };

    explicit ProjectModel(ProjectStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when there is no such project.
    int rowOf(qint64 projectId) const;
    const Project &projectAt(int row) const { return m_projects.at(row); }
    // The error of the last read of the store; empty when it worked.
    QString lastError() const { return m_lastError; }

    // "1280 × 720 · 29.97 fps".
    static QString summary(const Project &project);

    // Reads every row again (after a change the store did not signal, such as another process).
    void reload();

private:
    void onCreated(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    // Where `project` belongs in the sorted list, ignoring the row `skipRow`.
    int insertionRow(const Project &project, int skipRow = -1) const;
    static bool lessThan(const Project &a, const Project &b);

    ProjectStore &m_store;
    QList<Project> m_projects;
    QString m_lastError;
};

} // namespace mt
