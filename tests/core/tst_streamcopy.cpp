// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutchecks.h"
#include "testmedia.h"

#include "jobs/jobcontext.h"
#include "media/mediaprobe.h"
#include "media/streamcopy.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mt;
using namespace mt::test::cut;

class TestStreamCopy : public QObject
{
    Q_OBJECT

private slots:
    void trimCopyOnKeyframes_data();
    void trimCopyOnKeyframes();
    void trimCopyRefusesSpansOutsideTheClip_data();
    void trimCopyRefusesSpansOutsideTheClip();
    void trimCopyCancelledLeavesNothing();
    void concatJoinsCompatibleClips();
    void canConcatNamesTheDifference_data();
    void canConcatNamesTheDifference();
    void canConcatFromProbes();
    void concatRefusesIncompatibleFiles();

private:
    QTemporaryDir m_dir;
};

void TestStreamCopy::trimCopyOnKeyframes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("expectedFrom");
    QTest::addColumn<double>("expectedTo");
    QTest::addColumn<qint64>("firstFrame"); // source frame (decode order) the output starts with
    // B-frames, keyframes every 2 s: both ends widen to keyframes.
    // B-frames, keyframes every 2 s: the start widens to a keyframe, the end may fall a frame or
    // two short (where the next packet in decode order is past it).
    QTest::newRow("b-frames") << u"shot_720p.mp4"_s << 2.5 << 3.5 << 2.0 << 3.5 << qint64(60);
    // No B-frames (ultrafast), keyframes every second: the end is exact.
    QTest::newRow("no b-frames") << u"h264_aac.mp4"_s << 0.5 << 1.5 << 0.0 << 1.5 << qint64(0);
    QTest::newRow("to the end") << u"h264_aac.mp4"_s << 1.2 << 99.0 << 1.0 << 2.0 << qint64(30);
}

void TestStreamCopy::trimCopyOnKeyframes()
{
    QFETCH(QString, name);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, expectedFrom);
    QFETCH(double, expectedTo);
    QFETCH(qint64, firstFrame);
    const QString source = test::media(name);
    const QString out = m_dir.filePath(
            u"copy-%1.mp4"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    JobContext job(1);
    const Result<CutReport> report = StreamCopy::trim(source, out, from, to, job);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->method, CutReport::Method::Copy);
    QCOMPARE(report->requestedFrom, from);
    QVERIFY(qAbs(report->actualFrom - expectedFrom) < 1e-3);
    QVERIFY(report->actualTo <= expectedTo + 1e-3);
    QVERIFY(report->actualTo >= expectedTo - 3.0 / 30);
    QVERIFY(report->actualFrom <= from);
    QCOMPARE(report->copiedFrames, report->frames);
    QCOMPARE(report->reencodedFrames, 0);

    const double frame = 1.0 / 30;
    QVERIFY(qAbs(report->duration - (report->actualTo - report->actualFrom)) < 1e-6);
    QVERIFY2(qAbs(streamDuration(out, u"v:0"_s) - report->duration) < frame,
             qPrintable(u"%1 vs %2"_s.arg(streamDuration(out, u"v:0"_s)).arg(report->duration)));
    QVERIFY(qAbs(streamDuration(out, u"a:0"_s) - report->duration) < 0.05);
    QCOMPARE(countFrames(out), report->frames);
    QCOMPARE(decodeComplaints(out), QString());
    // Packets are the source's, bit for bit.
    const QStringList copied = frameHashes(out, true);
    const QStringList original = frameHashes(source, true);
    QCOMPARE(copied, original.mid(firstFrame, copied.size()));
}

void TestStreamCopy::trimCopyRefusesSpansOutsideTheClip_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative") << -1.0 << 1.0 << u"0 s or later"_s;
    QTest::newRow("end before start") << 1.0 << 1.0 << u"must come after"_s;
    QTest::newRow("past the end") << 2.5 << 3.0 << u"only 2.0"_s;
}

void TestStreamCopy::trimCopyRefusesSpansOutsideTheClip()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QString, says);
    const QString out = m_dir.filePath(u"refused.mp4"_s);
    JobContext job(1);
    const Result<CutReport> report = StreamCopy::trim(test::media(u"h264_aac.mp4"_s),
                                                      out,
                                                      from,
                                                      to,
                                                      job);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Refused);
    QVERIFY2(report.error().message.contains(says), qPrintable(report.error().message));
    QVERIFY(!QFile::exists(out));

    const Result<CutReport> missing = StreamCopy::trim(m_dir.filePath(u"nothing.mp4"_s),
                                                       out,
                                                       0,
                                                       1,
                                                       job);
    QCOMPARE(missing.error().kind, ErrorKind::Refused);
    const Result<CutReport> notMedia = StreamCopy::trim(test::media(u"notmedia.mp4"_s),
                                                        out,
                                                        0,
                                                        1,
                                                        job);
    QCOMPARE(notMedia.error().kind, ErrorKind::Refused);
}

void TestStreamCopy::trimCopyCancelledLeavesNothing()
{
    QTemporaryDir dir;
    JobContext *self = nullptr;
    JobContext job(1, [&] {
        if (self && self->progress().fraction > 0.2)
            self->cancel();
        if (self)
            self->takeProgress();
    });
    self = &job;
    const Result<CutReport> report = StreamCopy::trim(test::media(u"shot_720p.mp4"_s),
                                                      dir.filePath(u"out.mp4"_s),
                                                      0,
                                                      6,
                                                      job);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestStreamCopy::concatJoinsCompatibleClips()
{
    const QStringList inputs = {test::media(u"join_a.mp4"_s),
                                test::media(u"join_b.mp4"_s),
                                test::media(u"join_c.mp4"_s)};
    const Result<ConcatCheck> check = StreamCopy::canConcat(inputs);
    QVERIFY(check.ok());
    QVERIFY2(check->compatible, qPrintable(check->reason));
    QVERIFY(check->reason.isEmpty());

    const QString out = m_dir.filePath(u"joined.mp4"_s);
    JobContext job(1);
    const Result<CutReport> report = StreamCopy::concat(inputs, out, job);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    qint64 frames = 0;
    double duration = 0;
    QStringList packets;
    for (const QString &input : inputs) {
        frames += countFrames(input);
        duration += streamDuration(input, u"v:0"_s);
        packets += frameHashes(input, true);
    }
    const double frame = 1.0 / 30;
    QCOMPARE(report->frames, frames);
    QCOMPARE(countFrames(out), frames);
    QVERIFY(qAbs(report->duration - duration) < frame);
    QVERIFY(qAbs(streamDuration(out, u"v:0"_s) - duration) < frame);
    // Sound ends with the picture (within half an AAC frame at each of the joins).
    QVERIFY2(qAbs(streamDuration(out, u"a:0"_s) - duration) < 0.03,
             qPrintable(QString::number(streamDuration(out, u"a:0"_s))));
    QCOMPARE(decodeComplaints(out), QString());
    QCOMPARE(frameHashes(out, true), packets);
}

void TestStreamCopy::canConcatNamesTheDifference_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("says");
    const QString a = u"join_a.mp4"_s;
    QTest::newRow("size") << a << u"shot_720p.mp4"_s << u"frame size is 1280×720"_s;
    QTest::newRow("codec") << a << u"hevc.mkv"_s << u"hevc"_s;
    QTest::newRow("frame rate") << a << u"ntsc_23976.mp4"_s << u"23.976 frames per second"_s;
    QTest::newRow("settings") << a << u"h264_aac.mp4"_s << u"other settings"_s;
    QTest::newRow("no sound") << u"h264_aac.mp4"_s << u"no_audio.mp4"_s << u"no sound"_s;
}

void TestStreamCopy::canConcatNamesTheDifference()
{
    QFETCH(QString, first);
    QFETCH(QString, other);
    QFETCH(QString, says);
    const Result<ConcatCheck> check = StreamCopy::canConcat(
            {test::media(first), test::media(other)});
    QVERIFY(check.ok());
    QVERIFY(!check->compatible);
    QVERIFY2(check->reason.contains(says), qPrintable(check->reason));
    QVERIFY(check->reason.contains(other));
}

void TestStreamCopy::canConcatFromProbes()
{
    QList<MediaInfo> infos;
    for (const QString &name : {u"join_a.mp4"_s, u"join_b.mp4"_s})
        infos << *MediaProbe::probe(test::media(name));
    QVERIFY(StreamCopy::canConcat(infos).compatible);
    infos << *MediaProbe::probe(test::media(u"shot_720p.mp4"_s));
    const ConcatCheck check = StreamCopy::canConcat(infos);
    QVERIFY(!check.compatible);
    QVERIFY2(check.reason.contains(u"1280×720"_s), qPrintable(check.reason));
    infos.removeLast();
    infos << *MediaProbe::probe(test::media(u"vp9_opus.webm"_s));
    QVERIFY(StreamCopy::canConcat(infos).reason.contains(u"vp9"_s));
}

void TestStreamCopy::concatRefusesIncompatibleFiles()
{
    const QString out = m_dir.filePath(u"never.mp4"_s);
    JobContext job(1);
    Result<CutReport> report = StreamCopy::concat({test::media(u"join_a.mp4"_s),
                                                   test::media(u"shot_720p.mp4"_s)},
                                                  out,
                                                  job);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Refused);
    QVERIFY(report.error().message.contains(u"without re-encoding"_s));
    QVERIFY(!QFile::exists(out));
    report = StreamCopy::concat({}, out, job);
    QCOMPARE(report.error().kind, ErrorKind::Refused);
}

QTEST_GUILESS_MAIN(TestStreamCopy)
#include "tst_streamcopy.moc"
