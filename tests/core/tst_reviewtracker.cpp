// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"
#include "testmedia.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "jobs/jobqueue.h"
#include "models/jobmodel.h"
#include "models/reviewtracker.h"
#include "models/takemodel.h"
#include "storage/flagstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

// What the editor's views learn about take review without widgets: ReviewTracker follows flags
// through dismissals, undo and review jobs; TakeModel lists a clip's takes, the one in use first;
// JobModel says what a finished review found.
class TestReviewTracker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_editor;
    qint64 m_project = 0;
    qint64 m_first = 0;  // an alternate with two flags
    qint64 m_second = 0; // in use, clean
    qint64 m_clip = 0;

    static AssetFlag flag(const QString &kind, double from, const QString &message)
    {
        AssetFlag made;
        made.kind = kind;
        made.from = from;
        made.to = from + 1;
        made.message = message;
        return made;
    }

private slots:
    void init()
    {
        auto library = Library::open(
                m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        MT_VERIFY_OK(library);
        m_library = std::move(library).value();
        m_jobs = std::make_unique<JobQueue>(m_library->database());
        m_history = std::make_unique<EditHistory>(m_library->database());
        m_editor = std::make_unique<TimelineEditor>(m_library->database(), *m_history);
        Project draft;
        draft.name = u"Film"_s;
        m_project = m_library->projects().create(draft)->id;
        m_first = m_library->media().importFile(m_project, test::media(u"h264_aac.mp4"_s))->asset.id;
        m_second = m_library->media()
                           .importFile(m_project, test::media(u"shot_720p.mp4"_s))
                           ->asset.id;
        const Result<Clip> clip = m_editor->addClip(m_project, {m_first, {}, {}, {}, {}});
        MT_VERIFY_OK(clip);
        m_clip = clip->id;
        MT_VERIFY_OK(m_editor->replaceAsset(m_clip, m_second));
        MT_VERIFY_OK(FlagStore(m_library->database())
                             .replaceFlags(m_first,
                                           {flag(FlagKind::Black, 0, u"Black at the start."_s),
                                            flag(FlagKind::Frozen, 1, u"Frozen at the end."_s)}));
        m_jobs->registerKind(u"review"_s, JobQueue::Pool::Light, [](const QJsonObject &params) {
            const int flags = params.value(u"expectFlags"_s).toInt();
            return Result<JobQueue::Work>(JobQueue::Work([flags](JobContext &) {
                return Result<QJsonObject>(QJsonObject{{u"flags"_s, flags}});
            }));
        });
    }

    void cleanup()
    {
        m_jobs.reset();
        m_editor.reset();
        m_history.reset();
        m_library.reset();
    }

    void trackerFollowsDismissalsAndUndo()
    {
        ReviewTracker tracker(m_library->database(), *m_jobs, *m_history);
        tracker.setProjectId(m_project);
        QCOMPARE(tracker.openCount(m_first), 2);
        QCOMPARE(tracker.openCount(m_second), 0);
        QCOMPARE(tracker.openMessages(m_first),
                 QStringList({u"Black at the start."_s, u"Frozen at the end."_s}));
        QCOMPARE(tracker.openMessagesByAsset().keys(), QList<qint64>{m_first});

        QSignalSpy changed(&tracker, &ReviewTracker::changed);
        const qint64 black = FlagStore(m_library->database()).flags(m_first)->first().id;
        MT_VERIFY_OK(m_editor->setFlagDismissed(black, true));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(tracker.openMessages(m_first), QStringList{u"Frozen at the end."_s});
        MT_VERIFY_OK(m_editor->undo(m_project));
        QCOMPARE(tracker.openCount(m_first), 2);
        // Another project's tracker is not bothered.
        tracker.setProjectId(0);
        QCOMPARE(tracker.openCount(m_first), 0);
    }

    void trackerFollowsReviewJobs()
    {
        ReviewTracker tracker(m_library->database(), *m_jobs, *m_history);
        tracker.setProjectId(m_project);
        QVERIFY(!tracker.wasReviewed(m_second));
        const Result<qint64> job = m_jobs->submit(u"review"_s,
                                                  u"Review"_s,
                                                  {{u"assetId"_s, m_second}, {u"expectFlags"_s, 0}},
                                                  m_project);
        MT_VERIFY_OK(job);
        QVERIFY(tracker.isReviewing(m_second));
        QTRY_VERIFY(!tracker.isReviewing(m_second));
        QVERIFY(tracker.wasReviewed(m_second));
        // A tracker made later finds the finished review in the jobs table.
        ReviewTracker later(m_library->database(), *m_jobs, *m_history);
        QVERIFY(later.wasReviewed(m_second));
        QCOMPARE(ReviewTracker::reviewedAsset(*m_jobs->job(*job)), m_second);
    }

    void takeModelPutsTheTakeInUseFirst()
    {
        TakeModel model(*m_library, *m_jobs, *m_history, nullptr, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClip(m_project, m_clip);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(TakeModel::AssetIdRole).toLongLong(), m_second);
        QVERIFY(model.index(0).data(TakeModel::InUseRole).toBool());
        QCOMPARE(model.index(0).data(TakeModel::NumberRole).toInt(), 2);
        QCOMPARE(model.index(1).data(TakeModel::OpenFlagsRole).toInt(), 2);
        QCOMPARE(model.index(1).data(TakeModel::NumberRole).toInt(), 1);
        QCOMPARE(model.index(1).data(TakeModel::SourceRole).toString(), u"Imported"_s);
        QVERIFY(!model.index(1).data(TakeModel::CostRole).isValid());

        // Swapping takes, from anywhere, reorders the rows.
        MT_VERIFY_OK(m_editor->replaceAsset(m_clip, m_first));
        QCOMPARE(model.index(0).data(TakeModel::AssetIdRole).toLongLong(), m_first);
        // The clip going away empties the model and says so.
        QSignalSpy gone(&model, &TakeModel::clipGone);
        MT_VERIFY_OK(m_editor->removeClip(m_clip));
        QCOMPARE(gone.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void jobModelSaysWhatAReviewFound()
    {
        JobModel model(*m_jobs);
        const Result<qint64> job = m_jobs->submit(u"review"_s,
                                                  u"Review"_s,
                                                  {{u"assetId"_s, m_first}, {u"expectFlags"_s, 2}},
                                                  m_project);
        MT_VERIFY_OK(job);
        QTRY_VERIFY(!m_jobs->isActive(*job));
        const int row = model.rowOf(*job);
        QCOMPARE(model.index(row, JobModel::StateColumn).data(JobModel::ProblemsRole).toInt(), 2);
        QCOMPARE(model.index(row, JobModel::StateColumn).data().toString(), u"2 problems found"_s);
        QCOMPARE(model.index(row, JobModel::KindColumn).data().toString(), u"Take review"_s);
        const Result<qint64> clean = m_jobs->submit(u"review"_s,
                                                    u"Review"_s,
                                                    {{u"assetId"_s, m_second},
                                                     {u"expectFlags"_s, 0}},
                                                    m_project);
        MT_VERIFY_OK(clean);
        QTRY_VERIFY(!m_jobs->isActive(*clean));
        const int cleanRow = model.rowOf(*clean);
        QCOMPARE(model.index(cleanRow, JobModel::StateColumn).data().toString(), u"Done"_s);
        QCOMPARE(model.index(cleanRow, 0).data(JobModel::ProblemsRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewTracker)
#include "tst_reviewtracker.moc"
