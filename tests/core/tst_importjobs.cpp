// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"
#include "testmedia.h"

#include "jobs/importjobs.h"
#include "jobs/jobqueue.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

// Imports as jobs over a real library: files staged off the main thread, registered on it only
// when the job is done; refused files with reasons beside the imported ones; a cancel registers
// nothing.
class TestImportJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<ImportJobs> m_imports;
    qint64 m_projectId = 0;

    ImportReport runImport(const QStringList &paths)
    {
        QSignalSpy finished(m_imports.get(), &ImportJobs::importFinished);
        const Result<qint64> id = m_imports->import(m_projectId, paths);
        if (!id) {
            qWarning() << id.error().message;
            return {};
        }
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 60000))
            return {};
        const auto report = finished.first().first().value<ImportReport>();
        if (report.jobId != *id)
            qWarning() << "report of job" << report.jobId << "instead of" << *id;
        return report;
    }

    QList<Asset> assets() const { return m_library->assets().list(m_projectId).value(); }

    static QString reasonFor(const ImportReport &report, const QString &fileName)
    {
        for (const RefusedFile &refused : report.refused) {
            if (QFileInfo(refused.path).fileName() == fileName)
                return refused.reason;
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        Result<std::unique_ptr<Library>> opened = Library::open(root);
        MT_VERIFY_OK(opened);
        m_library = std::move(opened).value();
        m_queue = std::make_unique<JobQueue>(m_library->database());
        m_imports = std::make_unique<ImportJobs>(*m_queue, *m_library);
        Project draft;
        draft.name = u"Film"_s;
        const Result<Project> project = m_library->projects().create(draft);
        MT_VERIFY_OK(project);
        m_projectId = project->id;
    }

    void cleanup()
    {
        m_imports.reset();
        m_queue.reset();
        m_library.reset();
    }

    void importsGoodFilesAndRefusesBadOnes()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        test::writeAll(text, "a shot list, not a video\n");
        const ImportReport report = runImport({test::media(u"h264_aac.mp4"_s),
                                               text,
                                               test::media(u"still.png"_s),
                                               test::media(u"truncated.mp4"_s),
                                               test::media(u"tone.wav"_s)});
        QCOMPARE(report.state, JobState::Done);
        QCOMPARE(report.projectId, m_projectId);
        QCOMPARE(report.assetIds.size(), 3);
        QCOMPARE(report.refused.size(), 2);
        QVERIFY2(!reasonFor(report, u"notes.txt"_s).isEmpty(), "the text file is refused");
        QVERIFY2(!reasonFor(report, u"truncated.mp4"_s).isEmpty(), "the truncated video too");

        const QList<Asset> list = assets();
        QCOMPARE(list.size(), 3);
        QSet<MediaKind> kinds;
        for (const Asset &asset : list) {
            kinds.insert(asset.kind);
            QVERIFY(QFileInfo::exists(m_library->paths().absolute(asset.relativePath)));
            QVERIFY(report.assetIds.contains(asset.id));
        }
        QCOMPARE(kinds, (QSet<MediaKind>{MediaKind::Video, MediaKind::Image, MediaKind::Audio}));
    }

    void theSameFileTwiceIsOneAsset()
    {
        const QString copy = m_dir.filePath(u"copy-of-h264.mp4"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(test::media(u"h264_aac.mp4"_s), copy));
        const ImportReport first = runImport({test::media(u"h264_aac.mp4"_s), copy});
        QCOMPARE(first.state, JobState::Done);
        QCOMPARE(first.assetIds.size(), 1);
        QVERIFY(first.refused.isEmpty());
        const ImportReport again = runImport({test::media(u"h264_aac.mp4"_s)});
        QCOMPARE(again.assetIds, first.assetIds);
        QCOMPARE(assets().size(), 1);
    }

    void expandsFoldersRecursively()
    {
        const QString folder = m_dir.filePath(u"footage"_s);
        QVERIFY(QDir().mkpath(folder + u"/day2"_s));
        QVERIFY(QFile::copy(test::media(u"join_a.mp4"_s), folder + u"/a.mp4"_s));
        QVERIFY(QFile::copy(test::media(u"still.jpg"_s), folder + u"/day2/b.jpg"_s));
        test::writeAll(folder + u"/day2/readme.md"_s, "# footage\n");
        QVERIFY(QDir().mkpath(m_dir.filePath(u"empty"_s)));
        const ImportReport report = runImport({folder, m_dir.filePath(u"empty"_s)});
        QCOMPARE(report.state, JobState::Done);
        QCOMPARE(report.assetIds.size(), 2);
        QCOMPARE(report.refused.size(), 2);
        QVERIFY(!reasonFor(report, u"readme.md"_s).isEmpty());
        QVERIFY(reasonFor(report, u"empty"_s).contains(u"no files"_s));
    }

    void refusesAnUnknownProjectBeforeQueueing()
    {
        const Result<qint64> id = m_imports->import(m_projectId + 100, {test::media(u"tone.wav"_s)});
        QVERIFY(!id.ok());
        QVERIFY(m_queue->jobs().value().isEmpty());
    }

    void cancelRegistersNothing()
    {
        QStringList paths;
        for (const QString &name : test::mediaNames()) {
            if (name.endsWith(u".mp4"_s) || name.endsWith(u".mkv"_s))
                paths << test::media(name);
        }
        QVERIFY(paths.size() > 10);
        QSignalSpy finished(m_imports.get(), &ImportJobs::importFinished);
        const Result<qint64> id = m_imports->import(m_projectId, paths);
        MT_VERIFY_OK(id);
        // Cancelled once the first file is under way: some are copied by then, none registered.
        bool asked = false;
        connect(m_queue.get(), &JobQueue::jobProgress, this, [&](qint64 job, double fraction) {
            if (job == *id && fraction > 0 && !asked) {
                asked = true;
                MT_VERIFY_OK(m_queue->cancel(job));
            }
        });
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
        QVERIFY(asked);
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.state, JobState::Cancelled);
        QVERIFY(report.assetIds.isEmpty());
        QVERIFY(assets().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportJobs)
#include "tst_importjobs.moc"
