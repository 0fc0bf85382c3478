// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// The whole editor as main() builds it: every panel in its dock, wired together. A drag from
// the media bin lands on the timeline, the window opens a 500-clip project without a visible
// wait, and a screenshot of the editor in use goes to <build>/screenshots/editor.png.
#include "uitest.h"

#include "edit/timelineeditor.h"
#include "editorpanels.h"
#include "export/exportservice.h"
#include "generation/demofilm.h"
#include "mainwindow.h"
#include "media/mediaprobe.h"
#include "models/mediapreviews.h"
#include "panels/mediabinpanel.h"
#include "panels/previewpanel.h"
#include "panels/timelinepainter.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"
#include "storage/assetstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "testmedia.h"

#include <QAbstractItemView>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace mt {

class TestEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;

    qint64 import(EditorSession &session, qint64 projectId, const QString &path)
    {
        const auto imported = session.library().media().importFile(projectId, path);
        if (!imported) {
            qWarning("%s", qPrintable(imported.error().message));
            return 0;
        }
        return imported->asset.id;
    }

    qint64 project(EditorSession &session, const QString &name)
    {
        Project draft;
        draft.name = name;
        const Result<Project> made = session.library().projects().create(draft);
        return made ? made->id : 0;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings.path()); }

    void dragFromTheBinLandsOnTheTimeline()
    {
        auto session = test::openSession(m_dir.filePath(u"drag"_s));
        QVERIFY(session);
        const qint64 film = project(*session, u"Film"_s);
        const qint64 video = import(*session, film, test::media(u"h264_aac.mp4"_s));
        const qint64 still = import(*session, film, test::media(u"still.png"_s));
        QVERIFY(film && video && still);
        MainWindow window(*session);
        const EditorPanels panels = EditorPanels::install(window, *session);
        window.resize(1600, 1000);
        window.show();
        session->currentProject().setId(film);
        QVERIFY(QTest::qWaitFor([&] { return panels.mediaBin->view()->model()->rowCount() == 2; }));

        // What the bin gives a drag of its current selection…
        QAbstractItemModel *binModel = panels.mediaBin->view()->model();
        QModelIndexList dragged;
        for (int row = 0; row < binModel->rowCount(); ++row)
            dragged.append(binModel->index(row, 0));
        std::unique_ptr<QMimeData> mime(binModel->mimeData(dragged));
        QVERIFY(mime && mime->hasFormat(u"application/x-movietool-asset-ids"_s));

        // …dropped on the timeline's tracks.
        QWidget *tracks = panels.timeline->view()->viewport();
        // Past the track headers, in the middle of the video row.
        const QPoint at(TimelineMetrics::HeaderWidth + 40,
                        TimelineMetrics::RulerHeight + TimelineMetrics::TrackGap
                                + TimelineMetrics::VideoHeight / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks, &drop);
        QVERIFY(drop.isAccepted());
        const Result<Timeline> timeline = session->timeline().store().load(film);
        QVERIFY(timeline);
        QCOMPARE(timeline->clips.size(), 2);
        QList<qint64> placed{timeline->clips[0].assetId, timeline->clips[1].assetId};
        std::sort(placed.begin(), placed.end());
        QCOMPARE(placed, (QList<qint64>{std::min(video, still), std::max(video, still)}));

        // Space on the timeline plays the film in the preview.
        panels.timeline->view()->setFocus();
        QTest::keyClick(panels.timeline->view(), Qt::Key_Space);
        QCOMPARE(panels.preview->mode(), PreviewPanel::Mode::Timeline);
        QTest::keyClick(panels.timeline->view(), Qt::Key_Space); // and pauses it
    }

    void screenshotOfTheEditorInUse()
    {
        auto session = test::openSession(m_dir.filePath(u"shot"_s));
        QVERIFY(session);
        const qint64 film = project(*session, u"Night Drive"_s);
        QVERIFY(film);
        QList<qint64> assets;
        for (const QString &name :
             {u"shot_720p.mp4"_s, u"h264_aac.mp4"_s, u"still.png"_s, u"join_a.mp4"_s, u"tone.wav"_s})
            assets.append(import(*session, film, test::media(name)));
        QVERIFY(!assets.contains(0));
        for (int i = 0; i < 4; ++i)
            QVERIFY(session->timeline().addClip(film, ClipDraft{assets[i]}));
        const Result<Timeline> loaded = session->timeline().store().load(film);
        QVERIFY(loaded);
        QVERIFY(session->timeline().setTransition(loaded->clips[0].id, Transition::Crossfade, 1));
        AudioDraft music;
        music.assetId = assets[4];
        music.role = AudioRole::Music;
        music.start = 1;
        QVERIFY(session->timeline().addAudio(film, music));

        MainWindow window(*session);
        const EditorPanels panels = EditorPanels::install(window, *session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session->currentProject().setId(film);
        // A still: the offscreen platform draws no video frames.
        panels.preview->showAsset(assets[2]);
        // Posters and filmstrips come from jobs; wait until each asset has its pictures.
        QVERIFY(QTest::qWaitFor(
                [&] {
                    for (qint64 id : std::as_const(assets)) {
                        const Result<Asset> asset = session->library().assets().get(id);
                        if (!asset || !session->previews().preview(*asset).ready)
                            return false;
                    }
                    return true;
                },
                60000));
        QTest::qWait(300);
        const QString path = test::screenshot(&window, u"editor"_s);
        QVERIFY(QFileInfo(path).size() > 10000);
    }

    void demoFilmFromTheEmptyStateExports()
    {
        auto session = test::openSession(m_dir.filePath(u"demo"_s));
        QVERIFY(session);
        MainWindow window(*session);
        EditorPanels::install(window, *session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *demo = window.findChild<QPushButton *>(u"demoFilmButton"_s);
        QVERIFY(demo && demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        const qint64 film = session->currentProject().id();
        QVERIFY(film != 0);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const Result<Timeline> timeline = session->timeline().store().load(film);
                    return timeline && timeline->clips.size() == DemoFilm::ShotCount;
                },
                180000));
        QString written;
        connect(&session->exports(),
                &ExportService::exported,
                this,
                [&written](qint64, const ExportRecord &record) { written = record.path; });
        window.quickExportAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !written.isEmpty(); }, 180000));
        const Result<MediaInfo> info = MediaProbe::probe(written);
        QVERIFY2(info, qPrintable(written));
        QVERIFY(qAbs(info->duration - DemoFilm::ShotCount * DemoFilm::ShotSeconds) < 0.1);

        // Generating, exporting and then a finished generation selected (its details and
        // buttons showing): the window keeps its size and still fits a laptop screen.
        auto *generations = window.findChild<QAbstractItemView *>(u"generationsView"_s);
        QVERIFY(generations && generations->model()->rowCount() > 0);
        generations->setCurrentIndex(generations->model()->index(0, 0));
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 1600);
        test::screenshot(&window, u"editor-demo"_s);
    }

    void opensA500ClipProjectWithoutAWait()
    {
        auto session = test::openSession(m_dir.filePath(u"large"_s));
        QVERIFY(session);
        const qint64 film = project(*session, u"Epic"_s);
        const qint64 still = import(*session, film, test::media(u"still.png"_s));
        QVERIFY(film && still);
        for (int i = 0; i < 500; ++i)
            QVERIFY(session->timeline().addClip(film, ClipDraft{still, {}, {}, {}, 1.0}));
        MainWindow::LastProject.setValue(film);

        QElapsedTimer shown;
        shown.start();
        MainWindow window(*session);
        const EditorPanels panels = EditorPanels::install(window, *session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const qint64 ms = shown.elapsed();
        qInfo("500-clip project shown in %lld ms", ms);
        QCOMPARE(session->currentProject().id(), film);
        QCOMPARE(panels.timeline->view()->layout().clipCount(), 500);
        // A visible wait starts around a second; leave room for a loaded CI machine.
        QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));
    }
};

} // namespace mt

QTEST_MAIN(mt::TestEditor)
#include "tst_editor.moc"
