// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mainwindow.h"

#include "dialogs/exportdialog.h"
#include "dialogs/settingsdialog.h"
#include "edit/timelineundostack.h"
#include "editorsession.h"
#include "emptystate.h"
#include "export/exportservice.h"
#include "exportbanner.h"
#include "models/jobmodel.h"
#include "models/projectmodel.h"
#include "panels/jobspanel.h"
#include "panels/projectspanel.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace mt {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(EditorSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Movie Tool"));
    setDockNestingEnabled(true);
    setDocumentMode(true);
    // Left and right own the corners: top and bottom become the centre column (Preview above,
    // Timeline below), the layout of Shotcut and Kdenlive.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_projects = new ProjectsPanel(session, this);
    m_jobs = new JobsPanel(session, this);
    m_emptyState = new EmptyState(this);
    setCentralWidget(m_emptyState);
    m_banner = new ExportBanner(this);

    createActions();
    createStatusBar();
    addPanelDock(m_projects, tr("Projects"), u"projectsDock"_s, Qt::LeftDockWidgetArea);
    addPanelDock(m_jobs, tr("Jobs"), u"jobsDock"_s, Qt::RightDockWidgetArea);

    connect(m_emptyState, &EmptyState::newProjectRequested, m_projects, &ProjectsPanel::newProject);
    connect(&session.currentProject(),
            &CurrentProject::changed,
            this,
            &MainWindow::onCurrentProjectChanged);
    ProjectStore &projects = session.library().projects();
    connect(&projects, &ProjectStore::projectCreated, this, &MainWindow::onProjectsChanged);
    connect(&projects, &ProjectStore::projectRemoved, this, [this](qint64 id) {
        // Deleted while open, and not through the Projects panel (which closes it itself):
        // nothing is open now.
        if (id == m_session.currentProject().id())
            m_session.currentProject().setId(0);
        onProjectsChanged();
    });
    connect(&projects, &ProjectStore::projectChanged, this, [this](qint64 id) {
        if (id == m_session.currentProject().id())
            onCurrentProjectChanged(id);
    });
    connect(&session.exports(), &ExportService::exported, this, &MainWindow::onExported);
    connect(&session.exports(), &ExportService::exportFailed, this, &MainWindow::onExportFailed);
    connect(&m_jobs->model(), &JobModel::overallChanged, this, &MainWindow::updateStatus);
    connect(m_banner, &ExportBanner::visibilityChanged, this, &MainWindow::placeBanner);
    // An undo the history refused (the CLI changed the timeline meanwhile): say so where the
    // eye goes after pressing Ctrl+Z; the stack already shows the history as it is.
    connect(&session.undoStack(), &TimelineUndoStack::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    resize(1280, 800);
    restoreGeometry(Geometry.value());
    if (!restoreState(DockState.value())) {
        // First start: the side panels narrow, the centre (Preview, Timeline) wide.
        resizeDocks({findChild<QDockWidget *>(u"projectsDock"_s),
                     findChild<QDockWidget *>(u"jobsDock"_s)},
                    {280, 360},
                    Qt::Horizontal);
    }

    // The last project opens again; one deleted since (by the CLI) just leaves none open.
    const qint64 last = LastProject.value();
    if (last > 0 && projects.get(last).ok())
        session.currentProject().setId(last);
    onCurrentProjectChanged(session.currentProject().id());
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The children go before QObject drops this window's connections: a signal of the session
    // (which outlives the window) or of the jobs model while the docks are being deleted must not
    // reach a status bar or banner that is already gone.
    ProjectStore &projects = m_session.library().projects();
    for (const QObject *sender : std::initializer_list<const QObject *>{&m_session.currentProject(),
                                                                        &projects,
                                                                        &m_session.exports(),
                                                                        &m_session.undoStack(),
                                                                        &m_jobs->model()}) {
        disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::createActions()
{
    // The desktop's icon theme where there is one (freedesktop names), the style's otherwise.
    const auto themed = [style = this->style()](const QString &name,
                                                QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(name, style->standardIcon(fallback));
    };
    m_newProject = new QAction(themed(u"document-new"_s, QStyle::SP_FileIcon),
                               tr("&New project…"),
                               this);
    m_newProject->setObjectName(u"newProjectAction"_s);
    m_newProject->setShortcut(QKeySequence::New);
    m_newProject->setToolTip(
            tr("Create a project (%1)")
                    .arg(m_newProject->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newProject, &QAction::triggered, m_projects, &ProjectsPanel::newProject);

    m_quickExport = new QAction(themed(u"document-export"_s, QStyle::SP_DialogSaveButton),
                                tr("&Quick export"),
                                this);
    m_quickExport->setObjectName(u"quickExportAction"_s);
    m_quickExport->setShortcut(Qt::CTRL | Qt::Key_E);
    m_quickExport->setToolTip(tr("Export the film with the project's default preset into its "
                                 "export folder (Ctrl+E)"));
    connect(m_quickExport, &QAction::triggered, this, &MainWindow::quickExport);

    m_exportDialog = new QAction(tr("&Export…"), this);
    m_exportDialog->setObjectName(u"exportDialogAction"_s);
    m_exportDialog->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_exportDialog, &QAction::triggered, this, &MainWindow::openExportDialog);

    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QMainWindow::close);

    QAction *undo = m_session.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themed(u"edit-undo"_s, QStyle::SP_ArrowBack));
    QAction *redo = m_session.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    // Ctrl+Shift+Z first, as the issue asks, then the platform's own (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    redo->setIcon(themed(u"edit-redo"_s, QStyle::SP_ArrowForward));

    auto *about = new QAction(tr("&About Movie Tool"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_newProject);
    file->addSeparator();
    file->addAction(m_quickExport);
    file->addAction(m_exportDialog);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newProject);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    // Their text names the edit ("Undo Add clip"): icons only, so the bar does not jump; the
    // tooltip still says what would be undone.
    for (QAction *action : {undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolbar->addSeparator();
    toolbar->addAction(m_quickExport);
    m_viewMenu->addAction(toolbar->toggleViewAction());
    m_viewMenu->addSeparator();
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(u"statusText"_s);
    m_statusProgress = new QProgressBar(this);
    m_statusProgress->setObjectName(u"statusProgress"_s);
    m_statusProgress->setAccessibleName(tr("Progress of the running jobs"));
    m_statusProgress->setRange(0, 1000);
    m_statusProgress->setTextVisible(false);
    m_statusProgress->setFixedSize(180, 14);
    statusBar()->addPermanentWidget(m_statusText);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::addCreationAction(QAction *action)
{
    m_fileMenu->insertAction(m_quickExport, action);
    m_toolbar->insertAction(m_quickExport, action);
}

QDockWidget *MainWindow::addPanelDock(QWidget *panel,
                                      const QString &title,
                                      const QString &objectName,
                                      Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    // Where the saved layout had it, when it had it; else beside the panels of its area.
    if (!restoreDockWidget(dock)) {
        QDockWidget *neighbour = nullptr;
        if (area == Qt::LeftDockWidgetArea) {
            const QList<QDockWidget *> docks = findChildren<QDockWidget *>(
                    Qt::FindDirectChildrenOnly);
            for (QDockWidget *other : docks) {
                if (other != dock && dockWidgetArea(other) == area && !other->isFloating()) {
                    neighbour = other;
                    break;
                }
            }
        }
        addDockWidget(area, dock);
        if (neighbour)
            tabifyDockWidget(neighbour, dock);
    }
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(objectName + u"Toggle"_s);
    m_viewMenu->addAction(toggle);
    return dock;
}

void MainWindow::saveLayout() const
{
    Geometry.setValue(saveGeometry());
    DockState.setValue(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    placeBanner();
}

void MainWindow::placeBanner()
{
    if (m_banner->isHidden())
        return;
    // Below the menu and tool bars, centred over the content.
    int top = menuBar()->isVisible() ? menuBar()->geometry().bottom() : 0;
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar->isVisible() && toolBarArea(bar) == Qt::TopToolBarArea)
            top = qMax(top, bar->geometry().bottom());
    }
    const int width = qMin(720, this->width() - 32);
    m_banner->setFixedWidth(width);
    m_banner->adjustSize();
    m_banner->move((this->width() - width) / 2, top + 12);
    m_banner->raise();
}

void MainWindow::showEmptyState()
{
    Result<QList<Project>> projects = m_session.library().projects().list();
    m_emptyState->setFirstRun(projects && projects->isEmpty());
    m_emptyState->show();
    emit emptyStateShown();
}

void MainWindow::onProjectsChanged()
{
    if (m_session.currentProject().id() == 0)
        showEmptyState();
}

void MainWindow::onCurrentProjectChanged(qint64 projectId)
{
    const Result<Project> project = projectId > 0 ? m_session.library().projects().get(projectId)
                                                  : Result<Project>(Error::refused({}));
    if (project) {
        // The platform adds the application's name where it shows one (" — Movie Tool").
        setWindowTitle(project->name);
        LastProject.setValue(projectId);
        m_emptyState->hide();
    } else {
        setWindowTitle(QApplication::applicationDisplayName());
        if (projectId == 0)
            LastProject.reset();
        showEmptyState();
    }
    m_quickExport->setEnabled(project.ok());
}

void MainWindow::quickExport()
{
    const qint64 projectId = m_session.currentProject().id();
    if (projectId == 0)
        return;
    const Result<qint64> job = m_session.exports().start(ExportRequest{projectId, {}, {}, {}});
    if (!job) {
        const Result<Project> project = m_session.library().projects().get(projectId);
        m_banner->showFailed(project ? project->name : QString(), job.error().message);
        return;
    }
    m_quickExportJob = *job;
    m_banner->hide();
    updateStatus();
}

void MainWindow::openExportDialog()
{
    ExportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About Movie Tool"),
                       tr("<h3>Movie Tool %1</h3><p>An editor for short films made of "
                          "AI-generated shots: import, cut on the timeline, export in one click."
                          "</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
}

void MainWindow::onExported(qint64 jobId, const ExportRecord &record)
{
    if (jobId == m_quickExportJob)
        m_quickExportJob = 0;
    m_banner->showExported(record);
    placeBanner();
    updateStatus();
}

void MainWindow::onExportFailed(qint64 jobId, qint64 projectId, const QString &message)
{
    if (jobId == m_quickExportJob)
        m_quickExportJob = 0;
    const Result<Project> project = m_session.library().projects().get(projectId);
    m_banner->showFailed(project ? project->name : QString(), message);
    placeBanner();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const JobModel &jobs = m_jobs->model();
    const int active = jobs.activeCount();
    m_statusProgress->setVisible(active > 0);
    m_statusProgress->setValue(qRound(jobs.overallFraction() * 1000));
    if (active == 0) {
        m_statusText->clear();
        return;
    }
    const int row = m_quickExportJob ? jobs.rowOf(m_quickExportJob) : -1;
    if (row >= 0) {
        const JobInfo &job = jobs.jobAt(row);
        const int percent = qRound(job.progress.fraction * 100);
        QString text = job.progress.stage.isEmpty()
                               ? tr("%1: %2 %").arg(job.title).arg(percent)
                               : tr("%1: %2, %3 %").arg(job.title, job.progress.stage).arg(percent);
        const QString left = jobs.index(row, JobModel::EtaColumn).data().toString();
        if (!left.isEmpty())
            text = tr("%1 · %2 left").arg(text, left);
        m_statusText->setText(text);
        return;
    }
    // Plain numbers, no "%n": the English source is shown as it is when no translator runs.
    m_statusText->setText(
            tr("Jobs running: %1 · %2 % done").arg(active).arg(qRound(jobs.overallFraction() * 100)));
}

} // namespace mt
