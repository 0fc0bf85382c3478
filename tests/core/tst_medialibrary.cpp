// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storage/assetstore.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/settingsstore.h"
#include "testmedia.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace mt;
using namespace Qt::StringLiterals;

// MediaLibrary on a real library folder: files and rows stay in step, bad input stores nothing.
class TestMediaLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_project = 0;

    QStringList managedFiles() const
    {
        QStringList files;
        QDirIterator it(m_library->paths().media(),
                        QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << m_library->paths().relative(it.next());
        files.sort();
        return files;
    }

    qsizetype assetCount(qint64 project) const { return m_library->assets().list(project)->size(); }

    // A copy of test media under another name, for dedupe by content.
    QString copyOf(const QString &name, const QString &newName) const
    {
        const QString path = m_dir->filePath(newName);
        QFile::remove(path);
        if (!QFile::copy(test::media(name), path))
            qFatal("copy failed");
        return path;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Library::open(m_dir->filePath(u"library"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_library = std::move(opened).value();
        Project draft;
        draft.name = u"Film"_s;
        const Result<Project> project = m_library->projects().create(draft);
        QVERIFY(project.ok());
        m_project = project->id;
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void createsTheLibraryLayout()
    {
        const LibraryPaths &paths = m_library->paths();
        for (const QString &folder : {paths.uploads(),
                                      paths.outputs(),
                                      paths.characters(),
                                      paths.exports(),
                                      paths.trash(),
                                      paths.cache()})
            QVERIFY2(QDir(folder).exists(), qPrintable(folder));
        QVERIFY(QFile::exists(paths.database()));
    }

    void importsEachKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MediaKind>("kind");
        QTest::newRow("video") << u"h264_aac.mp4"_s << MediaKind::Video;
        QTest::newRow("image") << u"still.png"_s << MediaKind::Image;
        QTest::newRow("audio") << u"tone.flac"_s << MediaKind::Audio;
        QTest::newRow("rotated phone video") << u"portrait_rot90.mp4"_s << MediaKind::Video;
    }

    void importsEachKind()
    {
        QFETCH(QString, name);
        QFETCH(MediaKind, kind);
        const QString source = test::media(name);
        const Result<MediaLibrary::Imported> imported = m_library->media().importFile(m_project,
                                                                                      source);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Asset &asset = imported->asset;
        QVERIFY(!imported->existing);
        QCOMPARE(asset.kind, kind);
        QCOMPARE(asset.originalName, name);
        QCOMPARE(asset.fileSize, QFileInfo(source).size());
        QCOMPARE(asset.sha256.size(), 64);
        QVERIFY(asset.relativePath.startsWith(u"media/uploads/"_s + asset.sha256 + u'.'));
        // The managed copy is byte for byte the source.
        QFile copy(m_library->paths().absolute(asset.relativePath));
        QFile original(source);
        QVERIFY(copy.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        // The row is what the store gives back, probe included.
        const Result<Asset> stored = m_library->assets().get(asset.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->info.kind, kind);
        QCOMPARE(stored->info.duration, asset.info.duration);
        if (name == u"portrait_rot90.mp4"_s) {
            QCOMPARE(stored->info.video->width, 360);
            QCOMPARE(stored->info.video->height, 640);
        }
    }

    void sameContentIsTheSameAsset()
    {
        const QString a = copyOf(u"h264_aac.mp4"_s, u"first.mp4"_s);
        const QString b = copyOf(u"h264_aac.mp4"_s, u"second name.MP4"_s);
        const auto first = m_library->media().importFile(m_project, a);
        const auto second = m_library->media().importFile(m_project, b);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->asset.id, first->asset.id);
        QVERIFY(second->existing);
        QCOMPARE(assetCount(m_project), 1);
        QCOMPARE(managedFiles().size(), 1);

        // Another project gets its own row for the same file, which is stored once.
        Project draft;
        draft.name = u"Other"_s;
        const qint64 other = m_library->projects().create(draft)->id;
        const auto third = m_library->media().importFile(other, b);
        QVERIFY(third.ok());
        QVERIFY(!third->existing);
        QVERIFY(third->asset.id != first->asset.id);
        QCOMPARE(third->asset.relativePath, first->asset.relativePath);
        QCOMPARE(managedFiles().size(), 1);
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not media") << test::media(u"notmedia.mp4"_s) << u"notmedia.mp4"_s;
        QTest::newRow("empty") << test::media(u"empty.mp4"_s) << u"empty.mp4"_s;
        QTest::newRow("truncated") << test::media(u"truncated.mp4"_s) << u"truncated.mp4"_s;
        QTest::newRow("truncated faststart")
                << test::media(u"truncated_faststart.mp4"_s) << u"truncated_faststart.mp4"_s;
        QTest::newRow("missing") << u"/nonexistent/clip.mp4"_s << u"clip.mp4"_s;
        QTest::newRow("folder") << test::mediaDir() << test::mediaDir();
    }

    void badInputStoresNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, mention);
        const auto imported = m_library->media().importFile(m_project, path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, ErrorKind::Refused);
        QVERIFY2(imported.error().message.contains(mention), qPrintable(imported.error().message));
        QCOMPARE(assetCount(m_project), 0);
        QCOMPARE(managedFiles(), QStringList());
    }

    void unknownProjectIsRefusedBeforeCopying()
    {
        const auto imported = m_library->media().importFile(9999, test::media(u"still.png"_s));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, ErrorKind::Refused);
        QCOMPARE(managedFiles(), QStringList());
    }

    void sizeLimitAndQuotaRefuse()
    {
        const QString big = test::media(u"shot_720p.mp4"_s);
        const qint64 size = QFileInfo(big).size();
        QVERIFY(size > 1024 * 1024);

        QVERIFY(m_library->settings().setMaxImportFileSize(1024 * 1024).ok());
        auto imported = m_library->media().importFile(m_project, big);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, ErrorKind::Refused);
        QVERIFY(imported.error().message.contains(u"shot_720p.mp4"_s));
        QCOMPARE(managedFiles(), QStringList());

        // The quota counts what is managed already.
        const MediaLibrary::Limits limits{0, size + 1000, 2000};
        const auto staged = MediaLibrary::stage(big,
                                                m_library->paths().uploads(),
                                                m_library->paths(),
                                                limits);
        QVERIFY(!staged.ok());
        QVERIFY(staged.error().message.contains(u"quota"_s));
        QCOMPARE(managedFiles(), QStringList());
        const auto fits = MediaLibrary::stage(big,
                                              m_library->paths().uploads(),
                                              m_library->paths(),
                                              {0, size + 1000, 0});
        QVERIFY(fits.ok());
        QVERIFY(fits->createdNow);
    }

    void stageRefusesOtherKinds()
    {
        const auto staged = MediaLibrary::stage(test::media(u"tone.wav"_s),
                                                m_library->paths().characters(),
                                                m_library->paths(),
                                                {},
                                                {MediaKind::Image});
        QVERIFY(!staged.ok());
        QVERIFY(staged.error().message.contains(u"tone.wav"_s));
        QCOMPARE(managedFiles(), QStringList());
    }

    void fullDiskLeavesNoPartialFile()
    {
        // RLIMIT_FSIZE makes writes past 64 KiB fail as on a full disk (EFBIG instead of ENOSPC).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit small = previous;
        small.rlim_cur = 64 * 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const auto imported = m_library->media().importFile(m_project,
                                                            test::media(u"shot_720p.mp4"_s));
        setrlimit(RLIMIT_FSIZE, &previous);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, ErrorKind::Failed);
        QVERIFY2(imported.error().message.contains(u"shot_720p.mp4"_s),
                 qPrintable(imported.error().message));
        QCOMPARE(managedFiles(), QStringList());
        QCOMPARE(assetCount(m_project), 0);
    }

    void removingAnAssetTrashesItsFileOnlyWhenUnused()
    {
        const QString source = test::media(u"h264_aac.mp4"_s);
        const auto a = m_library->media().importFile(m_project, source);
        Project draft;
        draft.name = u"Other"_s;
        const qint64 other = m_library->projects().create(draft)->id;
        const auto b = m_library->media().importFile(other, source);
        QVERIFY(a.ok() && b.ok());
        const QString file = m_library->paths().absolute(a->asset.relativePath);

        QVERIFY(m_library->media().removeAsset(a->asset.id).ok());
        QVERIFY2(QFile::exists(file), "still used by the other project");
        QVERIFY(m_library->media().removeAsset(b->asset.id).ok());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_library->paths().trash()).entryList(QDir::Files).size(), 1);

        QVERIFY(!m_library->media().removeAsset(b->asset.id).ok());
    }

    void removingAProjectTrashesItsMedia()
    {
        const auto imported = m_library->media().importFile(m_project, test::media(u"still.jpg"_s));
        QVERIFY(imported.ok());
        QVERIFY(m_library->media().removeProject(m_project).ok());
        QVERIFY(!m_library->projects().get(m_project).ok());
        QCOMPARE(managedFiles(), QStringList());
        QCOMPARE(QDir(m_library->paths().trash()).entryList(QDir::Files).size(), 1);
        QVERIFY(!m_library->media().removeProject(m_project).ok());
    }

    void characterImages()
    {
        const Result<Character> hero = m_library->characters().create(u"Ada"_s);
        QVERIFY(hero.ok());
        const auto first = m_library->media().addCharacterImage(hero->id,
                                                                test::media(u"still.png"_s),
                                                                false);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first->isPrimary);
        QCOMPARE(first->width, 640);
        QCOMPARE(first->height, 360);
        QVERIFY(first->relativePath.startsWith(u"media/characters/"_s));

        const auto second = m_library->media().addCharacterImage(hero->id,
                                                                 test::media(u"still.webp"_s),
                                                                 true);
        QVERIFY(second.ok());
        QVERIFY(second->isPrimary);
        QVERIFY(!m_library->characters().image(first->id)->isPrimary);

        const auto video = m_library->media().addCharacterImage(hero->id,
                                                                test::media(u"h264_aac.mp4"_s),
                                                                false);
        QVERIFY(!video.ok());
        QCOMPARE(video.error().kind, ErrorKind::Refused);

        const auto unknown = m_library->media().addCharacterImage(4242,
                                                                  test::media(u"still.png"_s),
                                                                  false);
        QVERIFY(!unknown.ok());

        QVERIFY(m_library->media().removeCharacterImage(second->id).ok());
        QVERIFY(m_library->characters().image(first->id)->isPrimary);
        QVERIFY(!QFile::exists(m_library->paths().absolute(second->relativePath)));

        QVERIFY(m_library->media().removeCharacter(hero->id).ok());
        QVERIFY(!QFile::exists(m_library->paths().absolute(first->relativePath)));
        QCOMPARE(managedFiles(), QStringList());
    }

    void cleanupFindsOrphansAndEmptyTrashDeletes()
    {
        const auto kept = m_library->media().importFile(m_project, test::media(u"tone.mp3"_s));
        QVERIFY(kept.ok());
        const QString orphan = m_library->paths().uploads() + u"/orphan.mp4"_s;
        QVERIFY(QFile::copy(test::media(u"h264_aac.mp4"_s), orphan));
        // A fresh temporary file may be an import running in another process: left alone.
        QFile temp(m_library->paths().uploads() + u"/.import-abc.part"_s);
        QVERIFY(temp.open(QIODevice::WriteOnly) && temp.write("partial") > 0);
        temp.close();

        const auto dry = m_library->media().cleanup(true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->files, QStringList{u"media/uploads/orphan.mp4"_s});
        QCOMPARE(dry->bytes, QFileInfo(orphan).size());
        QVERIFY(QFile::exists(orphan));

        const auto done = m_library->media().cleanup(false);
        QVERIFY(done.ok());
        QCOMPARE(done->files, dry->files);
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(m_library->paths().absolute(kept->asset.relativePath)));

        const auto usage = m_library->media().usage();
        QVERIFY(usage.ok());
        QCOMPARE(usage->trashBytes, dry->bytes);
        QCOMPARE(usage->managedBytes, kept->asset.fileSize);

        const auto emptied = m_library->media().emptyTrash();
        QVERIFY(emptied.ok());
        QCOMPARE(emptied->files, QStringList{u"orphan.mp4"_s});
        QCOMPARE(m_library->media().usage()->trashBytes, 0);
    }

    void trashNamesNeverCollide()
    {
        for (int i = 0; i < 3; ++i) {
            const QString orphan = m_library->paths().uploads() + u"/same.mp4"_s;
            QFile f(orphan);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
            f.close();
            QVERIFY(m_library->media().cleanup(false).ok());
        }
        QCOMPARE(QDir(m_library->paths().trash()).entryList(QDir::Files),
                 (QStringList{u"same-2.mp4"_s, u"same-3.mp4"_s, u"same.mp4"_s}));
    }

    void openRefusesAnUnwritableFolder()
    {
        const auto opened = Library::open(u"/proc/movietool-cannot-be-here"_s);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"/proc/movietool-cannot-be-here"_s));
    }
};

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "tst_medialibrary.moc"
