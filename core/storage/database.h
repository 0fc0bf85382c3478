// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "migrations.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

namespace mt {

// The library's SQLite database: one named QSqlDatabase connection (QSQLITE) with foreign keys,
// WAL, a 5 s busy timeout and synchronous=NORMAL; the schema migrated by PRAGMA user_version;
// backups by VACUUM INTO and restore from one.
//
// Opening never modifies a file that is not a healthy Movie Tool database: a damaged file, a
// foreign SQLite file or one from a newer Movie Tool is refused and left as it is.
//
// Lives on the thread that opened it (QtSql connections must not cross threads); owned by the
// composition root (app/), stores hold a reference. close() or the destructor removes the
// connection.
class Database : public QObject
{
    Q_OBJECT

public:
    // PRAGMA application_id of a Movie Tool library: "MovT".
    static constexpr qint32 ApplicationId = 0x4D6F7654;
    // Backups kept in a backup folder; older ones are deleted by backup().
    static constexpr int KeptBackups = 5;
    static constexpr int BusyTimeoutMs = 5000;

    struct Options
    {
        // The schema steps to apply. Tests pass a prefix (a database "from version k") or an extra
        // failing step; everything else keeps the default.
        QList<MigrationStep> migrations = schemaMigrations();
        // Before migrating a database that has a schema (user_version > 0), back it up into
        // backupDirectory().
        bool backupBeforeMigrating = true;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating when missing or empty) and migrates the database at path. Refused: a newer
    // or foreign database. Failed: damaged, unreadable, or a failing migration (the database then
    // keeps its previous version).
    Status open(const QString &path, const Options &options);
    Status open(const QString &path) { return open(path, Options{}); }
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // The connection, for the stores. Only on the thread that opened the database.
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    int latestSchemaVersion() const { return int(m_options.migrations.size()); }

    // <folder of the database>/backups — the library's backups/ folder.
    QString backupDirectory() const { return backupDirectoryFor(m_path); }
    static QString backupDirectoryFor(const QString &databasePath);

    // Writes a consistent copy (VACUUM INTO) named "movietool-<UTC time>-v<version>.sqlite" into
    // dir (empty: backupDirectory()), then keeps only the newest KeptBackups there. Returns the
    // backup's path. Not inside a transaction.
    Result<QString> backup(const QString &dir = {});

    // Replaces the open database by the backup at file: see restoreFile(). The database is open
    // afterwards (restored and migrated, or, when refused, unchanged) unless reopening failed.
    Status restore(const QString &file);

    // Checks the candidate first (read-only connection: quick_check, application_id, version not
    // newer) and refuses a bad one without touching anything. Then keeps the current database: a
    // backup, or, when SQLite cannot copy it (damaged, foreign, newer), its bytes as
    // "replaced-<name>-<time>" in the backups folder; one locked by another process is not
    // replaced. Then copies the candidate to a temporary file beside databasePath and renames it
    // over; stale -wal/-shm files go. The database must not be open elsewhere; the next open()
    // migrates it. For `library restore`, which must work when the current database no longer
    // opens.
    static Status restoreFile(const QString &databasePath,
                              const QString &file,
                              const Options &options);
    static Status restoreFile(const QString &databasePath, const QString &file)
    {
        return restoreFile(databasePath, file, Options{});
    }

    // Checks that file is a healthy Movie Tool database of a version these options can open,
    // read-only, without changing it. Returns its schema version.
    static Result<int> inspect(const QString &file, const Options &options);
    static Result<int> inspect(const QString &file) { return inspect(file, Options{}); }

signals:
    // The database was replaced by restore(): every id may have changed, models reset.
    void restored();

private:
    friend class Transaction;

    static Status checkCandidate(const QString &databasePath,
                                 const QString &file,
                                 const Options &options);
    Status applyPragmas();
    Status migrate(int fromVersion);
    Status applyStep(int version, const MigrationStep &step);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    Options m_options;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace mt
