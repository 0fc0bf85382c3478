// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"

#include <QSignalSpy>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

// AssetStore: rows of a project's media, dedupe by content, assets in use, paths and bytes.
class TestAssetStore : public QObject, public StoreFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void assetInsertAndFind();
    void assetValidation_data();
    void assetValidation();
    void assetListAndInfo();
    void assetInUseRefused();
    void assetPathsAndBytes();
};

void TestAssetStore::assetInsertAndFind()
{
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    QSignalSpy created(m_assets.get(), &AssetStore::assetCreated);
    Asset draft = assetOf(film, 'a');
    draft.origin = AssetOrigin::Generated;
    draft.isPlaceholder = true;
    const Result<Asset> asset = m_assets->insert(draft);
    MT_VERIFY_OK(asset);
    QVERIFY(asset->id > 0);
    QCOMPARE(asset->projectId, film);
    QCOMPARE(asset->kind, MediaKind::Video);
    QCOMPARE(asset->origin, AssetOrigin::Generated);
    QCOMPARE(asset->sha256, draft.sha256);
    QCOMPARE(asset->relativePath, draft.relativePath);
    QCOMPARE(asset->originalName, draft.originalName);
    QCOMPARE(asset->fileSize, 1000);
    QVERIFY(asset->isPlaceholder);
    QVERIFY(asset->createdAt.isValid());
    QCOMPARE(asset->info.duration, 4.5);
    QVERIFY(asset->info.video.has_value());
    QCOMPARE(asset->info.video->width, 1280);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().at(0).toLongLong(), asset->id);
    QCOMPARE(created.first().at(1).toLongLong(), film);

    const Result<std::optional<Asset>> found = m_assets->findByHash(film, draft.sha256);
    MT_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, asset->id);
    QVERIFY(!m_assets->findByHash(film, sha('b'))->has_value());
    const qint64 other = m_projects->create(projectNamed(u"Other"_s))->id;
    QVERIFY(!m_assets->findByHash(other, draft.sha256)->has_value());

    // The same content again in the project is refused; in another project it is a new asset.
    MT_VERIFY_REFUSED(m_assets->insert(draft), u"already asset"_s);
    QVERIFY(m_assets->insert(assetOf(other, 'a')).ok());
    QCOMPARE(created.count(), 2);
    MT_VERIFY_REFUSED(m_assets->get(404), u"No asset with id 404"_s);
}

void TestAssetStore::assetValidation_data()
{
    QTest::addColumn<Asset>("asset");
    QTest::addColumn<QString>("message");
    auto with = [this](auto change) {
        Asset asset = assetOf(1, 'f');
        change(asset);
        return asset;
    };
    QTest::newRow("unknown project")
            << with([](Asset &a) { a.projectId = 42; }) << u"No project with id 42"_s;
    QTest::newRow("absolute path") << with([](Asset &a) { a.relativePath = u"/tmp/a.mp4"_s; })
                                   << u"not a path inside the library"_s;
    QTest::newRow("dot path") << with([](Asset &a) { a.relativePath = u"."_s; })
                              << u"not a path inside the library"_s;
    QTest::newRow("unclean path") << with([](Asset &a) { a.relativePath = u"media//a.mp4"_s; })
                                  << u"not a path inside the library"_s;
    QTest::newRow("bad sha") << with([](Asset &a) { a.sha256 = QString(64, u'g'); })
                             << u"SHA-256"_s;
    QTest::newRow("negative size") << with([](Asset &a) { a.fileSize = -5; }) << u"negative"_s;
    QTest::newRow("negative duration")
            << with([](Asset &a) { a.info.duration = -1; }) << u"negative"_s;
    QTest::newRow("long name") << with([](Asset &a) { a.originalName = QString(256, u'n'); })
                               << u"at most 255"_s;
}

void TestAssetStore::assetValidation()
{
    QFETCH(Asset, asset);
    QFETCH(QString, message);
    QCOMPARE(m_projects->create(projectNamed(u"Film"_s))->id, 1);
    QSignalSpy created(m_assets.get(), &AssetStore::assetCreated);
    MT_VERIFY_REFUSED(m_assets->insert(asset), message);
    QCOMPARE(created.count(), 0);
    QCOMPARE(count(u"assets"_s), 0);
}

void TestAssetStore::assetListAndInfo()
{
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    const qint64 video = m_assets->insert(assetOf(film, 'a'))->id;
    const qint64 image = m_assets->insert(assetOf(film, 'b', MediaKind::Image))->id;
    const qint64 audio = m_assets->insert(assetOf(film, 'c', MediaKind::Audio))->id;

    const Result<QList<Asset>> all = m_assets->list(film);
    MT_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, video);
    QCOMPARE(all->at(2).id, audio);
    const Result<QList<Asset>> images = m_assets->list(film, MediaKind::Image);
    QCOMPARE(images->size(), 1);
    QCOMPARE(images->first().id, image);
    QCOMPARE(images->first().kind, MediaKind::Image);
    MT_VERIFY_REFUSED(m_assets->list(77), u"No project with id 77"_s);

    QSignalSpy changed(m_assets.get(), &AssetStore::assetChanged);
    MediaInfo info;
    info.kind = MediaKind::Video;
    info.duration = 12.25;
    info.container = u"matroska,webm"_s;
    VideoStreamInfo stream;
    stream.width = 1920;
    stream.height = 1080;
    info.video = stream;
    const Result<Asset> probed = m_assets->setInfo(video, info);
    MT_VERIFY_OK(probed);
    QCOMPARE(probed->info.duration, 12.25);
    QCOMPARE(probed->info.container, u"matroska,webm"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toLongLong(), film);
    QSqlQuery columns(m_db->connection());
    QVERIFY(columns.exec(u"SELECT duration, width, height FROM assets WHERE id = %1"_s.arg(video)));
    QVERIFY(columns.next());
    QCOMPARE(columns.value(0).toDouble(), 12.25);
    QCOMPARE(columns.value(1).toInt(), 1920);
    QCOMPARE(columns.value(2).toInt(), 1080);

    info.duration = -3;
    MT_VERIFY_REFUSED(m_assets->setInfo(video, info), u"negative"_s);
    MT_VERIFY_REFUSED(m_assets->setInfo(999, info), u"No asset with id 999"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_assets->get(video)->info.duration, 12.25);
}

void TestAssetStore::assetInUseRefused()
{
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    const qint64 used = m_assets->insert(assetOf(film, 'a'))->id;
    const qint64 music = m_assets->insert(assetOf(film, 'd', MediaKind::Audio))->id;
    const qint64 take = m_assets->insert(assetOf(film, 'e'))->id;
    QVERIFY(run(u"INSERT INTO clips (id, project_id, position, asset_id, created_at, updated_at) "
                u"VALUES (1, %1, 0, %2, 1, 1), (2, %1, 1, %2, 1, 1)"_s.arg(film)
                        .arg(used)));
    QVERIFY(run(u"INSERT INTO audio_clips (project_id, asset_id, created_at, updated_at) "
                u"VALUES (%1, %2, 1, 1)"_s.arg(film)
                        .arg(music)));
    QVERIFY(run(u"INSERT INTO clip_takes (clip_id, asset_id, created_at) VALUES (1, %1, 1)"_s.arg(
            take)));
    QVERIFY(run(
            u"INSERT INTO asset_flags (asset_id, kind, created_at) VALUES (%1, 'black', 1)"_s.arg(
                    take)));
    QSignalSpy removed(m_assets.get(), &AssetStore::assetRemoved);

    MT_VERIFY_REFUSED(m_assets->remove(used), u"is used by 2 clip(s)"_s);
    MT_VERIFY_REFUSED(m_assets->remove(used), u"`movietool-cli timeline show 1`"_s);
    MT_VERIFY_REFUSED(m_assets->remove(music), u"is used by 1 clip(s)"_s);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(count(u"assets"_s), 3);
    // The database refuses it too, whoever asks.
    QVERIFY(!run(u"DELETE FROM assets WHERE id = %1"_s.arg(used)));

    // An alternate take is not a use: it goes with its asset, and so do the asset's flags.
    const Result<Asset> gone = m_assets->remove(take);
    MT_VERIFY_OK(gone);
    QCOMPARE(gone->id, take);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toLongLong(), film);
    QCOMPARE(count(u"clip_takes"_s), 0);
    QCOMPARE(count(u"asset_flags"_s), 0);
    MT_VERIFY_REFUSED(m_assets->remove(take), u"No asset with id"_s);

    // Once the clips are gone, so can the asset be.
    QVERIFY(run(u"DELETE FROM clips"_s));
    QVERIFY(m_assets->remove(used).ok());
}

void TestAssetStore::assetPathsAndBytes()
{
    QCOMPARE(m_assets->totalManagedBytes().value(), 0);
    QVERIFY(m_assets->allReferencedPaths()->isEmpty());
    const qint64 film = m_projects->create(projectNamed(u"Film"_s))->id;
    const qint64 other = m_projects->create(projectNamed(u"Other"_s))->id;
    QVERIFY(m_assets->insert(assetOf(film, 'a')).ok());
    QVERIFY(m_assets->insert(assetOf(film, 'b')).ok());
    QVERIFY(m_assets->insert(assetOf(other, 'a')).ok()); // the same file as film's 'a'
    const qint64 ann = m_characters->create(u"Ann"_s)->id;
    CharacterImage image;
    image.characterId = ann;
    image.sha256 = sha('c');
    image.relativePath = u"media/characters/c.png"_s;
    image.width = image.height = 64;
    image.fileSize = 50;
    QVERIFY(m_characters->addImage(image).ok());
    // A character image that is also an asset's file.
    image.sha256 = sha('d');
    image.relativePath = assetOf(film, 'b').relativePath;
    image.fileSize = 1000;
    QVERIFY(m_characters->addImage(image).ok());

    const QStringList all = m_assets->allReferencedPaths().value();
    QCOMPARE(all,
             (QStringList{u"media/characters/c.png"_s,
                          assetOf(film, 'a').relativePath,
                          assetOf(film, 'b').relativePath}));
    QCOMPARE(m_assets->pathsOfProject(film).value(),
             (QStringList{assetOf(film, 'a').relativePath, assetOf(film, 'b').relativePath}));
    QCOMPARE(m_assets->pathsOfProject(other).value(), QStringList{assetOf(film, 'a').relativePath});
    QCOMPARE(m_assets->pathsOfProject(999).value(), QStringList());
    QCOMPARE(m_assets->totalManagedBytes().value(), 2050);
}

QTEST_GUILESS_MAIN(TestAssetStore)
#include "tst_assetstore.moc"
