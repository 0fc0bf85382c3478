// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "database.h"

#include "databaseinspection.h"
#include "sql.h"
#include "storagelog.h"
#include "transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace mt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "mt.storage")

Database::Database(QObject *parent)
    : QObject(parent)
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(!isOpen() || QThread::currentThread() == m_thread,
               "Database::connection",
               "a QtSql connection is used only on the thread that opened it");
    return m_db;
}

Status Database::open(const QString &path, const Options &options)
{
    close();
    if (path.isEmpty())
        return Error::refused(tr("No library database file was given."));
    m_options = options;
    m_path = QFileInfo(path).absoluteFilePath();
    m_thread = QThread::currentThread();
    m_connectionName = newConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    // The busy timeout is a connection option so that it already applies to the checks below: a
    // library another process is writing must read as busy, not as damaged.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        const QString detail = m_db.lastError().text();
        close();
        qCWarning(lcStorage) << "cannot open" << path << detail;
        return Error::failed(tr("The library database %1 could not be opened (%2). Check that the "
                                "folder exists and is writable.")
                                     .arg(QDir::toNativeSeparators(path), detail));
    }

    // Only reads until the file is known to be a healthy Movie Tool database of a version we
    // understand: whatever else it is, it is left exactly as it was.
    const Inspection inspection = inspectConnection(m_db, latestSchemaVersion());
    if (inspection.health != Inspection::Healthy) {
        close();
        return inspection.openError(path);
    }
    if (Status pragmas = applyPragmas(); !pragmas) {
        close();
        return pragmas;
    }
    m_schemaVersion = inspection.version;
    if (Status migrated = migrate(inspection.version); !migrated) {
        close();
        return migrated;
    }
    qCInfo(lcStorage) << "opened" << m_path << "schema version" << m_schemaVersion << "as"
                      << m_connectionName;
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    // removeDatabase() warns and leaks when a QSqlDatabase copy is still alive: ours goes first.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
    m_transactionDepth = 0;
}

Status Database::applyPragmas()
{
    const QStringList pragmas = {
            u"PRAGMA foreign_keys = ON"_s,
            // WAL: readers never block the writer, and a crash cannot tear a commit.
            u"PRAGMA journal_mode = WAL"_s,
            // NORMAL is durable in WAL mode except for the last commits on power loss; FULL
            // would fsync on every edit, and every edit is a commit.
            u"PRAGMA synchronous = NORMAL"_s,
    };
    for (const QString &pragma : pragmas) {
        Result<QSqlQuery> query = sql::exec(m_db, pragma);
        if (!query)
            return query.error();
        if (pragma.contains(u"journal_mode"_s) && query->next()
            && query->value(0).toString() != u"wal"_s) {
            qCWarning(lcStorage) << "journal_mode is" << query->value(0).toString() << "not wal";
        }
    }
    return {};
}

Status Database::migrate(int fromVersion)
{
    const int latest = latestSchemaVersion();
    if (fromVersion >= latest)
        return {};
    if (fromVersion > 0 && m_options.backupBeforeMigrating) {
        Result<QString> saved = backup(backupDirectory());
        if (!saved) {
            return Error::failed(tr("The library database was not updated, because no backup "
                                    "could be made first: %1")
                                         .arg(saved.error().message));
        }
        qCInfo(lcStorage) << "backed up before migrating to" << saved.value();
    }
    for (int version = fromVersion + 1; version <= latest; ++version) {
        if (Status step = applyStep(version, m_options.migrations.at(version - 1)); !step)
            return step;
        m_schemaVersion = version;
    }
    return {};
}

Status Database::applyStep(int version, const MigrationStep &step)
{
    qCInfo(lcStorage) << "migrating" << m_path << "to version" << version << step.name;
    Transaction transaction(*this);
    if (!transaction.ok())
        return transaction.error();
    QStringList statements = step.statements;
    // PRAGMA user_version and application_id live in page 1, so they commit or roll back with
    // the step.
    statements << u"PRAGMA application_id = %1"_s.arg(ApplicationId)
               << u"PRAGMA user_version = %1"_s.arg(version);
    for (const QString &statement : std::as_const(statements)) {
        if (Result<QSqlQuery> query = sql::exec(m_db, statement); !query) {
            return Error::failed(tr("The library database could not be updated to version %1 "
                                    "(%2); it was left at version %3. %4")
                                         .arg(version)
                                         .arg(step.name)
                                         .arg(version - 1)
                                         .arg(query.error().message));
        }
    }
    // A data step must not leave dangling references behind.
    Result<QSqlQuery> check = sql::exec(m_db, u"PRAGMA foreign_key_check"_s);
    if (!check)
        return check.error();
    if (check->next()) {
        qCWarning(lcStorage) << "foreign key violation after step" << version << "in table"
                             << check->value(0).toString();
        return Error::failed(tr("The library database could not be updated to version %1 (%2): "
                                "it would break references in table %3. It was left at version "
                                "%4.")
                                     .arg(version)
                                     .arg(step.name, check->value(0).toString())
                                     .arg(version - 1));
    }
    return transaction.commit();
}

} // namespace mt
