// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelineundostack.h"

#include "edit/timelineeditor.h"

#include <QScopedValueRollback>

namespace mt {

// One entry of the history as a QUndoCommand.
class TimelineCommand : public QUndoCommand
{
public:
    TimelineCommand(TimelineUndoStack &stack,
                    const QString &command,
                    std::function<Status()> edit = {})
        : QUndoCommand(TimelineEditor::commandTitle(command))
        , m_stack(stack)
        , m_edit(std::move(edit))
    {}

    void redo() override
    {
        if (m_stack.m_syncing)
            return;
        if (m_edit) {
            // The first redo is the edit itself.
            const std::function<Status()> edit = std::exchange(m_edit, {});
            m_stack.m_recorded = 0;
            const Status status = edit();
            if (!status || m_stack.m_recorded == 0)
                setObsolete(true); // refused, or nothing changed: QUndoStack drops it
            return;
        }
        m_stack.stepHistory(false);
    }

    void undo() override
    {
        if (!m_stack.m_syncing)
            m_stack.stepHistory(true);
    }

private:
    TimelineUndoStack &m_stack;
    std::function<Status()> m_edit;
};

TimelineUndoStack::TimelineUndoStack(TimelineEditor &editor, QObject *parent)
    : QUndoStack(parent)
    , m_editor(editor)
{
    connect(&m_editor.history(), &EditHistory::changed, this, &TimelineUndoStack::onHistoryChanged);
}

Status TimelineUndoStack::setProject(qint64 projectId)
{
    const QScopedValueRollback syncing(m_syncing, true);
    clear();
    m_projectId = projectId;
    if (projectId == 0)
        return {};
    Result<QList<EditEntry>> entries = m_editor.history().entries(projectId);
    if (!entries)
        return entries.error();
    int done = 0;
    for (const EditEntry &entry : *entries) {
        push(new TimelineCommand(*this, entry.command));
        done += entry.undone ? 0 : 1;
    }
    setIndex(done);
    setClean();
    return {};
}

Status TimelineUndoStack::perform(const QString &command, const std::function<Status()> &edit)
{
    if (m_projectId == 0)
        return Error::refused(tr("Open a project first."));
    const QScopedValueRollback stepping(m_stepping, true);
    // push() runs the first redo() and deletes the command when that made it obsolete, so the
    // outcome comes back through this variable rather than the command.
    Status status;
    push(new TimelineCommand(*this, command, [&status, &edit] {
        status = edit();
        return status;
    }));
    // QUndoStack drops the commands that could be redone before it learns that the new one was
    // refused or changed nothing; the history still has them, so show it again.
    if (!status || m_recorded == 0)
        setProject(m_projectId);
    return status;
}

void TimelineUndoStack::stepHistory(bool undo)
{
    const QScopedValueRollback stepping(m_stepping, true);
    const Result<EditEntry> entry = undo ? m_editor.undo(m_projectId) : m_editor.redo(m_projectId);
    if (entry)
        return;
    const QString message = entry.error().message;
    // The stack moved but the database did not: show the history as it really is. Rebuilding
    // deletes the command that is calling us, so it waits for the event loop.
    QMetaObject::invokeMethod(
            this, [this] { setProject(m_projectId); }, Qt::QueuedConnection);
    emit failed(message);
}

void TimelineUndoStack::onHistoryChanged(qint64 projectId)
{
    if (m_stepping) {
        if (projectId == m_projectId)
            ++m_recorded;
        return;
    }
    if (projectId == m_projectId && !m_syncing)
        setProject(m_projectId);
}

} // namespace mt
