// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace mt {

// Which run of the program owns a job row. Several programs may share a library at once (the
// editor, and the CLI in a terminal): each JobQueue claims the rows it queues and runs under a
// run id of its own and holds a lock file named after that id for as long as it lives, next to
// the database. A queue starting marks as interrupted only the rows of runs whose lock no live
// process holds — the rows of a run that ended without finishing them — and leaves another live
// run's jobs alone. QLockFile writes the holder's process id, so the lock of a run that crashed
// counts as free at once.
//
// An in-memory database has no other program to share with: every other run counts as ended.
// Main thread; owned by JobQueue.
class JobOwners
{
public:
    explicit JobOwners(const QString &databasePath);
    ~JobOwners();

    // This run's id: "<pid>-<random>", at most 64 characters (the column's limit).
    QString runId() const { return m_runId; }
    // True when the run is this one or another run that still holds its lock.
    bool isAlive(const QString &runId) const;
    // Removes the lock files of runs that have ended (they accumulate otherwise).
    void removeEndedLocks() const;

private:
    QString lockPath(const QString &runId) const;

    QString m_lockDir; // empty: no lock files (in-memory database)
    QString m_runId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace mt
