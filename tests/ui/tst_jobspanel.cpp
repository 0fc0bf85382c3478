// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"
#include "uitest.h"

#include "jobs/jobqueue.h"
#include "models/jobmodel.h"
#include "panels/jobspanel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mt {

// Stands in for the desktop's file opener, so "Open result" can be checked without starting a
// player on the test machine.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// The Jobs panel over a real queue running real media jobs: progress while it runs, done at the
// end with its result to open; cancel, retry, and the background work toggle.
class TestJobsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QPushButton *button(JobsPanel &panel, const char *name)
    {
        return panel.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static void select(JobsPanel &panel, qint64 job)
    {
        const int row = panel.model().rowOf(job);
        QVERIFY(row >= 0);
        panel.view()->selectionModel()->select(panel.model().index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    }
    static JobState stateOf(JobsPanel &panel, qint64 job)
    {
        const int row = panel.model().rowOf(job);
        return row < 0 ? JobState::Interrupted : panel.model().jobAt(row).state;
    }
    static QJsonObject convert(const QString &output)
    {
        return {{u"input"_s, test::media(u"shot_720p.mp4"_s)}, {u"output"_s, output}};
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings.path()); }
    void init() { QSettings().clear(); }

    void realJobShowsProgressThenDone()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        JobsPanel panel(*session);
        panel.resize(760, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        test::screenshot(&panel, u"panel-jobs-empty"_s);

        const QString output = dir.filePath(u"converted.mp4"_s);
        Result<qint64> job = session->jobs().submit(u"convert"_s,
                                                    u"Convert shot_720p.mp4"_s,
                                                    convert(output));
        MT_VERIFY_OK(job);
        QCOMPARE(panel.model().rowCount(), 1);
        select(panel, *job);
        QTRY_VERIFY_WITH_TIMEOUT(panel.model().jobAt(0).progress.fraction > 0.05, 30000);
        const QModelIndex progress = panel.model().index(0, JobModel::ProgressColumn);
        QVERIFY(progress.data(JobModel::FractionRole).toDouble() > 0);
        QCOMPARE(stateOf(panel, *job), JobState::Running);
        QVERIFY(button(panel, "cancelJob")->isEnabled());
        QVERIFY(!button(panel, "openJobResult")->isEnabled());
        test::screenshot(&panel, u"panel-jobs-running"_s);

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, *job), JobState::Done, 60000);
        QCOMPARE(progress.data(JobModel::FractionRole).toDouble(), 1.0);
        QCOMPARE(panel.model().index(0, JobModel::StateColumn).data().toString(), u"Done"_s);
        QVERIFY(!button(panel, "cancelJob")->isEnabled());
        QVERIFY(!button(panel, "retryJob")->isEnabled());
        QVERIFY(button(panel, "openJobResult")->isEnabled());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QTest::mouseClick(button(panel, "openJobResult"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(output)});

        // Probes are background work: counted, listed only on request.
        Result<qint64> probe = session->jobs().submit(u"probe"_s,
                                                      u"Probe"_s,
                                                      {{u"paths"_s,
                                                        QJsonArray{
                                                                test::media(u"h264_aac.mp4"_s)}}});
        MT_VERIFY_OK(probe);
        QCOMPARE(panel.model().rowOf(*probe), -1);
        panel.findChild<QCheckBox *>(u"showBackgroundWork"_s)->setChecked(true);
        QVERIFY(panel.model().rowOf(*probe) >= 0);
        QTRY_COMPARE(stateOf(panel, *probe), JobState::Done);
        test::screenshot(&panel, u"panel-jobs-done"_s);
        // The choice is kept for the next start.
        JobsPanel again(*session);
        QVERIFY(again.model().showBackgroundWork());
    }

    void cancelAndRetry()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        JobsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString output = dir.filePath(u"cancelled.mp4"_s);
        Result<qint64> job = session->jobs().submit(u"convert"_s,
                                                    u"Convert to cancel"_s,
                                                    convert(output));
        MT_VERIFY_OK(job);
        select(panel, *job);
        QTRY_VERIFY_WITH_TIMEOUT(panel.model().jobAt(0).progress.fraction > 0.01, 30000);
        QTest::mouseClick(button(panel, "cancelJob"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, *job), JobState::Cancelled, 10000);
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(!button(panel, "cancelJob")->isEnabled());
        QVERIFY(button(panel, "retryJob")->isEnabled());
        QCOMPARE(panel.model().activeCount(), 0);

        QTest::mouseClick(button(panel, "retryJob"), Qt::LeftButton);
        QCOMPARE(panel.model().rowCount(), 1); // the same row runs again
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, *job), JobState::Done, 60000);
        QVERIFY(QFileInfo::exists(output));
    }
};

} // namespace mt

QTEST_MAIN(mt::TestJobsPanel)
#include "tst_jobspanel.moc"
