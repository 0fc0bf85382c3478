// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "export/presetcatalog.h"
#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/conformchain.h"
#include "media/decoder.h"
#include "media/encoder.h"
#include "media/filtergraph.h"
#include "media/inputmedia.h"
#include "media/mediaprobe.h"
#include "media/muxer.h"
#include "media/samplequeue.h"
#include "media/transcoder.h"
#include "testmedia.h"
#include "transcodechecks.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/log.h>
}

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace mt;

namespace mt {

// For QCOMPARE's failure messages.
char *toString(const Rational &rational)
{
    return qstrdup(rational.toString().toUtf8().constData());
}

} // namespace mt

namespace {

QtMessageHandler s_previousHandler = nullptr;
QStringList s_libavMessages;

// libav's messages from threads without an AvLogCapture (encoder threads) arrive here.
void recordLibav(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "mt.libav")
        s_libavMessages << text;
    else
        s_previousHandler(type, context, text);
}

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

ExportPreset preset(const QString &name)
{
    const ExportPreset *found = PresetCatalog::builtIn().find(name);
    if (!found)
        qFatal("no preset %s", qPrintable(name));
    return *found;
}

// The share preset at x264's fastest: for tests about timing, not about the preset.
ExportPreset quickShare()
{
    ExportPreset fast = preset(u"share"_s);
    fast.video->speed = u"ultrafast"_s;
    fast.muxerOptions.clear();
    return fast;
}

struct Run
{
    Result<TranscodeResult> result = Error::failed({});
    QStringList complaints; // what libav said at warning level or above while transcoding
};

Run transcode(const TranscodeRequest &request, JobContext *job = nullptr)
{
    JobContext own(0);
    Run run;
    s_libavMessages.clear();
    AvLogCapture capture;
    run.result = Transcoder::run(request, job ? *job : own);
    // palettegen says so when two colours of its palette come out the same: harmless, and
    // frequent with test patterns.
    for (const QString &message : capture.messages() + s_libavMessages) {
        if (!message.startsWith(u"Duped color"_s))
            run.complaints << message;
    }
    return run;
}

TranscodeRequest request(const QStringList &inputs,
                         const QString &output,
                         const ExportPreset &p,
                         int width = 0,
                         int height = 0)
{
    TranscodeRequest r;
    for (const QString &input : inputs)
        r.sources.append(TranscodeSource{input});
    r.output = output;
    r.preset = p;
    r.width = width;
    r.height = height;
    return r;
}

double number(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString().toDouble();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A job that asks to stop once its progress reaches `at`.
struct CancellingJob
{
    explicit CancellingJob(double at)
        : job(0, [this, at] {
            const JobProgress progress = job.takeProgress();
            if (progress.fraction >= at && !job.isCancelled()) {
                cancelledAt = progress.fraction;
                job.cancel();
            }
        })
    {}

    JobContext job;
    double cancelledAt = 0;
};

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
    if (!process.waitForFinished(120000))
        qFatal("movietool-cli did not finish");
    return {process.exitCode(),
            process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class tst_Transcode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void builtInPresets_data();
    void builtInPresets();
    void presetsRoundTripThroughJson();
    void refusesInvalidPresets_data();
    void refusesInvalidPresets();
    void findsPresets();
    void missingEncoderIsRefused();

    void fitsPictures_data();
    void fitsPictures();
    void buildsChains();
    void queuesSamplesOnOneTimeline();
    void piecesFailCleanly();

    void convertsWithEveryPreset_data();
    void convertsWithEveryPreset();
    void pillarboxesRotatedPortraitUpright();
    void convertsFrameRate();
    void conformsVariableFrameRate();
    void downmixesSurround();
    void addsSilenceWhenSourceHasNone();
    void holdsAStill();
    void derivesTheOtherSide();
    void stopsAtThePresetsLimit();
    void skipsDamagedData();
    void followsFormatChanges();

    void mergesClipStillAndSilentClip();
    void keepsSyncAcrossSeams();
    void mergesSound();

    void cancellingLeavesNothing();
    void fullDiskFailsAndLeavesNothing();
    void refusesBadRequests_data();
    void refusesBadRequests();

    void cliListsPresets();
    void cliConvertsAndMerges();
    void cliRefuses_data();
    void cliRefuses();

private:
    QTemporaryDir m_dir;
};

void tst_Transcode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The first capture sets libav's level to errors; tests want warnings too.
    {
        AvLogCapture once;
    }
    av_log_set_level(AV_LOG_WARNING);
    s_previousHandler = qInstallMessageHandler(recordLibav);
}

void tst_Transcode::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    av_log_set_level(AV_LOG_ERROR);
}

void tst_Transcode::builtInPresets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("videoCodec");
    QTest::addColumn<QString>("audioCodec");

    QTest::newRow("share") << u"share"_s << u"mp4"_s << u"libx264"_s << u"aac"_s;
    QTest::newRow("h265") << u"h265"_s << u"mp4"_s << u"libx265"_s << u"aac"_s;
    QTest::newRow("webm") << u"webm"_s << u"webm"_s << u"libvpx-vp9"_s << u"libopus"_s;
    QTest::newRow("prores") << u"prores"_s << u"mov"_s << u"prores_ks"_s << u"pcm_s16le"_s;
    QTest::newRow("gif") << u"gif"_s << u"gif"_s << u"gif"_s << QString();
    QTest::newRow("m4a") << u"m4a"_s << u"m4a"_s << QString() << u"aac"_s;
    QTest::newRow("png") << u"png"_s << u"png"_s << u"png"_s << QString();
}

void tst_Transcode::builtInPresets()
{
    QFETCH(QString, name);
    QFETCH(QString, extension);
    QFETCH(QString, videoCodec);
    QFETCH(QString, audioCodec);

    // The resource is compiled into the static core library and registered without
    // Q_INIT_RESOURCE in this executable.
    QVERIFY(QFile::exists(u":/presets/presets.json"_s));
    const ExportPreset *p = PresetCatalog::builtIn().find(name);
    QVERIFY(p);
    QCOMPARE(p->extension, extension);
    QCOMPARE(p->hasVideo(), !videoCodec.isEmpty());
    QCOMPARE(p->hasAudio(), !audioCodec.isEmpty());
    if (p->video)
        QCOMPARE(p->video->codec, videoCodec);
    if (p->audio) {
        QCOMPARE(p->audio->codec, audioCodec);
        QCOMPARE(p->audio->sampleRate, 48000);
        QCOMPARE(p->audio->channelLayout, u"stereo"_s);
    }
    QVERIFY(!p->title.isEmpty() && !p->description.isEmpty());
    const Status encoders = p->checkEncoders();
    QVERIFY2(encoders.ok(), qPrintable(encoders.error().message));
}

void tst_Transcode::presetsRoundTripThroughJson()
{
    QCOMPARE(PresetCatalog::builtIn().names(),
             QStringList(
                     {u"share"_s, u"h265"_s, u"webm"_s, u"prores"_s, u"gif"_s, u"m4a"_s, u"png"_s}));
    const ExportPreset &share = *PresetCatalog::builtIn().find(u"share"_s);
    QCOMPARE(share.video->crf, 23);
    QCOMPARE(share.video->speed, u"veryfast"_s);
    QCOMPARE(share.audio->bitRate, 128000);
    for (const ExportPreset &p : PresetCatalog::builtIn().presets()) {
        const Result<ExportPreset> again = ExportPreset::fromJson(p.toJson());
        QVERIFY2(again.ok(), errorOf(again));
        QCOMPARE(again->toJson(), p.toJson());
    }
}

void tst_Transcode::refusesInvalidPresets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    const QByteArray audio = R"("audio": {"codec": "aac"})";
    QTest::newRow("not json") << QByteArray("{") << u"presets"_s;
    QTest::newRow("no list") << QByteArray(R"({"presets": 3})") << u"presets"_s;
    QTest::newRow("no name") << QByteArray(R"({"presets": [{"container": "mp4",
            "extension": "mp4", )" + audio + "}]}")
                             << u"name"_s;
    QTest::newRow("nothing") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4"}]})")
                             << u"neither"_s;
    QTest::newRow("pixel format") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "video": {"codec": "libx264", "pixelFormat": "yuv999"}}]})")
                                  << u"yuv999"_s;
    QTest::newRow("video codec") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "video": {"pixelFormat": "yuv420p"}}]})")
                                 << u"codec"_s;
    QTest::newRow("tag") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "video": {"codec": "libx265", "pixelFormat": "yuv420p",
            "codecTag": "hvc"}}]})")
                         << u"four"_s;
    QTest::newRow("rate") << QByteArray(R"({"presets": [{"name": "x", "container": "gif",
            "extension": "gif", "video": {"codec": "gif", "pixelFormat": "pal8",
            "maxFrameRate": "fast"}}]})")
                          << u"maxFrameRate"_s;
    QTest::newRow("audio codec") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "audio": {"bitRate": 1}}]})")
                                 << u"codec"_s;
    QTest::newRow("sample rate") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "audio": {"codec": "aac", "sampleRate": 5}}]})")
                                 << u"5 Hz"_s;
    QTest::newRow("layout") << QByteArray(R"({"presets": [{"name": "x", "container": "mp4",
            "extension": "mp4", "audio": {"codec": "aac", "channelLayout": "lots"}}]})")
                            << u"lots"_s;
    QTest::newRow("frame of sound") << QByteArray(R"({"presets": [{"name": "x",
            "container": "mp4", "extension": "m4a", "singleFrame": true, )"
                                                  + audio + "}]}")
                                    << u"single frame"_s;
    QTest::newRow("negative limit") << QByteArray(R"({"presets": [{"name": "x",
            "container": "mp4", "extension": "m4a", "maxDuration": -1, )"
                                                  + audio + "}]}")
                                    << u"maxDuration"_s;
    QTest::newRow("twice") << QByteArray(R"({"presets": [
            {"name": "x", "container": "ipod", "extension": "m4a", )"
                                         + audio + R"(},
            {"name": "x", "container": "ipod", "extension": "m4a", )"
                                         + audio + "}]}")
                           << u"twice"_s;
}

void tst_Transcode::refusesInvalidPresets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<PresetCatalog> catalog = PresetCatalog::fromJson(json);
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().kind, ErrorKind::Refused);
    QVERIFY2(catalog.error().message.contains(reason), errorOf(catalog));
}

void tst_Transcode::findsPresets()
{
    const PresetCatalog &catalog = PresetCatalog::builtIn();
    QCOMPARE(catalog.find(u"SHARE"_s)->name, u"share"_s);
    QCOMPARE(catalog.forExtension(u"MP4"_s)->name, u"share"_s);
    QCOMPARE(catalog.forExtension(u"mov"_s)->name, u"prores"_s);
    QVERIFY(!catalog.forExtension(u"avi"_s));
    const Result<ExportPreset> unknown = catalog.preset(u"vhs"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::Refused);
    QVERIFY2(unknown.error().message.contains(u"vhs"_s)
                     && unknown.error().message.contains(u"share, h265"_s),
             errorOf(unknown));
    QCOMPARE(catalog.preset(u"gif"_s)->name, u"gif"_s);
}

void tst_Transcode::missingEncoderIsRefused()
{
    ExportPreset missing = preset(u"share"_s);
    missing.name = u"future"_s;
    missing.video->codec = u"libx266"_s;
    Status status = missing.checkEncoders();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Refused);
    QVERIFY2(status.error().message.contains(u"libx266"_s), qPrintable(status.error().message));

    ExportPreset noMuxer = preset(u"m4a"_s);
    noMuxer.container = u"betamax"_s;
    status = noMuxer.checkEncoders();
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(u"betamax"_s));

    // And a transcode with it is refused before anything is written.
    const QString out = m_dir.filePath(u"future.mp4"_s);
    const Run run = transcode(request({test::media(u"h264_aac.mp4"_s)}, out, missing));
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().kind, ErrorKind::Refused);
    QVERIFY(!QFile::exists(out));

    // A preset option the encoder does not have is a failure that names it.
    ExportPreset typo = quickShare();
    typo.video->options.insert(u"crff"_s, u"20"_s);
    const Run typoRun = transcode(
            request({test::media(u"h264_aac.mp4"_s)}, m_dir.filePath(u"typo.mp4"_s), typo));
    QVERIFY(!typoRun.result.ok());
    QVERIFY2(typoRun.result.error().message.contains(u"crff"_s), errorOf(typoRun.result));
    QVERIFY(!QFile::exists(m_dir.filePath(u"typo.mp4"_s)));
    ExportPreset muxerTypo = quickShare();
    muxerTypo.muxerOptions.insert(u"movflag"_s, u"+faststart"_s);
    const Run muxerRun = transcode(
            request({test::media(u"h264_aac.mp4"_s)}, m_dir.filePath(u"typo.mp4"_s), muxerTypo));
    QVERIFY(!muxerRun.result.ok());
    QVERIFY2(muxerRun.result.error().message.contains(u"movflag"_s), errorOf(muxerRun.result));
    QVERIFY(!QFile::exists(m_dir.filePath(u"typo.mp4"_s)));
}

void tst_Transcode::fitsPictures_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("sarNum");
    QTest::addColumn<int>("sarDen");
    QTest::addColumn<int>("rotation");
    QTest::addColumn<QString>("pixelFormat");
    QTest::addColumn<QSize>("box");
    QTest::addColumn<QSize>("fitted");

    QTest::newRow("same") << 1280 << 720 << 1 << 1 << 0 << u"yuv420p"_s << QSize(1280, 720)
                          << QSize(1280, 720);
    QTest::newRow("down") << 1920 << 1080 << 1 << 1 << 0 << u"yuv420p"_s << QSize(1280, 720)
                          << QSize(1280, 720);
    QTest::newRow("portrait rotated")
            << 640 << 360 << 1 << 1 << 90 << u"yuv420p"_s << QSize(1280, 720) << QSize(406, 720);
    QTest::newRow("rotated 270") << 640 << 360 << 1 << 1 << 270 << u"rgb24"_s << QSize(1280, 720)
                                 << QSize(405, 720);
    QTest::newRow("upside down") << 640 << 360 << 1 << 1 << 180 << u"yuv420p"_s << QSize(1280, 720)
                                 << QSize(1280, 720);
    QTest::newRow("4:3 in 16:9") << 640 << 480 << 1 << 1 << 0 << u"yuv420p"_s << QSize(1280, 720)
                                 << QSize(960, 720);
    QTest::newRow("anamorphic") << 720 << 576 << 64 << 45 << 0 << u"yuv420p"_s << QSize(1280, 720)
                                << QSize(1280, 720);
    QTest::newRow("wide in square")
            << 1280 << 720 << 1 << 1 << 0 << u"yuv420p"_s << QSize(480, 480) << QSize(480, 270);
    QTest::newRow("odd") << 321 << 243 << 1 << 1 << 0 << u"yuv420p"_s << QSize(320, 242)
                         << QSize(320, 242);
    QTest::newRow("4:2:2 keeps odd rows")
            << 100 << 51 << 1 << 1 << 0 << u"yuv422p10le"_s << QSize(100, 100) << QSize(100, 51);
    QTest::newRow("unknown aspect")
            << 640 << 360 << 0 << 1 << 0 << u"yuv420p"_s << QSize(640, 360) << QSize(640, 360);
}

void tst_Transcode::fitsPictures()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, sarNum);
    QFETCH(int, sarDen);
    QFETCH(int, rotation);
    QFETCH(QString, pixelFormat);
    QFETCH(QSize, box);
    QFETCH(QSize, fitted);
    const conform::Picture picture{width, height, {sarNum, sarDen}, rotation, {30, 1}};
    QCOMPARE(conform::fittedSize(picture, box, pixelFormat), fitted);
}

void tst_Transcode::buildsChains()
{
    conform::Picture portrait{640, 360, {1, 1}, 90, {30, 1}};
    conform::VideoFormat hd{1280, 720, {30, 1}, u"yuv420p"_s, false};
    QCOMPARE(conform::videoChain(portrait, hd),
             u"transpose=clock,scale=406:720,pad=1280:720:(ow-iw)/2:(oh-ih)/2:black,setsar=1,"
             "format=yuv420p,fps=30:start_time=0"_s);

    // Dropping frames happens before scaling; a still gets no rate at all.
    conform::Picture fast{1920, 1080, {1, 1}, 270, {60000, 1001}};
    QCOMPARE(conform::videoChain(fast, hd),
             u"transpose=cclock,fps=30:start_time=0,scale=406:720,"
             "pad=1280:720:(ow-iw)/2:(oh-ih)/2:black,setsar=1,format=yuv420p"_s);
    conform::Picture still{1280, 720, {1, 1}, 180, {0, 1}};
    conform::VideoFormat stillFormat{1280, 720, {0, 1}, u"yuv420p"_s, false};
    QCOMPARE(conform::videoChain(still, stillFormat),
             u"hflip,vflip,scale=1280:720,setsar=1,format=yuv420p"_s);

    // A chain made mid-way (the source changed format) continues instead of starting at 0.
    conform::VideoFormat continued = hd;
    continued.fromStart = false;
    QVERIFY(conform::videoChain(portrait, continued).endsWith(u",fps=30"_s));
    QVERIFY(!conform::audioChain(48000, u"fltp"_s, u"stereo"_s, false).contains(u"first_pts"_s));

    conform::VideoFormat gif{480, 270, {10, 1}, u"pal8"_s, true};
    QVERIFY(conform::videoChain(fast, gif).contains(u"palettegen"_s));
    QCOMPARE(conform::audioChain(48000, u"fltp"_s, u"stereo"_s),
             u"aresample=48000:async=1:first_pts=0,aformat=sample_fmts=fltp:"
             "channel_layouts=stereo"_s);
}

void tst_Transcode::queuesSamplesOnOneTimeline()
{
    SampleQueue queue;
    const AVChannelLayout stereo = AV_CHANNEL_LAYOUT_STEREO;
    QCOMPARE(queue.open(AV_SAMPLE_FMT_FLTP, stereo, 48000, 1024), 0);
    av::FramePtr tone = av::makeFrame();
    tone->format = AV_SAMPLE_FMT_FLTP;
    tone->nb_samples = 3000;
    QCOMPARE(av_channel_layout_copy(&tone->ch_layout, &stereo), 0);
    QCOMPARE(av_frame_get_buffer(tone.get(), 0), 0);
    for (int channel = 0; channel < 2; ++channel) {
        auto *samples = reinterpret_cast<float *>(tone->extended_data[channel]);
        std::fill(samples, samples + 3000, 0.5f);
    }
    QCOMPARE(queue.append(tone.get()), 0);
    QCOMPARE(queue.written(), 3000);

    // Frames come out whole, stamped by position, never past the limit.
    av::FramePtr frame;
    QCOMPARE(queue.take(1500, false, &frame), 0);
    QVERIFY(frame);
    QCOMPARE(frame->nb_samples, 1024);
    QCOMPARE(frame->pts, 0);
    QCOMPARE(queue.take(1500, false, &frame), 0);
    QVERIFY(!frame);

    // Cut to 2500: the newest 500 go. Padded to 4000: silence follows the sound.
    QCOMPARE(queue.conformTo(2500), 0);
    QCOMPARE(queue.written(), 2500);
    QCOMPARE(queue.take(INT64_MAX, false, &frame), 0);
    QCOMPARE(frame->pts, 1024);
    QCOMPARE(queue.take(INT64_MAX, false, &frame), 0);
    QVERIFY(!frame); // 452 left: less than a frame
    QCOMPARE(queue.conformTo(4000), 0);
    QCOMPARE(queue.take(INT64_MAX, false, &frame), 0);
    QCOMPARE(frame->pts, 2048);
    const auto *left = reinterpret_cast<const float *>(frame->extended_data[0]);
    QCOMPARE(left[451], 0.5f);
    QCOMPARE(left[452], 0.0f);
    QCOMPARE(queue.take(INT64_MAX, false, &frame), 0);
    QVERIFY(!frame);
    QCOMPARE(queue.take(INT64_MAX, true, &frame), 0); // the end: the short last frame
    QCOMPARE(frame->nb_samples, 4000 - 3072);
    QCOMPARE(frame->pts, 3072);
    QCOMPARE(queue.taken(), 4000);

    // What was given out stays given out.
    QCOMPARE(queue.conformTo(100), 0);
    QCOMPARE(queue.written(), 4000);
    QCOMPARE(queue.take(INT64_MAX, true, &frame), 0);
    QVERIFY(!frame);
}

void tst_Transcode::piecesFailCleanly()
{
    // A chain libavfilter does not know.
    av::FramePtr picture = av::makeFrame();
    picture->format = AV_PIX_FMT_YUV420P;
    picture->width = 64;
    picture->height = 64;
    FilterGraph graph;
    QVERIFY(graph.create(picture.get(), {1, 30}, u"nosuchfilter"_s) < 0);
    QVERIFY(!graph.isCreated());

    // Encoders that are missing, or refuse their settings.
    Encoder encoder;
    VideoEncoding video;
    video.codec = u"nosuchencoder"_s;
    Status status = encoder.openVideo(video, {64, 64, {30, 1}}, false);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Refused);
    AudioEncoding audio;
    audio.codec = u"nosuchencoder"_s;
    QCOMPARE(encoder.openAudio(audio, false).error().kind, ErrorKind::Refused);
    video.codec = u"libx264"_s;
    video.pixelFormat = u"yuv420p"_s;
    video.speed = u"warp"_s;
    status = encoder.openVideo(video, {64, 64, {30, 1}}, false);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"libx264"_s), qPrintable(status.error().message));

    // A stream no decoder reads.
    AVFormatContext *format = avformat_alloc_context();
    AVStream *stream = avformat_new_stream(format, nullptr);
    stream->codecpar->codec_type = AVMEDIA_TYPE_DATA;
    Decoder decoder;
    QCOMPARE(decoder.open(stream, true), AVERROR_DECODER_NOT_FOUND);
    QVERIFY(!decoder.isOpen());
    avformat_free_context(format);

    // Inputs that are not media; outputs that cannot be written.
    const std::atomic<bool> running{false};
    InputMedia input;
    status = input.open(test::media(u"notmedia.mp4"_s), {}, running);
    QCOMPARE(status.error().kind, ErrorKind::Refused);
    Muxer muxer;
    status = muxer.open(m_dir.filePath(u"x.vhs"_s), u"x.vhs"_s, u"nosuchformat"_s, running);
    QCOMPARE(status.error().kind, ErrorKind::Failed);
    Muxer nowhere;
    status = nowhere.open(m_dir.filePath(u"nofolder/x.mp4"_s), u"x.mp4"_s, u"mp4"_s, running);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"x.mp4"_s), qPrintable(status.error().message));
}

void tst_Transcode::convertsWithEveryPreset_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QSize>("asked");
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QString>("videoCodec");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("audioCodec");

    // The 720p shot at its own size with the share preset; the slower encoders at a chosen small
    // size, which the test is about as much.
    QTest::newRow("share") << u"share"_s << QSize() << u"mov,mp4,m4a,3gp,3g2,mj2"_s << u"h264"_s
                           << QSize(1280, 720) << 30.0 << u"aac"_s;
    QTest::newRow("h265") << u"h265"_s << QSize(320, 180) << u"mov,mp4,m4a,3gp,3g2,mj2"_s
                          << u"hevc"_s << QSize(320, 180) << 30.0 << u"aac"_s;
    QTest::newRow("webm") << u"webm"_s << QSize(320, 180) << u"matroska,webm"_s << u"vp9"_s
                          << QSize(320, 180) << 30.0 << u"opus"_s;
    QTest::newRow("prores") << u"prores"_s << QSize(320, 180) << u"mov,mp4,m4a,3gp,3g2,mj2"_s
                            << u"prores"_s << QSize(320, 180) << 30.0 << u"pcm_s16le"_s;
    QTest::newRow("gif") << u"gif"_s << QSize() << u"gif"_s << u"gif"_s << QSize(480, 270) << 10.0
                         << QString();
    QTest::newRow("m4a") << u"m4a"_s << QSize() << u"mov,mp4,m4a,3gp,3g2,mj2"_s << QString()
                         << QSize() << 0.0 << u"aac"_s;
    QTest::newRow("png") << u"png"_s << QSize() << u"png_pipe"_s << u"png"_s << QSize(1280, 720)
                         << 0.0 << QString();
}

void tst_Transcode::convertsWithEveryPreset()
{
    QFETCH(QString, presetName);
    QFETCH(QSize, asked);
    QFETCH(QString, formatName);
    QFETCH(QString, videoCodec);
    QFETCH(QSize, size);
    QFETCH(double, rate);
    QFETCH(QString, audioCodec);

    const ExportPreset p = preset(presetName);
    const QString out = m_dir.filePath(u"every_"_s + presetName + u'.' + p.extension);
    const Run run = transcode(
            request({test::media(u"shot_720p.mp4"_s)}, out, p, asked.width(), asked.height()));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    QCOMPARE(run.result->output, QFileInfo(out).absoluteFilePath());
    QCOMPARE(run.result->size, QFileInfo(out).size());

    const Result<MediaInfo> info = MediaProbe::probe(out);
    QVERIFY2(info.ok(), errorOf(info));
    QCOMPARE(info->container, formatName);
    QCOMPARE(info->hasVideo(), !videoCodec.isEmpty());
    QCOMPARE(info->hasAudio(), !audioCodec.isEmpty());
    if (info->video) {
        QCOMPARE(info->video->codec, videoCodec);
        QCOMPARE(QSize(info->video->width, info->video->height), size);
        QCOMPARE(QSize(run.result->width, run.result->height), size);
    }
    if (info->audio) {
        QCOMPARE(info->audio->codec, audioCodec);
        QCOMPARE(info->audio->channels, 2);
        QCOMPARE(info->audio->sampleRate, 48000);
    }
    if (presetName == u"png"_s) {
        QCOMPARE(run.result->frames, qint64(1));
        QCOMPARE(info->kind, MediaKind::Image);
        return;
    }
    // Six seconds, to the frame (and the sound to the same length).
    const double frame = rate > 0 ? 1.0 / rate : 0.025;
    QVERIFY2(std::abs(info->duration - 6.0) <= frame, qPrintable(u"%1 s"_s.arg(info->duration)));
    // The picture sets the length; sound alone ends with its last whole AAC frame or so.
    QVERIFY(std::abs(run.result->duration - 6.0) < (rate > 0 ? 1e-6 : 2048.0 / 48000));
    if (rate > 0) {
        QCOMPARE(run.result->frames, qint64(6 * rate));
        const QJsonObject video = test::streamOf(test::probeStreams(out, true), u"video"_s);
        QCOMPARE(video.value(u"nb_read_frames"_s).toString().toLongLong(), qint64(6 * rate));
    }
}

void tst_Transcode::pillarboxesRotatedPortraitUpright()
{
    const QString source = test::media(u"portrait_rot90.mp4"_s);
    const QString out = m_dir.filePath(u"portrait.mp4"_s);
    const Run run = transcode(request({source}, out, quickShare(), 1280, 720));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    const Result<MediaInfo> info = MediaProbe::probe(out);
    QVERIFY2(info.ok(), errorOf(info));
    QCOMPARE(info->video->rotation, 0);
    QCOMPARE(QSize(info->video->width, info->video->height), QSize(1280, 720));

    const QImage frame = test::frameAt(out, 1.0);
    QCOMPARE(frame.size(), QSize(1280, 720));
    // The picture is 406 wide in the middle (437..842); the sides are black.
    const auto columnMax = [&](int x) {
        int brightest = 0;
        for (int y = 0; y < frame.height(); y += 4)
            brightest = std::max(brightest, qGray(frame.pixel(x, y)));
        return brightest;
    };
    for (int x : {0, 200, 430, 850, 1100, 1279})
        QVERIFY2(columnMax(x) < 24, qPrintable(u"column %1"_s.arg(x)));
    for (int x : {450, 640, 830})
        QVERIFY2(columnMax(x) > 100, qPrintable(u"column %1"_s.arg(x)));

    // Upright: the middle matches the ffmpeg CLI's own autorotated picture, not its upside-down.
    const QString reference = m_dir.filePath(u"portrait_reference.png"_s);
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-v"_s,
                  u"error"_s,
                  u"-y"_s,
                  u"-ss"_s,
                  u"1.0"_s,
                  u"-i"_s,
                  source,
                  u"-frames:v"_s,
                  u"1"_s,
                  u"-vf"_s,
                  u"scale=406:720"_s,
                  reference});
    QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
    const QImage upright = QImage(reference).convertToFormat(QImage::Format_RGB888);
    const QImage middle = frame.copy(437, 0, 406, 720);
    const auto difference = [&](const QImage &other) {
        double sum = 0;
        for (int y = 0; y < 720; y += 3) {
            for (int x = 0; x < 406; x += 3)
                sum += std::abs(qGray(middle.pixel(x, y)) - qGray(other.pixel(x, y)));
        }
        return sum / (240.0 * 136.0);
    };
    const double asReference = difference(upright);
    const double turned = difference(upright.mirrored(true, true));
    QVERIFY2(asReference < 6 && turned > 4 * asReference,
             qPrintable(u"%1 vs %2"_s.arg(asReference).arg(turned)));
}

void tst_Transcode::convertsFrameRate()
{
    // 48 frames of 1001/24000 s end at 2.002 s: 60 frames of 1/30 s.
    const QString out = m_dir.filePath(u"ntsc_to_30.mp4"_s);
    TranscodeRequest r = request({test::media(u"ntsc_23976.mp4"_s)}, out, quickShare());
    r.frameRate = {30, 1};
    const Run run = transcode(r);
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(run.result->frames, qint64(60));
    const QJsonArray streams = test::probeStreams(out, true);
    const QJsonObject video = test::streamOf(streams, u"video"_s);
    QCOMPARE(video.value(u"nb_read_frames"_s).toString().toInt(), 60);
    QCOMPARE(video.value(u"r_frame_rate"_s).toString(), u"30/1"_s);
    QVERIFY(std::abs(number(test::streamOf(streams, u"audio"_s), u"duration"_s) - 2.0) < 0.03);

    // Without --fps the source's own rate is kept, exactly.
    const QString same = m_dir.filePath(u"ntsc_same.mp4"_s);
    const Run kept = transcode(request({test::media(u"ntsc_23976.mp4"_s)}, same, quickShare()));
    QVERIFY2(kept.result.ok(), errorOf(kept.result));
    QCOMPARE(kept.result->frameRate, (Rational{24000, 1001}));
    QCOMPARE(kept.result->frames, qint64(48));
}

void tst_Transcode::conformsVariableFrameRate()
{
    const QString source = test::media(u"vfr.mkv"_s);
    const Result<MediaInfo> in = MediaProbe::probe(source);
    QVERIFY2(in.ok(), errorOf(in));
    QVERIFY(in->video->variableFrameRate);
    const QString out = m_dir.filePath(u"vfr_to_cfr.mp4"_s);
    TranscodeRequest r = request({source}, out, quickShare());
    r.frameRate = {30, 1};
    const Run run = transcode(r);
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    const Result<MediaInfo> info = MediaProbe::probe(out);
    QVERIFY2(info.ok(), errorOf(info));
    QVERIFY(!info->video->variableFrameRate);
    QCOMPARE(info->video->frameRate, (Rational{30, 1}));
    // The picture lasts as long as the source's did, to a frame; the sound as long.
    QVERIFY2(std::abs(run.result->duration - in->duration) <= 1.0 / 30 + 1e-9,
             qPrintable(u"%1 vs %2"_s.arg(run.result->duration).arg(in->duration)));
    QCOMPARE(run.result->frames, std::llround(run.result->duration * 30));
    const QJsonArray streams = test::probeStreams(out);
    QVERIFY(std::abs(number(test::streamOf(streams, u"audio"_s), u"duration"_s)
                     - number(test::streamOf(streams, u"video"_s), u"duration"_s))
            < 1.0 / 30);
}

void tst_Transcode::downmixesSurround()
{
    const QString out = m_dir.filePath(u"downmix.mp4"_s);
    const Run run = transcode(
            request({test::media(u"surround51.mp4"_s)}, out, quickShare(), 320, 180));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    const Result<MediaInfo> info = MediaProbe::probe(out);
    QVERIFY2(info.ok(), errorOf(info));
    QCOMPARE(info->audio->channels, 2);
    QCOMPARE(info->audio->channelLayout, u"stereo"_s);
    // The tone of the front channels is still heard.
    QVERIFY(test::peakBetween(test::monoSamples(out), 0.5, 1.5) > 0.05);
}

void tst_Transcode::addsSilenceWhenSourceHasNone()
{
    const QString out = m_dir.filePath(u"silent_track.mp4"_s);
    const Run run = transcode(
            request({test::media(u"no_audio.mp4"_s)}, out, quickShare(), 320, 180));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    const QJsonArray streams = test::probeStreams(out);
    const QJsonObject audio = test::streamOf(streams, u"audio"_s);
    QCOMPARE(audio.value(u"codec_name"_s).toString(), u"aac"_s);
    QCOMPARE(audio.value(u"channels"_s).toInt(), 2);
    QVERIFY(std::abs(number(audio, u"duration"_s) - 2.0) < 0.03);
    const QList<float> samples = test::monoSamples(out);
    QVERIFY(samples.size() > 90000);
    QCOMPARE(test::peakBetween(samples, 0, 2), 0.0f);
}

void tst_Transcode::holdsAStill()
{
    const QString out = m_dir.filePath(u"still.mp4"_s);
    TranscodeRequest r = request({test::media(u"still.jpg"_s)}, out, quickShare());
    const Run run = transcode(r);
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    // The default 3 s at 30 fps (the rate when only stills are given), at the still's size.
    QCOMPARE(run.result->frames, qint64(90));
    QCOMPARE(QSize(run.result->width, run.result->height), QSize(640, 360));
    const QJsonArray streams = test::probeStreams(out, true);
    QCOMPARE(test::streamOf(streams, u"video"_s).value(u"nb_read_frames"_s).toString(), u"90"_s);
    QVERIFY(std::abs(number(test::streamOf(streams, u"audio"_s), u"duration"_s) - 3.0) < 0.03);
    // A JPEG is full-range YUV: its levels are converted, not clipped or washed out.
    const QImage original = QImage(test::media(u"still.jpg"_s))
                                    .convertToFormat(QImage::Format_RGB888);
    const QImage encoded = test::frameAt(out, 1.0);
    QCOMPARE(encoded.size(), original.size());
    double difference = 0;
    for (int y = 0; y < original.height(); y += 4) {
        for (int x = 0; x < original.width(); x += 4)
            difference += std::abs(qGray(original.pixel(x, y)) - qGray(encoded.pixel(x, y)));
    }
    difference /= (original.height() / 4) * (original.width() / 4);
    QVERIFY2(difference < 4, qPrintable(QString::number(difference)));

    // A still to a picture: one frame, upright, any size asked.
    const QString png = m_dir.filePath(u"portrait.png"_s);
    const Run frame = transcode(
            request({test::media(u"portrait_rot90.mp4"_s)}, png, preset(u"png"_s)));
    QVERIFY2(frame.result.ok(), errorOf(frame.result));
    QCOMPARE(QImage(png).size(), QSize(360, 640));
}

void tst_Transcode::derivesTheOtherSide()
{
    const QString out = m_dir.filePath(u"derived.mp4"_s);
    const Run run = transcode(request({test::media(u"h264_aac.mp4"_s)}, out, quickShare(), 0, 180));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QCOMPARE(QSize(run.result->width, run.result->height), QSize(320, 180));
    const QString odd = m_dir.filePath(u"odd.mp4"_s);
    const Run oddRun = transcode(request({test::media(u"odd_size.mp4"_s)}, odd, quickShare()));
    QVERIFY2(oddRun.result.ok(), errorOf(oddRun.result));
    QCOMPARE(QSize(oddRun.result->width, oddRun.result->height), QSize(320, 242));
    QCOMPARE(test::decodeComplaints(odd), QString());
    const QString wide = m_dir.filePath(u"wide.mp4"_s);
    const Run wideRun = transcode(
            request({test::media(u"h264_aac.mp4"_s)}, wide, quickShare(), 320));
    QVERIFY2(wideRun.result.ok(), errorOf(wideRun.result));
    QCOMPARE(wideRun.result->height, 180);

    // A merge takes its size from the first video, not from a title still before it.
    const QString titled = m_dir.filePath(u"titled.mp4"_s);
    TranscodeRequest r = request({test::media(u"still.png"_s), test::media(u"odd_size.mp4"_s)},
                                 titled,
                                 quickShare());
    r.sources[0].stillDuration = 0.5;
    const Run titledRun = transcode(r);
    QVERIFY2(titledRun.result.ok(), errorOf(titledRun.result));
    QCOMPARE(QSize(titledRun.result->width, titledRun.result->height), QSize(320, 242));
    QCOMPARE(titledRun.result->frames, qint64(15 + 60));
}

void tst_Transcode::stopsAtThePresetsLimit()
{
    ExportPreset shortGif = preset(u"gif"_s);
    shortGif.maxDuration = 1.0;
    const QString out = m_dir.filePath(u"short.gif"_s);
    const Run run = transcode(request({test::media(u"h264_aac.mp4"_s), test::media(u"still.png"_s)},
                                      out,
                                      shortGif,
                                      160,
                                      90));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QCOMPARE(run.result->frames, qint64(10));
    QCOMPARE(test::frameLumas(out).size(), 10);
}

void tst_Transcode::skipsDamagedData()
{
    // 4 KB of garbage a second into the picture: decoders conceal it, as players do, and the
    // output keeps its length.
    const QString out = m_dir.filePath(u"damaged.mp4"_s);
    const Run run = transcode(request({test::media(u"corrupt_mdat.mp4"_s)}, out, quickShare()));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QCOMPARE(run.result->frames, qint64(60));
    QCOMPARE(test::decodeComplaints(out), QString());
}

void tst_Transcode::followsFormatChanges()
{
    // 1 s of 320x180 with 48 kHz stereo, then 1 s of 640x360 with 44.1 kHz mono, in one stream
    // (whose timestamps overlap by two frames at the join): each part conformed and joined end to
    // end, nothing lost at the change, the sound as long as the picture.
    const QString out = m_dir.filePath(u"format_change.mp4"_s);
    const Run run = transcode(
            request({test::media(u"format_change.ts"_s)}, out, quickShare(), 320, 180));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QCOMPARE(test::decodeComplaints(out), QString());
    QCOMPARE(run.result->frames, qint64(60));
    const QList<float> samples = test::monoSamples(out);
    QVERIFY(std::abs(samples.size() / 48000.0 - 2.0) < 0.03);
    QVERIFY(test::peakBetween(samples, 0.2, 0.9) > 0.1);
    QVERIFY(test::peakBetween(samples, 1.1, 1.9) > 0.1);
}

void tst_Transcode::mergesClipStillAndSilentClip()
{
    // 2 s clip with a tone, a still held 1.5 s, 2 s clip without sound: 5.5 s, 165 frames.
    const QString out = m_dir.filePath(u"merged.mp4"_s);
    TranscodeRequest r = request({test::media(u"h264_aac.mp4"_s),
                                  test::media(u"still.png"_s),
                                  test::media(u"no_audio.mp4"_s)},
                                 out,
                                 quickShare());
    r.sources[1].stillDuration = 1.5;
    const Run run = transcode(r);
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    QCOMPARE(run.result->frames, qint64(165));
    QCOMPARE(QSize(run.result->width, run.result->height), QSize(640, 360));

    const QJsonArray streams = test::probeStreams(out, true);
    const QJsonObject video = test::streamOf(streams, u"video"_s);
    const QJsonObject audio = test::streamOf(streams, u"audio"_s);
    QCOMPARE(video.value(u"nb_read_frames"_s).toString(), u"165"_s);
    QVERIFY(std::abs(number(video, u"duration"_s) - 5.5) <= 1.0 / 30);
    QVERIFY(std::abs(number(audio, u"duration"_s) - 5.5) <= 1.0 / 30);
    QVERIFY(std::abs(number(audio, u"start_time"_s) - number(video, u"start_time"_s)) < 1.0 / 30);

    // The tone under the first clip only: silence under the still and the silent clip.
    const QList<float> samples = test::monoSamples(out);
    QVERIFY(samples.size() >= 5.45 * 48000);
    QVERIFY(test::peakBetween(samples, 0.1, 1.9) > 0.1);
    QCOMPARE(test::peakBetween(samples, 2.1, 5.5), 0.0f);
}

void tst_Transcode::keepsSyncAcrossSeams()
{
    // A still (1.5 s), then twice a 25 fps clip whose flash and beep start 1.0 s in: they must
    // meet at 2.5 s and 4.5 s in the 30 fps, 48 kHz output.
    const QString sync = test::media(u"sync_flash.mp4"_s);
    const QString out = m_dir.filePath(u"sync.mp4"_s);
    TranscodeRequest r = request({test::media(u"still.jpg"_s), sync, sync},
                                 out,
                                 quickShare(),
                                 320,
                                 240);
    r.frameRate = {30, 1};
    r.sources[0].stillDuration = 1.5;
    const Run run = transcode(r);
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));

    const QList<double> lumas = test::frameLumas(out);
    QCOMPARE(lumas.size(), 45 + 60 + 60);
    const QList<float> samples = test::monoSamples(out);
    for (double expected : {2.5, 4.5}) {
        int flash = int(std::lround(expected * 30)) - 10;
        while (flash < lumas.size() && lumas[flash] < 128)
            ++flash;
        const double flashAt = flash / 30.0;
        const double beepAt = test::firstLoud(samples, 0.1f, expected - 0.3);
        QVERIFY2(std::abs(flashAt - expected) < 1.0 / 30 + 1e-6,
                 qPrintable(u"flash at %1"_s.arg(flashAt)));
        QVERIFY2(std::abs(beepAt - flashAt) < 1.0 / 30,
                 qPrintable(u"flash at %1, beep at %2"_s.arg(flashAt).arg(beepAt)));
    }
}

void tst_Transcode::mergesSound()
{
    // Sound only: a tone, then a clip without sound (2 s of silence), then a clip's sound.
    const QString out = m_dir.filePath(u"sound.m4a"_s);
    const Run run = transcode(request({test::media(u"tone.wav"_s),
                                       test::media(u"no_audio.mp4"_s),
                                       test::media(u"h264_aac.mp4"_s)},
                                      out,
                                      preset(u"m4a"_s)));
    QVERIFY2(run.result.ok(), errorOf(run.result));
    QVERIFY2(run.complaints.isEmpty(), qPrintable(run.complaints.join(u'\n')));
    QCOMPARE(test::decodeComplaints(out), QString());
    QCOMPARE(run.result->frames, qint64(0));
    QVERIFY2(std::abs(run.result->duration - 6.0) < 0.05,
             qPrintable(QString::number(run.result->duration)));
    const QList<float> samples = test::monoSamples(out);
    QVERIFY(test::peakBetween(samples, 0.2, 1.8) > 0.1);
    QCOMPARE(test::peakBetween(samples, 2.1, 3.9), 0.0f);
    QVERIFY(test::peakBetween(samples, 4.2, 5.8) > 0.1);
}

void tst_Transcode::cancellingLeavesNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"cancelled.mp4"_s);
    CancellingJob clip(0.3);
    const Run run = transcode(request({test::media(u"shot_720p.mp4"_s)}, out, quickShare(), 320, 180),
                              &clip.job);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().kind, ErrorKind::Cancelled);
    // Promptly: within a few frames of asking.
    QVERIFY2(clip.job.progress().fraction < clip.cancelledAt + 0.05,
             qPrintable(u"%1 after %2"_s.arg(clip.job.progress().fraction).arg(clip.cancelledAt)));
    QCOMPARE(filesIn(dir.path()), QStringList());

    // A still held for long is cancelled between its repeated frames too.
    CancellingJob still(0.3);
    TranscodeRequest held = request({test::media(u"still.png"_s)}, out, quickShare(), 320, 180);
    held.sources[0].stillDuration = 60;
    const Run heldRun = transcode(held, &still.job);
    QVERIFY(!heldRun.result.ok());
    QCOMPARE(heldRun.result.error().kind, ErrorKind::Cancelled);
    QVERIFY(still.job.progress().fraction < still.cancelledAt + 0.05);
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Transcode::fullDiskFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString source = test::media(u"shot_720p.mp4"_s); // made before the limit
    // RLIMIT_FSIZE makes writes past 64 KiB fail as on a full disk (EFBIG instead of ENOSPC).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    getrlimit(RLIMIT_FSIZE, &previous);
    rlimit small = previous;
    small.rlim_cur = 64 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const QString out = dir.filePath(u"full.mp4"_s);
    const Run run = transcode(request({source}, out, preset(u"share"_s), 640, 360));
    setrlimit(RLIMIT_FSIZE, &previous);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().kind, ErrorKind::Failed);
    QVERIFY2(run.result.error().message.contains(u"full.mp4"_s)
                     && run.result.error().message.contains(u"free space"_s),
             errorOf(run.result));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Transcode::refusesBadRequests_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("stillDuration");
    QTest::addColumn<int>("fps");
    QTest::addColumn<QString>("reason");

    const QString clip = test::media(u"h264_aac.mp4"_s);
    QTest::newRow("not media") << QStringList{test::media(u"notmedia.mp4"_s)} << u"a.mp4"_s
                               << u"share"_s << 0 << 3.0 << 0 << u"notmedia.mp4"_s;
    QTest::newRow("truncated") << QStringList{clip, test::media(u"truncated.mp4"_s)} << u"a.mp4"_s
                               << u"share"_s << 0 << 3.0 << 0 << u"truncated.mp4"_s;
    QTest::newRow("missing") << QStringList{m_dir.filePath(u"nothere.mp4"_s)} << u"a.mp4"_s
                             << u"share"_s << 0 << 3.0 << 0 << u"nothere.mp4"_s;
    QTest::newRow("no inputs") << QStringList{} << u"a.mp4"_s << u"share"_s << 0 << 3.0 << 0
                               << u"at least one"_s;
    QTest::newRow("sound for video") << QStringList{test::media(u"tone.wav"_s)} << u"a.mp4"_s
                                     << u"share"_s << 0 << 3.0 << 0 << u"m4a"_s;
    QTest::newRow("unknown sound codec")
            << QStringList{test::media(u"unknown_audio.avi"_s)} << u"a.mp4"_s << u"share"_s << 0
            << 3.0 << 0 << u"cannot decode"_s;
    QTest::newRow("nothing to hear")
            << QStringList{test::media(u"no_audio.mp4"_s)} << u"a.m4a"_s << u"m4a"_s << 0 << 3.0
            << 0 << u"None of the inputs has sound"_s;
    QTest::newRow("two pictures") << QStringList{clip, clip} << u"a.png"_s << u"png"_s << 0 << 3.0
                                  << 0 << u"one input"_s;
    QTest::newRow("extension") << QStringList{clip} << u"a.mkv"_s << u"share"_s << 0 << 3.0 << 0
                               << u".mp4"_s;
    QTest::newRow("odd width") << QStringList{clip} << u"a.mp4"_s << u"share"_s << 321 << 3.0 << 0
                               << u"divisible by 2"_s;
    QTest::newRow("too small") << QStringList{clip} << u"a.mp4"_s << u"share"_s << 8 << 3.0 << 0
                               << u"out of range"_s;
    QTest::newRow("still duration") << QStringList{test::media(u"still.png"_s)} << u"a.mp4"_s
                                    << u"share"_s << 0 << 0.0 << 0 << u"held"_s;
    QTest::newRow("frame rate") << QStringList{clip} << u"a.mp4"_s << u"share"_s << 0 << 3.0 << 1000
                                << u"1000"_s;
    QTest::newRow("folder missing") << QStringList{clip} << u"nofolder/a.mp4"_s << u"share"_s << 0
                                    << 3.0 << 0 << u"nofolder"_s;
}

void tst_Transcode::refusesBadRequests()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, output);
    QFETCH(QString, presetName);
    QFETCH(int, width);
    QFETCH(double, stillDuration);
    QFETCH(int, fps);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    TranscodeRequest r = request(inputs, dir.filePath(output), preset(presetName), width);
    for (TranscodeSource &source : r.sources)
        source.stillDuration = stillDuration;
    if (fps)
        r.frameRate = {fps, 1};
    const Run run = transcode(r);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().kind, ErrorKind::Refused);
    QVERIFY2(run.result.error().message.contains(reason), errorOf(run.result));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Transcode::cliListsPresets()
{
    const CliRun run = runCli({u"--json"_s, u"presets"_s});
    QCOMPARE(run.status, 0);
    const QJsonArray presets = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(presets.size(), PresetCatalog::builtIn().presets().size());
    for (const QJsonValue &value : presets) {
        const QJsonObject p = value.toObject();
        QVERIFY2(p.value(u"available"_s).toBool(), qPrintable(p.value(u"name"_s).toString()));
        QVERIFY(!p.value(u"description"_s).toString().isEmpty());
    }
    QCOMPARE(presets.first().toObject().value(u"name"_s).toString(), u"share"_s);

    const CliRun text = runCli({u"presets"_s});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("share") && text.out.contains("ProRes"));
}

void tst_Transcode::cliConvertsAndMerges()
{
    QTemporaryDir dir;
    const QString clip = test::media(u"h264_aac.mp4"_s);
    const QString out = dir.filePath(u"small.mp4"_s);
    CliRun run = runCli({u"--json"_s,
                         u"--quiet"_s,
                         u"convert"_s,
                         clip,
                         out,
                         u"--preset"_s,
                         u"share"_s,
                         u"--width"_s,
                         u"320"_s,
                         u"--height"_s,
                         u"180"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"output"_s).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(json.value(u"frames"_s).toInt(), 60);
    QCOMPARE(json.value(u"width"_s).toInt(), 320);
    QCOMPARE(json.value(u"height"_s).toInt(), 180);
    QCOMPARE(json.value(u"duration"_s).toDouble(), 2.0);
    QCOMPARE(json.value(u"size"_s).toInteger(), QFileInfo(out).size());
    QVERIFY(json.value(u"seconds"_s).toDouble() > 0);

    // No preset: the output's extension picks it; progress goes to stderr as lines.
    const QString sound = dir.filePath(u"sound.m4a"_s);
    run = runCli({u"convert"_s, clip, sound});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("sound.m4a") && run.out.contains("(m4a)"), run.out.constData());
    QVERIFY2(run.err.contains(u"Converting: 100%"_s), qPrintable(run.err));

    const QString merged = dir.filePath(u"merged.mp4"_s);
    run = runCli({u"--json"_s,
                  u"merge"_s,
                  merged,
                  clip,
                  test::media(u"still.png"_s),
                  clip,
                  u"--still-duration"_s,
                  u"1"_s,
                  u"--fps"_s,
                  u"25"_s,
                  u"--height"_s,
                  u"180"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"frames"_s).toInt(), 125);
    QCOMPARE(json.value(u"width"_s).toInt(), 320);
    QCOMPARE(json.value(u"frameRate"_s).toString(), u"25"_s);
    QCOMPARE(json.value(u"duration"_s).toDouble(), 5.0);
}

void tst_Transcode::cliRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QString clip = test::media(u"h264_aac.mp4"_s);
    const QString out = m_dir.filePath(u"cli_refused.mp4"_s);
    QTest::newRow("unknown preset")
            << QStringList{u"convert"_s, clip, out, u"--preset"_s, u"vhs"_s} << 2 << u"vhs"_s;
    QTest::newRow("width") << QStringList{u"convert"_s, clip, out, u"--width"_s, u"wide"_s} << 2
                           << u"--width"_s;
    QTest::newRow("fps") << QStringList{u"convert"_s, clip, out, u"--fps"_s, u"fast"_s} << 2
                         << u"--fps"_s;
    QTest::newRow("still duration")
            << QStringList{u"merge"_s, out, clip, u"--still-duration"_s, u"-1"_s} << 2
            << u"--still-duration"_s;
    QTest::newRow("extension") << QStringList{u"convert"_s, clip, m_dir.filePath(u"a.avi"_s)} << 2
                               << u"--preset"_s;
    QTest::newRow("bad input") << QStringList{u"convert"_s, test::media(u"notmedia.mp4"_s), out}
                               << 2 << u"notmedia.mp4"_s;
    QTest::newRow("missing output") << QStringList{u"convert"_s, clip} << 1 << u"convert"_s;
    QTest::newRow("merge of nothing") << QStringList{u"merge"_s, out} << 1 << u"merge"_s;
}

void tst_Transcode::cliRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const CliRun run = runCli(args);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!QFile::exists(m_dir.filePath(u"cli_refused.mp4"_s)));
}

QTEST_GUILESS_MAIN(tst_Transcode)
#include "tst_transcode.moc"
