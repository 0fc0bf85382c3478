// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"

#include <QSignalSpy>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

// SettingsStore and ProjectStore, and how every store reports a database that fails under it.
class TestStores : public QObject, public StoreFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void settingsDefaultsAndTypes();
    void settingsValidation();
    void projectCreateAndGet();
    void projectValidation_data();
    void projectValidation();
    void projectNamesAreUnique();
    void projectLookup();
    void projectRenameUpdateRemove();
    void projectRemoveCascades();
    void closedDatabaseFails();
    void brokenTablesFail();
};

void TestStores::settingsDefaultsAndTypes()
{
    QCOMPARE(m_settings->quotaBytes(), SettingsStore::DefaultQuotaBytes);
    QCOMPARE(m_settings->maxImportFileSize(), SettingsStore::DefaultMaxImportFileSize);
    QCOMPARE(m_settings->value(u"missing"_s, u"fallback"_s).value(), u"fallback"_s);

    QSignalSpy changed(m_settings.get(), &SettingsStore::valueChanged);
    QVERIFY(m_settings->setQuotaBytes(10 * SettingsStore::GiB).ok());
    QCOMPARE(m_settings->quotaBytes(), 10 * SettingsStore::GiB);
    QVERIFY(m_settings->setQuotaBytes(0).ok()); // no quota
    QCOMPARE(m_settings->quotaBytes(), 0);
    QVERIFY(m_settings->setMaxImportFileSize(2 * SettingsStore::GiB).ok());
    QCOMPARE(m_settings->maxImportFileSize(), 2 * SettingsStore::GiB);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().first().toString(), SettingsStore::QuotaBytesKey);

    QVERIFY(m_settings->setValue(u"ui.theme"_s, u"dark"_s).ok());
    QVERIFY(m_settings->setValue(u"ui.empty"_s, QString()).ok());
    const Result<QMap<QString, QString>> all = m_settings->values();
    MT_VERIFY_OK(all);
    QCOMPARE(all->value(u"ui.theme"_s), u"dark"_s);
    QVERIFY(all->contains(u"ui.empty"_s));
    QCOMPARE(all->size(), 4);

    // A value that is not a number falls back to the default instead of failing.
    QVERIFY(m_settings->setValue(SettingsStore::MaxImportFileSizeKey, u"lots"_s).ok());
    QCOMPARE(m_settings->maxImportFileSize(), SettingsStore::DefaultMaxImportFileSize);
    QVERIFY(m_settings->setValue(SettingsStore::QuotaBytesKey, QString()).ok());
    QCOMPARE(m_settings->quotaBytes(), SettingsStore::DefaultQuotaBytes);

    changed.clear();
    QVERIFY(m_settings->remove(u"ui.theme"_s).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_settings->remove(u"ui.theme"_s).ok()); // already gone: no signal
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_settings->value(u"ui.theme"_s).value(), QString());

    // The values are in the database, not in the object.
    SettingsStore again(*m_db);
    QCOMPARE(again.intValue(SettingsStore::MaxImportFileSizeKey, 7), 7);
    QVERIFY(again.setValue(u"n"_s, u"42"_s).ok());
    QCOMPARE(m_settings->intValue(u"n"_s, 0), 42);
}

void TestStores::settingsValidation()
{
    QSignalSpy changed(m_settings.get(), &SettingsStore::valueChanged);
    MT_VERIFY_REFUSED(m_settings->setQuotaBytes(SettingsStore::MinQuotaBytes - 1), u"at least"_s);
    MT_VERIFY_REFUSED(m_settings->setQuotaBytes(-1), u"at least"_s);
    MT_VERIFY_REFUSED(m_settings->setMaxImportFileSize(0), u"between"_s);
    MT_VERIFY_REFUSED(m_settings->setMaxImportFileSize(SettingsStore::MaxMaxImportFileSize + 1),
                      u"between"_s);
    MT_VERIFY_REFUSED(m_settings->setValue(QString(), u"x"_s), u"name"_s);
    MT_VERIFY_REFUSED(m_settings->setValue(QString(SettingsStore::MaxKeyLength + 1, u'k'), u"x"_s),
                      u"name"_s);
    MT_VERIFY_REFUSED(m_settings->setValue(u"k"_s, QString(SettingsStore::MaxValueLength + 1, u'v')),
                      u"too long"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(count(u"settings"_s), 0);
    QVERIFY(m_settings->setQuotaBytes(SettingsStore::MinQuotaBytes).ok());
    QVERIFY(m_settings->setMaxImportFileSize(SettingsStore::MaxMaxImportFileSize).ok());
}

void TestStores::projectCreateAndGet()
{
    QSignalSpy created(m_projects.get(), &ProjectStore::projectCreated);
    Project draft;
    draft.name = u"  My Film  "_s;
    draft.description = u"About cats"_s;
    draft.width = 1080;
    draft.height = 1920;
    draft.frameRate = {30000, 1001};
    draft.defaultPreset = u"vertical"_s;
    draft.exportFolder = m_dir->filePath(u"out"_s);
    const Result<Project> project = m_projects->create(draft);
    MT_VERIFY_OK(project);
    QVERIFY(project->id > 0);
    QCOMPARE(project->name, u"My Film"_s);
    QCOMPARE(project->description, draft.description);
    QCOMPARE(project->width, 1080);
    QCOMPARE(project->height, 1920);
    QCOMPARE(project->frameRate, (Rational{30000, 1001}));
    QCOMPARE(project->defaultPreset, u"vertical"_s);
    QCOMPARE(project->exportFolder, draft.exportFolder);
    QVERIFY(project->createdAt.isValid());
    QCOMPARE(project->createdAt, project->updatedAt);
    QCOMPARE(project->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(project->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toLongLong(), project->id);

    // Defaults of the value type are valid.
    const Result<Project> plain = m_projects->create(projectNamed(u"Plain"_s));
    MT_VERIFY_OK(plain);
    QCOMPARE(plain->width, 1280);
    QCOMPARE(plain->description, QString());
    QCOMPARE(plain->exportFolder, QString());

    const Result<Project> fetched = m_projects->get(project->id);
    MT_VERIFY_OK(fetched);
    QCOMPARE(fetched->name, u"My Film"_s);
    MT_VERIFY_REFUSED(m_projects->get(42),
                      u"No project with id 42. `movietool-cli project list` shows the projects."_s);
}

void TestStores::projectValidation_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("message");
    auto with = [](auto change) {
        Project p = projectNamed(u"Valid"_s);
        change(p);
        return p;
    };
    QTest::newRow("empty name") << with([](Project &p) { p.name.clear(); }) << u"needs a name"_s;
    QTest::newRow("blank name") << with([](Project &p) { p.name = u"   \t"_s; })
                                << u"needs a name"_s;
    QTest::newRow("long name") << with([](Project &p) { p.name = QString(121, u'n'); })
                               << u"at most 120"_s;
    QTest::newRow("long description")
            << with([](Project &p) { p.description = QString(2001, u'd'); }) << u"at most 2000"_s;
    QTest::newRow("narrow") << with([](Project &p) { p.width = 14; }) << u"between 16 and 7680"_s;
    QTest::newRow("wide") << with([](Project &p) { p.width = 7682; }) << u"between 16 and 7680"_s;
    QTest::newRow("low") << with([](Project &p) { p.height = 0; }) << u"between 16 and 7680"_s;
    QTest::newRow("tall") << with([](Project &p) { p.height = 8000; }) << u"between 16 and 7680"_s;
    QTest::newRow("odd width") << with([](Project &p) { p.width = 1279; }) << u"1280×720"_s;
    QTest::newRow("odd height") << with([](Project &p) { p.height = 721; }) << u"1280×722"_s;
    QTest::newRow("fps 0") << with([](Project &p) { p.frameRate = {0, 1}; }) << u"1 to 240 fps"_s;
    QTest::newRow("fps den 0") << with([](Project &p) {
        p.frameRate = {30, 0};
    }) << u"1 to 240 fps"_s;
    QTest::newRow("fps below 1") << with([](Project &p) {
        p.frameRate = {1, 2};
    }) << u"1 to 240 fps"_s;
    QTest::newRow("fps 241") << with([](Project &p) {
        p.frameRate = {241, 1};
    }) << u"1 to 240 fps"_s;
    QTest::newRow("no preset") << with([](Project &p) { p.defaultPreset.clear(); })
                               << u"movietool-cli presets"_s;
    QTest::newRow("long preset") << with([](Project &p) { p.defaultPreset = QString(65, u'p'); })
                                 << u"movietool-cli presets"_s;
    QTest::newRow("relative export folder")
            << with([](Project &p) { p.exportFolder = u"exports/here"_s; }) << u"absolute"_s;
    QTest::newRow("long export folder")
            << with([](Project &p) { p.exportFolder = u"/"_s + QString(4096, u'f'); })
            << u"absolute"_s;
}

void TestStores::projectValidation()
{
    QFETCH(Project, project);
    QFETCH(QString, message);
    QSignalSpy created(m_projects.get(), &ProjectStore::projectCreated);
    MT_VERIFY_REFUSED(m_projects->create(project), message);
    MT_VERIFY_REFUSED(m_projects->validate(project), message);
    QCOMPARE(count(u"projects"_s), 0);
    QCOMPARE(created.count(), 0);

    // The same rules hold for update, which changes nothing when it refuses.
    const Result<Project> valid = m_projects->create(projectNamed(u"Valid"_s));
    MT_VERIFY_OK(valid);
    Project changed = project;
    changed.id = valid->id;
    QSignalSpy spy(m_projects.get(), &ProjectStore::projectChanged);
    MT_VERIFY_REFUSED(m_projects->update(changed), message);
    QCOMPARE(spy.count(), 0);
    const Result<Project> after = m_projects->get(valid->id);
    QCOMPARE(after->name, u"Valid"_s);
    QCOMPARE(after->updatedAt, valid->updatedAt);
}

void TestStores::projectNamesAreUnique()
{
    QVERIFY(m_projects->create(projectNamed(u"Film"_s)).ok());
    MT_VERIFY_REFUSED(m_projects->create(projectNamed(u"Film"_s)), u"already exists"_s);
    MT_VERIFY_REFUSED(m_projects->create(projectNamed(u" Film "_s)), u"already exists"_s);
    // Project names match exactly (characters, which are addressed by people typing, ignore case).
    QVERIFY(m_projects->create(projectNamed(u"film"_s)).ok());
    // Edge lengths.
    QVERIFY(m_projects->create(projectNamed(QString(120, u'x'))).ok());
    QVERIFY(m_projects->create(projectNamed(u"x"_s)).ok());
    Project edges = projectNamed(u"Edges"_s);
    edges.width = 16;
    edges.height = 7680;
    edges.frameRate = {240, 1};
    edges.description = QString(2000, u'd');
    MT_VERIFY_OK(m_projects->create(edges));
    edges.name = u"Slow"_s;
    edges.frameRate = {1, 1};
    MT_VERIFY_OK(m_projects->create(edges));
    QCOMPARE(count(u"projects"_s), 6);
}

void TestStores::projectLookup()
{
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    // A project named like a number: the id wins when it exists, the name otherwise.
    const qint64 year = m_projects->create(projectNamed(u"2024"_s))->id;
    const qint64 named1 = m_projects->create(projectNamed(QString::number(film)))->id;

    QCOMPARE(m_projects->byIdOrName(QString::number(film))->id, film);
    QCOMPARE(m_projects->byIdOrName(u"Film"_s)->id, film);
    QCOMPARE(m_projects->byIdOrName(u" Film "_s)->id, film);
    QCOMPARE(m_projects->byIdOrName(u"2024"_s)->id, year);
    QVERIFY(named1 != film);
    MT_VERIFY_REFUSED(m_projects->byIdOrName(u"film"_s), u"No project with id or name “film”"_s);
    MT_VERIFY_REFUSED(m_projects->byIdOrName(u"99"_s), u"`movietool-cli project list`"_s);
    MT_VERIFY_REFUSED(m_projects->byIdOrName(QString()), u"No project"_s);

    const Result<QList<Project>> all = m_projects->list();
    MT_VERIFY_OK(all);
    QStringList names;
    for (const Project &project : *all)
        names << project.name;
    QCOMPARE(names, (QStringList{u"1"_s, u"2024"_s, u"Film"_s}));
}

void TestStores::projectRenameUpdateRemove()
{
    const Project film = m_projects->create(projectNamed(u"Film"_s)).value();
    const Project other = m_projects->create(projectNamed(u"Other"_s)).value();
    QSignalSpy changed(m_projects.get(), &ProjectStore::projectChanged);
    QSignalSpy removed(m_projects.get(), &ProjectStore::projectRemoved);

    QTest::qWait(2); // updatedAt moves on
    const Result<Project> renamed = m_projects->rename(film.id, u" Feature "_s);
    MT_VERIFY_OK(renamed);
    QCOMPARE(renamed->name, u"Feature"_s);
    QVERIFY(renamed->updatedAt > film.updatedAt);
    QCOMPARE(renamed->createdAt, film.createdAt);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), film.id);
    MT_VERIFY_REFUSED(m_projects->rename(film.id, u"Other"_s), u"already exists"_s);
    MT_VERIFY_REFUSED(m_projects->rename(film.id, QString()), u"needs a name"_s);
    MT_VERIFY_REFUSED(m_projects->rename(77, u"New"_s), u"No project with id 77"_s);
    // Renaming to its own name is no conflict.
    QVERIFY(m_projects->rename(film.id, u"Feature"_s).ok());

    Project edit = renamed.value();
    edit.width = 1920;
    edit.height = 1080;
    edit.frameRate = {25, 1};
    edit.description = u"Longer"_s;
    const Result<Project> updated = m_projects->update(edit);
    MT_VERIFY_OK(updated);
    QCOMPARE(updated->width, 1920);
    QCOMPARE(updated->frameRate, (Rational{25, 1}));
    QCOMPARE(updated->description, u"Longer"_s);
    edit.id = 1234;
    MT_VERIFY_REFUSED(m_projects->update(edit), u"No project with id 1234"_s);
    QCOMPARE(changed.count(), 3);

    QVERIFY(m_projects->remove(other.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), other.id);
    MT_VERIFY_REFUSED(m_projects->remove(other.id), u"No project with id"_s);
    MT_VERIFY_REFUSED(m_projects->get(other.id), u"No project with id"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(count(u"projects"_s), 1);
}

void TestStores::projectRemoveCascades()
{
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    const qint64 keep = m_projects->create(projectNamed(u"Keep"_s))->id;
    const qint64 asset = m_assets->insert(assetOf(film, 'a'))->id;
    QVERIFY(m_assets->insert(assetOf(keep, 'a')).ok());
    QVERIFY(run(u"INSERT INTO clips (project_id, position, asset_id, created_at, updated_at) "
                u"VALUES (%1, 0, %2, 1, 1)"_s.arg(film)
                        .arg(asset)));
    QVERIFY(run(u"INSERT INTO audio_clips (project_id, asset_id, created_at, updated_at) "
                u"VALUES (%1, %2, 1, 1)"_s.arg(film)
                        .arg(asset)));
    QVERIFY(run(u"INSERT INTO edit_history (project_id, sequence, command, created_at) "
                u"VALUES (%1, 1, 'add', 1)"_s.arg(film)));
    QVERIFY(run(u"INSERT INTO generation_tasks (project_id, provider, mode, created_at, "
                u"updated_at) VALUES (%1, 'storyboard', 't2v', 1, 1)"_s.arg(film)));
    QVERIFY(run(u"INSERT INTO spend (task_id, project_id, provider, amount, at) "
                u"VALUES (1, %1, 'storyboard', 0, 1)"_s.arg(film)));
    const qint64 character = m_characters->create(u"Ann"_s)->id;

    QVERIFY(m_projects->remove(film).ok());
    QCOMPARE(count(u"assets"_s), 1);
    QCOMPARE(count(u"clips"_s), 0);
    QCOMPARE(count(u"audio_clips"_s), 0);
    QCOMPARE(count(u"edit_history"_s), 0);
    QCOMPARE(count(u"generation_tasks"_s), 0);
    // What was paid stays in the ledger, without its project.
    QCOMPARE(count(u"spend WHERE project_id IS NULL AND task_id IS NULL"_s), 1);
    QVERIFY(m_characters->get(character).ok());
    QCOMPARE(m_assets->list(keep)->size(), 1);
}

void TestStores::closedDatabaseFails()
{
    const Project film = m_projects->create(projectNamed(u"Film"_s)).value();
    m_db->close();
    auto failed = [](const auto &result) {
        return !result.ok() && result.error().kind == ErrorKind::Failed;
    };
    QVERIFY(failed(m_settings->setQuotaBytes(0)));
    QVERIFY(failed(m_settings->setValue(u"k"_s, u"v"_s)));
    QVERIFY(failed(m_settings->remove(u"k"_s)));
    QVERIFY(failed(m_settings->value(u"k"_s)));
    QVERIFY(failed(m_settings->values()));
    QCOMPARE(m_settings->quotaBytes(), SettingsStore::DefaultQuotaBytes);

    QVERIFY(failed(m_projects->create(projectNamed(u"New"_s))));
    QVERIFY(failed(m_projects->get(film.id)));
    QVERIFY(failed(m_projects->byIdOrName(u"1"_s)));
    QVERIFY(failed(m_projects->byIdOrName(u"Film"_s)));
    QVERIFY(failed(m_projects->list()));
    QVERIFY(failed(m_projects->rename(film.id, u"New"_s)));
    QVERIFY(failed(m_projects->update(film)));
    QVERIFY(failed(m_projects->remove(film.id)));
    QVERIFY(failed(m_projects->validate(film)));

    QVERIFY(failed(m_characters->create(u"Ann"_s)));
    QVERIFY(failed(m_characters->get(1)));
    QVERIFY(failed(m_characters->byIdOrName(u"1"_s)));
    QVERIFY(failed(m_characters->byIdOrName(u"Ann"_s)));
    QVERIFY(failed(m_characters->list()));
    QVERIFY(failed(m_characters->update(1, u"B"_s, std::nullopt)));
    QVERIFY(failed(m_characters->remove(1)));
    QVERIFY(failed(m_characters->addImage(CharacterImage{})));
    QVERIFY(failed(m_characters->image(1)));
    QVERIFY(failed(m_characters->setPrimary(1)));
    QVERIFY(failed(m_characters->removeImage(1)));

    QVERIFY(failed(m_assets->insert(assetOf(film.id, 'a'))));
    QVERIFY(failed(m_assets->findByHash(film.id, sha('a'))));
    QVERIFY(failed(m_assets->get(1)));
    QVERIFY(failed(m_assets->list(film.id)));
    QVERIFY(failed(m_assets->setInfo(1, MediaInfo{})));
    QVERIFY(failed(m_assets->remove(1)));
    QVERIFY(failed(m_assets->allReferencedPaths()));
    QVERIFY(failed(m_assets->pathsOfProject(film.id)));
    QVERIFY(failed(m_assets->totalManagedBytes()));
    const Result<qint64> bytes = m_assets->totalManagedBytes();
    QVERIFY2(bytes.error().message.contains(u"library database"_s),
             qPrintable(bytes.error().message));
}

void TestStores::brokenTablesFail()
{
    // Reads that fail halfway through a method (a table another version of the program broke)
    // come back as failures, never as partial rows.
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    const qint64 ann = m_characters->create(u"Ann"_s)->id;
    const qint64 asset = m_assets->insert(assetOf(film, 'a'))->id;
    QVERIFY(run(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(run(u"ALTER TABLE character_images RENAME TO images_gone"_s));
    QVERIFY(run(u"ALTER TABLE clips RENAME TO clips_gone"_s));
    auto failed = [](const auto &result) {
        return !result.ok() && result.error().kind == ErrorKind::Failed;
    };
    QVERIFY(failed(m_characters->get(ann)));
    QVERIFY(failed(m_characters->list()));
    QVERIFY(failed(m_assets->remove(asset)));
    QVERIFY(failed(m_assets->allReferencedPaths()));
    QVERIFY(failed(m_assets->totalManagedBytes()));
    QCOMPARE(count(u"assets"_s), 1);
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
