// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "editorsession.h"
#include "models/mediapreviews.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"
#include "storage/assetstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "testmedia.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mt {

// The timeline panel on a real library with real media: drops from the bin, dragging clips and
// trim handles with the mouse, the keys, undo and redo through the window's shortcuts, errors in
// the strip, and how long a paint of a 500-clip film takes.
class TestTimelinePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    qint64 m_project = 0;
    qint64 m_video = 0;   // h264_aac.mp4: 2 s with sound
    qint64 m_shot = 0;    // shot_720p.mp4: 6 s
    qint64 m_still = 0;   // still.png
    qint64 m_music = 0;   // 24 s of generated music
    qint64 m_foreign = 0; // a video of another project

    // The window the panel lives in, with Edit → Undo/Redo as the main window has them.
    std::unique_ptr<QWidget> m_window;
    TimelinePanel *m_panel = nullptr;

    TimelineView *view() const { return m_panel->view(); }
    QWidget *tracks() const { return m_panel->view()->viewport(); }
    Timeline stored() const { return *m_session->timeline().store().load(m_project); }
    QString storedJson() const
    {
        return QString::fromUtf8(QJsonDocument(stored().toJson()).toJson(QJsonDocument::Compact));
    }
    QList<qint64> storedAssets() const
    {
        QList<qint64> assets;
        for (const Clip &clip : stored().clips)
            assets.append(clip.assetId);
        return assets;
    }

    static QString screenshotDir()
    {
        // The test runs from build/<preset>/tests/ui.
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir::cleanPath(dir);
    }

    void screenshot(const QString &name)
    {
        const QString path = screenshotDir() + u"/"_s + name + u".png"_s;
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    qint64 import(const QString &path, qint64 project = 0)
    {
        const auto imported = m_session->library().media().importFile(project ? project : m_project,
                                                                      path);
        if (!imported) {
            qWarning() << imported.error().message;
            return 0;
        }
        return imported->asset.id;
    }

    Clip addClip(qint64 asset)
    {
        const Result<Clip> clip = m_session->timeline().addClip(m_project, {.assetId = asset});
        if (!clip)
            qWarning() << clip.error().message;
        return clip ? *clip : Clip{};
    }

    void waitForPreviews(const QList<qint64> &assets)
    {
        for (qint64 id : assets) {
            const Asset asset = *m_session->library().assets().get(id);
            QTRY_VERIFY_WITH_TIMEOUT(m_session->previews().preview(asset).ready, 60000);
        }
    }

    // Sends what a drag from the media bin sends: enter, move and drop at `point`.
    void dropAssets(const QPoint &point, const QList<qint64> &ids)
    {
        QJsonArray array;
        for (qint64 id : ids)
            array.append(id);
        QMimeData mime;
        mime.setData(u"application/x-movietool-asset-ids"_s,
                     QJsonDocument(array).toJson(QJsonDocument::Compact));
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(point), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tracks(), &drop);
        QVERIFY(drop.isAccepted());
    }

    // Drags with the left button from `from` to `to` in steps, as a hand does; `during` runs
    // before the release (to look at the gesture).
    void drag(const QPoint &from, const QPoint &to, const std::function<void()> &during = {})
    {
        QTest::mousePress(tracks(), Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(tracks(), from + (to - from) * step / 5);
        if (during)
            during();
        QTest::mouseRelease(tracks(), Qt::LeftButton, Qt::NoModifier, to);
    }

    void undoKeys() { QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); }
    void redoKeys() { QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    // After an edit: Ctrl+Z brings back `before` in the store, Ctrl+Shift+Z the edit again.
    void checkUndoRedo(const QString &before)
    {
        const QString after = storedJson();
        QVERIFY(after != before);
        undoKeys();
        QCOMPARE(storedJson(), before);
        redoKeys();
        QCOMPARE(storedJson(), after);
    }

    // A 24 s piece of music with a beat that swells and fades, so its waveform shows a shape.
    QString makeMusic()
    {
        const QString path = m_dir.filePath(u"Night Drive.wav"_s);
        if (QFile::exists(path))
            return path;
        QProcess ffmpeg;
        ffmpeg.start(u"ffmpeg"_s,
                     {u"-hide_banner"_s,
                      u"-loglevel"_s,
                      u"error"_s,
                      u"-y"_s,
                      u"-f"_s,
                      u"lavfi"_s,
                      u"-i"_s,
                      u"aevalsrc=0.9*sin(2*PI*110*t)*pow(abs(sin(PI*t*2))\\,3)*(0.35+0.65*"
                      "abs(sin(PI*t/12))):s=44100:d=24"_s,
                      path});
        return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0 ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto session = EditorSession::open(m_dir.filePath(
                u"library-%1"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        Project draft;
        draft.name = u"Film"_s;
        const Result<Project> project = m_session->library().projects().create(draft);
        QVERIFY(project);
        m_project = project->id;
        draft.name = u"Other"_s;
        const Result<Project> other = m_session->library().projects().create(draft);
        QVERIFY(other);
        m_video = import(test::media(u"h264_aac.mp4"_s));
        m_shot = import(test::media(u"shot_720p.mp4"_s));
        m_still = import(test::media(u"still.png"_s));
        const QString music = makeMusic();
        QVERIFY(!music.isEmpty());
        m_music = import(music);
        m_foreign = import(test::media(u"join_a.mp4"_s), other->id);
        QVERIFY(m_video && m_shot && m_still && m_music && m_foreign);

        m_window = std::make_unique<QWidget>();
        m_panel = new TimelinePanel(*m_session, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_panel);
        QAction *undo = m_session->undoStack().createUndoAction(m_window.get());
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = m_session->undoStack().createRedoAction(m_window.get());
        redo->setShortcuts(QKeySequence::Redo);
        m_window->addAction(undo);
        m_window->addAction(redo);
        m_window->resize(1280, 330);
        m_session->currentProject().setId(m_project);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->setFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void dropInsertsBetweenClips()
    {
        addClip(m_video);
        addClip(m_shot);
        QCOMPARE(view()->layout().clipCount(), 2);
        view()->setPixelsPerSecond(100);
        const QString before = storedJson();
        // A little left of the boundary between the two clips: the drop goes between them.
        const QRect second = view()->clipRect(1);
        dropAssets(QPoint(second.left() + 10, second.center().y()), {m_still, m_video});
        QCOMPARE(storedAssets(), (QList<qint64>{m_video, m_still, m_video, m_shot}));
        QCOMPARE(view()->layout().clipCount(), 4);
        QVERIFY(m_panel->message().isEmpty());
        // Each dropped asset is one step back.
        undoKeys();
        QCOMPARE(storedAssets(), (QList<qint64>{m_video, m_still, m_shot}));
        undoKeys();
        QCOMPARE(storedJson(), before);
        redoKeys();
        redoKeys();
        QCOMPARE(storedAssets(), (QList<qint64>{m_video, m_still, m_video, m_shot}));
        QCOMPARE(view()->layout().clipCount(), 4); // the view follows undo and redo

        // At the very start, and after the end.
        dropAssets(QPoint(view()->clipRect(0).left() + 3, second.center().y()), {m_shot});
        QCOMPARE(stored().clips.first().assetId, m_shot);
        const QRect last = view()->clipRect(view()->layout().clipCount() - 1);
        dropAssets(QPoint(last.right() + 40, last.center().y()), {m_still});
        QCOMPARE(stored().clips.last().assetId, m_still);
    }

    void dropOfAnotherProjectsAssetIsRefusedInline()
    {
        addClip(m_video);
        const QString before = storedJson();
        const QRect first = view()->clipRect(0);
        dropAssets(QPoint(first.right() + 30, first.center().y()), {m_foreign});
        QCOMPARE(storedJson(), before);
        QVERIFY2(m_panel->message().contains(u"another project"_s), qPrintable(m_panel->message()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        // The next edit that works clears it.
        dropAssets(QPoint(first.right() + 30, first.center().y()), {m_still});
        QVERIFY(m_panel->message().isEmpty());
    }

    void dragReorders()
    {
        addClip(m_video);
        addClip(m_still);
        addClip(m_shot);
        view()->setPixelsPerSecond(80);
        const QString before = storedJson();
        const QRect first = view()->clipRect(0);
        const QRect last = view()->clipRect(2);
        drag(first.center(), QPoint(last.right() - 10, first.center().y()));
        QCOMPARE(storedAssets(), (QList<qint64>{m_still, m_shot, m_video}));
        checkUndoRedo(before);

        // A click without a drag only selects.
        const QString now = storedJson();
        QSignalSpy selected(m_panel, &TimelinePanel::clipSelected);
        QTest::mouseClick(tracks(), Qt::LeftButton, Qt::NoModifier, view()->clipRect(1).center());
        QCOMPARE(storedJson(), now);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).toLongLong(), stored().clips[1].id);
    }

    void trimHandlesChangeInAndOut()
    {
        addClip(m_shot);
        addClip(m_video);
        waitForPreviews({m_shot, m_video});
        view()->setPixelsPerSecond(100);
        m_panel->setPlayhead(5); // away from the edges, not to snap to it
        QString before = storedJson();
        // The end of the first clip (6 s) pulled 1.5 s to the left.
        QRect first = view()->clipRect(0);
        const int y = first.center().y();
        drag(QPoint(first.right() - 2, y), QPoint(first.right() - 2 - 150, y), [this] {
            screenshot(u"timeline-trim"_s);
        });
        Clip trimmed = stored().clips[0];
        QVERIFY(trimmed.out);
        QVERIFY2(std::abs(*trimmed.out - 4.5) < 0.05, qPrintable(QString::number(*trimmed.out)));
        QCOMPARE(trimmed.in, 0.0);
        checkUndoRedo(before);

        // Its start pulled 1 s to the right: the in point moves, the clip still starts at 0.
        before = storedJson();
        first = view()->clipRect(0);
        drag(QPoint(first.left() + 2, y), QPoint(first.left() + 2 + 100, y));
        trimmed = stored().clips[0];
        QVERIFY2(std::abs(trimmed.in - 1.0) < 0.05, qPrintable(QString::number(trimmed.in)));
        QVERIFY(std::abs(*trimmed.out - 4.5) < 0.05);
        QVERIFY2(std::abs(view()->layout().clipStart(1) - 3.5) < 0.05,
                 qPrintable(QString::number(view()->layout().clipStart(1))));
        checkUndoRedo(before);

        // Past the asset's end it stops at the end.
        const QRect second = view()->clipRect(1);
        drag(QPoint(second.right() - 1, y), QPoint(second.right() + 400, y));
        const Clip video = stored().clips[1];
        QVERIFY(!video.out || std::abs(*video.out - 2.0) < 0.05);
    }

    void splitDeleteAndKeys()
    {
        addClip(m_shot);
        addClip(m_video);
        view()->setPixelsPerSecond(100);
        QString before = storedJson();
        m_panel->setPlayhead(2.0);
        QTest::keyClick(view(), Qt::Key_S);
        Timeline film = stored();
        QCOMPARE(film.clips.size(), 3);
        QVERIFY(std::abs(*film.clips[0].out - 2.0) < 1e-6);
        QVERIFY(std::abs(film.clips[1].in - 2.0) < 1e-6);
        QCOMPARE(view()->selectedClip(), film.clips[1].id);
        checkUndoRedo(before);

        // Delete removes the selected clip and closes the gap.
        view()->selectClip(stored().clips[1].id);
        before = storedJson();
        QTest::keyClick(view(), Qt::Key_Delete);
        film = stored();
        QCOMPARE(film.clips.size(), 2);
        QCOMPARE(film.clips[1].assetId, m_video);
        QVERIFY(std::abs(film.duration() - 4.0) < 1e-6);
        checkUndoRedo(before);

        // I and O set the in and out of the clip under the playhead.
        before = storedJson();
        m_panel->setPlayhead(0.5);
        QTest::keyClick(view(), Qt::Key_I);
        QVERIFY(std::abs(stored().clips[0].in - 0.5) < 1e-6);
        checkUndoRedo(before);
        before = storedJson();
        m_panel->setPlayhead(1.0);
        QTest::keyClick(view(), Qt::Key_O);
        QVERIFY(std::abs(*stored().clips[0].out - 1.5) < 1e-6); // in 0.5 + 1 s into the clip
        checkUndoRedo(before);

        // Splitting where there is no clip says why, in the strip.
        m_panel->setPlayhead(view()->layout().duration());
        before = storedJson();
        QTest::keyClick(view(), Qt::Key_End);
        QTest::keyClick(view(), Qt::Key_S);
        QCOMPARE(storedJson(), before);
        QVERIFY(!m_panel->message().isEmpty());
    }

    void playbackKeys()
    {
        addClip(m_shot);
        QSignalSpy play(m_panel, &TimelinePanel::playToggled);
        QSignalSpy shuttle(m_panel, &TimelinePanel::shuttleRequested);
        QSignalSpy moved(m_panel, &TimelinePanel::playheadMoved);
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(play.count(), 1);
        QTest::keyClick(view(), Qt::Key_J);
        QTest::keyClick(view(), Qt::Key_K);
        QTest::keyClick(view(), Qt::Key_L);
        QCOMPARE(shuttle.count(), 3);
        QCOMPARE(shuttle[0].at(0).toInt(), -1);
        QCOMPARE(shuttle[1].at(0).toInt(), 0);
        QCOMPARE(shuttle[2].at(0).toInt(), 1);
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(moved.count(), 1);
        QVERIFY(std::abs(moved.last().at(0).toDouble() - 1 / 30.0) < 1e-9);
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(moved.last().at(0).toDouble(), 6.0);
        QTest::keyClick(view(), Qt::Key_Left);
        QVERIFY(std::abs(moved.last().at(0).toDouble() - (6 - 1 / 30.0)) < 1e-9);
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(moved.last().at(0).toDouble(), 0.0);
        // The player moving the playhead does not echo back.
        const qsizetype before = moved.count();
        m_panel->setPlayhead(3);
        QCOMPARE(moved.count(), before);
        QCOMPARE(view()->playhead(), 3.0);
        // A click on the ruler moves it, on the frame grid.
        view()->setPixelsPerSecond(100);
        const TimelineMetrics shown = view()->metrics();
        QTest::mouseClick(tracks(),
                          Qt::LeftButton,
                          Qt::NoModifier,
                          QPoint(shown.xOf(1.5), TimelineMetrics::RulerHeight / 2));
        QCOMPARE(view()->playhead(), 1.5);
        QCOMPARE(moved.last().at(0).toDouble(), 1.5);
        // Zoom keys.
        const double zoom = view()->pixelsPerSecond();
        QTest::keyClick(view(), Qt::Key_Plus);
        QVERIFY(view()->pixelsPerSecond() > zoom);
        QTest::keyClick(view(), Qt::Key_Minus);
        QVERIFY(std::abs(view()->pixelsPerSecond() - zoom) < 1e-6);
    }

    void musicDropMoveAndTransitions()
    {
        addClip(m_shot);
        addClip(m_video);
        addClip(m_still);
        addClip(m_shot);
        waitForPreviews({m_shot, m_video, m_still, m_music});
        view()->setPixelsPerSecond(70);
        QVERIFY(m_panel->setTransition(stored().clips[0].id, Transition::Crossfade, 1.0));
        QVERIFY(m_panel->setTransition(stored().clips[2].id, Transition::DipToBlack, 1.0));
        QCOMPARE(view()->layout().transitionAfter(0), 1.0);

        // Music dropped on its row at 1 s.
        const TimelineMetrics shown = view()->metrics();
        QString before = storedJson();
        const QRect row = shown.audioRowRect(0);
        dropAssets(QPoint(shown.xOf(1.0), row.center().y()), {m_music});
        Timeline film = stored();
        QCOMPARE(film.audio.size(), 1);
        QVERIFY2(std::abs(film.audio[0].start - 1.0) < 0.02,
                 qPrintable(QString::number(film.audio[0].start)));
        checkUndoRedo(before);

        // Moved by dragging it 2 s to the right.
        before = storedJson();
        const QRect sound = view()->audioRect(0);
        drag(QPoint(sound.left() + 200, sound.center().y()),
             QPoint(sound.left() + 200 + 140, sound.center().y()));
        QVERIFY2(std::abs(stored().audio[0].start - 3.0) < 0.05,
                 qPrintable(QString::number(stored().audio[0].start)));
        checkUndoRedo(before);
        const qint64 audioId = stored().audio[0].id;
        QVERIFY(m_panel->changeSound(audioId, {.fadeIn = 2.0, .fadeOut = 3.0}));
        // Its end trimmed 4 s shorter.
        before = storedJson();
        const QRect trimmed = view()->audioRect(0);
        drag(QPoint(trimmed.right() - 1, trimmed.center().y()),
             QPoint(trimmed.right() - 1 - 280, trimmed.center().y()));
        QVERIFY2(stored().audio[0].out && std::abs(*stored().audio[0].out - 20.0) < 0.05,
                 qPrintable(QString::number(stored().audio[0].out.value_or(-1))));
        checkUndoRedo(before);
        view()->selectClip(stored().clips[1].id);
        m_panel->setPlayhead(7.5);
        screenshot(u"timeline-music-crossfade"_s);

        // The selected sound goes with Delete.
        view()->selectAudio(audioId);
        before = storedJson();
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(stored().audio.isEmpty());
        checkUndoRedo(before);
    }

    void filmstripsAndEmptyState()
    {
        screenshot(u"timeline-empty"_s);
        for (qint64 asset : {m_shot, m_video, m_still, m_shot, m_video})
            addClip(asset);
        waitForPreviews({m_shot, m_video, m_still});
        view()->setPixelsPerSecond(60);
        view()->selectClip(stored().clips[2].id);
        m_panel->setPlayhead(3.2);
        screenshot(u"timeline-filmstrips"_s);
        // The strip follows the in point: a clip trimmed to its second half shows other
        // pictures than its first half would. (Looked at in the screenshot; here: it paints.)
        QVERIFY(!view()->grab().isNull());
    }

    void paintOf500ClipsIsFast()
    {
        // Rows straight into the store: the history's per-edit snapshot is not what is measured.
        Database &db = m_session->library().database();
        TimelineStore store(db);
        {
            Transaction transaction(db);
            QVERIFY(transaction.ok());
            const qint64 assets[] = {m_shot, m_video, m_still};
            for (int i = 0; i < 500; ++i) {
                Clip clip;
                clip.projectId = m_project;
                clip.position = i;
                clip.assetId = assets[i % 3];
                if (clip.assetId == m_still)
                    clip.stillDuration = 2.0;
                if (i % 7 == 3) {
                    clip.transition = Transition::Crossfade;
                    clip.transitionDuration = 0.5;
                }
                QVERIFY(store.insertClip(clip));
            }
            QVERIFY(transaction.commit());
        }
        waitForPreviews({m_shot, m_video, m_still});
        QElapsedTimer timer;
        timer.start();
        m_session->currentProject().setId(0);
        m_session->currentProject().setId(m_project);
        const double openMs = timer.nsecsElapsed() / 1e6;
        QCOMPARE(view()->layout().clipCount(), 500);
        m_window->resize(1600, 330);
        QApplication::processEvents();

        const auto averagePaint = [this](const std::function<void(int)> &before) {
            constexpr int Rounds = 40;
            QElapsedTimer clock;
            qint64 total = 0;
            for (int i = 0; i < Rounds; ++i) {
                before(i);
                clock.restart();
                tracks()->repaint();
                total += clock.nsecsElapsed();
            }
            return total / 1e6 / Rounds;
        };
        view()->setPixelsPerSecond(60);
        QScrollBar *bar = view()->horizontalScrollBar();
        const double scrolling = averagePaint(
                [bar](int i) { bar->setValue(bar->maximum() * i / 40); });
        view()->zoomToFit(); // all 500 clips in view at once
        const double fitted = averagePaint([](int) {});
        qInfo("500 clips: open %.1f ms; paint while scrolling %.2f ms, whole film in view %.2f ms",
              openMs,
              scrolling,
              fitted);
        screenshot(u"timeline-500-clips"_s);
        QVERIFY2(scrolling < 50, "a paint must not walk every clip");
        QVERIFY2(fitted < 50, "a paint of the whole film must stay interactive");
    }
};

} // namespace mt

QTEST_MAIN(mt::TestTimelinePanel)
#include "tst_timelinepanel.moc"
