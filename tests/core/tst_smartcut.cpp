// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutchecks.h"
#include "testmedia.h"

#include "jobs/jobcontext.h"
#include "media/mediainput.h"
#include "media/nalunits.h"
#include "media/smartcut.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mt;
using namespace mt::test::cut;

namespace {

// The frame shown at `seconds` when times snap to the nearest frame boundary.
qint64 frameAt(double seconds, double fps)
{
    return qint64(std::ceil(seconds * fps - 0.5));
}

// Whether output picture `index` is the source's picture `sourceIndex`: close to it (re-encoded
// pictures differ a little) and closer to it than to its neighbours (an off-by-one would not be).
void checkSameFrame(const QString &out, qint64 index, const QString &source, qint64 sourceIndex)
{
    const QList<QByteArray> picture = luma(out, index);
    const qint64 before = std::min<qint64>(sourceIndex, 1);
    const QList<QByteArray> around = luma(source, sourceIndex - before, 3);
    QVERIFY(!picture.isEmpty() && around.size() > before);
    const double same = psnr(picture.front(), around[before]);
    QVERIFY2(same > 35, qPrintable(u"frame %1: %2 dB"_s.arg(index).arg(same)));
    for (qsizetype i = 0; i < around.size(); ++i) {
        if (i != before)
            QVERIFY2(psnr(picture.front(), around[i]) < same, qPrintable(u"frame %1"_s.arg(index)));
    }
}

// Checks a smart trim of `source` from frame `first`, `frames` long, against the source: the
// count, a clean decode, decode times that only go forward (also across copy/encode seams), sound
// as long as the picture, and the pictures at both ends and on both sides of every seam.
void checkTrim(const QString &out,
               const QString &source,
               qint64 first,
               qint64 frames,
               const CutReport &report,
               double fps)
{
    QCOMPARE(report.method, CutReport::Method::Smart);
    QCOMPARE(report.frames, frames);
    QCOMPARE(countFrames(out), frames);
    QCOMPARE(decodeComplaints(out), QString());
    const QList<qint64> dts = packetDts(out);
    QCOMPARE(dts.size(), frames);
    QCOMPARE(dtsBackstep(dts), -1);
    QVERIFY2(qAbs(streamDuration(out, u"a:0"_s) - frames / fps) < 0.03,
             qPrintable(QString::number(streamDuration(out, u"a:0"_s))));
    // The stretches tile the output: one after the other, frames adding up.
    qint64 at = 0;
    for (const CutReport::Stretch &stretch : report.stretches) {
        QCOMPARE(stretch.piece, 0);
        QVERIFY(stretch.frames > 0);
        QCOMPARE(frameAt(stretch.from, fps), first + at);
        QCOMPARE(frameAt(stretch.to, fps), first + at + stretch.frames);
        checkSameFrame(out, at, source, first + at);
        at += stretch.frames;
        checkSameFrame(out, at - 1, source, first + at - 1);
    }
    QCOMPARE(at, frames);
}

} // namespace

class TestSmartCut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // MT_TEST_KEEP=1 keeps the outputs to look at.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("MT_TEST_KEEP"));
        qDebug() << "outputs in" << m_dir.path();
    }
    void frameAccurate_data();
    void frameAccurate();
    void piecesJoinFrameAccurately();
    void tailIsMostlyCopied_data();
    void tailIsMostlyCopied();
    void disposablePicturesAreTheNonReferenceOnes();
    void refusesSpansOutsideTheClip_data();
    void refusesSpansOutsideTheClip();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestSmartCut::frameAccurate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("fps");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<bool>("smart");  // copies GOPs (else re-encodes everything)
    QTest::addColumn<bool>("copies"); // has whole GOPs inside to copy
    QTest::newRow("GOP 60, B-frames") << u"shot_720p.mp4"_s << 30.0 << 1.5 << 4.5 << true << true;
    QTest::newRow("23.976, B-frames")
            << u"ntsc_23976_gop24.mp4"_s << 24000.0 / 1001 << 1.3 << 3.2 << true << true;
    QTest::newRow("no B-frames") << u"h264_aac.mp4"_s << 30.0 << 0.4 << 1.7 << true << true;
    QTest::newRow("within one GOP") << u"shot_720p.mp4"_s << 30.0 << 2.2 << 2.9 << true << false;
    QTest::newRow("rotated phone clip")
            << u"portrait_rot90.mp4"_s << 30.0 << 0.5 << 1.5 << true << false;
    QTest::newRow("VP9 WebM") << u"vp9_opus.webm"_s << 30.0 << 0.5 << 1.5 << false << false;
    QTest::newRow("HEVC Matroska") << u"hevc.mkv"_s << 30.0 << 0.3 << 1.2 << false << false;
}

void TestSmartCut::frameAccurate()
{
    QFETCH(QString, name);
    QFETCH(double, fps);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(bool, smart);
    QFETCH(bool, copies);
    const QString source = test::media(name);
    const QString out = m_dir.filePath(
            QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_') + u".mp4"_s);
    JobContext job(1);
    const Result<CutReport> report = SmartCut::trim(source, out, from, to, job);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->method, smart ? CutReport::Method::Smart : CutReport::Method::Reencode);
    QVERIFY(smart == report->fallbackReason.isEmpty());
    QCOMPARE(report->copiedFrames > 0, copies);

    const qint64 first = frameAt(from, fps);
    const qint64 frames = frameAt(to, fps) - first;
    QCOMPARE(report->frames, frames);
    QCOMPARE(report->copiedFrames + report->reencodedFrames, frames);
    QCOMPARE(countFrames(out), frames);
    QVERIFY(qAbs(report->actualFrom - first / fps) < 1e-3);
    QVERIFY(qAbs(report->duration - frames / fps) < 1e-3);
    QVERIFY(qAbs(streamDuration(out, u"v:0"_s) - frames / fps) < 0.5 / fps);
    QVERIFY2(qAbs(streamDuration(out, u"a:0"_s) - frames / fps) < 0.03,
             qPrintable(QString::number(streamDuration(out, u"a:0"_s))));
    QCOMPARE(decodeComplaints(out), QString());

    checkSameFrame(out, 0, source, first);
    checkSameFrame(out, frames - 1, source, first + frames - 1);
    // Copied pictures decode to exactly the source's.
    const QStringList output = frameHashes(out);
    const QStringList original = frameHashes(source);
    qint64 identical = 0;
    for (qsizetype i = 0; i < output.size(); ++i)
        identical += output[i] == original.value(first + i);
    QVERIFY2(identical >= report->copiedFrames, qPrintable(QString::number(identical)));
    if (name.startsWith(u"portrait"_s))
        QCOMPARE(probe(out, u"v:0"_s, u"stream_side_data=rotation"_s), u"-90"_s);
    if (smart)
        QCOMPARE(probe(out, u"v:0"_s, u"stream=codec_tag_string"_s), u"avc1"_s);
}

void TestSmartCut::piecesJoinFrameAccurately()
{
    // As the exporter uses it: several pieces, one output, copies in the middle of each.
    const QString shot = test::media(u"shot_720p.mp4"_s);
    const QString out = m_dir.filePath(u"pieces.mp4"_s);
    JobContext job(1);
    const Result<CutReport> report
            = SmartCut::render({{shot, 0.5, 2.5}, {shot, 3.9, 4.3}, {shot, 1.0, 2.0}}, out, job);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->method, CutReport::Method::Smart);
    QCOMPARE(report->frames, 60 + 12 + 30);
    QCOMPARE(countFrames(out), 102);
    QCOMPARE(decodeComplaints(out), QString());
    checkSameFrame(out, 60, shot, 117);
    checkSameFrame(out, 72, shot, 30);

    // Asked to, it re-encodes everything, still frame-accurate.
    const QString full = m_dir.filePath(u"pieces-full.mp4"_s);
    const Result<CutReport> reencoded = SmartCut::render({{shot, 0.5, 1.0}, {shot, 4.0, 4.5}},
                                                         full,
                                                         job,
                                                         SmartCut::Mode::Reencode);
    QVERIFY(reencoded.ok());
    QCOMPARE(reencoded->method, CutReport::Method::Reencode);
    QCOMPARE(countFrames(full), 30);
    checkSameFrame(full, 15, shot, 120);
}

void TestSmartCut::tailIsMostlyCopied_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<bool>("bframes"); // the source reorders (x264's default 3 B-frames, pyramid)
    QTest::addColumn<qint64>("head");  // frames from `from` to the first IDR
    // The benchmark's shot and trim: GOPs of 2 s, so 4.0-5.5 s is the tail of the last one.
    QTest::newRow("B-frames 0.5-5.5") << u"shot_720p.mp4"_s << 0.5 << 5.5 << true << qint64(45);
    QTest::newRow("B-frames 0.5-5.1") << u"shot_720p.mp4"_s << 0.5 << 5.1 << true << qint64(45);
    QTest::newRow("B-frames 0.5-4.4") << u"shot_720p.mp4"_s << 0.5 << 4.4 << true << qint64(45);
    QTest::newRow("I-P only 0.4-1.7") << u"h264_aac.mp4"_s << 0.4 << 1.7 << false << qint64(18);
}

// A trim that ends inside a GOP copies that GOP on, in decode order, up to its last clean point
// before the out point; only the frames from there on (at most a mini-GOP) are re-encoded, and
// with no B-frames none are. When the out point falls on a clean point, nothing is.
void TestSmartCut::tailIsMostlyCopied()
{
    QFETCH(QString, name);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(bool, bframes);
    QFETCH(qint64, head);
    const double fps = 30;
    const QString source = test::media(name);
    QCOMPARE(probe(source, u"v:0"_s, u"stream=has_b_frames"_s).toInt() > 0, bframes);
    const QString out = m_dir.filePath(
            QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_') + u".mp4"_s);
    JobContext job(1);
    const Result<CutReport> report = SmartCut::trim(source, out, from, to, job);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const qint64 first = frameAt(from, fps);
    const qint64 frames = frameAt(to, fps) - first;
    checkTrim(out, source, first, frames, *report, fps);
    if (QTest::currentTestFailed())
        return;

    const QList<CutReport::Stretch> &stretches = report->stretches;
    QVERIFY(stretches.size() >= 2);
    QVERIFY(!stretches[0].copied);
    QCOMPARE(stretches[0].frames, head);
    QVERIFY(stretches[1].copied);
    const qint64 tail = stretches.size() > 2 ? stretches[2].frames : 0;
    QCOMPARE(stretches.size(), tail ? 3 : 2);
    QVERIFY(stretches.size() < 3 || !stretches[2].copied);
    // x264 makes at most 3 B-frames in a row: no more can wait for a picture after the out point.
    QVERIFY2(tail <= (bframes ? 3 : 0), qPrintable(QString::number(tail)));
    QCOMPARE(report->reencodedFrames, head + tail);
    QCOMPARE(report->copiedFrames, frames - head - tail);
    // Copied pictures decode to exactly the source's.
    const QStringList output = frameHashes(out);
    const QStringList original = frameHashes(source);
    for (qint64 i = head; i < frames - tail; ++i)
        QCOMPARE(output.value(i), original.value(first + i));
    if (!tail)
        return;

    // Out on the clean point the tail was copied to: no re-encoding after the head.
    const double clean = stretches[1].to;
    const QString exact = m_dir.filePath(u"clean-"_s + QFileInfo(out).fileName());
    const Result<CutReport> onPoint = SmartCut::trim(source, exact, from, clean, job);
    QVERIFY2(onPoint.ok(), qPrintable(onPoint.ok() ? QString() : onPoint.error().message));
    checkTrim(exact, source, first, frames - tail, *onPoint, fps);
    QCOMPARE(onPoint->stretches.size(), 2);
    QCOMPARE(onPoint->reencodedFrames, head);
}

// The pictures a span encoder leaves undecoded are exactly those libavcodec's own
// AVDISCARD_NONREF leaves out (asked through the ffmpeg CLI), and never an IDR.
void TestSmartCut::disposablePicturesAreTheNonReferenceOnes()
{
    for (const QString &name : {u"shot_720p.mp4"_s, u"h264_aac.mp4"_s}) {
        const QString path = test::media(name);
        Result<MediaInput> input = MediaInput::open(path);
        QVERIFY(input.ok());
        const AVStream *video = input->video();
        const int lengthSize = nal::lengthSizeOf(AV_CODEC_ID_H264,
                                                 QByteArray(reinterpret_cast<const char *>(
                                                                    video->codecpar->extradata),
                                                            video->codecpar->extradata_size));
        qint64 packets = 0;
        qint64 disposable = 0;
        av::PacketPtr packet = av::makePacket();
        while (av_read_frame(input->format(), packet.get()) >= 0) {
            av::PacketUnref unref(packet.get());
            if (packet->stream_index != video->index)
                continue;
            ++packets;
            const bool skip = nal::isDisposable(AV_CODEC_ID_H264, *packet, lengthSize);
            QVERIFY(!(skip && (packet->flags & AV_PKT_FLAG_KEY)));
            disposable += skip;
        }
        QByteArray errors;
        run(u"ffmpeg"_s,
            {u"-v"_s,
             u"error"_s,
             u"-stats"_s,
             u"-skip_frame"_s,
             u"noref"_s,
             u"-i"_s,
             path,
             u"-map"_s,
             u"0:v:0"_s,
             u"-fps_mode"_s,
             u"passthrough"_s,
             u"-f"_s,
             u"null"_s,
             u"-"_s},
            &errors);
        const QRegularExpression count(u"frame=\\s*(\\d+)"_s);
        QRegularExpressionMatchIterator matches = count.globalMatch(QString::fromUtf8(errors));
        qint64 decoded = -1;
        while (matches.hasNext())
            decoded = matches.next().captured(1).toLongLong();
        QCOMPARE(packets, countFrames(path));
        QCOMPARE(disposable, packets - decoded);
        // x264 with B-frames (pyramid) makes non-reference ones; without, there are none.
        QCOMPARE(disposable > 0, name == u"shot_720p.mp4"_s);
    }
}

void TestSmartCut::refusesSpansOutsideTheClip_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative") << -0.5 << 1.0 << u"0 s or later"_s;
    QTest::newRow("empty") << 1.0 << 0.5 << u"must come after"_s;
    QTest::newRow("after the end") << 2.0 << 3.0 << u"only 2.0"_s;
}

void TestSmartCut::refusesSpansOutsideTheClip()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QString, says);
    QTemporaryDir dir;
    JobContext job(1);
    const Result<CutReport> report = SmartCut::trim(test::media(u"h264_aac.mp4"_s),
                                                    dir.filePath(u"out.mp4"_s),
                                                    from,
                                                    to,
                                                    job);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Refused);
    QVERIFY2(report.error().message.contains(says), qPrintable(report.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestSmartCut::cancelLeavesNothing()
{
    for (const SmartCut::Mode mode : {SmartCut::Mode::Auto, SmartCut::Mode::Reencode}) {
        QTemporaryDir dir;
        JobContext *self = nullptr;
        JobContext job(1, [&] {
            if (self && self->progress().fraction > 0.3)
                self->cancel();
            if (self)
                self->takeProgress();
        });
        self = &job;
        const Result<CutReport> report = SmartCut::render({{test::media(u"shot_720p.mp4"_s),
                                                            1.5,
                                                            5.5}},
                                                          dir.filePath(u"out.mp4"_s),
                                                          job,
                                                          mode);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestSmartCut)
#include "tst_smartcut.moc"
