// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"

#include "storage/transaction.h"

#include <QDir>
#include <QSignalSpy>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

// Database::backup(), restore() and restoreFile(): copies, pruning, and never losing the current
// database to a bad candidate.
class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupKeepsTheNewestFive();
    void backupErrors();
    void restoreReplacesAndReopens();
    void restoreRefusesBadCandidates_data();
    void restoreRefusesBadCandidates();
    void restoreKeepsCurrentWhenBackupFails();
    void restoreOverDamagedDatabase();
    void restoreFileErrors();
};

void TestDatabaseBackup::backupKeepsTheNewestFive()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    ProjectStore projects(db);
    QStringList made;
    for (int i = 0; i < Database::KeptBackups + 2; ++i) {
        Project project;
        project.name = u"P%1"_s.arg(i);
        QVERIFY(projects.create(project).ok());
        const Result<QString> backup = db.backup();
        MT_VERIFY_OK(backup);
        QVERIFY(QFileInfo::exists(backup.value()));
        QVERIFY(backup->endsWith(u"-v%1.sqlite"_s.arg(db.latestSchemaVersion())));
        made << QFileInfo(backup.value()).fileName();
    }
    // Someone else's file in the folder is not pruned.
    writeAll(dir.filePath(u"backups/notes.txt"_s), "mine");
    QVERIFY(db.backup().ok());
    made << QDir(db.backupDirectory()).entryList({u"movietool-*"_s}, QDir::Files, QDir::Name).last();
    const QStringList kept = QDir(db.backupDirectory())
                                     .entryList({u"movietool-*"_s}, QDir::Files, QDir::Name);
    QCOMPARE(kept, made.mid(made.size() - Database::KeptBackups));
    QVERIFY(QFileInfo::exists(dir.filePath(u"backups/notes.txt"_s)));
    QVERIFY(QDir(db.backupDirectory()).entryList({u"*.partial"_s}, QDir::Files).isEmpty());

    // The newest backup has every project, and is a library of this version.
    const QString newest = db.backupDirectory() + u'/' + kept.last();
    QCOMPARE(Database::inspect(newest).value(), db.latestSchemaVersion());
    Database copy;
    QVERIFY(copy.open(newest).ok());
    QCOMPARE(scalar(copy, u"SELECT count(*) FROM projects"_s).toInt(), Database::KeptBackups + 2);

    // Into another folder.
    const Result<QString> elsewhere = db.backup(dir.filePath(u"elsewhere"_s));
    QVERIFY(elsewhere.ok());
    QCOMPARE(QFileInfo(elsewhere.value()).absolutePath(), dir.filePath(u"elsewhere"_s));
}

void TestDatabaseBackup::backupErrors()
{
    Database closed;
    QVERIFY(!closed.backup().ok());
    QVERIFY(!closed.restore(u"/nonexistent"_s).ok());

    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    writeAll(dir.filePath(u"file"_s), "x");
    const Result<QString> intoFile = db.backup(dir.filePath(u"file"_s));
    QVERIFY(!intoFile.ok());
    QVERIFY2(intoFile.error().message.contains(u"backup folder"_s),
             qPrintable(intoFile.error().message));
    // VACUUM INTO cannot run inside a transaction: a failed copy, no partial file left.
    QDir().mkpath(dir.filePath(u"inside"_s));
    {
        Transaction transaction(db);
        const Result<QString> inside = db.backup(dir.filePath(u"inside"_s));
        QVERIFY(!inside.ok());
        QCOMPARE(inside.error().kind, ErrorKind::Failed);
    }
    QVERIFY(QDir(dir.filePath(u"inside"_s)).entryList(QDir::Files).isEmpty());
}

void TestDatabaseBackup::restoreReplacesAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    ProjectStore projects(db);
    Project first;
    first.name = u"Before"_s;
    QVERIFY(projects.create(first).ok());
    const Result<QString> backup = db.backup(dir.filePath(u"saved"_s));
    QVERIFY(backup.ok());
    Project second;
    second.name = u"After"_s;
    QVERIFY(projects.create(second).ok());

    QSignalSpy restored(&db, &Database::restored);
    const Status status = db.restore(backup.value());
    MT_VERIFY_OK(status);
    QCOMPARE(restored.count(), 1);
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    const Result<QList<Project>> after = projects.list();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().name, u"Before"_s);

    // The database it replaced was backed up first, with both projects.
    const QStringList backups = QDir(db.backupDirectory()).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    Database previous;
    QVERIFY(previous.open(db.backupDirectory() + u'/' + backups.first()).ok());
    QCOMPARE(scalar(previous, u"SELECT count(*) FROM projects"_s).toInt(), 2);
    QVERIFY(!QFileInfo::exists(path + u".restoring"_s));
}

void TestDatabaseBackup::restoreRefusesBadCandidates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing"_s << u"no database file"_s;
    QTest::newRow("garbage") << u"garbage"_s << u"damaged"_s;
    QTest::newRow("foreign") << u"foreign"_s << u"not a Movie Tool"_s;
    QTest::newRow("newer") << u"newer"_s << u"newer Movie Tool"_s;
    QTest::newRow("itself") << u"itself"_s << u"itself"_s;
}

void TestDatabaseBackup::restoreRefusesBadCandidates()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    QString candidate = dir.filePath(u"candidate.db"_s);
    if (kind == u"garbage"_s) {
        writeAll(candidate, QByteArray(8192, 'g'));
    } else if (kind == u"foreign"_s) {
        Database::Options options;
        options.migrations = {{u"other"_s, {u"CREATE TABLE t (a)"_s}}};
        Database other;
        QVERIFY(other.open(candidate, options).ok());
        QVERIFY(run(other, u"PRAGMA application_id = 7"_s));
    } else if (kind == u"newer"_s) {
        Database::Options future;
        future.migrations.append({u"future"_s, {u"CREATE TABLE future (a INTEGER)"_s}});
        Database newer;
        QVERIFY(newer.open(candidate, future).ok());
    } else if (kind == u"itself"_s) {
        candidate = path;
    }

    Database db;
    QVERIFY(db.open(path).ok());
    ProjectStore projects(db);
    Project project;
    project.name = u"Keep me"_s;
    QVERIFY(projects.create(project).ok());
    QSignalSpy restored(&db, &Database::restored);

    const Status status = db.restore(candidate);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Refused);
    QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
    QCOMPARE(restored.count(), 0);
    QVERIFY(db.isOpen());
    QCOMPARE(projects.list()->size(), 1);
    QVERIFY(!QFileInfo::exists(db.backupDirectory()));

    // The static form refuses the same way without an open database.
    db.close();
    const QByteArray before = readAll(path);
    QVERIFY(!Database::restoreFile(path, candidate).ok());
    QCOMPARE(readAll(path), before);
}

void TestDatabaseBackup::restoreKeepsCurrentWhenBackupFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    const Result<QString> backup = db.backup(dir.filePath(u"saved"_s));
    MT_VERIFY_OK(backup);
    ProjectStore projects(db);
    QVERIFY(projects.create(projectNamed(u"Current"_s)).ok());
    writeAll(dir.filePath(u"backups"_s), "in the way");

    QSignalSpy restored(&db, &Database::restored);
    const Status status = db.restore(backup.value());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Failed);
    QCOMPARE(restored.count(), 0);
    QVERIFY(db.isOpen());
    QCOMPARE(projects.list()->size(), 1);
}

void TestDatabaseBackup::restoreOverDamagedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    QString backup;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ProjectStore projects(db);
        Project project;
        project.name = u"Saved"_s;
        QVERIFY(projects.create(project).ok());
        backup = db.backup(dir.filePath(u"saved"_s)).value();
    }
    const QByteArray damaged(16384, 'z');
    writeAll(path, damaged);
    writeAll(path + u"-shm"_s, "stale");
    QVERIFY(!Database().open(path).ok());

    const Status status = Database::restoreFile(path, backup);
    MT_VERIFY_OK(status);
    QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
    // The damaged bytes are kept beside the backups.
    const QStringList kept = QDir(Database::backupDirectoryFor(path))
                                     .entryList({u"replaced-library.db-*"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(readAll(Database::backupDirectoryFor(path) + u'/' + kept.first()), damaged);

    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(scalar(db, u"SELECT name FROM projects"_s).toString(), u"Saved"_s);
}

void TestDatabaseBackup::restoreFileErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    QString backup;
    {
        Database db;
        QVERIFY(db.open(path, firstSteps(2)).ok());
        backup = db.backup(dir.filePath(u"saved"_s)).value();
    }
    // An older backup is restored and migrated on the next open.
    QVERIFY(Database::restoreFile(dir.filePath(u"new/library.db"_s), backup).ok());
    Database db;
    QVERIFY(db.open(dir.filePath(u"new/library.db"_s)).ok());
    QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
    db.close();

    // The backup folder cannot be made: the current database is not replaced.
    writeAll(dir.filePath(u"backups"_s), "in the way");
    {
        Database current;
        QVERIFY(current.open(path, firstSteps(2)).ok());
    }
    const QByteArray before = readAll(path);
    const Status status = Database::restoreFile(path, backup);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Failed);
    QCOMPARE(readAll(path), before);

    // Nor when the database is damaged and no copy of it can be kept.
    writeAll(path, QByteArray(4096, 'q'));
    const Status damaged = Database::restoreFile(path, backup);
    QVERIFY(!damaged.ok());
    QCOMPARE(readAll(path), QByteArray(4096, 'q'));
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
