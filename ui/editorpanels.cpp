// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "editorpanels.h"

#include "editorsession.h"
#include "mainwindow.h"
#include "panels/characterspanel.h"
#include "panels/mediabinpanel.h"
#include "panels/previewpanel.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace mt {

EditorPanels EditorPanels::install(MainWindow &window, EditorSession &session)
{
    EditorPanels panels;
    panels.mediaBin = new MediaBinPanel(session);
    panels.characters = new CharactersPanel(session);
    panels.preview = new PreviewPanel(session);
    panels.timeline = new TimelinePanel(session);
    window.addPanelDock(panels.mediaBin,
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
    return panels;
}

} // namespace mt
