// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "editorpanels.h"

#include "editorsession.h"
#include "emptystate.h"
#include "generation/demofilm.h"
#include "mainwindow.h"
#include "panels/characterspanel.h"
#include "panels/generationspanel.h"
#include "panels/mediabinpanel.h"
#include "panels/previewpanel.h"
#include "panels/takestrippanel.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mt {

EditorPanels EditorPanels::install(MainWindow &window, EditorSession &session)
{
    EditorPanels panels;
    panels.mediaBin = new MediaBinPanel(session);
    panels.characters = new CharactersPanel(session);
    panels.preview = new PreviewPanel(session);
    panels.timeline = new TimelinePanel(session);
    QDockWidget *mediaBinDock = window.addPanelDock(panels.mediaBin,
                                                    MainWindow::tr("Media bin"),
                                                    u"mediaBinDock"_s,
                                                    Qt::LeftDockWidgetArea);
    window.addPanelDock(panels.characters,
                        MainWindow::tr("Characters"),
                        u"charactersDock"_s,
                        Qt::LeftDockWidgetArea);
    window.addPanelDock(panels.preview,
                        MainWindow::tr("Preview"),
                        u"previewDock"_s,
                        Qt::TopDockWidgetArea);
    window.addPanelDock(panels.timeline,
                        MainWindow::tr("Timeline"),
                        u"timelineDock"_s,
                        Qt::BottomDockWidgetArea);

    // Of the panels tabbed on the left, the media bin is the one in front.
    mediaBinDock->raise();

    PreviewPanel *preview = panels.preview;
    TimelinePanel *timeline = panels.timeline;
    CurrentProject &project = session.currentProject();
    QObject::connect(panels.mediaBin,
                     &MediaBinPanel::assetActivated,
                     preview,
                     &PreviewPanel::showAsset);
    QObject::connect(timeline, &TimelinePanel::playToggled, preview, [=, &project] {
        preview->toggleTimeline(project.id(), timeline->view()->playhead());
    });
    QObject::connect(timeline, &TimelinePanel::shuttleRequested, preview, [=, &project](int speed) {
        // J/K/L drive the film: show it at the playhead first when the preview shows an asset.
        if (preview->mode() != PreviewPanel::Mode::Timeline)
            preview->showTimelineAt(project.id(), timeline->view()->playhead());
        preview->shuttle(speed);
    });
    QObject::connect(timeline, &TimelinePanel::playheadMoved, preview, [=, &project](double at) {
        if (!preview->isPlaying())
            preview->showTimelineAt(project.id(), at);
    });
    QObject::connect(preview,
                     &PreviewPanel::timelinePositionChanged,
                     timeline,
                     &TimelinePanel::setPlayhead);

    // Generation: its tasks beside the jobs, Generate… in the File menu and on the toolbar.
    panels.generations = new GenerationsPanel(session);
    QDockWidget *generationsDock = window.addPanelDock(panels.generations,
                                                       MainWindow::tr("Generations"),
                                                       u"generationsDock"_s,
                                                       Qt::RightDockWidgetArea);
    if (auto *jobsDock = window.findChild<QDockWidget *>(u"jobsDock"_s))
        window.tabifyDockWidget(jobsDock, generationsDock);
    QObject::connect(panels.generations,
                     &GenerationsPanel::resultActivated,
                     preview,
                     &PreviewPanel::showAsset);
    // Take review: the takes of the clip selected on the timeline, beside the generations that
    // made them; Play shows a take in the preview.
    panels.takes = new TakeStripPanel(session);
    QDockWidget *takesDock = window.addPanelDock(panels.takes,
                                                 MainWindow::tr("Takes"),
                                                 u"takesDock"_s,
                                                 Qt::RightDockWidgetArea);
    window.tabifyDockWidget(generationsDock, takesDock);
    generationsDock->raise();
    QObject::connect(timeline, &TimelinePanel::clipSelected, panels.takes, &TakeStripPanel::setClip);
    QObject::connect(panels.takes,
                     &TakeStripPanel::playRequested,
                     preview,
                     &PreviewPanel::showAsset);

    auto *generate = new QAction(MainWindow::tr("&Generate shot…"), &window);
    generate->setObjectName(u"generateAction"_s);
    generate->setShortcut(Qt::CTRL | Qt::Key_G);
    generate->setIcon(QIcon::fromTheme(u"media-record"_s));
    generate->setToolTip(MainWindow::tr("Generate a shot for the timeline from a prompt (Ctrl+G)"));
    generate->setEnabled(project.id() != 0);
    QObject::connect(&project, &CurrentProject::changed, generate, [generate](qint64 id) {
        generate->setEnabled(id != 0);
    });
    GenerationsPanel *generations = panels.generations;
    QObject::connect(generate, &QAction::triggered, generations, [generations] {
        generations->openGenerateDialog();
    });
    window.addCreationAction(generate);

    // The first run: a demo film made offline, ready to play and export.
    QPushButton *demo = window.emptyState()->addButton(MainWindow::tr("Open the demo film"));
    demo->setObjectName(u"demoFilmButton"_s);
    QObject::connect(demo, &QPushButton::clicked, &window, [&window, &session] {
        auto *film = new DemoFilm(session.library(), session.generation(), &window);
        QObject::connect(film, &DemoFilm::finished, film, &QObject::deleteLater);
        QObject::connect(film, &DemoFilm::failed, film, [&window, film](const QString &message) {
            window.statusBar()->showMessage(message);
            film->deleteLater();
        });
        const Result<qint64> made = film->start();
        if (!made) {
            window.statusBar()->showMessage(made.error().message);
            delete film;
            return;
        }
        session.currentProject().setId(*made);
    });
    return panels;
}

} // namespace mt
