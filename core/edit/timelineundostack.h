// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QUndoStack>

#include <functional>

namespace mt {

class TimelineEditor;

// The editor's QUndoStack (Edit → Undo/Redo, the history view) over one project's persisted
// EditHistory. Each command is one entry of the history: its first redo() makes the edit through
// TimelineEditor, later undo()/redo() step the history, each in its own transaction. Opening a
// project rebuilds the stack from the history, so Undo after a restart takes back the last edit
// made before it. An edit made elsewhere (the CLI on the same library, another window) rebuilds
// it too, and a step the history refuses is reported through failed() and the stack rebuilt to
// match the database again. Main thread.
class TimelineUndoStack : public QUndoStack
{
    Q_OBJECT

public:
    explicit TimelineUndoStack(TimelineEditor &editor, QObject *parent = nullptr);

    // Shows the project's history (0: none).
    Status setProject(qint64 projectId);
    qint64 projectId() const { return m_projectId; }

    // Makes an edit as an undoable command: `edit` is one of TimelineEditor's edits of this
    // project. Its error is returned and nothing is pushed; an edit that changed nothing pushes
    // nothing either.
    Status perform(const QString &command, const std::function<Status()> &edit);

signals:
    // An undo or redo could not be taken; the stack shows the history as it is.
    void failed(const QString &message);

private:
    friend class TimelineCommand;

    void stepHistory(bool undo);
    void onHistoryChanged(qint64 projectId);

    TimelineEditor &m_editor;
    qint64 m_projectId = 0;
    bool m_syncing = false;  // rebuilding: commands do nothing
    bool m_stepping = false; // our own change of the history: no rebuild
    int m_recorded = 0;      // entries recorded while the current command made its edit
};

} // namespace mt
