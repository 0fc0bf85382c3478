// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobs/jobqueue.h"
#include "models/jobmodel.h"
#include "models/projectmodel.h"
#include "storage/database.h"
#include "storage/projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace mt;
using namespace Qt::StringLiterals;

#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

// The item models of the editor's projects and jobs panels over a real database: they follow
// their stores' and the queue's signals row by row, and QAbstractItemModelTester checks every
// change they announce.
class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    Project named(const QString &name)
    {
        Project project;
        project.name = name;
        return project;
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data().toString());
        return list;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(u"library.db"_s)).ok());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void projectsFollowTheStore()
    {
        ProjectStore store(*m_db);
        MT_VERIFY_OK(store.create(named(u"Mountain"_s)));
        ProjectModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), QStringList{u"Mountain"_s});

        Result<Project> beach = store.create(named(u"beach"_s));
        MT_VERIFY_OK(beach);
        Result<Project> zoo = store.create(named(u"Zoo"_s));
        MT_VERIFY_OK(zoo);
        // Sorted as people read names: case does not matter.
        QCOMPARE(names(model), (QStringList{u"beach"_s, u"Mountain"_s, u"Zoo"_s}));
        QCOMPARE(model.index(0).data(ProjectModel::IdRole).toLongLong(), beach->id);
        QCOMPARE(model.index(0).data(ProjectModel::SummaryRole).toString(),
                 u"1280 × 720 · 30 fps"_s);

        // A rename moves the row to its new place, downwards and upwards.
        MT_VERIFY_OK(store.rename(beach->id, u"Yard"_s));
        QCOMPARE(names(model), (QStringList{u"Mountain"_s, u"Yard"_s, u"Zoo"_s}));
        MT_VERIFY_OK(store.rename(zoo->id, u"Alps"_s));
        QCOMPARE(names(model), (QStringList{u"Alps"_s, u"Mountain"_s, u"Yard"_s}));
        QCOMPARE(model.rowOf(zoo->id), 0);

        Project changed = *store.get(zoo->id);
        changed.frameRate = {30000, 1001};
        changed.width = 1920;
        changed.height = 1080;
        MT_VERIFY_OK(store.update(changed));
        QCOMPARE(model.index(0).data(ProjectModel::SummaryRole).toString(),
                 u"1920 × 1080 · 29.97 fps"_s);

        MT_VERIFY_OK(store.remove(beach->id));
        QCOMPARE(names(model), (QStringList{u"Alps"_s, u"Mountain"_s}));
        QCOMPARE(model.rowOf(beach->id), -1);
    }

    void jobsFollowTheQueue()
    {
        JobQueue queue(*m_db);
        std::atomic<bool> release{false};
        queue.registerKind(u"slow"_s, JobQueue::Pool::Heavy, [&release](const QJsonObject &) {
            return Result<JobQueue::Work>([&release](JobContext &job) -> Result<QJsonObject> {
                job.setProgress(0.25, u"Working"_s);
                while (!release.load() && !job.isCancelled())
                    QThread::msleep(5);
                if (job.isCancelled())
                    return Error::cancelled(u"Stopped"_s);
                return QJsonObject{{u"answer"_s, 42}};
            });
        });
        queue.registerKind(u"thumbnails"_s, JobQueue::Pool::Light, [](const QJsonObject &) {
            return Result<JobQueue::Work>(
                    [](JobContext &) -> Result<QJsonObject> { return QJsonObject{}; });
        });

        JobModel model(queue);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy overall(&model, &JobModel::overallChanged);
        QCOMPARE(model.rowCount(), 0);

        Result<qint64> slow = queue.submit(u"slow"_s, u"Slow work"_s, {});
        MT_VERIFY_OK(slow);
        Result<qint64> thumbs = queue.submit(u"thumbnails"_s, u"Thumbnails of a.mp4"_s, {});
        MT_VERIFY_OK(thumbs);
        // Background work is counted but not listed.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobModel::TitleColumn).data().toString(), u"Slow work"_s);
        QCOMPARE(model.index(0, JobModel::KindColumn).data(JobModel::KindRole).toString(),
                 u"slow"_s);
        QTRY_COMPARE(model.index(0, 0).data(JobModel::FractionRole).toDouble(), 0.25);
        QCOMPARE(model.index(0, JobModel::StageColumn).data().toString(), u"Working"_s);
        QCOMPARE(model.index(0, 0).data(JobModel::StateRole).toInt(), int(JobState::Running));
        QTRY_COMPARE(model.activeCount(), 1); // the thumbnails job is done by now
        QCOMPARE(model.runningCount(), 1);
        QCOMPARE(model.overallFraction(), 0.25);
        QVERIFY(!overall.isEmpty());

        model.setShowBackgroundWork(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(*thumbs), 0); // newest first
        QCOMPARE(model.index(0, JobModel::StateColumn).data().toString(), u"Done"_s);
        model.setShowBackgroundWork(false);
        QCOMPARE(model.rowCount(), 1);

        MT_VERIFY_OK(queue.cancel(*slow));
        QTRY_COMPARE(model.index(0, 0).data(JobModel::StateRole).toInt(), int(JobState::Cancelled));
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(model.overallFraction(), 0.0);

        release = true;
        MT_VERIFY_OK(queue.retry(*slow));
        QTRY_COMPARE(model.index(0, 0).data(JobModel::StateRole).toInt(), int(JobState::Done));
        QCOMPARE(model.rowCount(), 1); // the same row again
        QCOMPARE(model.index(0, JobModel::ProgressColumn).data().toString(), u"100%"_s);
        QCOMPARE(model.index(0, 0).data(JobModel::OutputRole).toString(), QString());

        // A fresh model reads the same from the database.
        JobModel reread(queue);
        QCOMPARE(reread.rowCount(), 1);
        QCOMPARE(reread.index(0, 0).data(JobModel::StateRole).toInt(), int(JobState::Done));
    }

    void etaText_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << -1 << QString();
        QTest::newRow("seconds") << 42 << u"0:42"_s;
        QTest::newRow("minutes") << 725 << u"12:05"_s;
        QTest::newRow("hours") << 3723 << u"1:02:03"_s;
    }
    void etaText()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(JobModel::etaText(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
