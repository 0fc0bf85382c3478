// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"

#include "storage/transaction.h"

#include <QDir>
#include <QRandomGenerator>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

namespace {

// One row in every table a schema version adds; ids are 1 so later versions can refer to them.
const QList<QStringList> rowsOfVersion = {
        {},
        {
                u"INSERT INTO settings VALUES ('library.quotaBytes', '1073741824')"_s,
                u"INSERT INTO projects (id, name, description, width, height, fps_num, fps_den, "
                u"default_preset, export_folder, created_at, updated_at) "
                u"VALUES (1, 'Film', 'A film', 1920, 1080, 24000, 1001, 'share', '', 1, 2)"_s,
                u"INSERT INTO characters (id, name, description, created_at, updated_at) "
                u"VALUES (1, 'Ann', 'The lead', 1, 1)"_s,
                u"INSERT INTO character_images (id, character_id, relative_path, sha256, "
                u"original_name, width, height, is_primary, created_at) VALUES (1, 1, "
                u"'media/characters/a.png', '%1', 'ann.png', 512, 512, 1, 1)"_s.arg(
                        QString(64, u'a')),
                u"INSERT INTO assets (id, project_id, kind, origin, original_name, relative_path, "
                u"sha256, file_size, probe_json, duration, width, height, is_placeholder, "
                u"created_at) VALUES (1, 1, 'video', 'imported', 'shot.mp4', "
                u"'media/uploads/b.mp4', '%1', 1000, '{\"duration\":2.5}', 2.5, 1920, 1080, 0, 1)"_s
                        .arg(QString(64, u'b')),
        },
        {
                u"INSERT INTO clips (id, project_id, position, asset_id, in_point, out_point, "
                u"created_at, updated_at) VALUES (1, 1, 0, 1, 0.5, 2.0, 1, 1)"_s,
                u"INSERT INTO audio_clips (id, project_id, asset_id, kind, start, created_at, "
                u"updated_at) VALUES (1, 1, 1, 'music', 0, 1, 1)"_s,
                u"INSERT INTO clip_takes (clip_id, asset_id, created_at) VALUES (1, 1, 1)"_s,
                u"INSERT INTO edit_history (project_id, sequence, command, payload, created_at) "
                u"VALUES (1, 1, 'add', '{\"clip\":1}', 1)"_s,
        },
        {
                u"INSERT INTO jobs (id, kind, project_id, state, progress, created_at) "
                u"VALUES (1, 'export', 1, 'done', 1, 1)"_s,
                u"INSERT INTO exports (project_id, job_id, path, preset, duration, created_at) "
                u"VALUES (1, 1, '/tmp/film.mp4', 'share', 1.5, 1)"_s,
        },
        {
                u"INSERT INTO generation_tasks (id, project_id, provider, model, mode, state, "
                u"result_asset_id, replaced_clip_id, created_at, updated_at) "
                u"VALUES (1, 1, 'minimax', 'hailuo', 'i2v', 'done', 1, 1, 1, 1)"_s,
                u"INSERT INTO spend (task_id, project_id, provider, amount, at) "
                u"VALUES (1, 1, 'minimax', 0.25, 1)"_s,
                u"INSERT INTO asset_provenance (asset_id, task_id, provider, prompt, "
                u"reference_assets, created_at) VALUES (1, 1, 'minimax', 'a cat', '[1]', 1)"_s,
                u"INSERT INTO asset_flags (asset_id, kind, from_seconds, to_seconds, created_at) "
                u"VALUES (1, 'black', 0, 0.5, 1)"_s,
        },
        {}, // 5 adds a column (jobs.owner), no table
};

const QList<QStringList> tablesOfVersion = {
        {},
        {u"settings"_s, u"projects"_s, u"characters"_s, u"character_images"_s, u"assets"_s},
        {u"clips"_s, u"audio_clips"_s, u"clip_takes"_s, u"edit_history"_s},
        {u"jobs"_s, u"exports"_s},
        {u"generation_tasks"_s, u"spend"_s, u"asset_provenance"_s, u"asset_flags"_s},
        {},
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void pragmasAreOn();
    void connectionsAreNamedAndRemoved();
    void openFailsForUnreachablePath();
    void lockedDatabaseIsBusyNotDamaged();
    void schemaCoversEveryVersion();
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void newDatabaseIsNotBackedUp();
    void failingStepLeavesPreviousVersion();
    void danglingReferenceFailsStep();
    void backupFailureStopsMigration();
    void newerDatabaseRefused();
    void foreignDatabaseRefused_data();
    void foreignDatabaseRefused();
    void damagedFileLeftUntouched_data();
    void damagedFileLeftUntouched();
    void transactionsNestAsSavepoints();
    void transactionErrors();
};

void TestDatabase::pragmasAreOn()
{
    QTemporaryDir dir;
    Database db;
    const Status opened = db.open(dir.filePath(u"library.db"_s));
    MT_VERIFY_OK(opened);
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(scalar(db, u"PRAGMA application_id"_s).toLongLong(), qint64(Database::ApplicationId));
    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), int(schemaMigrations().size()));
    QCOMPARE(db.schemaVersion(), int(schemaMigrations().size()));
    QCOMPARE(db.latestSchemaVersion(), 5);
    QCOMPARE(db.path(), QFileInfo(dir.filePath(u"library.db"_s)).absoluteFilePath());
    QCOMPARE(db.backupDirectory(), dir.filePath(u"backups"_s));
}

void TestDatabase::connectionsAreNamedAndRemoved()
{
    QTemporaryDir dir;
    QString first;
    {
        Database a;
        Database b;
        QVERIFY(a.open(dir.filePath(u"a.db"_s)).ok());
        QVERIFY(b.open(dir.filePath(u"b.db"_s)).ok());
        first = a.connectionName();
        QVERIFY(!first.isEmpty());
        QVERIFY(first != b.connectionName());
        QVERIFY(QSqlDatabase::contains(first));
        QCOMPARE(a.connection().connectionName(), first);
        // Reopening replaces the connection.
        QVERIFY(a.open(dir.filePath(u"a.db"_s)).ok());
        QVERIFY(!QSqlDatabase::contains(first));
        first = a.connectionName();
        b.close();
        QVERIFY(!b.isOpen());
        b.close(); // twice is harmless
    }
    QVERIFY(!QSqlDatabase::contains(first));
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

void TestDatabase::openFailsForUnreachablePath()
{
    QTemporaryDir dir;
    Database db;
    const Status opened = db.open(dir.filePath(u"missing/folder/library.db"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    QVERIFY2(opened.error().message.contains(u"could not be opened"_s),
             qPrintable(opened.error().message));
    QVERIFY(!db.isOpen());
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    QCOMPARE(db.open(QString()).error().kind, ErrorKind::Refused);
}

void TestDatabase::lockedDatabaseIsBusyNotDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        // Out of WAL, so that a lock blocks readers too.
        QVERIFY(run(db, u"PRAGMA journal_mode = DELETE"_s));
    }
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    {
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
    }
    const QByteArray before = readAll(path);
    Database db;
    const Status opened = db.open(path); // waits out the busy timeout
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    QVERIFY2(opened.error().message.contains(u"locked by another program"_s),
             qPrintable(opened.error().message));
    QCOMPARE(readAll(path), before);
    {
        QSqlQuery unlock(holder);
        QVERIFY(unlock.exec(u"ROLLBACK"_s));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);
    QVERIFY(db.open(path).ok());
}

void TestDatabase::schemaCoversEveryVersion()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    for (const QStringList &tables : tablesOfVersion) {
        for (const QString &table : tables) {
            QCOMPARE(scalar(db,
                            u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                            u"name = '%1'"_s.arg(table))
                             .toInt(),
                     1);
        }
    }
    // Every foreign key column is indexed (a parent delete must not scan the child table).
    QSqlQuery tables(db.connection());
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery keys(db.connection());
        QVERIFY(keys.exec(u"SELECT \"from\" FROM pragma_foreign_key_list('%1')"_s.arg(table)));
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            const int indexed = scalar(db,
                                       u"SELECT count(*) FROM pragma_index_list('%1') AS l "
                                       u"JOIN pragma_index_info(l.name) AS i "
                                       u"WHERE i.seqno = 0 AND i.name = '%2'"_s.arg(table, column))
                                        .toInt()
                                + scalar(db,
                                         u"SELECT count(*) FROM pragma_table_info('%1') "
                                         u"WHERE pk = 1 AND name = '%2'"_s.arg(table, column))
                                          .toInt();
            QVERIFY2(indexed > 0, qPrintable(table + u"."_s + column));
        }
    }
}

void TestDatabase::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int version = 1; version < int(schemaMigrations().size()); ++version)
        QTest::addRow("v%d", version) << version;
}

void TestDatabase::migratesFromEveryVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        Database old;
        QVERIFY(old.open(path, firstSteps(fromVersion)).ok());
        QCOMPARE(old.schemaVersion(), fromVersion);
        for (int version = 1; version <= fromVersion; ++version) {
            for (const QString &statement : rowsOfVersion.at(version))
                QVERIFY(run(old, statement));
        }
        // The tables of later versions are not there yet.
        const QStringList later = tablesOfVersion.at(fromVersion + 1);
        if (!later.isEmpty()) {
            QCOMPARE(scalar(old,
                            u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s.arg(
                                    later.first()))
                             .toInt(),
                     0);
        }
    }

    Database db;
    const Status opened = db.open(path);
    MT_VERIFY_OK(opened);
    QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
    for (int version = 1; version < tablesOfVersion.size(); ++version) {
        for (const QString &table : tablesOfVersion.at(version)) {
            QCOMPARE(scalar(db, u"SELECT count(*) FROM "_s + table).toInt(),
                     version <= fromVersion ? 1 : 0);
        }
    }
    // Jobs of earlier versions have no owner: the next queue to start treats them as ended.
    if (fromVersion >= 3) {
        QCOMPARE(scalar(db, u"SELECT owner FROM jobs WHERE id = 1"_s).toString(), QString());
    }
    // The rows read back through the stores as they were written.
    ProjectStore projects(db);
    const Result<Project> film = projects.get(1);
    QVERIFY(film.ok());
    QCOMPARE(film->name, u"Film"_s);
    QCOMPARE(film->frameRate, (Rational{24000, 1001}));
    CharacterStore characters(db);
    const Result<Character> ann = characters.get(1);
    QVERIFY(ann.ok());
    QCOMPARE(ann->images.size(), 1);
    QVERIFY(ann->images.first().isPrimary);
    AssetStore assets(db);
    const Result<Asset> shot = assets.get(1);
    QVERIFY(shot.ok());
    QCOMPARE(shot->info.duration, 2.5);

    // The database was backed up before it was migrated, at its old version.
    const QStringList backups = QDir(db.backupDirectory()).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().endsWith(u"-v%1.sqlite"_s.arg(fromVersion)),
             qPrintable(backups.first()));
    const Result<int> backupVersion = Database::inspect(db.backupDirectory() + u'/'
                                                        + backups.first());
    QVERIFY(backupVersion.ok());
    QCOMPARE(backupVersion.value(), fromVersion);
}

void TestDatabase::newDatabaseIsNotBackedUp()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    QVERIFY(!QFileInfo::exists(db.backupDirectory()));
    // Opening an up-to-date database backs nothing up either.
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    QVERIFY(!QFileInfo::exists(db.backupDirectory()));
}

void TestDatabase::failingStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        Database old;
        QVERIFY(old.open(path, firstSteps(1)).ok());
        for (const QString &statement : rowsOfVersion.at(1))
            QVERIFY(run(old, statement));
    }
    Database::Options options = firstSteps(2);
    // Step 3 creates a table and then fails: neither the table nor the version bump may stay.
    options.migrations.append(
            {u"broken"_s,
             {u"CREATE TABLE half_done (a INTEGER)"_s, u"INSERT INTO no_such_table VALUES (1)"_s}});
    Database db;
    const Status opened = db.open(path, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    QVERIFY2(opened.error().message.contains(u"left at version 2"_s),
             qPrintable(opened.error().message));
    QVERIFY(!db.isOpen());

    // Step 2 (good) stayed applied, step 3 left nothing behind.
    const Result<int> version = Database::inspect(path, options);
    QVERIFY(version.ok());
    QCOMPARE(version.value(), 2);
    QVERIFY(db.open(path, firstSteps(2)).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"_s).toInt(),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM projects"_s).toInt(), 1);
    // And the current code finishes the job.
    QVERIFY(db.open(path).ok());
    QCOMPARE(db.schemaVersion(), int(schemaMigrations().size()));
}

void TestDatabase::danglingReferenceFailsStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    Database::Options options;
    // Deferred, so the violation survives until the step's own check catches it.
    options.migrations.append({u"dangling"_s,
                               {u"PRAGMA defer_foreign_keys = ON"_s,
                                u"INSERT INTO assets (project_id, kind, origin, relative_path, "
                                u"sha256, file_size, created_at) VALUES (99, 'video', 'imported', "
                                u"'media/x.mp4', '%1', 1, 1)"_s.arg(QString(64, u'c'))}});
    Database db;
    const Status opened = db.open(path, options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"assets"_s), qPrintable(opened.error().message));
    QCOMPARE(Database::inspect(path, options).value(), int(schemaMigrations().size()));
}

void TestDatabase::backupFailureStopsMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        Database old;
        QVERIFY(old.open(path, firstSteps(1)).ok());
    }
    // A file where the backups folder should be: no backup, so no migration.
    writeAll(dir.filePath(u"backups"_s), "in the way");
    Database db;
    const Status opened = db.open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"no backup"_s), qPrintable(opened.error().message));
    QCOMPARE(Database::inspect(path).value(), 1);

    // Without the backup requirement it migrates.
    Database::Options options;
    options.backupBeforeMigrating = false;
    QVERIFY(db.open(path, options).ok());
    QCOMPARE(db.schemaVersion(), int(schemaMigrations().size()));
}

void TestDatabase::newerDatabaseRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    {
        Database::Options future;
        future.migrations.append({u"future"_s, {u"CREATE TABLE future (a INTEGER)"_s}});
        Database newer;
        QVERIFY(newer.open(path, future).ok());
        QCOMPARE(newer.schemaVersion(), int(schemaMigrations().size()) + 1);
    }
    const QByteArray before = readAll(path);
    Database db;
    const Status opened = db.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY2(opened.error().message.contains(u"newer Movie Tool"_s),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(u"Update"_s));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFileInfo::exists(db.backupDirectoryFor(path)));
}

void TestDatabase::foreignDatabaseRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addRow("other application id") << QStringList{u"PRAGMA application_id = 12345"_s};
    QTest::addRow("no id, tables") << QStringList{u"CREATE TABLE notes (text TEXT)"_s};
    QTest::addRow("no id, user_version") << QStringList{u"PRAGMA user_version = 3"_s};
}

void TestDatabase::foreignDatabaseRefused()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        for (const QString &statement : statements)
            QVERIFY(query.exec(statement));
        query = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = readAll(path);

    Database db;
    const Status opened = db.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY2(opened.error().message.contains(u"not a Movie Tool library"_s),
             qPrintable(opened.error().message));
    QCOMPARE(readAll(path), before);
}

void TestDatabase::damagedFileLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("bad page") << u"bad page"_s;
    QTest::newRow("text") << u"text"_s;
}

void TestDatabase::damagedFileLeftUntouched()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.db"_s);
    if (kind == u"garbage"_s) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeAll(path, bytes);
    } else if (kind == u"text"_s) {
        writeAll(path, "This is a shopping list, not a database.\n");
    } else {
        {
            Database db;
            QVERIFY(db.open(path).ok());
            ProjectStore projects(db);
            for (int i = 0; i < 200; ++i) {
                Project project;
                project.name = u"Project %1"_s.arg(i);
                project.description = QString(1500, u'x');
                QVERIFY(projects.create(project).ok());
            }
        }
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QByteArray whole = readAll(path);
        QVERIFY(whole.size() > 200 * 1024);
        if (kind == u"truncated"_s) {
            whole.truncate(whole.size() / 2);
        } else {
            // A b-tree page header in the middle that claims 65535 cells: the header is fine, so
            // quick_check reports the page instead of failing outright.
            const qsizetype page = (whole.size() / 4096 / 2) * 4096;
            whole.replace(page, 8, QByteArray::fromHex("0d0000ffff000000"));
        }
        writeAll(path, whole);
    }
    const QByteArray before = readAll(path);

    Database db;
    const Status opened = db.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(u"left untouched"_s), qPrintable(message));
    QVERIFY2(message.contains(u"movietool-cli library restore FILE"_s), qPrintable(message));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFileInfo::exists(db.backupDirectoryFor(path)));
}

void TestDatabase::transactionsNestAsSavepoints()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    {
        Transaction outer(db);
        QVERIFY(outer.ok());
        QVERIFY(run(db, u"INSERT INTO settings VALUES ('outer', '1')"_s));
        {
            Transaction inner(db);
            QVERIFY(inner.ok());
            QVERIFY(run(db, u"INSERT INTO settings VALUES ('inner', '1')"_s));
            // Goes out of scope uncommitted: only the inner row goes.
        }
        {
            Transaction kept(db);
            QVERIFY(run(db, u"INSERT INTO settings VALUES ('kept', '1')"_s));
            QVERIFY(kept.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(scalar(db, u"SELECT group_concat(key) FROM (SELECT key FROM settings ORDER BY key)"_s)
                     .toString(),
             u"kept,outer"_s);
    {
        Transaction dropped(db);
        QVERIFY(run(db, u"INSERT INTO settings VALUES ('dropped', '1')"_s));
        dropped.rollback();
        dropped.rollback(); // twice is harmless
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM settings"_s).toInt(), 2);
}

void TestDatabase::transactionErrors()
{
    Database closed;
    Transaction none(closed);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::Failed);
    QVERIFY(!none.commit().ok());

    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"library.db"_s)).ok());
    Transaction once(db);
    QVERIFY(once.commit().ok());
    QVERIFY(!once.commit().ok());

    // A second connection holding the write lock: BEGIN IMMEDIATE waits, then reports busy.
    Database other;
    QVERIFY(other.open(dir.filePath(u"library.db"_s)).ok());
    QVERIFY(run(other, u"PRAGMA busy_timeout = 0"_s));
    Transaction holding(db);
    QVERIFY(holding.ok());
    Transaction blocked(other);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().message.contains(u"locked"_s)
                     || blocked.error().message.contains(u"busy"_s),
             qPrintable(blocked.error().message));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
