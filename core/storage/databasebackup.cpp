// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// Database's backups and restore: copies by VACUUM INTO, checks before anything is replaced.
#include "database.h"

#include "databaseinspection.h"
#include "sql.h"
#include "storagelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "movietool-20260314-093012-123-v4.sqlite": fixed width, so name order is age order.
QString backupName(const QDateTime &at, int version)
{
    return u"movietool-%1-v%2.sqlite"_s.arg(at.toString(u"yyyyMMdd-HHmmss-zzz"_s)).arg(version);
}

QString uniqueBackupPath(const QDir &dir, const QString &prefix, int version)
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString path;
    // Two backups in the same millisecond (tests, scripts) must not collide.
    do {
        path = dir.filePath(prefix.isEmpty() ? backupName(at, version)
                                             : prefix + at.toString(u"yyyyMMdd-HHmmss-zzz"_s));
        at = at.addMSecs(1);
    } while (QFileInfo::exists(path));
    return path;
}

// VACUUM INTO does not fsync what it wrote; a backup that is lost on power failure is no backup.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

// Writes a consistent copy of db into target (which must not exist), through a temporary name
// in the same folder, so that target is either complete or absent.
Status vacuumInto(const QSqlDatabase &db, const QString &target)
{
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    Result<QSqlQuery> query = sql::exec(db, u"VACUUM INTO ?"_s, {partial});
    if (!query || !syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        qCWarning(lcStorage) << "could not copy" << db.databaseName() << "to" << target;
        return Error::failed(Database::tr("Could not write the database copy %1. Check that the "
                                          "folder is writable and the disk has free space.")
                                     .arg(native(target)));
    }
    return {};
}

void pruneBackups(const QDir &dir)
{
    QStringList names = dir.entryList({u"movietool-*-v*.sqlite"_s}, QDir::Files, QDir::Name);
    while (names.size() > Database::KeptBackups) {
        const QString oldest = names.takeFirst();
        if (!QFile::remove(dir.filePath(oldest)))
            qCWarning(lcStorage) << "could not prune backup" << dir.filePath(oldest);
    }
}

Result<QString> backupConnection(const QSqlDatabase &db, const QString &dirPath, int version)
{
    const QDir dir(dirPath);
    if (!dir.mkpath(u"."_s)) {
        return Error::failed(Database::tr("Could not create the backup folder %1. Check that it "
                                          "is writable.")
                                     .arg(native(dirPath)));
    }
    const QString target = uniqueBackupPath(dir, {}, version);
    if (Status copied = vacuumInto(db, target); !copied)
        return copied.error();
    pruneBackups(dir);
    qCInfo(lcStorage) << "backup written" << target;
    return target;
}

// Keeps the bytes of a database SQLite cannot copy (damaged, foreign, newer) beside the backups
// before it is replaced.
Status keepRawCopy(const QString &databasePath, const QString &backupDir)
{
    const QString prefix = u"replaced-"_s + QFileInfo(databasePath).fileName() + u"-"_s;
    if (!QDir(backupDir).mkpath(u"."_s))
        return Error::failed(
                Database::tr("Could not create the backup folder %1.").arg(native(backupDir)));
    const QString target = uniqueBackupPath(QDir(backupDir), prefix, 0);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (QFileInfo::exists(databasePath + suffix)
            && !QFile::copy(databasePath + suffix, target + suffix)) {
            return Error::failed(Database::tr("Could not keep a copy of the current database in "
                                              "%1, so it was not replaced. Check that the folder "
                                              "is writable.")
                                         .arg(native(backupDir)));
        }
    }
    return {};
}

} // namespace

QString Database::backupDirectoryFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

Result<QString> Database::backup(const QString &dir)
{
    if (!isOpen())
        return Error::failed(tr("No library database is open to back up."));
    return backupConnection(m_db,
                            dir.isEmpty() ? backupDirectory() : QDir(dir).absolutePath(),
                            m_schemaVersion);
}

Result<int> Database::inspect(const QString &file, const Options &options)
{
    const QString backupDir = backupDirectoryFor(file);
    if (!QFileInfo(file).isFile()) {
        return Error::refused(tr("There is no database file %1. Backups are kept in the "
                                 "library's backups folder.")
                                      .arg(native(file)));
    }
    const ReadOnlyConnection connection(file);
    if (!connection.isOpen()) {
        return Error::failed(
                tr("%1 could not be opened (%2).").arg(native(file), connection.errorText()));
    }
    const Inspection inspection = inspectConnection(connection.database(),
                                                    int(options.migrations.size()));
    if (inspection.health != Inspection::Healthy)
        return inspection.candidateError(file, backupDir);
    return inspection.version;
}

Status Database::restore(const QString &file)
{
    if (!isOpen())
        return Error::failed(tr("No library database is open to restore into."));
    // Checked while the current database stays open: a bad candidate changes nothing at all.
    if (Status candidate = checkCandidate(m_path, file, m_options); !candidate)
        return candidate;
    const QString path = m_path;
    const Options options = m_options;
    close();
    const Status replaced = restoreFile(path, file, options);
    const Status reopened = open(path, options);
    if (!replaced)
        return replaced;
    if (!reopened)
        return reopened;
    emit restored();
    return {};
}

Status Database::checkCandidate(const QString &databasePath,
                                const QString &file,
                                const Options &options)
{
    if (QFileInfo(file) == QFileInfo(databasePath)) {
        return Error::refused(tr("%1 is the library database itself; choose a backup to restore.")
                                      .arg(native(file)));
    }
    const Result<int> candidate = inspect(file, options);
    return candidate ? Status() : Status(candidate.error());
}

Status Database::restoreFile(const QString &databasePath,
                             const QString &file,
                             const Options &options)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (Status candidate = checkCandidate(target, source, options); !candidate)
        return candidate;
    if (!QFileInfo(target).absoluteDir().mkpath(u"."_s)) {
        return Error::failed(
                tr("Could not create the folder of %1. Check its permissions.").arg(native(target)));
    }

    // Whatever the current database is, it is kept before it is replaced.
    if (QFileInfo(target).size() > 0) {
        const ReadOnlyConnection connection(target);
        const Inspection current = inspectConnection(connection.database(),
                                                     int(options.migrations.size()));
        const QString backupDir = backupDirectoryFor(target);
        Status kept;
        if (current.health == Inspection::Busy) {
            // Another process has it open; replacing it under that process would damage both.
            kept = current.openError(target);
        } else if (current.health == Inspection::Healthy) {
            Result<QString> saved = backupConnection(connection.database(),
                                                     backupDir,
                                                     current.version);
            kept = saved ? Status() : Status(saved.error());
        } else {
            kept = keepRawCopy(target, backupDir);
        }
        if (!kept)
            return kept;
    }

    // A copy made by SQLite includes whatever the candidate still has in its -wal file.
    const QString temporary = target + u".restoring"_s;
    QFile::remove(temporary);
    {
        const ReadOnlyConnection connection(source);
        if (Status copied = vacuumInto(connection.database(), temporary); !copied)
            return copied;
    }
    // The old database's -wal would be replayed into the restored one: it must go first. After
    // the backup above it holds nothing that is not kept.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix)) {
            QFile::remove(temporary);
            return Error::failed(tr("Could not remove %1; is Movie Tool still running? Close it "
                                    "and try again.")
                                         .arg(native(target + suffix)));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary.toStdU16String(), target.toStdU16String(), error);
    if (error) {
        QFile::remove(temporary);
        return Error::failed(tr("Could not replace %1 (%2).")
                                     .arg(native(target), QString::fromStdString(error.message())));
    }
    qCInfo(lcStorage) << "restored" << target << "from" << source;
    return {};
}

} // namespace mt
