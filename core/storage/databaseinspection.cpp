// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "databaseinspection.h"

#include "database.h"
#include "storagelog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"mt-storage-%1"_s.arg(++counter);
}

Inspection inspectConnection(const QSqlDatabase &db, int latestVersion)
{
    Inspection result;
    result.latestVersion = latestVersion;
    QSqlQuery query(db);
    // quick_check reads every page (without the index cross-checks of integrity_check): a
    // non-database fails right away ("file is not a database"), a truncated one reports the
    // missing pages.
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        result.detail = query.lastError().databaseText();
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes: another connection
        // holds the file, which says nothing about its health.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == 5 || code == 6)
            result.health = Inspection::Busy;
        qCWarning(lcStorage) << "quick_check failed on" << db.databaseName() << result.detail;
        return result;
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{u"ok"_s}) {
        result.detail = problems.mid(0, 3).join(u"; "_s);
        qCWarning(lcStorage) << "quick_check on" << db.databaseName() << problems;
        return result;
    }
    auto pragma = [&](const QString &name) {
        QSqlQuery q(db);
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 applicationId = pragma(u"application_id"_s);
    result.version = int(pragma(u"user_version"_s));
    QSqlQuery tables(db);
    const bool hasTables = tables.exec(u"SELECT count(*) FROM sqlite_schema"_s) && tables.next()
                           && tables.value(0).toLongLong() > 0;
    if (applicationId < 0 || result.version < 0) {
        result.detail = u"unreadable header"_s;
        return result;
    }
    // An empty database (no id, no version, no tables) is a new library; anything else without
    // our id belongs to another program.
    if (applicationId != Database::ApplicationId
        && (applicationId != 0 || result.version > 0 || hasTables)) {
        result.health = Inspection::Foreign;
        result.detail = u"application_id %1"_s.arg(applicationId);
        return result;
    }
    if (result.version > latestVersion) {
        result.health = Inspection::Newer;
        return result;
    }
    result.health = Inspection::Healthy;
    return result;
}

Error Inspection::openError(const QString &path) const
{
    switch (health) {
    case Healthy:
        break;
    case Damaged:
        return Error::failed(
                Database::tr("The library database %1 is damaged or is not a database (%2). The "
                             "file was left untouched. Restore a backup with `movietool-cli "
                             "library restore FILE`; backups are kept in %3.")
                        .arg(native(path), detail, native(Database::backupDirectoryFor(path))));
    case Busy:
        return Error::failed(Database::tr("The library database %1 is locked by another program "
                                          "(%2). Close other Movie Tool windows or commands using "
                                          "this library and try again.")
                                     .arg(native(path), detail));
    case Foreign:
        return Error::refused(Database::tr("%1 is not a Movie Tool library database; it belongs "
                                           "to another program and was left untouched. Choose "
                                           "another library folder.")
                                      .arg(native(path)));
    case Newer:
        return Error::refused(Database::tr("The library database %1 was made by a newer Movie "
                                           "Tool (schema version %2; this one knows up to %3). "
                                           "Update Movie Tool to open it.")
                                      .arg(native(path))
                                      .arg(version)
                                      .arg(latestVersion));
    }
    return Error::failed({});
}

Error Inspection::candidateError(const QString &path, const QString &backupDir) const
{
    switch (health) {
    case Healthy:
        break;
    case Damaged:
        return Error::refused(Database::tr("%1 is damaged or is not a database (%2); nothing was "
                                           "changed. Choose another backup, for example one in "
                                           "%3.")
                                      .arg(native(path), detail, native(backupDir)));
    case Busy:
        return Error::failed(Database::tr("%1 is locked by another program (%2); nothing was "
                                          "changed. Try again when it is free.")
                                     .arg(native(path), detail));
    case Foreign:
        return Error::refused(Database::tr("%1 is not a Movie Tool library database; nothing was "
                                           "changed. Choose a backup made by Movie Tool, for "
                                           "example one in %2.")
                                      .arg(native(path), native(backupDir)));
    case Newer:
        return Error::refused(Database::tr("%1 was made by a newer Movie Tool (schema version "
                                           "%2); nothing was changed. Update Movie Tool to "
                                           "restore it.")
                                      .arg(native(path))
                                      .arg(version));
    }
    return Error::failed({});
}

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(newConnectionName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::BusyTimeoutMs));
    m_db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ReadOnlyConnection::errorText() const
{
    return m_db.lastError().text();
}

} // namespace mt
