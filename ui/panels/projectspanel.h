// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace mt {

class EditorSession;
class ProjectModel;

// The Projects dock: the library's projects with a search box; create, rename, delete (its media
// to the library's trash, after a confirmation) and the project's settings. Choosing a project
// makes it the session's current project, and the list follows the current project when
// something else changes it. Main thread; owned by its dock in the main window.
class ProjectsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPanel(EditorSession &session, QWidget *parent = nullptr);

    ProjectModel &model() { return *m_model; }

public slots:
    // Each opens its dialog; the three last act on the current project.
    void newProject();
    void renameProject();
    void editProjectSettings();
    void deleteProject();

signals:
    // A project was made through this panel (it is current already).
    void projectCreated(qint64 projectId);

private:
    void selectCurrent();
    void onSelectionChanged();
    void updateActions();
    void showProblem(const QString &message);

    EditorSession &m_session;
    ProjectModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_delete = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_rowsChanging = false; // the view's current index moves with the rows, not by a choice
};

} // namespace mt
