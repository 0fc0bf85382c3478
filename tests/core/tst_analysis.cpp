// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/decodecheck.h"
#include "media/filterchain.h"
#include "media/mediaanalyzer.h"
#include "testmedia.h"

extern "C" {
#include <libavutil/dict.h>
#include <libavutil/log.h>
}

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace mt;

namespace {

constexpr double Frame = 1.0 / 30;
// AAC codes sound in blocks of 1024 samples, which blur where silence starts and stops.
constexpr double AudioSlack = 0.05;

Result<MediaAnalysis> analyse(const QString &path, const AnalysisOptions &options = {})
{
    JobContext context(1);
    return MediaAnalyzer::analyze(path, options, context);
}

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QString describe(const QList<TimeSegment> &segments)
{
    QStringList parts;
    for (const TimeSegment &segment : segments)
        parts << u"%1–%2"_s.arg(segment.from, 0, 'f', 3).arg(segment.to, 0, 'f', 3);
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

bool sameSegments(const QList<TimeSegment> &actual,
                  const QList<TimeSegment> &expected,
                  double tolerance)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (std::abs(actual[i].from - expected[i].from) > tolerance
            || std::abs(actual[i].to - expected[i].to) > tolerance)
            return false;
    }
    return true;
}

#define COMPARE_SEGMENTS(actual, expected, tolerance) \
    QVERIFY2(sameSegments(actual, expected, tolerance), \
             qPrintable(u"got %1, expected %2"_s.arg(describe(actual), describe(expected))))

// What the ffmpeg CLI's blackdetect and freezedetect find on the full-size pictures, with the
// analyser's thresholds: the reference the small grey copy must agree with.
struct FullSize
{
    QList<TimeSegment> black;
    QList<TimeSegment> frozen;
};

FullSize detectAtFullSize(const QString &path, const AnalysisOptions &o)
{
    const QString filters = u"blackdetect=d=%1:pic_th=%2:pix_th=%3,freezedetect=n=%4:d=%5"_s
                                    .arg(o.blackMinDuration)
                                    .arg(o.blackPictureRatio)
                                    .arg(o.blackPixelThreshold)
                                    .arg(o.freezeNoise)
                                    .arg(o.freezeMinDuration);
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-hide_banner"_s,
                  u"-nostats"_s,
                  u"-i"_s,
                  path,
                  u"-an"_s,
                  u"-vf"_s,
                  filters,
                  u"-f"_s,
                  u"null"_s,
                  u"-"_s});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        qFatal("ffmpeg could not run the detectors on %s", qPrintable(path));
    const QString log = QString::fromUtf8(ffmpeg.readAllStandardError());
    FullSize found;
    static const QRegularExpression black(u"black_start:([0-9.e+-]+) black_end:([0-9.e+-]+)"_s);
    for (auto it = black.globalMatch(log); it.hasNext();) {
        const auto match = it.next();
        found.black.append({match.captured(1).toDouble(), match.captured(2).toDouble()});
    }
    static const QRegularExpression freeze(u"freeze_(start|end): ([0-9.e+-]+)"_s);
    double start = 0;
    for (auto it = freeze.globalMatch(log); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == u"start"_s)
            start = match.captured(2).toDouble();
        else
            found.frozen.append({start, match.captured(2).toDouble()});
    }
    return found;
}

struct CliRun
{
    int status = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(MT_CLI_PATH), args);
    if (!process.waitForStarted())
        return {-1, {}, u"movietool-cli could not be started"_s};
    if (!process.waitForFinished(120000))
        qFatal("movietool-cli did not finish");
    return {process.exitCode(),
            process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class tst_Analysis : public QObject
{
    Q_OBJECT

private slots:
    void findsBlack();
    void findsFrozen();
    void findsSilence();
    void raisesNoFalseAlarms_data();
    void raisesNoFalseAlarms();
    void agreesWithFullSizeDetection_data();
    void agreesWithFullSizeDetection();
    void closesStretchesOpenAtTheEnd();
    void appliesOptions();
    void measuresLoudness();
    void findsSceneCut();
    void comparesWithReference();
    void reportsDecodeErrors_data();
    void reportsDecodeErrors();
    void decodesCleanFilesWithoutErrors_data();
    void decodesCleanFilesWithoutErrors();
    void survivesBrokenAndChangingStreams();
    void reportsPictureAndLength_data();
    void reportsPictureAndLength();
    void reportsProgress();
    void cancelsPromptly();
    void refusesBadInput_data();
    void refusesBadInput();
    void writesJson();

    void foldsAndCapsDecodeIssues();
    void readsFilterMetadata();
    void trackSegments();
    void rejectsBadFilterGraph();

    void cliAnalyses();
    void cliRefuses_data();
    void cliRefuses();
};

void tst_Analysis::findsBlack()
{
    const auto result = analyse(test::media(u"analysis_black.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->hasVideo);
    COMPARE_SEGMENTS(result->black, (QList<TimeSegment>{{1.0, 2.0}}), Frame);
    // The black stretch is frozen too, but said once.
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
    QVERIFY(result->decodeErrors.isEmpty());
}

void tst_Analysis::findsFrozen()
{
    const auto result = analyse(test::media(u"analysis_frozen.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->frozen, (QList<TimeSegment>{{1.0, 2.5}}), Frame);
    COMPARE_SEGMENTS(result->black, {}, Frame);
}

void tst_Analysis::findsSilence()
{
    const auto result = analyse(test::media(u"analysis_silence.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->hasAudio);
    COMPARE_SEGMENTS(result->silent, (QList<TimeSegment>{{1.0, 2.5}}), AudioSlack);
    QVERIFY(result->loudness);
    COMPARE_SEGMENTS(result->black, {}, Frame);
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
}

void tst_Analysis::raisesNoFalseAlarms_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clean 720p shot") << u"shot_720p.mp4"_s;
    QTest::newRow("clean 360p shot") << u"h264_aac.mp4"_s;
    QTest::newRow("slow pan") << u"analysis_pan.mp4"_s;
    QTest::newRow("dark night") << u"analysis_night.mp4"_s;
}

// Take review flags what this finds: a good shot must come out clean.
void tst_Analysis::raisesNoFalseAlarms()
{
    QFETCH(QString, file);
    const auto result = analyse(test::media(file));
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->black, {}, Frame);
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
    COMPARE_SEGMENTS(result->silent, {}, Frame);
    QCOMPARE(result->sceneCuts.size(), 0);
    QCOMPARE(result->decodeErrors.size(), 0);
}

void tst_Analysis::agreesWithFullSizeDetection_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : {u"analysis_black.mp4"_s,
                                u"analysis_frozen.mp4"_s,
                                u"analysis_pan.mp4"_s,
                                u"analysis_night.mp4"_s,
                                u"shot_720p.mp4"_s})
        QTest::newRow(qPrintable(file)) << file;
}

// The small grey copy gives the segments ffmpeg finds on the full pictures, within a frame.
void tst_Analysis::agreesWithFullSizeDetection()
{
    QFETCH(QString, file);
    const QString path = test::media(file);
    const AnalysisOptions options;
    const auto result = analyse(path, options);
    QVERIFY2(result.ok(), errorOf(result));
    const FullSize full = detectAtFullSize(path, options);
    COMPARE_SEGMENTS(result->black, full.black, Frame);
    QList<TimeSegment> frozen;
    for (const TimeSegment &segment : full.frozen) {
        if (!sameSegments({segment}, full.black, Frame))
            frozen.append(segment);
    }
    COMPARE_SEGMENTS(result->frozen, frozen, Frame);
}

void tst_Analysis::closesStretchesOpenAtTheEnd()
{
    // A take whose last 1.5 s repeat one picture in silence: both stretches run to the end of
    // the data, where no filter marks them closed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ends_frozen_silent.mp4"_s);
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-hide_banner"_s,
                  u"-loglevel"_s,
                  u"error"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"testsrc2=size=320x180:rate=30:duration=3,tpad=stop_mode=clone:stop=45"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"sine=duration=4.5,volume=enable='gte(t,2.5)':volume=0"_s,
                  u"-c:v"_s,
                  u"libx264"_s,
                  u"-preset"_s,
                  u"veryfast"_s,
                  u"-pix_fmt"_s,
                  u"yuv420p"_s,
                  u"-c:a"_s,
                  u"aac"_s,
                  path});
    QVERIFY(ffmpeg.waitForFinished(120000));
    QCOMPARE(ffmpeg.exitCode(), 0);
    const auto result = analyse(path);
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->frozen, (QList<TimeSegment>{{3.0 - Frame, 4.5}}), Frame);
    COMPARE_SEGMENTS(result->silent, (QList<TimeSegment>{{2.5, 4.5}}), AudioSlack);
}

void tst_Analysis::appliesOptions()
{
    // A longer minimum than the stretch hides it; a lower scene threshold finds what the
    // moving pattern does from frame to frame.
    AnalysisOptions options;
    options.blackMinDuration = 1.5;
    options.freezeMinDuration = 2;
    options.silenceMinDuration = 2;
    auto result = analyse(test::media(u"analysis_black.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->black, {}, Frame);
    result = analyse(test::media(u"analysis_frozen.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
    result = analyse(test::media(u"analysis_silence.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    COMPARE_SEGMENTS(result->silent, {}, Frame);

    options = {};
    options.silenceNoiseDb = -10; // the -18 dBFS tone counts as silence
    result = analyse(test::media(u"analysis_silence.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    QCOMPARE(result->silent.size(), 1);
    QVERIFY(result->silent.constFirst().from < 0.1);
    QVERIFY(result->silent.constFirst().to > 3.9);

    options = {};
    options.sceneThreshold = 0;
    result = analyse(test::media(u"h264_aac.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->sceneCuts.size() > 10);
}

void tst_Analysis::measuresLoudness()
{
    const auto result = analyse(test::media(u"tone_23lufs.wav"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(!result->hasVideo);
    QVERIFY(result->hasAudio);
    QVERIFY(result->loudness);
    QVERIFY2(std::abs(result->loudness->integrated - -23) < 0.3,
             qPrintable(QString::number(result->loudness->integrated)));
    QVERIFY(result->loudness->range < 0.5);
    QVERIFY2(std::abs(result->loudness->truePeak - -23) < 0.3,
             qPrintable(QString::number(result->loudness->truePeak)));
    COMPARE_SEGMENTS(result->silent, {}, Frame);
    QVERIFY(result->black.isEmpty());
    QVERIFY(result->sceneCuts.isEmpty());
}

void tst_Analysis::findsSceneCut()
{
    const auto result = analyse(test::media(u"analysis_cut.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QCOMPARE(result->sceneCuts.size(), 1);
    QVERIFY(std::abs(result->sceneCuts.constFirst().time - 2.0) < Frame / 2);
    QVERIFY(result->sceneCuts.constFirst().score >= AnalysisOptions().sceneThreshold);
    COMPARE_SEGMENTS(result->black, {}, Frame);
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
}

void tst_Analysis::comparesWithReference()
{
    const QString source = test::media(u"h264_aac.mp4"_s);
    AnalysisOptions options;
    options.referencePath = source;
    auto result = analyse(source, options);
    QVERIFY2(result.ok(), errorOf(result));
    QCOMPARE(result->referencePath, source);
    QVERIFY(result->psnr && result->ssim);
    QVERIFY(std::isinf(result->psnr->average) && result->psnr->average > 0);
    QVERIFY(std::isinf(result->psnr->min));
    QCOMPARE(result->ssim->average, 1.0);
    QCOMPARE(result->ssim->min, 1.0);
    QCOMPARE(result->toJson()[u"psnr"_s][u"average"_s].toString(), u"inf"_s);

    result = analyse(test::media(u"analysis_degraded.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->psnr && result->ssim);
    QVERIFY2(result->psnr->average > 15 && result->psnr->average < 35,
             qPrintable(QString::number(result->psnr->average)));
    QVERIFY(result->psnr->min <= result->psnr->average);
    QVERIFY(result->ssim->average > 0.5 && result->ssim->average < 0.98);
    QVERIFY(result->ssim->min <= result->ssim->average);
    QVERIFY(result->psnr->minTime >= 0 && result->psnr->minTime < 2);
    QVERIFY(result->ssim->minTime >= 0 && result->ssim->minTime < 2);

    // Another size and another picture: scaled to the analysed file's size, and much worse.
    options.referencePath = test::media(u"analysis_cut.mp4"_s);
    result = analyse(test::media(u"odd_size.mp4"_s), options);
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->psnr && result->psnr->average < 20);
    QVERIFY(result->ssim && result->ssim->average < 0.9);
}

void tst_Analysis::reportsDecodeErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("from"); // where the first problem may be
    QTest::addColumn<double>("to");
    QTest::newRow("overwritten data") << u"corrupt_mdat.mp4"_s << 0.5 << 1.5;
    QTest::newRow("cut short") << u"truncated_faststart.mp4"_s << 0.3 << 1.2;
}

void tst_Analysis::reportsDecodeErrors()
{
    QFETCH(QString, file);
    QFETCH(double, from);
    QFETCH(double, to);
    const auto result = analyse(test::media(file));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(!result->decodeErrors.isEmpty());
    const DecodeIssue &first = result->decodeErrors.constFirst();
    QVERIFY2(first.time >= from && first.time <= to,
             qPrintable(u"%1 s: %2"_s.arg(first.time).arg(first.message)));
    // Only the file whose data stops early is cut short, and its decoded length says where.
    const bool cut = file == u"truncated_faststart.mp4"_s;
    QCOMPARE(result->cutShort, cut);
    if (cut)
        QVERIFY(result->decodedDuration < result->duration - 0.5);
    for (const DecodeIssue &issue : result->decodeErrors) {
        QVERIFY(!issue.message.isEmpty());
        QVERIFY(issue.time >= 0 && issue.time <= result->duration);
        QVERIFY(issue.count >= 1);
    }
}

void tst_Analysis::decodesCleanFilesWithoutErrors_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : {u"hevc.mkv"_s,
                                u"vp9_opus.webm"_s,
                                u"mjpeg.avi"_s,
                                u"hevc_10bit.mkv"_s,
                                u"ntsc_23976.mp4"_s,
                                u"vfr.mkv"_s,
                                u"no_audio.mp4"_s,
                                u"surround51.mp4"_s,
                                u"short_0_4s.mp4"_s,
                                u"odd_size.mp4"_s,
                                u"portrait_rot90.mp4"_s,
                                u"tone.mp3"_s,
                                u"tone.flac"_s,
                                u"cover_art.mp3"_s})
        QTest::newRow(qPrintable(file)) << file;
}

void tst_Analysis::decodesCleanFilesWithoutErrors()
{
    QFETCH(QString, file);
    const auto result = analyse(test::media(file));
    QVERIFY2(result.ok(), errorOf(result));
    QStringList problems;
    for (const DecodeIssue &issue : result->decodeErrors)
        problems << u"%1 s: %2"_s.arg(issue.time).arg(issue.message);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    COMPARE_SEGMENTS(result->black, {}, Frame);
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
    COMPARE_SEGMENTS(result->silent, {}, Frame);
    QCOMPARE(result->hasAudio, result->loudness.has_value());
}

void tst_Analysis::reportsPictureAndLength_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size"); // as shown
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("length");
    QTest::newRow("clean") << u"h264_aac.mp4"_s << QSize(640, 360) << 30.0 << 2.0;
    QTest::newRow("turned upright") << u"portrait_rot90.mp4"_s << QSize(360, 640) << 30.0 << 2.0;
    QTest::newRow("NTSC film rate")
            << u"ntsc_23976.mp4"_s << QSize(640, 360) << 24000.0 / 1001 << 2.0;
    QTest::newRow("sound only") << u"tone.wav"_s << QSize(0, 0) << 0.0 << 2.0;
}

// What take review compares with what was asked: the picture as shown, its rate, the decoded
// length.
void tst_Analysis::reportsPictureAndLength()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(double, rate);
    QFETCH(double, length);
    const auto result = analyse(test::media(file));
    QVERIFY2(result.ok(), errorOf(result));
    QCOMPARE(QSize(result->width, result->height), size);
    QVERIFY2(std::abs(result->frameRate - rate) < 0.01,
             qPrintable(QString::number(result->frameRate)));
    // Within a frame (of sound: AAC's 1024 samples, a WAV's few).
    QVERIFY2(std::abs(result->decodedDuration - length) < 0.05,
             qPrintable(QString::number(result->decodedDuration)));
    QVERIFY(!result->cutShort);
}

void tst_Analysis::survivesBrokenAndChangingStreams()
{
    // Picture size and sound format change midway: the picture is analysed throughout (the small
    // copy keeps its size), the sound up to the change, which is reported.
    auto result = analyse(test::media(u"format_change.ts"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->hasVideo && result->hasAudio && result->loudness);
    // (The join also breaks the stream's packet counters, which the demuxer reports.)
    const auto change = std::find_if(result->decodeErrors.cbegin(),
                                     result->decodeErrors.cend(),
                                     [](const DecodeIssue &issue) {
                                         return issue.message.contains(
                                                 u"48000 Hz stereo to 44100 Hz mono"_s);
                                     });
    QVERIFY(change != result->decodeErrors.cend());
    QVERIFY2(std::abs(change->time - 1.0) < 0.1, qPrintable(QString::number(change->time)));
    COMPARE_SEGMENTS(result->black, {}, Frame);
    COMPARE_SEGMENTS(result->frozen, {}, Frame);
    COMPARE_SEGMENTS(result->silent, {}, AudioSlack);

    // Not one picture decodes: every problem is reported, nothing is found in the pictures.
    result = analyse(test::media(u"garbage_mdat.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(!result->decodeErrors.isEmpty());
    COMPARE_SEGMENTS(result->black, {}, Frame);
    QVERIFY(result->sceneCuts.isEmpty());

    // Sound no decoder knows: the picture is analysed, the report says why the sound was not.
    result = analyse(test::media(u"unknown_audio.avi"_s));
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(result->hasVideo && !result->hasAudio && !result->loudness);
    QCOMPARE(result->decodeErrors.size(), 1);
    QCOMPARE(result->decodeErrors.constFirst().time, 0.0);
}

void tst_Analysis::reportsProgress()
{
    QList<double> seen;
    JobContext *self = nullptr;
    JobContext context(1, [&] { seen << self->takeProgress().fraction; });
    self = &context;
    const auto result = MediaAnalyzer::analyze(test::media(u"shot_720p.mp4"_s), context);
    QVERIFY2(result.ok(), errorOf(result));
    QVERIFY(seen.size() > 10); // per frame, coalesced by the handle
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    // By timestamp: the last frame starts a frame before the end.
    QVERIFY2(seen.at(seen.size() - 2) > 0.95, qPrintable(QString::number(seen.at(seen.size() - 2))));
    QVERIFY(seen.at(seen.size() / 2) > 0.2 && seen.at(seen.size() / 2) < 0.8);
    QCOMPARE(context.progress().fraction, 1.0);
    QCOMPARE(context.progress().stage, MediaAnalyzer::tr("Analysing"));
}

void tst_Analysis::cancelsPromptly()
{
    // Cancelled as the first frame reports progress: the very next frame stops the work.
    JobContext *self = nullptr;
    JobContext context(1, [&] {
        if (self->takeProgress().fraction > 0)
            self->cancel();
    });
    self = &context;
    const auto result = MediaAnalyzer::analyze(test::media(u"shot_720p.mp4"_s), context);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QVERIFY(result.error().message.contains(u"shot_720p.mp4"_s));
    QVERIFY2(context.progress().fraction < 0.05,
             qPrintable(QString::number(context.progress().fraction)));

    JobContext early(2);
    early.cancel();
    AnalysisOptions options;
    options.referencePath = test::media(u"h264_aac.mp4"_s);
    const auto before = MediaAnalyzer::analyze(test::media(u"h264_aac.mp4"_s), options, early);
    QVERIFY(!before.ok());
    QCOMPARE(before.error().kind, ErrorKind::Cancelled);
}

void tst_Analysis::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("option"); // one bad threshold, by name
    const QString video = u"h264_aac.mp4"_s;
    QTest::newRow("missing file") << u"/nonexistent/take.mp4"_s << QString() << QString();
    QTest::newRow("not media") << u"notmedia.mp4"_s << QString() << QString();
    QTest::newRow("empty") << u"empty.mp4"_s << QString() << QString();
    QTest::newRow("no moov") << u"truncated.mp4"_s << QString() << QString();
    QTest::newRow("still image") << u"still.png"_s << QString() << QString();
    QTest::newRow("missing reference") << video << u"/nonexistent/ref.mp4"_s << QString();
    QTest::newRow("audio reference") << video << u"tone.wav"_s << QString();
    QTest::newRow("still reference") << video << u"still.png"_s << QString();
    QTest::newRow("audio with reference") << u"tone.wav"_s << video << QString();
    QTest::newRow("unknown video codec") << u"unknown_video.avi"_s << QString() << QString();
    QTest::newRow("undecodable reference") << video << u"garbage_mdat.mp4"_s << QString();
    QTest::newRow("folder") << u"/tmp"_s << QString() << QString();
    // A Matroska file holding nothing but subtitles.
    static QTemporaryDir dir;
    const QString subtitles = dir.filePath(u"subtitles.mkv"_s);
    if (!QFileInfo::exists(subtitles)) {
        QFile srt(dir.filePath(u"lines.srt"_s));
        QVERIFY(srt.open(QIODevice::WriteOnly));
        srt.write("1\n00:00:00,000 --> 00:00:01,000\nHello\n");
        srt.close();
        QProcess ffmpeg;
        ffmpeg.start(u"ffmpeg"_s,
                     {u"-hide_banner"_s,
                      u"-loglevel"_s,
                      u"error"_s,
                      u"-i"_s,
                      srt.fileName(),
                      subtitles});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
    }
    QTest::newRow("subtitles only") << subtitles << QString() << QString();
    for (const char *option : {"blackPixelThreshold",
                               "blackPictureRatio",
                               "blackMinDuration",
                               "freezeNoise",
                               "freezeMinDuration",
                               "silenceNoiseDb",
                               "silenceMinDuration",
                               "sceneThreshold",
                               "nan"})
        QTest::newRow(option) << video << QString() << QString::fromLatin1(option);
}

void tst_Analysis::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reference);
    QFETCH(QString, option);
    auto resolve = [](const QString &name) {
        return name.isEmpty() || name.startsWith(u'/') ? name : test::media(name);
    };
    AnalysisOptions options;
    options.referencePath = resolve(reference);
    if (option == u"blackPixelThreshold"_s)
        options.blackPixelThreshold = 1.5;
    else if (option == u"blackPictureRatio"_s)
        options.blackPictureRatio = -0.1;
    else if (option == u"blackMinDuration"_s)
        options.blackMinDuration = -1;
    else if (option == u"freezeNoise"_s)
        options.freezeNoise = 2;
    else if (option == u"freezeMinDuration"_s)
        options.freezeMinDuration = -1;
    else if (option == u"silenceNoiseDb"_s)
        options.silenceNoiseDb = 6;
    else if (option == u"silenceMinDuration"_s)
        options.silenceMinDuration = 1e9;
    else if (option == u"sceneThreshold"_s)
        options.sceneThreshold = 101;
    else if (option == u"nan"_s)
        options.blackMinDuration = std::numeric_limits<double>::quiet_NaN();
    const auto result = analyse(resolve(file), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Refused);
    QVERIFY(!result.error().message.isEmpty());
}

void tst_Analysis::writesJson()
{
    const auto result = analyse(test::media(u"analysis_black.mp4"_s));
    QVERIFY2(result.ok(), errorOf(result));
    const QJsonObject json = result->toJson();
    QCOMPARE(json[u"file"_s].toString(), test::media(u"analysis_black.mp4"_s));
    QVERIFY(std::abs(json[u"duration"_s].toDouble() - 4) < 0.05);
    QCOMPARE(json[u"hasVideo"_s].toBool(), true);
    QCOMPARE(json[u"hasAudio"_s].toBool(), false);
    QCOMPARE(json[u"width"_s].toInt(), 640);
    QCOMPARE(json[u"height"_s].toInt(), 360);
    QCOMPARE(json[u"frameRate"_s].toDouble(), 30.0);
    QVERIFY(std::abs(json[u"decodedDuration"_s].toDouble() - 4) < Frame);
    QCOMPARE(json[u"cutShort"_s].toBool(), false);
    QVERIFY(json[u"firstFrameImage"_s].isNull());
    QVERIFY(json[u"firstFrameSsim"_s].isNull());
    const QJsonObject black = json[u"black"_s].toArray().at(0).toObject();
    QVERIFY(std::abs(black[u"from"_s].toDouble() - 1) < Frame);
    QVERIFY(std::abs(black[u"to"_s].toDouble() - 2) < Frame);
    QVERIFY(std::abs(black[u"duration"_s].toDouble() - 1) < Frame);
    QCOMPARE(json[u"frozen"_s].toArray().size(), 0);
    QCOMPARE(json[u"silent"_s].toArray().size(), 0);
    QCOMPARE(json[u"sceneCuts"_s].toArray().size(), 2); // into the black and out of it
    QVERIFY(json[u"sceneCuts"_s].toArray().at(0).toObject().contains(u"score"_s));
    QCOMPARE(json[u"decodeErrors"_s].toArray().size(), 0);
    QVERIFY(json[u"loudness"_s].isNull());
    QVERIFY(json[u"reference"_s].isNull());
    QVERIFY(json[u"psnr"_s].isNull());
    QVERIFY(json[u"ssim"_s].isNull());

    MediaAnalysis values;
    values.loudness = Loudness{-70, 0, -std::numeric_limits<double>::infinity()};
    values.decodeErrors = {{1.23456, u"bad"_s, 3}};
    values.psnr = QualityScore{std::numeric_limits<double>::quiet_NaN(), 30, 1};
    const QJsonObject written = values.toJson();
    QCOMPARE(written[u"loudness"_s][u"truePeak"_s].toString(), u"-inf"_s);
    QCOMPARE(written[u"loudness"_s][u"integrated"_s].toDouble(), -70.0);
    QCOMPARE(written[u"decodeErrors"_s][0][u"time"_s].toDouble(), 1.235);
    QCOMPARE(written[u"decodeErrors"_s][0][u"count"_s].toInt(), 3);
    QVERIFY(written[u"psnr"_s][u"average"_s].isNull());
}

void tst_Analysis::foldsAndCapsDecodeIssues()
{
    AvLogCapture log;
    analysis::DecodeCheck check(log);
    check.add(0.0, u"damaged"_s);
    check.add(0.5, u"damaged"_s);
    check.add(0.7, u"other"_s);
    check.add(1.5, u"damaged"_s); // over a second after the first report: listed again
    QCOMPARE(check.issues().size(), 3);
    QCOMPARE(check.issues().at(0).count, 2);
    QCOMPARE(check.issues().at(2).time, 1.5);

    qsizetype mark = check.mark();
    av_log(nullptr, AV_LOG_ERROR, "Invalid NAL unit size\n");
    check.collect(mark, 2.0, AVERROR_INVALIDDATA);
    QCOMPARE(check.issues().constLast().message, u"Invalid NAL unit size"_s);
    mark = check.mark();
    check.collect(mark, 3.0, AVERROR_INVALIDDATA); // nothing logged: the code says it
    QCOMPARE(check.issues().constLast().message, avErrorText(AVERROR_INVALIDDATA));
    check.collect(check.mark(), 4.0, AVERROR(EAGAIN));
    check.collect(check.mark(), 4.0, AVERROR_EOF);
    QCOMPARE(check.issues().size(), 5);

    for (int i = 0; i < 2 * analysis::DecodeCheck::MaxIssues; ++i)
        check.add(10.0 + i, u"problem %1"_s.arg(i));
    const QList<DecodeIssue> issues = check.issues();
    QCOMPARE(issues.size(), analysis::DecodeCheck::MaxIssues + 1);
    QCOMPARE(issues.constLast().count, analysis::DecodeCheck::MaxIssues + 5);
    QCOMPARE(issues.constLast().time, 10.0 + analysis::DecodeCheck::MaxIssues - 5);

    av::PacketPtr packet = av::makePacket();
    packet->flags = AV_PKT_FLAG_CORRUPT;
    analysis::DecodeCheck frames(log);
    frames.inspect(packet.get(), 1);
    av::FramePtr frame = av::makeFrame();
    frames.inspect(frame.get(), 2); // a sound picture says nothing
    frame->decode_error_flags = FF_DECODE_ERROR_MISSING_REFERENCE;
    frames.inspect(frame.get(), 3);
    frame->decode_error_flags = FF_DECODE_ERROR_CONCEALMENT_ACTIVE;
    frames.inspect(frame.get(), 4);
    frame->decode_error_flags = 0;
    frame->flags = AV_FRAME_FLAG_CORRUPT;
    frames.inspect(frame.get(), 5);
    QCOMPARE(frames.issues().size(), 4);
    QVERIFY(!frames.isEmpty());
    QStringList messages;
    for (const DecodeIssue &issue : frames.issues())
        messages << issue.message;
    QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), 4);
}

void tst_Analysis::readsFilterMetadata()
{
    av::FramePtr frame = av::makeFrame();
    QVERIFY(!analysis::metadataNumber(frame.get(), "lavfi.black_start"));
    av_dict_set(&frame->metadata, "lavfi.black_start", "1,5", 0); // a German C locale
    av_dict_set(&frame->metadata, "lavfi.black_end", "2.25", 0);
    av_dict_set(&frame->metadata, "lavfi.psnr.psnr_avg", "inf", 0);
    av_dict_set(&frame->metadata, "lavfi.r128.I", "-inf", 0);
    av_dict_set(&frame->metadata, "lavfi.scd.score", "nonsense", 0);
    QCOMPARE(analysis::metadataNumber(frame.get(), "lavfi.black_start"), 1.5);
    QCOMPARE(analysis::metadataNumber(frame.get(), "lavfi.black_end"), 2.25);
    QCOMPARE(analysis::metadataNumber(frame.get(), "lavfi.psnr.psnr_avg"),
             std::numeric_limits<double>::infinity());
    QCOMPARE(analysis::metadataNumber(frame.get(), "lavfi.r128.I"),
             -std::numeric_limits<double>::infinity());
    QVERIFY(!analysis::metadataNumber(frame.get(), "lavfi.scd.score"));
    frame->pts = 45;
    QCOMPARE(analysis::frameSeconds(frame.get(), {1, 30}), 1.5);
}

void tst_Analysis::trackSegments()
{
    analysis::SegmentTracker tracker;
    tracker.end(0.5); // an end without a start means nothing
    tracker.start(1.0);
    tracker.start(1.2); // already open: the first start counts
    tracker.end(2.0);
    tracker.start(3.0);
    tracker.end(3.2); // too short
    tracker.start(4.0);
    const QList<TimeSegment> segments = tracker.finish(5.0, 0.5);
    COMPARE_SEGMENTS(segments, (QList<TimeSegment>{{1.0, 2.0}, {4.0, 5.0}}), 1e-9);
    QCOMPARE(segments.constFirst().duration(), 1.0);
}

void tst_Analysis::rejectsBadFilterGraph()
{
    analysis::FilterChain chain;
    const QByteArray args = "video_size=64x64:pix_fmt=0:time_base=1/30:pixel_aspect=1/1";
    QVERIFY(chain.build({{false, args}}, {false}, "[in0] nosuchfilter [out0]", 1) < 0);
    QVERIFY(!chain.isBuilt());
    QVERIFY(chain.build({{false, "video_size=nonsense"}}, {false}, "[in0] null [out0]", 1) < 0);
    QVERIFY(chain.build({{false, args}}, {false}, "[in0] null [out0]", 1) >= 0);
    QVERIFY(chain.isBuilt());
}

void tst_Analysis::cliAnalyses()
{
    const QString black = test::media(u"analysis_black.mp4"_s);
    CliRun run = runCli({u"--json"_s, u"--quiet"_s, u"analyze"_s, black});
    QCOMPARE(run.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"file"_s].toString(), black);
    QCOMPARE(json[u"black"_s].toArray().size(), 1);
    for (const char *key : {"frozen", "silent", "sceneCuts", "decodeErrors"})
        QVERIFY(json[QString::fromLatin1(key)].isArray());
    // What take review flags, as `asset show` lists flags but without id and dismissed: nothing
    // analysed here is stored.
    const QJsonArray flags = json[u"flags"_s].toArray();
    QCOMPARE(flags.size(), 1);
    const QJsonObject flag = flags.at(0).toObject();
    QCOMPARE(flag.keys(), (QStringList{u"from"_s, u"kind"_s, u"message"_s, u"to"_s}));
    QCOMPARE(flag[u"kind"_s].toString(), u"black"_s);
    QVERIFY(std::abs(flag[u"from"_s].toDouble() - 1) < Frame);
    QVERIFY(std::abs(flag[u"to"_s].toDouble() - 2) < Frame);
    QVERIFY(flag[u"message"_s].toString().startsWith(u"Black from 1.0 s to 2.0 s"_s));

    run = runCli({u"analyze"_s, black, u"--black-duration"_s, u"0.2"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains("black 1.00–2.00 s (1.00 s)"), run.out.constData());
    QVERIFY(run.out.contains("scene cut at 1.00 s"));
    QVERIFY(run.out.contains("flag black: Black from 1.0 s to 2.0 s"));

    const QString source = test::media(u"h264_aac.mp4"_s);
    run = runCli({u"--quiet"_s, u"analyze"_s, source, u"--reference"_s, source});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains("PSNR inf dB"), run.out.constData());
    QVERIFY(run.out.contains("SSIM 1.0000"));
    QVERIFY(run.out.contains("loudness "));
    QVERIFY(run.out.contains("no black, frozen or silent stretches"));
    QVERIFY(run.out.contains("\nno flags"));

    // A first-frame image: its SSIM, and a drift flag when it is another picture.
    QTemporaryDir dir;
    const QString image = dir.filePath(u"other.png"_s);
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-v"_s,
                  u"error"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"testsrc=size=640x360"_s,
                  u"-frames:v"_s,
                  u"1"_s,
                  image});
    QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
    run = runCli({u"--json"_s, u"--quiet"_s, u"analyze"_s, source, u"--first-frame"_s, image});
    QCOMPARE(run.status, 0);
    const QJsonObject drifted = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(drifted[u"firstFrameImage"_s].toString(), image);
    QVERIFY(drifted[u"firstFrameSsim"_s].toDouble() < 0.5);
    QCOMPARE(drifted[u"flags"_s][0][u"kind"_s].toString(), u"drift"_s);
    QVERIFY(drifted[u"flags"_s][0][u"to"_s].isNull());

    run = runCli({u"--quiet"_s, u"analyze"_s, test::media(u"corrupt_mdat.mp4"_s)});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains("decode error at "), run.out.constData());
}

void tst_Analysis::cliRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("no file") << QStringList{u"analyze"_s} << 1;
    QTest::newRow("two files") << QStringList{u"analyze"_s, u"a.mp4"_s, u"b.mp4"_s} << 1;
    QTest::newRow("not a number") << QStringList{u"analyze"_s,
                                                 u"a.mp4"_s,
                                                 u"--freeze-duration"_s,
                                                 u"long"_s}
                                  << 1;
    QTest::newRow("missing") << QStringList{u"analyze"_s, u"/nonexistent/a.mp4"_s} << 2;
    QTest::newRow("bad threshold") << QStringList{u"analyze"_s,
                                                  test::media(u"h264_aac.mp4"_s),
                                                  u"--scene-threshold"_s,
                                                  u"500"_s}
                                   << 2;
}

void tst_Analysis::cliRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const CliRun run = runCli(QStringList{u"--json"_s} + args);
    QCOMPARE(run.status, status);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Analysis)
#include "tst_analysis.moc"
