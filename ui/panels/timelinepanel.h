// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/timeline.h"

#include <QWidget>

#include <functional>

class QLabel;
class QSlider;
class QToolButton;

namespace mt {

class EditorSession;
class InlineMessage;
class TimelineView;
class ReviewTracker;
struct AudioDraft;

// The Timeline dock: the tracks (TimelineView) under a small toolbar (split, delete, snapping,
// zoom) and an inline message strip. It shows the current project's timeline as the store holds
// it and turns the view's gestures and keys into edits, each one TimelineUndoStack::perform()
// so Edit → Undo takes it back; a refused edit says why in the strip, never in a modal box.
// It reloads whenever the project's EditHistory changes (an edit, undo or redo from anywhere).
//
// Made by the main window over the EditorSession, which outlives it; main thread.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(EditorSession &session, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    qint64 projectId() const { return m_projectId; }
    // What the message strip says now; empty when it is hidden.
    QString message() const;

    // The edits behind the gestures, for menus and tests. Each shows its error in the strip and
    // returns it.
    Status insertAssets(const QList<qint64> &assetIds, int position);
    Status addSounds(const QList<qint64> &assetIds, AudioRole role, double start);
    Status splitAtPlayhead();
    Status deleteSelection();
    Status markAtPlayhead(bool in);
    Status setTransition(qint64 clipId, Transition transition, double duration);
    Status setClipVolume(qint64 clipId, double volume);
    Status changeSound(qint64 audioClipId, const AudioDraft &changes);

public slots:
    // Where the player is; moves the playhead without emitting playheadMoved.
    void setPlayhead(double seconds);

signals:
    void playheadMoved(double seconds);
    void clipSelected(qint64 clipId); // 0: none
    void playToggled();
    void shuttleRequested(int speed);

private:
    void showProject(qint64 projectId);
    void reload();
    // Runs one edit through the undo stack; its error goes to the strip.
    Status perform(const QString &command, const std::function<Status()> &edit);
    void showMessage(const QString &text);
    void showContextMenu(const QPoint &globalPos);
    void askVolume();
    void updateTimecode();
    void syncZoomSlider();
    // The clip to act on at the playhead: the selected one when the playhead is on it, else the
    // one under the playhead; -1 when none.
    int clipAtPlayhead() const;

    EditorSession &m_session;
    qint64 m_projectId = 0;
    TimelineView *m_view = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_timecode = nullptr;
    QSlider *m_zoom = nullptr;
    QToolButton *m_snap = nullptr;
    QToolButton *m_split = nullptr;
    QToolButton *m_delete = nullptr;
    ReviewTracker *m_reviews = nullptr;
};

} // namespace mt
