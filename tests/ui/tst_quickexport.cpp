// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"
#include "uitest.h"

#include "dialogs/exportdialog.h"
#include "edit/timelineeditor.h"
#include "export/exportservice.h"
#include "exportbanner.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "media/mediaprobe.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <ctime>

using namespace Qt::StringLiterals;

namespace mt {

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// Measures how late a 10 ms timer on the main thread fires: the longest gap between two ticks is
// how long the window could not answer. Each gap is split into what the main thread itself spent
// on the CPU (work done on it: what the product controls) and the rest (waiting for a core,
// which a loaded machine takes away from any program).
class DriftProbe
{
public:
    DriftProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_total.start();
        m_clock.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }
    // When the longest gap ended, in ms since the probe started.
    qint64 longestGapEndedAtMs() const { return m_longestAt; }
    // The most CPU time the main thread spent within one gap.
    double longestBusyMs() const { return m_longestBusy; }
    // Runs what the test itself does on the main thread (a screenshot) outside the measurement.
    template<typename F>
    void excluding(F work)
    {
        m_timer.stop();
        work();
        m_clock.restart();
        m_cpu = threadCpuMs();
        m_timer.start();
    }

    // Runnable threads per core over the last minute (Linux), 0 when unknown.
    static double loadPerCore()
    {
        QFile file(u"/proc/loadavg"_s);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return file.readLine().split(' ').value(0).toDouble() / QThread::idealThreadCount();
    }

private:
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    }
    void tick()
    {
        const qint64 gap = m_clock.restart();
        const double cpu = threadCpuMs();
        const double busy = cpu - m_cpu;
        m_cpu = cpu;
        m_longestBusy = qMax(m_longestBusy, busy);
        if (gap > m_longest) {
            m_longest = gap;
            m_longestAt = m_total.elapsed();
        }
        if (gap > 30 && qEnvironmentVariableIsSet("MT_DRIFT_DEBUG"))
            qInfo("gap %lld ms (main thread busy %.1f ms) ending at %lld ms",
                  gap,
                  busy,
                  m_total.elapsed());
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_total;
    double m_cpu = 0;
    double m_longestBusy = 0;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
};

// One-click export from the toolbar of a real window: the job renders a real timeline, the status
// bar follows it, the banner says what was written with Play and Show in folder, the file
// decodes, and the window never stops answering meanwhile. Also refusals in the banner and the
// Export dialog's batch.
class TestQuickExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // A project with the two joinable shots on its timeline. Its frame differs from theirs so
    // the export is a full render that takes long enough to watch.
    static qint64 filmProject(EditorSession &session, const QString &name)
    {
        Project draft;
        draft.name = name;
        draft.width = 960;
        draft.height = 540;
        Result<Project> project = session.library().projects().create(draft);
        if (!project)
            return 0;
        for (const QString &media : {u"join_a.mp4"_s, u"join_b.mp4"_s}) {
            Result<MediaLibrary::Imported> asset
                    = session.library().media().importFile(project->id, test::media(media));
            if (!asset || !session.timeline().addClip(project->id, {asset->asset.id}))
                return 0;
        }
        return project->id;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings.path()); }
    void init() { QSettings().clear(); }

    void quickExportWritesAFilmAndTheWindowStaysResponsive()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        const qint64 project = filmProject(*session, u"Film"_s);
        QVERIFY(project > 0);
        MainWindow window(*session);
        session->currentProject().setId(project);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.quickExportAction()->isEnabled());

        DriftProbe probe;
        QElapsedTimer clock;
        clock.start();
        window.quickExportAction()->trigger();
        qInfo("Quick export queued in %lld ms", clock.elapsed());
        QVERIFY(window.statusProgress()->isVisible());
        QVERIFY2(window.statusText()->text().contains(u"Film"_s),
                 qPrintable(window.statusText()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusProgress()->value() > 0, 60000);
        probe.excluding([&] { test::screenshot(&window, u"mainwindow-exporting"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(window.exportBanner()->isVisible(), 120000);
        const qint64 longest = probe.longestGapMs();
        const double load = DriftProbe::loadPerCore();
        qInfo("Longest main-thread gap during the export: %lld ms, ending %lld ms after the click"
              " (the export took %lld ms); the main thread's own work in a gap: at most %.1f ms;"
              " load per core %.1f",
              longest,
              probe.longestGapEndedAtMs(),
              clock.elapsed(),
              probe.longestBusyMs(),
              load);
        QVERIFY2(!window.exportBanner()->isFailure(), qPrintable(window.exportBanner()->text()));
        // Work on the main thread never blocks it for 100 ms. The wall-clock gap is held to the
        // same bound unless the machine is overloaded (more runnable threads than cores: the CI
        // box shared by parallel builds), where waiting for a core is no fault of the program.
        QVERIFY2(probe.longestBusyMs() < 100, qPrintable(u"%1 ms"_s.arg(probe.longestBusyMs())));
        if (load < 1.0)
            QVERIFY2(longest < 100, qPrintable(u"%1 ms"_s.arg(longest)));
        QTRY_VERIFY(!window.statusProgress()->isVisible());

        const QString path = window.exportBanner()->filePath();
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(path.startsWith(session->library().paths().exports()));
        QVERIFY2(window.exportBanner()->text().contains(QFileInfo(path).fileName()),
                 qPrintable(window.exportBanner()->text()));
        QVERIFY(window.exportBanner()->text().contains(u"0:04"_s));
        Result<MediaInfo> info = MediaProbe::probe(path);
        MT_VERIFY_OK(info);
        QVERIFY2(std::abs(info->duration - 4.0) < 0.1, qPrintable(QString::number(info->duration)));
        QVERIFY(info->video);
        QCOMPARE(info->video->width, 960);
        test::screenshot(&window, u"mainwindow-banner"_s);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QTest::mouseClick(window.exportBanner()->findChild<QPushButton *>(u"playExport"_s),
                          Qt::LeftButton);
        QTest::mouseClick(window.exportBanner()->findChild<QPushButton *>(u"showExportInFolder"_s),
                          Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.opened,
                 (QList<QUrl>{QUrl::fromLocalFile(path),
                              QUrl::fromLocalFile(QFileInfo(path).absolutePath())}));
    }

    void refusalsShowInTheBanner()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        Project draft;
        draft.name = u"Empty"_s;
        Result<Project> empty = session->library().projects().create(draft);
        MT_VERIFY_OK(empty);
        MainWindow window(*session);
        session->currentProject().setId(empty->id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.quickExportAction()->trigger();
        QVERIFY(window.exportBanner()->isVisible());
        QVERIFY(window.exportBanner()->isFailure());
        QVERIFY2(window.exportBanner()->text().contains(u"Empty"_s),
                 qPrintable(window.exportBanner()->text()));
        QVERIFY(session->jobs().jobs()->isEmpty());
        test::screenshot(&window, u"mainwindow-banner-failed"_s);
    }

    void exportDialogQueuesABatch()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        const qint64 film = filmProject(*session, u"Film"_s);
        QVERIFY(film > 0);
        Project draft;
        draft.name = u"Empty"_s;
        MT_VERIFY_OK(session->library().projects().create(draft));
        session->currentProject().setId(film);

        ExportDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::screenshot(&dialog, u"dialog-export"_s);

        // One film: a forced copy the clips do not allow is refused with the reason.
        auto *mode = dialog.findChild<QComboBox *>(u"renderMode"_s);
        mode->setCurrentIndex(mode->findData(u"copy"_s));
        const QString chosen = dir.filePath(u"chosen.mp4"_s);
        dialog.findChild<QLineEdit *>(u"output"_s)->setText(chosen);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.queuedJobs().isEmpty());
        QVERIFY(!dialog.problems().isEmpty());
        mode->setCurrentIndex(mode->findData(u"auto"_s));
        dialog.accept();
        QCOMPARE(dialog.queuedJobs().size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 single = dialog.queuedJobs().first();
        QTRY_VERIFY_WITH_TIMEOUT(session->jobs().job(single)->state == JobState::Done, 120000);
        QVERIFY(QFileInfo(chosen).isFile());

        dialog.show();
        auto *batch = dialog.findChild<QGroupBox *>(u"batch"_s);
        batch->setChecked(true);
        auto *projects = dialog.findChild<QListWidget *>(u"batchProjects"_s);
        for (int i = 0; i < projects->count(); ++i)
            projects->item(i)->setCheckState(Qt::Checked);
        auto *presets = dialog.findChild<QListWidget *>(u"batchPresets"_s);
        QCOMPARE(presets->item(0)->data(Qt::UserRole).toString(), u"share"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"batchSummary"_s)->text().contains(u"2"_s));
        test::screenshot(&dialog, u"dialog-export-batch"_s);

        QList<ExportRecord> exported;
        connect(&session->exports(),
                &ExportService::exported,
                this,
                [&](qint64, const ExportRecord &record) { exported.append(record); });
        dialog.accept();
        // The empty project is refused with the reason; the film is queued all the same.
        QCOMPARE(dialog.queuedJobs().size(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problems().contains(u"Empty"_s), qPrintable(dialog.problems()));
        test::screenshot(&dialog, u"dialog-export-refused"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 120000);
        QCOMPARE(exported.first().projectId, film);
        QVERIFY(QFileInfo(exported.first().path).isFile());
    }
};

} // namespace mt

QTEST_MAIN(mt::TestQuickExport)
#include "tst_quickexport.moc"
