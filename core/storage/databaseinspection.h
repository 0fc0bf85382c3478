// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

// Internal to core/storage: what a database file is, found out by reading only.
namespace mt {

struct Inspection
{
    enum Health { Healthy, Damaged, Busy, Foreign, Newer };

    Health health = Damaged;
    int version = 0;       // PRAGMA user_version
    int latestVersion = 0; // the newest version the inspecting code knows
    QString detail;        // SQLite's words, for the message and the log

    // The error open() gives for the library database at path.
    Error openError(const QString &path) const;
    // The error a restore gives for the candidate backup at path (nothing was changed).
    Error candidateError(const QString &path, const QString &backupDir) const;
};

// A connection name no other connection of the process has.
QString newConnectionName();

// Reads PRAGMA quick_check, application_id and user_version through db; writes nothing.
Inspection inspectConnection(const QSqlDatabase &db, int latestVersion);

// A short-lived read-only connection of its own (restore's checks and copies), removed again
// when it goes out of scope.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const;
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace mt
