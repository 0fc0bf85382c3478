// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"
#include "testmedia.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "jobs/jobqueue.h"
#include "jobs/reviewjobs.h"
#include "storage/flagstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QSignalSpy>

using namespace mt;
using namespace Qt::StringLiterals;

// The "review" job kind on a real library and queue, with media made at test time: what a review
// stores (and what its job returns), what is refused on submit, that a failed review changes
// nothing, that a second review keeps a dismissal, and that a still by design is not frozen.
class TestReviewJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<ReviewJobs> m_reviews;
    qint64 m_project = 0;

    qint64 import(const QString &name)
    {
        const Result<MediaLibrary::Imported> imported
                = m_library->media().importFile(m_project, test::media(name));
        if (!imported) {
            qWarning() << imported.error().message;
            return 0;
        }
        return imported->asset.id;
    }

    // Runs a review to its end; the job's row.
    JobInfo review(qint64 asset, const TakeExpectations &expected, bool still = false)
    {
        QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
        const Result<qint64> id = m_reviews->review(asset, expected, still);
        if (!id) {
            qWarning() << id.error().message;
            return {};
        }
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 60000))
            return {};
        return m_queue->job(*id).value();
    }

    QList<AssetFlag> flags(qint64 asset)
    {
        return FlagStore(m_library->database()).flags(asset).value();
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
        m_reviews = std::make_unique<ReviewJobs>(*m_queue, *m_library);
        const Result<Project> project = m_library->projects().create(test::projectNamed(u"Film"_s));
        MT_VERIFY_OK(project);
        m_project = project->id;
    }

    void cleanup()
    {
        m_reviews.reset();
        m_queue.reset();
        m_library.reset();
    }

    void storesWhatTheReviewFinds();
    void cleanTakeGetsNoFlags();
    void refusesBadParameters();
    void failedReviewChangesNothing();
    void secondReviewKeepsADismissal();
    void stillByDesignIsNotFrozen();
};

void TestReviewJobs::storesWhatTheReviewFinds()
{
    const qint64 asset = import(u"analysis_frozen.mp4"_s);
    QVERIFY(asset > 0);
    QSignalSpy reviewed(m_reviews.get(), &ReviewJobs::reviewed);
    const JobInfo job = review(asset, {.duration = 4.0, .size = QSize(640, 360)});
    QCOMPARE(job.kind, u"review"_s);
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.projectId, m_project);
    QCOMPARE(job.result.value(u"flags"_s).toInt(), 1);
    QCOMPARE(m_reviews->pendingCount(), 0);

    const QList<AssetFlag> stored = flags(asset);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().kind, FlagKind::Frozen);
    QVERIFY(std::abs(stored.first().from - 1.0) < 0.1);
    QVERIFY(stored.first().to && std::abs(*stored.first().to - 2.5) < 0.1);
    QVERIFY(stored.first().id > 0);
    QCOMPARE(reviewed.size(), 1);
    QCOMPARE(reviewed.first().at(0).toLongLong(), asset);
    QCOMPARE(reviewed.first().at(2).toInt(), 1);

    // Asked for another length and size: those are flags too.
    review(asset, {.duration = 6.0, .size = QSize(1280, 720)});
    QStringList kinds;
    for (const AssetFlag &flag : flags(asset))
        kinds << flag.kind;
    kinds.sort();
    QCOMPARE(kinds, (QStringList{FlagKind::Duration, FlagKind::Frozen, FlagKind::Size}));
}

void TestReviewJobs::cleanTakeGetsNoFlags()
{
    const qint64 asset = import(u"h264_aac.mp4"_s);
    const JobInfo job = review(asset,
                               {.duration = 2.0, .size = QSize(640, 360), .audioRequested = true});
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.result.value(u"flags"_s).toInt(), 0);
    QVERIFY(flags(asset).isEmpty());
}

void TestReviewJobs::refusesBadParameters()
{
    const qint64 video = import(u"h264_aac.mp4"_s);
    const qint64 still = import(u"still.png"_s);
    MT_VERIFY_REFUSED(m_reviews->review(4242, {}), u"No asset with id 4242"_s);
    MT_VERIFY_REFUSED(m_reviews->review(still, {}), u"is not a video"_s);
    MT_VERIFY_REFUSED(m_reviews->review(video, {.referenceImagePath = u"/nonexistent/first.png"_s}),
                      u"cannot be read"_s);
    const auto submit = [&](const QJsonObject &params) {
        return m_queue->submit(ReviewJobs::Kind, u"Review"_s, params, m_project);
    };
    MT_VERIFY_REFUSED(submit({}), u"assetId"_s);
    MT_VERIFY_REFUSED(submit({{u"assetId"_s, video}, {u"duration"_s, -1}}), u"duration"_s);
    MT_VERIFY_REFUSED(submit({{u"assetId"_s, video}, {u"width"_s, 640}}), u"height"_s);
    MT_VERIFY_REFUSED(submit({{u"assetId"_s, video}, {u"width"_s, 64.5}, {u"height"_s, 64}}),
                      u"width"_s);
    QCOMPARE(m_queue->jobs()->size(), 0); // nothing was queued
}

void TestReviewJobs::failedReviewChangesNothing()
{
    const qint64 asset = import(u"analysis_frozen.mp4"_s);
    review(asset, {});
    const QList<AssetFlag> before = flags(asset);
    QCOMPARE(before.size(), 1);
    // The file went missing: the review fails, the flags stay as they were.
    const Asset row = m_library->assets().get(asset).value();
    QVERIFY(QFile::remove(m_library->paths().absolute(row.relativePath)));
    QSignalSpy reviewed(m_reviews.get(), &ReviewJobs::reviewed);
    const JobInfo job = review(asset, {.duration = 9.0});
    QCOMPARE(job.state, JobState::Failed);
    QVERIFY(!job.error.isEmpty());
    QCOMPARE(flags(asset), before);
    QCOMPARE(reviewed.size(), 0);
}

void TestReviewJobs::secondReviewKeepsADismissal()
{
    const qint64 asset = import(u"analysis_frozen.mp4"_s);
    review(asset, {});
    EditHistory history(m_library->database());
    TimelineEditor editor(m_library->database(), history);
    MT_VERIFY_OK(editor.setFlagDismissed(flags(asset).first().id, true));
    review(asset, {});
    QCOMPARE(flags(asset).size(), 1);
    QVERIFY(flags(asset).first().dismissed);
}

void TestReviewJobs::stillByDesignIsNotFrozen()
{
    const qint64 asset = import(u"analysis_frozen.mp4"_s);
    const JobInfo job = review(asset, {.duration = 4.0}, true);
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.params.value(u"stillExpected"_s).toBool(), true);
    QVERIFY(flags(asset).isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewJobs)
#include "tst_reviewjobs.moc"
