// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

namespace mt {

class CharactersPanel;
class EditorSession;
class GenerationsPanel;
class MainWindow;
class MediaBinPanel;
class PreviewPanel;
class TakeStripPanel;
class TimelinePanel;

// The creative panels around the main window's own (projects, jobs): the media bin and the
// characters tabbed with the projects, the preview above the timeline, and the connections that
// make them one editor — an asset opened in the bin plays in the preview, Space and J/K/L on the
// timeline drive the preview, the playhead and the player follow each other, and the takes of
// the clip selected on the timeline line up in the Takes dock (tabbed with jobs and generations),
// playable in the preview. The editor's main()
// and the GUI tests install them the same way. The panels are children of their docks, owned by
// the window; main thread.
struct EditorPanels
{
    MediaBinPanel *mediaBin = nullptr;
    CharactersPanel *characters = nullptr;
    PreviewPanel *preview = nullptr;
    TimelinePanel *timeline = nullptr;
    GenerationsPanel *generations = nullptr;
    TakeStripPanel *takes = nullptr;

    static EditorPanels install(MainWindow &window, EditorSession &session);
};

} // namespace mt
