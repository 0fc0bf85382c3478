// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include "edit/timelineeditor.h"
#include "editorsession.h"
#include "panels/previewpanel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <QDir>
#include <QLabel>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

namespace mt {

// The preview over a real session. The offscreen platform renders no video, so the clip-by-clip
// sequencing is checked where it needs no decoder: stills (timed by the panel itself) run
// through the whole film; for video clips the test checks which file is loaded and where.
class TestPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    qint64 m_projectId = 0;

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }

    Asset import(const QString &name)
    {
        const auto imported = m_session->library().media().importFile(m_projectId,
                                                                      test::media(name));
        if (!imported)
            qWarning() << imported.error().message;
        return imported ? imported->asset : Asset{};
    }

    qint64 addClip(qint64 assetId,
                   std::optional<double> in = {},
                   std::optional<double> out = {},
                   std::optional<double> duration = {})
    {
        ClipDraft draft;
        draft.assetId = assetId;
        draft.in = in;
        draft.out = out;
        draft.duration = duration;
        const Result<Clip> clip = m_session->timeline().addClip(m_projectId, draft);
        if (!clip)
            qWarning() << clip.error().message;
        return clip ? clip->id : 0;
    }

private slots:
    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(root);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        Project draft;
        draft.name = u"Film"_s;
        m_projectId = m_session->library().projects().create(draft)->id;
        m_session->currentProject().setId(m_projectId);
    }

    void cleanup() { m_session.reset(); }

    void transportExists()
    {
        PreviewPanel panel(*m_session);
        QVERIFY(panel.findChild<QVideoWidget *>());
        auto *play = panel.findChild<QToolButton *>(u"previewPlay"_s);
        QVERIFY(play);
        QVERIFY(!play->isEnabled()); // nothing to play yet
        QCOMPARE(play->accessibleName(), tr("Play"));
        QVERIFY(panel.findChild<QSlider *>(u"previewPosition"_s));
        QCOMPARE(panel.findChild<QLabel *>(u"previewTime"_s)->text(), u"0:00.0 / 0:00.0"_s);
        panel.togglePlay(); // idle: nothing happens
        QVERIFY(!panel.isPlaying());
    }

    void showsAStillAndPlaysAVideo()
    {
        PreviewPanel panel(*m_session);
        panel.resize(480, 320);
        const Asset still = import(u"still.png"_s);
        const Asset video = import(u"h264_aac.mp4"_s);
        panel.showAsset(still.id);
        QCOMPARE(panel.mode(), PreviewPanel::Mode::Asset);
        QVERIFY(panel.isShowingStill());
        QVERIFY(!panel.findChild<QLabel *>(u"previewStill"_s)->pixmap().isNull());
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.findChild<QLabel *>(u"previewTitle"_s)->text(), u"still.png"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(screenshotPath(u"preview-still.png"_s)));

        QSignalSpy playing(&panel, &PreviewPanel::playingChanged);
        panel.showAsset(video.id);
        QVERIFY(!panel.isShowingStill());
        QCOMPARE(panel.player()->source(),
                 QUrl::fromLocalFile(m_session->library().paths().absolute(video.relativePath)));
        QVERIFY(panel.isPlaying());
        QCOMPARE(playing.count(), 1);
        auto *play = panel.findChild<QToolButton *>(u"previewPlay"_s);
        QVERIFY(play->isEnabled());
        QCOMPARE(play->accessibleName(), tr("Pause"));
        panel.togglePlay();
        QVERIFY(!panel.isPlaying());
        QCOMPARE(play->accessibleName(), tr("Play"));
        play->click();
        QVERIFY(panel.isPlaying());
    }

    void playsATimelineOfStillsToTheEnd()
    {
        const Asset a = import(u"still.png"_s);
        const Asset b = import(u"still.jpg"_s);
        addClip(a.id, {}, {}, 0.3);
        addClip(b.id, {}, {}, 0.4);
        PreviewPanel panel(*m_session);
        QSignalSpy positions(&panel, &PreviewPanel::timelinePositionChanged);
        QSignalSpy playing(&panel, &PreviewPanel::playingChanged);
        panel.playTimeline(m_projectId, 0);
        QCOMPARE(panel.mode(), PreviewPanel::Mode::Timeline);
        QCOMPARE(panel.findChild<QLabel *>(u"previewTitle"_s)->text(), u"Timeline of “Film”"_s);
        QVERIFY(panel.isPlaying());
        QCOMPARE(panel.currentStep(), 0);
        QVERIFY(panel.isShowingStill());
        QCOMPARE(panel.sequence().steps().size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return panel.currentStep() == 1; }, 2000));
        QVERIFY(QTest::qWaitFor([&] { return !panel.isPlaying(); }, 2000));
        QCOMPARE(panel.currentStep(), -1);
        QVERIFY(qAbs(panel.position() - 0.7) < 1e-9);

        // Positions rise from 0 to the end, through the second still's start.
        QVERIFY(positions.count() > 5);
        double last = -1;
        bool sawSecond = false;
        for (const QList<QVariant> &signal : std::as_const(positions)) {
            const double at = signal.first().toDouble();
            QVERIFY2(at >= last - 1e-9, qPrintable(u"%1 after %2"_s.arg(at).arg(last)));
            last = at;
            sawSecond |= qAbs(at - 0.3) < 1e-9;
        }
        QVERIFY(sawSecond);
        QCOMPARE(last, 0.7);

        // Play again at the end starts from the top.
        panel.togglePlay();
        QVERIFY(panel.isPlaying());
        QCOMPARE(panel.currentStep(), 0);
        panel.togglePlay();
        QVERIFY(!panel.isPlaying());
    }

    void startsATimelineAtTheClipUnderThePlayhead()
    {
        const Asset still = import(u"still.png"_s);
        const Asset video = import(u"join_a.mp4"_s);
        addClip(still.id, {}, {}, 1.0);
        addClip(video.id, 0.5, 1.5);
        PreviewPanel panel(*m_session);
        QSignalSpy positions(&panel, &PreviewPanel::timelinePositionChanged);
        panel.playTimeline(m_projectId, 1.25);
        QCOMPARE(panel.currentStep(), 1);
        QVERIFY(!panel.isShowingStill());
        QCOMPARE(panel.player()->source(),
                 QUrl::fromLocalFile(m_session->library().paths().absolute(video.relativePath)));
        QCOMPARE(positions.first().first().toDouble(), 1.25);
        // Where the file is sought to: 0.25 s into the clip, whose in point is 0.5 s.
        QVERIFY(qAbs(panel.position() - 1.25) < 0.05);
        // The platform renders nothing, but GStreamer still decodes: the clip plays to its out
        // point and the film ends there.
        QVERIFY(QTest::qWaitFor([&] { return !panel.isPlaying(); }, 10000));
        if (panel.player()->error() != QMediaPlayer::NoError)
            QSKIP(qPrintable(u"no video playback here: "_s + panel.player()->errorString()));
        QCOMPARE(panel.currentStep(), -1);
        QCOMPARE(positions.last().first().toDouble(), 2.0);
        QVERIFY2(qAbs(panel.player()->position() - 1500) < 120,
                 qPrintable(QString::number(panel.player()->position())));
        double last = 0;
        for (const QList<QVariant> &signal : std::as_const(positions)) {
            QVERIFY(signal.first().toDouble() >= last - 0.1);
            last = signal.first().toDouble();
        }

        // Paused inside the video clip. The offscreen platform draws no video frames, so the
        // screenshot shows the transport in timeline mode over a black picture.
        panel.resize(480, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showTimelineAt(m_projectId, 1.5);
        QTest::qWait(800);
        QVERIFY(panel.grab().save(screenshotPath(u"preview-timeline.png"_s)));

        // Past the end: nothing plays, the playhead goes to the end.
        panel.playTimeline(m_projectId, 10);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(positions.last().first().toDouble(), 2.0);
    }

    void followsThePlayheadEditsAndTheProject()
    {
        const Asset a = import(u"still.png"_s);
        const Asset b = import(u"still.jpg"_s);
        addClip(a.id, {}, {}, 1.0);
        const qint64 second = addClip(b.id, {}, {}, 1.0);
        PreviewPanel panel(*m_session);
        panel.showTimelineAt(m_projectId, 1.5);
        QCOMPARE(panel.mode(), PreviewPanel::Mode::Timeline);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.currentStep(), 1);
        QCOMPARE(panel.position(), 1.5);
        panel.showTimelineAt(m_projectId, 0.25);
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(panel.position(), 0.25);

        panel.toggleTimeline(m_projectId, 0.25);
        QVERIFY(panel.isPlaying());
        QTest::qWait(100);
        panel.toggleTimeline(m_projectId, 0.25); // the film shown: pauses
        QVERIFY(!panel.isPlaying());
        const double paused = panel.position();
        QVERIFY2(paused > 0.3 && paused < 1.0, qPrintable(QString::number(paused)));

        // An edit of what plays: the same point of the film over the clips as they are now.
        QCOMPARE(panel.sequence().duration(), 2.0);
        QVERIFY(m_session->timeline().trimClip(second, {}, {}, 3.0).ok());
        QCOMPARE(panel.sequence().duration(), 4.0);
        QCOMPARE(panel.position(), paused);
        QVERIFY(!panel.isPlaying());

        Project other;
        other.name = u"Other"_s;
        m_session->currentProject().setId(m_session->library().projects().create(other)->id);
        QCOMPARE(panel.mode(), PreviewPanel::Mode::Idle);
        QVERIFY(panel.sequence().isEmpty());
    }

    void emptyTimelineSaysSo()
    {
        PreviewPanel panel(*m_session);
        panel.playTimeline(m_projectId, 0);
        QVERIFY(!panel.isPlaying());
        QVERIFY(panel.findChild<QLabel *>(u"previewMessage"_s)->text().contains(tr("empty")));
    }

    void shuttleSpeeds()
    {
        const Asset video = import(u"h264_aac.mp4"_s);
        PreviewPanel panel(*m_session);
        panel.showAsset(video.id);
        panel.shuttle(1);
        QCOMPARE(panel.shuttleSpeed(), 1);
        panel.shuttle(1);
        QCOMPARE(panel.shuttleSpeed(), 2);
        QCOMPARE(panel.player()->playbackRate(), 2.0);
        panel.shuttle(1);
        panel.shuttle(1);
        panel.shuttle(1);
        QCOMPARE(panel.shuttleSpeed(), PreviewPanel::MaxShuttle);
        QCOMPARE(panel.findChild<QLabel *>(u"previewSpeed"_s)->text(), u"×8"_s);
        panel.shuttle(0);
        QCOMPARE(panel.shuttleSpeed(), 0);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.player()->playbackRate(), 1.0);
        panel.shuttle(-1);
        panel.shuttle(-1);
        QCOMPARE(panel.shuttleSpeed(), -2);
        QVERIFY(panel.isPlaying()); // stepping back counts as playing: Space stops it
        QCOMPARE(panel.findChild<QLabel *>(u"previewSpeed"_s)->text(), u"◀ ×2"_s);
        panel.togglePlay();
        QCOMPARE(panel.shuttleSpeed(), 0);
        QVERIFY(!panel.isPlaying());
    }

    void reverseShuttleStepsBackThroughStills()
    {
        const Asset a = import(u"still.png"_s);
        const Asset b = import(u"still.jpg"_s);
        addClip(a.id, {}, {}, 0.5);
        addClip(b.id, {}, {}, 0.5);
        PreviewPanel panel(*m_session);
        panel.playTimeline(m_projectId, 0.8);
        panel.shuttle(0);
        QCOMPARE(panel.currentStep(), 1);
        QSignalSpy positions(&panel, &PreviewPanel::timelinePositionChanged);
        panel.shuttle(-4); // 0.4 s back per step
        QVERIFY(QTest::qWaitFor([&] { return !panel.isPlaying(); }, 3000));
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(positions.last().first().toDouble(), 0.0);
        QVERIFY(positions.count() >= 2);
    }
};

} // namespace mt

QTEST_MAIN(mt::TestPreview)
#include "tst_preview.moc"
