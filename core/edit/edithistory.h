// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <map>

namespace mt {

class Database;

// One recorded edit of a project's timeline.
struct EditEntry
{
    qint64 sequence = 0; // 1, 2, … per project, in the order the edits were made
    QString command;     // what the edit was: "add", "move", "trim", … (TimelineEditor's names)
    bool undone = false;
    QDateTime createdAt;
};

// The persisted undo history of every project's timeline, in the edit_history table.
//
// An edit is recorded as what it changed: the rows of clips, audio_clips and clip_takes of the
// project, and asset_flags of its assets (dismissing a flag is an edit too), before and after,
// compared by value, so undo writes back exactly the rows there were (ids, timestamps and all)
// and redo the rows the edit made — whatever the edit was, without an inverse to get wrong.
// record() runs the edit, takes the difference and stores it in one transaction with the edit,
// so an edit and its history entry exist together or not at all; undo() and redo() are one
// transaction each too. History survives a restart: undo after reopening the library undoes the
// last edit made before it closed.
//
// Before writing back, undo and redo check that the rows are as the entry left them; if
// something changed them outside the history (it should not happen: every timeline write goes
// through here) the step is refused rather than overwriting the newer state. Flags are the
// exception: a review rewrites them outside the history, so a flag a later review replaced is
// left as the review wrote it and the step goes on without it.
//
// A new edit drops the undone entries after it (as QUndoStack does). At most MaxEntries are kept
// per project; the oldest go first. Main thread.
class EditHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10000;

    explicit EditHistory(Database &db, QObject *parent = nullptr);

    // Runs `edit` (which writes the project's timeline rows) in a transaction and records what it
    // changed under `command`. An edit that changed nothing is not recorded (the entry's
    // sequence is 0); a refused or failed edit writes nothing.
    Result<EditEntry> record(qint64 projectId,
                             const QString &command,
                             const std::function<Status()> &edit);

    // Undoes the newest entry not undone / redoes the oldest undone one. Refused when there is
    // none.
    Result<EditEntry> undo(qint64 projectId);
    Result<EditEntry> redo(qint64 projectId);

    // Every entry of the project, oldest first.
    Result<QList<EditEntry>> entries(qint64 projectId) const;

signals:
    // The timeline of the project changed by an edit, an undo or a redo.
    void changed(qint64 projectId);

private:
    // table → id → row (column → value); the project's rows of the timeline tables and flags.
    using Rows = std::map<qint64, QJsonObject>;
    using Snapshot = QHash<QString, Rows>;

    Result<Snapshot> snapshot(qint64 projectId) const;
    Result<std::optional<QJsonObject>> currentRow(const QString &table, qint64 id) const;
    // Writes `side` ("b": before, "a": after) of every change, after checking that the rows are
    // as the other side says.
    Status apply(const QJsonArray &changes, const QString &side, const QString &expected);
    Status writeRow(const QString &table, const QJsonObject &row);
    Result<EditEntry> step(qint64 projectId, bool undo);
    const QHash<QString, QString> &columnTypes(const QString &table) const;

    Database &m_db;
    mutable QHash<QString, QHash<QString, QString>> m_columnTypes; // table → column → type
};

} // namespace mt
