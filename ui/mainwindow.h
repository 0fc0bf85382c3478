// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "setting.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;

namespace mt {

class EditorSession;
class EmptyState;
class ExportBanner;
class JobsPanel;
class ProjectsPanel;
struct ExportRecord;

// The editor's main window: menus, toolbar, status bar and the docks around the panels; the
// panels do the work. Lives on the main thread, owned by main() (or a test), and keeps a
// reference to the session, which must outlive it.
//
// Layout: the left and right dock areas own the window's corners, so the top and bottom areas
// form a centre column between them. Projects (and the Media bin and Characters, tabbed with it)
// sit on the left, Jobs on the right; the Preview goes in the top area (top centre) and the
// Timeline in the bottom one, each added by the composition root with addPanelDock(). The
// central widget is the empty state; it is hidden while a project is open, so the Preview and
// the Timeline share the centre column. Dock placement and window geometry are kept in
// QSettings, as is the last project, which opens again at the next start.
//
// One-click export (toolbar, Ctrl+E) exports the current project with its default preset into
// its export folder; progress shows in the status bar and the outcome in a banner over the top
// of the window (not a modal box) with Play and Show in folder.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static inline const Setting<QByteArray> Geometry{"window/geometry"};
    static inline const Setting<QByteArray> DockState{"window/state"};
    static inline const Setting<qint64> LastProject{"session/lastProject", 0};

    explicit MainWindow(EditorSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts panel in a dock of its own (named objectName, for the saved layout), with a toggle in
    // the View menu. A panel added to the left area after another is tabbed with it. A dock
    // placement saved earlier for objectName wins over area.
    QDockWidget *addPanelDock(QWidget *panel,
                              const QString &title,
                              const QString &objectName,
                              Qt::DockWidgetArea area);

    // Puts an action that makes something for the film (Generate…) in the File menu and on the
    // toolbar, before Quick export.
    void addCreationAction(QAction *action);

    ProjectsPanel *projectsPanel() const { return m_projects; }
    JobsPanel *jobsPanel() const { return m_jobs; }
    EmptyState *emptyState() const { return m_emptyState; }
    ExportBanner *exportBanner() const { return m_banner; }
    QAction *quickExportAction() const { return m_quickExport; }
    QLabel *statusText() const { return m_statusText; }
    QProgressBar *statusProgress() const { return m_statusProgress; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // Writes the geometry and the dock placement to QSettings (also done on close).
    void saveLayout() const;

public slots:
    // Shows the empty state in the centre (the window does so itself while no project is open).
    void showEmptyState();
    void quickExport();
    void openExportDialog();
    void openSettings();
    void about();

signals:
    // The empty state was shown, for the composition root to add first steps to it.
    void emptyStateShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void onCurrentProjectChanged(qint64 projectId);
    void onProjectsChanged();
    void onExported(qint64 jobId, const ExportRecord &record);
    void onExportFailed(qint64 jobId, qint64 projectId, const QString &message);
    void updateStatus();
    void placeBanner();

    EditorSession &m_session;
    ProjectsPanel *m_projects = nullptr;
    JobsPanel *m_jobs = nullptr;
    EmptyState *m_emptyState = nullptr;
    ExportBanner *m_banner = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_newProject = nullptr;
    QAction *m_quickExport = nullptr;
    QAction *m_exportDialog = nullptr;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_statusProgress = nullptr;
    qint64 m_quickExportJob = 0;
};

} // namespace mt
