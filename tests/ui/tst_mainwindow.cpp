// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"
#include "uitest.h"

#include "dialogs/settingsdialog.h"
#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "editorpanels.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "panels/jobspanel.h"
#include "panels/projectspanel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/settingsstore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mt {

// The main window over a real library: first run, the last project and the dock layout coming
// back at the next start, the standard shortcuts, and a start with a 500-clip project.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static Project named(const QString &name)
    {
        Project project;
        project.name = name;
        return project;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings.path()); }
    void init() { QSettings().clear(); }

    void opensOverAnEmptyLibraryWithTheEmptyState()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(session->currentProject().id(), 0);
        QVERIFY(window.emptyState()->isVisible());
        QVERIFY(window.emptyState()->isFirstRun());
        QVERIFY(!window.quickExportAction()->isEnabled());
        QCOMPARE(window.windowTitle(), u"Movie Tool"_s);
        test::screenshot(&window, u"mainwindow-empty"_s);

        // The big button makes the first project, which opens at once.
        test::whenModal<QDialog>([](QDialog *dialog) { dialog->accept(); });
        QTest::mouseClick(window.emptyState()->newProjectButton(), Qt::LeftButton);
        QVERIFY(session->currentProject().id() > 0);
        QVERIFY(!window.emptyState()->isVisible());
        QCOMPARE(window.windowTitle(), u"Untitled film"_s);
        QVERIFY(window.quickExportAction()->isEnabled());
    }

    void emptyStateShowsAllItsHelpInGerman()
    {
        // German needs three lines where English needs two; with every panel docked around it
        // the empty state must still show them all, not cut the first and the last.
        QTranslator german;
        QVERIFY(german.load(QLocale(u"de"_s),
                            u"movietool"_s,
                            u"_"_s,
                            QStringLiteral(MT_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        EditorPanels::install(window, *session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *help = window.emptyState()->findChild<QLabel *>(u"emptyStateHelp"_s);
        QVERIFY(help && help->isVisible());
        QVERIFY(help->text().startsWith(u"Ein Projekt"_s));
        QVERIFY2(help->height() >= help->heightForWidth(help->width()),
                 qPrintable(
                         u"%1 < %2"_s.arg(help->height()).arg(help->heightForWidth(help->width()))));
        test::screenshot(&window, u"mainwindow-empty-de"_s);
    }

    void reopensTheLastProject()
    {
        QTemporaryDir dir;
        qint64 second = 0;
        {
            auto session = test::openSession(dir.path());
            QVERIFY(session);
            MT_VERIFY_OK(session->library().projects().create(named(u"First"_s)));
            Result<Project> made = session->library().projects().create(named(u"Second"_s));
            MT_VERIFY_OK(made);
            second = made->id;
            MainWindow window(*session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Not the first run: the empty state points at the Projects panel.
            QVERIFY(window.emptyState()->isVisible());
            QVERIFY(!window.emptyState()->isFirstRun());
            test::screenshot(&window, u"mainwindow-noproject"_s);
            session->currentProject().setId(second);
            QCOMPARE(window.windowTitle(), u"Second"_s);
            window.close();
        }
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(session->currentProject().id(), second);
        QCOMPARE(window.windowTitle(), u"Second"_s);
        QVERIFY(!window.emptyState()->isVisible());
        QCOMPARE(session->undoStack().projectId(), second);

        // Deleted through the store, not the panel: nothing is open, and nothing reopens.
        MT_VERIFY_OK(session->library().projects().remove(second));
        QCOMPARE(session->currentProject().id(), 0);
        QVERIFY(window.emptyState()->isVisible());
        QCOMPARE(MainWindow::LastProject.value(), 0);
    }

    void restoresTheDockLayout()
    {
        QTemporaryDir dir;
        QSize size;
        {
            auto session = test::openSession(dir.path());
            QVERIFY(session);
            MainWindow window(*session);
            // A panel added later by the composition root takes part in the layout too.
            auto *extra = new QWidget;
            QDockWidget *extraDock = window.addPanelDock(extra,
                                                         u"Extra"_s,
                                                         u"extraDock"_s,
                                                         Qt::LeftDockWidgetArea);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *jobs = window.findChild<QDockWidget *>(u"jobsDock"_s);
            QVERIFY(jobs);
            QVERIFY(jobs->isVisible());
            QCOMPARE(window.dockWidgetArea(jobs), Qt::RightDockWidgetArea);
            // Tabbed with Projects, as the Media bin and Characters will be.
            QVERIFY(window.tabifiedDockWidgets(extraDock).contains(
                    window.findChild<QDockWidget *>(u"projectsDock"_s)));
            jobs->toggleViewAction()->trigger();
            QVERIFY(!jobs->isVisible());
            window.removeDockWidget(extraDock);
            window.addDockWidget(Qt::BottomDockWidgetArea, extraDock);
            extraDock->show();
            window.resize(1100, 700);
            size = window.size();
            window.close();
        }
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        QDockWidget *extraDock = window.addPanelDock(new QWidget,
                                                     u"Extra"_s,
                                                     u"extraDock"_s,
                                                     Qt::LeftDockWidgetArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *jobs = window.findChild<QDockWidget *>(u"jobsDock"_s);
        QVERIFY(!jobs->isVisible());
        QCOMPARE(window.dockWidgetArea(extraDock), Qt::BottomDockWidgetArea);
        QCOMPARE(window.size(), size);
        // The View menu brings it back.
        QVERIFY(window.viewMenu()->actions().contains(jobs->toggleViewAction()));
        jobs->toggleViewAction()->trigger();
        QVERIFY(jobs->isVisible());
    }

    void standardShortcuts()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(u"Ctrl+Z"_s));
        QCOMPARE(redo->shortcut(), QKeySequence(u"Ctrl+Shift+Z"_s));
        QVERIFY(!undo->isEnabled()); // nothing to undo yet
        QCOMPARE(window.quickExportAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));

        // Edit → Undo/Redo step the open project's timeline history.
        Result<Project> project = session->library().projects().create(named(u"Cut"_s));
        MT_VERIFY_OK(project);
        Result<MediaLibrary::Imported> asset
                = session->library().media().importFile(project->id, test::media(u"h264_aac.mp4"_s));
        MT_VERIFY_OK(asset);
        session->currentProject().setId(project->id);
        const qint64 projectId = project->id;
        const qint64 assetId = asset->asset.id;
        MT_VERIFY_OK(session->undoStack().perform(u"add"_s, [&]() -> Status {
            Result<Clip> clip = session->timeline().addClip(projectId, {assetId});
            return clip ? Status() : clip.error();
        }));
        TimelineStore store(session->library().database());
        QCOMPARE(*store.clipCount(projectId), 1);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(*store.clipCount(projectId), 0);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(*store.clipCount(projectId), 1);
    }

    void settingsDialogWritesLibraryAndPersonalSettings()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        SettingsDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(u"libraryPath"_s)->text(),
                 QDir::toNativeSeparators(dir.path()));
        test::screenshot(&dialog, u"dialog-settings"_s);

        // Below the smallest quota: the store's message, and the dialog stays.
        auto *quota = dialog.findChild<QDoubleSpinBox *>(u"quota"_s);
        quota->setValue(0.05);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *message = dialog.findChild<QLabel *>(u"limitsMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(session->library().settings().quotaBytes(), 0);
        test::screenshot(&dialog, u"dialog-settings-refused"_s);

        quota->setValue(5);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        auto *preset = dialog.findChild<QComboBox *>(u"defaultPreset"_s);
        preset->setCurrentIndex(preset->findData(u"webm"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session->library().settings().quotaBytes(), 5 * SettingsStore::GiB);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(SettingsDialog::DefaultPreset.value(), u"webm"_s);

        // New projects take the default preset.
        MainWindow window(*session);
        test::whenModal<QDialog>([](QDialog *dialog) { dialog->accept(); });
        window.findChild<QAction *>(u"newProjectAction"_s)->trigger();
        Result<Project> made = session->library().projects().get(session->currentProject().id());
        MT_VERIFY_OK(made);
        QCOMPARE(made->defaultPreset, u"webm"_s);
    }

    void startsQuicklyWithA500ClipProject()
    {
        QTemporaryDir dir;
        qint64 projectId = 0;
        {
            auto session = test::openSession(dir.path());
            QVERIFY(session);
            Result<Project> project = session->library().projects().create(named(u"Long"_s));
            MT_VERIFY_OK(project);
            projectId = project->id;
            Result<MediaLibrary::Imported> asset
                    = session->library().media().importFile(projectId,
                                                            test::media(u"h264_aac.mp4"_s));
            MT_VERIFY_OK(asset);
            // Rows straight into the store, in one transaction: the editor's 500 separate edits
            // would test the history, not the start.
            Database &db = session->library().database();
            TimelineStore store(db);
            Transaction transaction(db);
            QVERIFY(transaction.ok());
            for (int i = 0; i < 500; ++i) {
                Clip clip;
                clip.projectId = projectId;
                clip.position = i;
                clip.assetId = asset->asset.id;
                clip.in = 0.1 * (i % 10);
                MT_VERIFY_OK(store.insertClip(clip));
            }
            MT_VERIFY_OK(transaction.commit());
            QCOMPARE(*store.clipCount(projectId), 500);
        }
        MainWindow::LastProject.setValue(projectId);

        QElapsedTimer clock;
        clock.start();
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 ms = clock.elapsed();
        qInfo("A 500-clip project: the window shows after %lld ms", ms);
        QCOMPARE(session->currentProject().id(), projectId);
        QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));
    }
};

} // namespace mt

QTEST_MAIN(mt::TestMainWindow)
#include "tst_mainwindow.moc"
