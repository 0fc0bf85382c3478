// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "models/timelinelayout.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

// The timeline view's geometry without widgets: where clips lie, which ones a stretch of the
// film shows, where a drop lands, what an edge snaps to, the ruler's steps and labels.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    // Clips of `durations` seconds (videos of that length), with a crossfade of `fade` after
    // the clip at `fadeAfter`.
    static Timeline film(const QList<double> &durations, int fadeAfter = -1, double fade = 0)
    {
        Timeline timeline;
        for (int i = 0; i < durations.size(); ++i) {
            Asset asset;
            asset.id = i + 1;
            asset.info.duration = durations[i];
            timeline.assets.insert(asset.id, asset);
            Clip clip;
            clip.id = 100 + i;
            clip.position = i;
            clip.assetId = asset.id;
            if (i == fadeAfter) {
                clip.transition = Transition::Crossfade;
                clip.transitionDuration = fade;
            }
            timeline.clips.append(clip);
        }
        return timeline;
    }

private slots:
    void startsMatchTheTimeline()
    {
        const Timeline timeline = film({2, 3, 4, 1}, 1, 1.5);
        TimelineLayout layout;
        layout.setTimeline(timeline);
        QCOMPARE(layout.clipCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(layout.clipStart(i), timeline.clipStart(i));
            QCOMPARE(layout.clipDuration(i), timeline.clipDuration(timeline.clips[i]));
        }
        QCOMPARE(layout.duration(), timeline.duration());
        QCOMPARE(layout.clipStart(2), 3.5); // 2 + 3 - 1.5
        QCOMPARE(layout.transitionAfter(1), 1.5);
    }

    void clipsBetween_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        // Clips: [0,2) [2,5) [3.5,7.5) [7.5,8.5) — the second and third overlap (crossfade).
        QTest::newRow("all") << 0.0 << 100.0 << 0 << 4;
        QTest::newRow("inside the first") << 0.5 << 1.0 << 0 << 1;
        QTest::newRow("edge belongs to the next") << 2.0 << 2.5 << 1 << 2;
        QTest::newRow("overlap shows both") << 4.0 << 4.5 << 1 << 3;
        QTest::newRow("past the end") << 9.0 << 10.0 << 4 << 4;
        QTest::newRow("before the start") << -5.0 << -1.0 << 0 << 0;
    }

    void clipsBetween()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        TimelineLayout layout;
        layout.setTimeline(film({2, 3, 4, 1}, 1, 1.5));
        QFETCH(int, first);
        QFETCH(int, last);
        const std::pair<int, int> range = layout.clipsBetween(from, to);
        QCOMPARE(range.first, first);
        QCOMPARE(range.second, last);
    }

    void hitsAndInsertion()
    {
        TimelineLayout layout;
        layout.setTimeline(film({2, 3, 4, 1}, 1, 1.5));
        QCOMPARE(layout.clipAt(-0.1), -1);
        QCOMPARE(layout.clipAt(0), 0);
        QCOMPARE(layout.clipAt(1.99), 0);
        QCOMPARE(layout.clipAt(4), 2); // in the crossfade the later clip is on top
        QCOMPARE(layout.clipAt(8.49), 3);
        QCOMPARE(layout.clipAt(8.5), -1);

        QCOMPARE(layout.insertionIndex(-1), 0);
        QCOMPARE(layout.insertionIndex(0.9), 0);
        QCOMPARE(layout.insertionIndex(1.1), 1);
        QCOMPARE(layout.insertionIndex(8.2), 4);
        QCOMPARE(layout.insertionTime(1), 2.0);
        QCOMPARE(layout.insertionTime(4), 8.5);
    }

    void pixels()
    {
        TimelineLayout layout;
        layout.setTimeline(film({2, 3}));
        layout.setPixelsPerSecond(100);
        QCOMPARE(layout.xOf(2.5), 250.0);
        QCOMPARE(layout.timeAt(250), 2.5);
        QCOMPARE(layout.contentWidth(), 500.0);
        layout.setPixelsPerSecond(1e9);
        QCOMPARE(layout.pixelsPerSecond(), TimelineLayout::MaxPixelsPerSecond);
        QCOMPARE(TimelineLayout::fitPixelsPerSecond(10, 800), 80.0);
        QCOMPARE(TimelineLayout::fitPixelsPerSecond(0, 800), TimelineLayout::DefaultPixelsPerSecond);
    }

    void snapping()
    {
        Timeline timeline = film({2, 3});
        AudioClip music;
        music.assetId = 1;
        music.start = 0.7;
        timeline.audio.append(music);
        TimelineLayout layout;
        layout.setTimeline(timeline);
        QCOMPARE(layout.snap(2.1, 0.2, std::nullopt), std::optional<double>(2.0));
        QCOMPARE(layout.snap(3.2, 0.2, std::nullopt), std::nullopt);
        QCOMPARE(layout.snap(3.2, 0.2, 3.25), std::optional<double>(3.25));         // the playhead
        QCOMPARE(layout.snap(0.75, 0.1, std::nullopt), std::optional<double>(0.7)); // the music
        QCOMPARE(layout.snap(0.75, 0.1, std::nullopt, -1, 0), std::nullopt);
        // The dragged clip's own edges are not targets.
        QCOMPARE(layout.snap(4.9, 0.2, std::nullopt, 1), std::nullopt);
        QCOMPARE(layout.snap(4.9, 0.2, std::nullopt, 0), std::optional<double>(5.0));
    }

    void audioLanes()
    {
        Timeline timeline = film({10});
        Asset song;
        song.id = 50;
        song.info.duration = 4;
        timeline.assets.insert(song.id, song);
        for (double start : {0.0, 2.0, 4.0}) {
            AudioClip clip;
            clip.assetId = song.id;
            clip.start = start;
            timeline.audio.append(clip);
        }
        AudioClip voice;
        voice.assetId = song.id;
        voice.role = AudioRole::Voice;
        timeline.audio.append(voice);
        TimelineLayout layout;
        layout.setTimeline(timeline);
        // 0–4 and 4–8 share a lane, 2–6 needs a second; voice gets its own row.
        QCOMPARE(layout.audioRows().size(), 3);
        QCOMPARE(layout.audioPlacement(0).row, 0);
        QCOMPARE(layout.audioPlacement(1).row, 1);
        QCOMPARE(layout.audioPlacement(2).row, 0);
        QCOMPARE(layout.audioPlacement(3).row, 2);
        QCOMPARE(layout.audioRows()[2].role, AudioRole::Voice);
        QCOMPARE(layout.audioAt(0, 5), 2);
        QCOMPARE(layout.audioAt(1, 1), -1);

        layout.setTimeline(film({1}));
        QCOMPARE(layout.audioRows().size(), 1); // music always has a row to drop on
    }

    void rulerSteps_data()
    {
        QTest::addColumn<double>("pixelsPerSecond");
        QTest::addColumn<double>("major");
        QTest::addColumn<bool>("frames");
        QTest::newRow("frames") << 2000.0 << 2 / 30.0 << true;
        QTest::newRow("seconds") << 100.0 << 1.0 << false;
        QTest::newRow("five seconds") << 20.0 << 5.0 << false;
        QTest::newRow("minutes") << 1.0 << 120.0 << false;
    }

    void rulerSteps()
    {
        QFETCH(double, pixelsPerSecond);
        QFETCH(double, major);
        QFETCH(bool, frames);
        const TimelineLayout::RulerSteps steps = TimelineLayout::rulerSteps(pixelsPerSecond, 30, 80);
        QCOMPARE(steps.major, major);
        QCOMPARE(steps.showFrames, frames);
        QVERIFY(steps.major * pixelsPerSecond >= 80);
    }

    void timecode_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("frames");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << false << u"0:00"_s;
        QTest::newRow("minutes") << 65.0 << false << u"1:05"_s;
        QTest::newRow("hours") << 3725.0 << false << u"1:02:05"_s;
        QTest::newRow("frames") << 1.5 << true << u"0:01:15"_s;
        QTest::newRow("last frame") << 1 + 29 / 30.0 << true << u"0:01:29"_s;
    }

    void timecode()
    {
        QFETCH(double, seconds);
        QFETCH(bool, frames);
        QFETCH(QString, text);
        QCOMPARE(TimelineLayout::timecode(seconds, 30, frames), text);
        QCOMPARE(TimelineLayout::toFrame(0.51, 30), 15 / 30.0);
    }

    // Questions about a 5000-clip film are binary searches: ten thousand of them take well
    // under the time one linear walk per question would.
    void largeTimelineIsFast()
    {
        QList<double> durations(5000, 2.0);
        TimelineLayout layout;
        QElapsedTimer timer;
        timer.start();
        layout.setTimeline(film(durations, 10, 0.5));
        const qint64 built = timer.nsecsElapsed();
        timer.restart();
        int sum = 0;
        for (int i = 0; i < 10000; ++i) {
            const double t = i * 0.9;
            sum += layout.clipsBetween(t, t + 30).first + layout.clipAt(t)
                   + layout.insertionIndex(t);
        }
        const double perQuery = timer.nsecsElapsed() / 10000.0;
        qInfo("layout of 5000 clips: %.2f ms; one query: %.2f µs", built / 1e6, perQuery / 1e3);
        QVERIFY(sum > 0);
        QVERIFY2(perQuery < 20000, "a query should not walk the clips");
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
