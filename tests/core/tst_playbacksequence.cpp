// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "models/playbacksequence.h"

#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

// The preview's timeline playback without a player: which file plays at a film time, from
// where, up to where, and what comes next.
class TestPlaybackSequence : public QObject
{
    Q_OBJECT

private:
    // video 1 (10 s file, trimmed 2..5), still 2 (1.5 s), video 3 (4 s file, whole).
    static Timeline timeline()
    {
        Timeline t;
        t.projectId = 1;
        Asset a;
        a.id = 1;
        a.kind = MediaKind::Video;
        a.relativePath = u"media/uploads/a.mp4"_s;
        a.info.duration = 10;
        Asset b;
        b.id = 2;
        b.kind = MediaKind::Image;
        b.relativePath = u"media/uploads/b.png"_s;
        Asset c;
        c.id = 3;
        c.kind = MediaKind::Video;
        c.relativePath = u"media/uploads/c.mp4"_s;
        c.info.duration = 4;
        t.assets = {{1, a}, {2, b}, {3, c}};
        Clip one;
        one.id = 11;
        one.assetId = 1;
        one.in = 2;
        one.out = 5;
        Clip two;
        two.id = 12;
        two.position = 1;
        two.assetId = 2;
        two.stillDuration = 1.5;
        Clip three;
        three.id = 13;
        three.position = 2;
        three.assetId = 3;
        t.clips = {one, two, three};
        return t;
    }

private slots:
    void stepsFollowTheClips()
    {
        const PlaybackSequence sequence(timeline(), u"/lib"_s);
        QCOMPARE(sequence.steps().size(), 3);
        const PlaybackStep &first = sequence.steps()[0];
        QCOMPARE(first.path, u"/lib/media/uploads/a.mp4"_s);
        QCOMPARE(first.in, 2.0);
        QCOMPARE(first.out, 5.0);
        QCOMPARE(first.filmStart, 0.0);
        const PlaybackStep &still = sequence.steps()[1];
        QVERIFY(still.isStill());
        QCOMPARE(still.filmStart, 3.0);
        QCOMPARE(still.duration(), 1.5);
        const PlaybackStep &last = sequence.steps()[2];
        QCOMPARE(last.filmStart, 4.5);
        QCOMPARE(last.in, 0.0);
        QCOMPARE(last.out, 4.0);
        QCOMPARE(sequence.duration(), 8.5);
    }

    void cueAt_data()
    {
        QTest::addColumn<double>("film");
        QTest::addColumn<int>("step");
        QTest::addColumn<double>("position");
        QTest::newRow("start") << 0.0 << 0 << 2.0;
        QTest::newRow("before the start") << -1.0 << 0 << 2.0;
        QTest::newRow("inside the first") << 1.25 << 0 << 3.25;
        QTest::newRow("the still's start") << 3.0 << 1 << 0.0;
        QTest::newRow("inside the still") << 4.0 << 1 << 1.0;
        QTest::newRow("the last clip") << 5.5 << 2 << 1.0;
        QTest::newRow("the end") << 8.5 << -1 << 0.0;
        QTest::newRow("past the end") << 20.0 << -1 << 0.0;
    }

    void cueAt()
    {
        QFETCH(double, film);
        QFETCH(int, step);
        QFETCH(double, position);
        const PlaybackSequence sequence(timeline(), u"/lib"_s);
        const PlaybackSequence::Cue cue = sequence.cueAt(film);
        QCOMPARE(cue.step, step);
        QCOMPARE(cue.position, position);
        if (step >= 0)
            QCOMPARE(sequence.filmTime(step, position), std::max(film, 0.0));
    }

    void outPointsAndWhatComesNext()
    {
        const PlaybackSequence sequence(timeline(), u"/lib"_s);
        QVERIFY(!sequence.isPastOut(0, 4.9));
        QVERIFY(sequence.isPastOut(0, 4.99)); // a player's last frame may end short
        QVERIFY(sequence.isPastOut(0, 5.0));
        QCOMPARE(sequence.next(0), 1);
        QCOMPARE(sequence.next(1), 2);
        QCOMPARE(sequence.next(2), -1);
        QCOMPARE(sequence.filmTime(0, 100.0), 3.0); // clamped to the step
    }

    void crossfadeOverlapBecomesACut()
    {
        Timeline t = timeline();
        t.clips[0].transition = Transition::Crossfade;
        t.clips[0].transitionDuration = 1;
        const PlaybackSequence sequence(t, u"/lib"_s);
        QCOMPARE(sequence.steps()[0].out, 4.0); // stops where the still starts on the film
        QCOMPARE(sequence.steps()[1].filmStart, 2.0);
        QCOMPARE(sequence.duration(), 7.5);
    }

    void emptyTimelineHasNothingToPlay()
    {
        const PlaybackSequence sequence(Timeline{}, u"/lib"_s);
        QVERIFY(sequence.isEmpty());
        QCOMPARE(sequence.cueAt(0).step, -1);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackSequence)
#include "tst_playbacksequence.moc"
