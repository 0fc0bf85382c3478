// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "media/averror.h"
#include "media/avhandles.h"
#include "media/framecadence.h"
#include "media/mediaprobe.h"
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <thread>
#include <vector>

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

// The file name as error messages quote it.
QString quoted(const QString &name)
{
    return u"“%1”"_s.arg(name);
}

// For QVERIFY2, which builds its message whether or not the check passes.
template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QtMessageHandler s_previousHandler = nullptr;
QStringList s_libavWarnings;

void recordLibavWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "mt.libav")
        s_libavWarnings << text;
    else
        s_previousHandler(type, context, text);
}

} // namespace

class tst_MediaProbe : public QObject
{
    Q_OBJECT

private slots:
    void probesMedia_data();
    void probesMedia();
    void readsCadenceAndKeyframes_data();
    void readsCadenceAndKeyframes();
    void readsEveryRotation_data();
    void readsEveryRotation();
    void describesTheDefaultAudioTrack();
    void ignoresCoverArt();
    void probesWithoutVerifying();
    void checksTheEndWhenNoIndexCoversIt_data();
    void checksTheEndWhenNoIndexCoversIt();
    void refusesCutAudio_data();
    void refusesCutAudio();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void refusesStreamsWithoutPictureOrSound();
    void refusesUndecodableData();
    void refusesUnknownCodecs();
    void readsNamesWithoutInterpretingThem();
    void probesFromManyThreads();
    void roundTripsJson();

    void analysesCadence_data();
    void analysesCadence();
    void namesNominalRates_data();
    void namesNominalRates();

    void describesAvErrors();
    void interruptCallbackFollowsFlag();
    void capturesLibavLog();
    void forwardsUncapturedLibavLog();
    void handlesReleaseWhatTheyOwn();
};

void tst_MediaProbe::probesMedia_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<MediaKind>("kind");
    QTest::addColumn<QString>("container");
    QTest::addColumn<double>("duration");
    QTest::addColumn<double>("tolerance"); // one frame, or an audio packet for audio files
    QTest::addColumn<QString>("videoCodec");
    QTest::addColumn<int>("width"); // displayed
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("codedWidth");
    QTest::addColumn<int>("codedHeight");
    QTest::addColumn<int>("rotation");
    QTest::addColumn<QString>("frameRate");
    QTest::addColumn<bool>("variable");
    QTest::addColumn<QString>("pixelFormat");
    QTest::addColumn<int>("bitDepth");
    QTest::addColumn<QString>("audioCodec");
    QTest::addColumn<int>("channels");
    QTest::addColumn<QString>("layout");

    const QString mp4 = u"mov,mp4,m4a,3gp,3g2,mj2"_s;
    const QString mkv = u"matroska,webm"_s;
    const double frame30 = 1.0 / 30;
    auto video = [&](const char *file,
                     const QString &container,
                     double duration,
                     double tolerance,
                     const QString &codec,
                     int width,
                     int height,
                     int codedWidth,
                     int codedHeight,
                     int rotation,
                     const QString &rate,
                     bool variable,
                     const QString &pixelFormat,
                     int depth,
                     const QString &audio,
                     int channels,
                     const QString &layout) {
        QTest::newRow(file) << QString::fromUtf8(file) << MediaKind::Video << container << duration
                            << tolerance << codec << width << height << codedWidth << codedHeight
                            << rotation << rate << variable << pixelFormat << depth << audio
                            << channels << layout;
    };
    const QString h264 = u"h264"_s;
    const QString yuv420p = u"yuv420p"_s;
    const QString aac = u"aac"_s;
    const QString stereo = u"stereo"_s;
    video("h264_aac.mp4",
          mp4,
          2,
          frame30,
          h264,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("shot_720p.mp4",
          mp4,
          6,
          frame30,
          h264,
          1280,
          720,
          1280,
          720,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("portrait_rot90.mp4",
          mp4,
          2,
          frame30,
          h264,
          360,
          640,
          640,
          360,
          90,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("hevc.mkv",
          mkv,
          2,
          frame30,
          u"hevc"_s,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("vp9_opus.webm",
          mkv,
          2,
          frame30,
          u"vp9"_s,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          u"opus"_s,
          1,
          u"mono"_s);
    video("mjpeg.avi",
          u"avi"_s,
          2,
          1.0 / 25,
          u"mjpeg"_s,
          320,
          240,
          320,
          240,
          0,
          u"25"_s,
          false,
          u"yuvj420p"_s,
          8,
          u"pcm_s16le"_s,
          1,
          u"mono"_s);
    video("hevc_10bit.mkv",
          mkv,
          1,
          frame30,
          u"hevc"_s,
          320,
          240,
          320,
          240,
          0,
          u"30"_s,
          false,
          u"yuv420p10le"_s,
          10,
          QString(),
          0,
          QString());
    video("ntsc_23976.mp4",
          mp4,
          2,
          1001.0 / 24000,
          h264,
          640,
          360,
          640,
          360,
          0,
          u"24000/1001"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    // The select filter drops frames at the end too: the file is a few frames short of 2 s.
    video("vfr.mkv",
          mkv,
          2,
          3 * frame30,
          h264,
          640,
          360,
          640,
          360,
          0,
          QString(),
          true,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("no_audio.mp4",
          mp4,
          2,
          frame30,
          h264,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          QString(),
          0,
          QString());
    video("surround51.mp4",
          mp4,
          2,
          frame30,
          h264,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          6,
          u"5.1"_s);
    video("short_0_4s.mp4",
          mp4,
          0.4,
          frame30,
          h264,
          640,
          360,
          640,
          360,
          0,
          u"30"_s,
          false,
          yuv420p,
          8,
          aac,
          2,
          stereo);
    video("odd_size.mp4",
          mp4,
          2,
          frame30,
          h264,
          321,
          243,
          321,
          243,
          0,
          u"30"_s,
          false,
          u"yuv444p"_s,
          8,
          QString(),
          0,
          QString());

    auto still = [&](const char *file,
                     const QString &container,
                     const QString &codec,
                     const QString &pixelFormat) {
        QTest::newRow(file) << QString::fromUtf8(file) << MediaKind::Image << container << 0.0
                            << 0.0 << codec << 640 << 360 << 640 << 360 << 0 << QString() << false
                            << pixelFormat << 8 << QString() << 0 << QString();
    };
    still("still.jpg", u"image2"_s, u"mjpeg"_s, u"yuvj420p"_s);
    still("still.png", u"png_pipe"_s, u"png"_s, u"rgb24"_s);
    still("still.webp", u"webp_pipe"_s, u"webp"_s, u"yuv420p"_s);

    auto tone = [&](const char *file, const QString &container, const QString &codec) {
        QTest::newRow(file) << QString::fromUtf8(file) << MediaKind::Audio << container << 2.0
                            << 0.05 << QString() << 0 << 0 << 0 << 0 << 0 << QString() << false
                            << QString() << 0 << codec << 1 << u"mono"_s;
    };
    tone("tone.mp3", u"mp3"_s, u"mp3"_s);
    tone("tone.wav", u"wav"_s, u"pcm_s16le"_s);
    tone("tone.flac", u"flac"_s, u"flac"_s);
}

void tst_MediaProbe::probesMedia()
{
    QFETCH(QString, file);
    QFETCH(MediaKind, kind);
    QFETCH(QString, container);
    QFETCH(double, duration);
    QFETCH(double, tolerance);
    QFETCH(QString, videoCodec);
    QFETCH(QString, audioCodec);

    const QString path = test::media(file);
    const Result<MediaInfo> result = MediaProbe::probe(path);
    QVERIFY2(result.ok(), errorOf(result).constData());
    const MediaInfo &info = *result;
    QCOMPARE(info.path, path);
    QCOMPARE(info.kind, kind);
    QCOMPARE(info.container, container);
    QCOMPARE(info.fileSize, QFileInfo(path).size());
    QVERIFY2(std::abs(info.duration - duration) <= tolerance + 1e-9,
             qPrintable(u"duration %1, expected %2"_s.arg(info.duration).arg(duration)));
    QCOMPARE(info.bitRate > 0, kind != MediaKind::Image);

    QCOMPARE(info.hasVideo(), !videoCodec.isEmpty());
    QCOMPARE(info.videoStreams, videoCodec.isEmpty() ? 0 : 1);
    if (info.hasVideo()) {
        const VideoStreamInfo &v = *info.video;
        QCOMPARE(v.codec, videoCodec);
        QTEST(v.width, "width");
        QTEST(v.height, "height");
        QTEST(v.codedWidth, "codedWidth");
        QTEST(v.codedHeight, "codedHeight");
        QTEST(v.rotation, "rotation");
        QTEST(v.variableFrameRate, "variable");
        QTEST(v.pixelFormat, "pixelFormat");
        QTEST(v.bitDepth, "bitDepth");
        QCOMPARE(v.sampleAspect, (Rational{1, 1}));
        QCOMPARE(v.displayAspect.toDouble(), double(v.width) / v.height);
        QFETCH(QString, frameRate);
        if (kind == MediaKind::Image) {
            QCOMPARE(v.frameCount, qint64(1));
            QCOMPARE(v.frameRate.isValid(), false);
        } else {
            if (!frameRate.isEmpty())
                QCOMPARE(v.frameRate, Rational::fromString(frameRate).value());
            // Within one frame of duration × rate; a variable rate averages to the same.
            QVERIFY2(std::abs(v.frameCount - duration * v.frameRate.toDouble()) <= 3,
                     qPrintable(u"%1 frames"_s.arg(v.frameCount)));
            QVERIFY(v.keyframeInterval > 0);
            QVERIFY(v.bitRate > 0);
            QVERIFY(!v.profile.isEmpty() || v.codec == u"mjpeg"_s || v.codec == u"vp9"_s);
        }
    }

    QCOMPARE(info.hasAudio(), !audioCodec.isEmpty());
    QCOMPARE(info.audioStreams, audioCodec.isEmpty() ? 0 : 1);
    if (info.hasAudio()) {
        const AudioStreamInfo &a = *info.audio;
        QCOMPARE(a.codec, audioCodec);
        QCOMPARE(a.sampleRate, 48000);
        QTEST(a.channels, "channels");
        QTEST(a.channelLayout, "layout");
        QVERIFY(a.bitRate > 0);
    }
}

void tst_MediaProbe::readsCadenceAndKeyframes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<double>("keyframeInterval");

    // -g 30 and -g 60 at 30 fps; x265's default GOP is longer than the file, so the one
    // keyframe's GOP spans all of it.
    QTest::newRow("mp4 index") << u"h264_aac.mp4"_s << u"Constrained Baseline"_s << qint64(60)
                               << 1.0;
    QTest::newRow("mp4 720p") << u"shot_720p.mp4"_s << u"High"_s << qint64(180) << 2.0;
    QTest::newRow("23.976") << u"ntsc_23976.mp4"_s << u"Constrained Baseline"_s << qint64(48)
                            << 48 * 1001.0 / 24000;
    QTest::newRow("mkv packets") << u"hevc.mkv"_s << u"Main"_s << qint64(60) << 2.0;
    QTest::newRow("10 bit") << u"hevc_10bit.mkv"_s << u"Main 10"_s << qint64(30) << 1.0;
    QTest::newRow("avi index") << u"mjpeg.avi"_s << u"Baseline"_s << qint64(50) << 0.04;
}

void tst_MediaProbe::readsCadenceAndKeyframes()
{
    QFETCH(QString, file);
    const Result<MediaInfo> info = MediaProbe::probe(test::media(file));
    QVERIFY2(info.ok(), errorOf(info).constData());
    QTEST(info->video->profile, "profile");
    QTEST(info->video->frameCount, "frames");
    QFETCH(double, keyframeInterval);
    QVERIFY2(std::abs(info->video->keyframeInterval - keyframeInterval) < 0.05,
             qPrintable(QString::number(info->video->keyframeInterval)));
}

void tst_MediaProbe::readsEveryRotation_data()
{
    QTest::addColumn<QList<qint32>>("matrix"); // as stored in the track header
    QTest::addColumn<int>("rotation");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    const qint32 one = 0x10000;
    const qint32 w = 0x40000000;
    QTest::newRow("90") << QList<qint32>{0, one, 0, -one, 0, 0, 0, 0, w} << 90 << 360 << 640;
    QTest::newRow("180") << QList<qint32>{-one, 0, 0, 0, -one, 0, 0, 0, w} << 180 << 640 << 360;
    QTest::newRow("270") << QList<qint32>{0, -one, 0, one, 0, 0, 0, 0, w} << 270 << 360 << 640;
    // A matrix without a rotation in it (all zero) is ignored, as players do.
    QTest::newRow("singular") << QList<qint32>{0, 0, 0, 0, 0, 0, 0, 0, w} << 0 << 640 << 360;
}

void tst_MediaProbe::readsEveryRotation()
{
    QFETCH(QList<qint32>, matrix);
    auto bytesOf = [](const QList<qint32> &values) {
        QByteArray bytes(values.size() * 4, Qt::Uninitialized);
        for (qsizetype i = 0; i < values.size(); ++i)
            qToBigEndian<qint32>(values[i], bytes.data() + 4 * i);
        return bytes;
    };
    QFile source(test::media(u"portrait_rot90.mp4"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const QByteArray portrait = bytesOf({0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000});
    const qsizetype at = bytes.indexOf(portrait);
    QVERIFY(at > 0);
    bytes.replace(at, portrait.size(), bytesOf(matrix));
    QTemporaryDir dir;
    QFile turned(dir.filePath(u"turned.mp4"_s));
    QVERIFY(turned.open(QIODevice::WriteOnly));
    turned.write(bytes);
    turned.close();

    const Result<MediaInfo> info = MediaProbe::probe(turned.fileName());
    QVERIFY2(info.ok(), errorOf(info).constData());
    QTEST(info->video->rotation, "rotation");
    QTEST(info->video->width, "width");
    QTEST(info->video->height, "height");
    QCOMPARE(info->video->codedWidth, 640);
    QFETCH(int, width);
    QFETCH(int, height);
    QCOMPARE(info->video->displayAspect, (width > height ? Rational{16, 9} : Rational{9, 16}));
}

void tst_MediaProbe::describesTheDefaultAudioTrack()
{
    const Result<MediaInfo> info = MediaProbe::probe(test::media(u"dual_audio.mkv"_s));
    QVERIFY2(info.ok(), errorOf(info).constData());
    QCOMPARE(info->audioStreams, 2);
    QCOMPARE(info->audio->sampleRate, 44100);
}

void tst_MediaProbe::ignoresCoverArt()
{
    const Result<MediaInfo> info = MediaProbe::probe(test::media(u"cover_art.mp3"_s));
    QVERIFY2(info.ok(), errorOf(info).constData());
    QCOMPARE(info->kind, MediaKind::Audio);
    QCOMPARE(info->videoStreams, 0);
    QVERIFY(!info->hasVideo());
    QCOMPARE(info->audio->codec, u"mp3"_s);
    QVERIFY(std::abs(info->duration - 2) < 0.05);
}

void tst_MediaProbe::probesWithoutVerifying()
{
    const MediaProbe::Options quick{false, 20};
    const Result<MediaInfo> verified = MediaProbe::probe(test::media(u"shot_720p.mp4"_s));
    const Result<MediaInfo> unverified = MediaProbe::probe(test::media(u"shot_720p.mp4"_s), quick);
    QVERIFY(verified.ok() && unverified.ok());
    // The pixel format is still read from a decoded frame: MP4 headers do not carry it.
    QCOMPARE(unverified->toJson(), verified->toJson());

    // What verifying is for: without it a file cut short is described, not refused.
    const Result<MediaInfo> cut = MediaProbe::probe(test::media(u"truncated_faststart.mp4"_s),
                                                    quick);
    QVERIFY(cut.ok());
    QCOMPARE(cut->duration, 2.0);
    QVERIFY(!MediaProbe::probe(test::media(u"truncated_faststart.mp4"_s)).ok());

    const Result<MediaInfo> tone = MediaProbe::probe(test::media(u"tone.flac"_s), quick);
    QVERIFY(tone.ok());
    QCOMPARE(tone->kind, MediaKind::Audio);
}

void tst_MediaProbe::checksTheEndWhenNoIndexCoversIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("scanSeconds");
    QTest::addColumn<bool>("complete");

    // A short scan stops before the end, so the probe seeks to the end to look.
    QTest::newRow("whole mkv, scanned") << u"hevc.mkv"_s << 20.0 << true;
    QTest::newRow("whole mkv, seek to end") << u"hevc.mkv"_s << 0.3 << true;
    QTest::newRow("whole webm, seek to end") << u"vp9_opus.webm"_s << 0.3 << true;
    QTest::newRow("cut mkv, scanned") << u"truncated.mkv"_s << 20.0 << false;
    QTest::newRow("cut mkv, seek to end") << u"truncated.mkv"_s << 0.3 << false;
    QTest::newRow("avi, audio not indexed") << u"mjpeg.avi"_s << 0.3 << true;
    QTest::newRow("wav") << u"tone.wav"_s << 0.3 << true;
}

void tst_MediaProbe::checksTheEndWhenNoIndexCoversIt()
{
    QFETCH(QString, file);
    QFETCH(double, scanSeconds);
    QFETCH(bool, complete);
    const Result<MediaInfo> info = MediaProbe::probe(test::media(file), {true, scanSeconds});
    QVERIFY2(info.ok() == complete, info.ok() ? "accepted" : errorOf(info).constData());
    if (complete) {
        if (info->hasVideo())
            QVERIFY(!info->video->variableFrameRate);
        return;
    }
    QCOMPARE(info.error().kind, ErrorKind::Refused);
    QVERIFY2(info.error().message.contains(quoted(file)), errorOf(info).constData());
    QVERIFY2(info.error().message.contains(u"is truncated: its data ends at "_s),
             errorOf(info).constData());
    QVERIFY2(info.error().message.contains(u"of the 2.0 s"_s), errorOf(info).constData());
}

void tst_MediaProbe::refusesCutAudio_data()
{
    QTest::addColumn<QString>("file");
    // Their headers say how long they are (STREAMINFO, Xing frame count). A WAV's data chunk
    // size would too, but libav drops it when the file is shorter: a cut WAV is a shorter WAV.
    QTest::newRow("flac") << u"tone.flac"_s;
    QTest::newRow("mp3") << u"tone.mp3"_s;
}

void tst_MediaProbe::refusesCutAudio()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QFile source(test::media(file));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile cut(dir.filePath(u"cut-"_s + file));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(source.read(source.size() * 4 / 10));
    cut.close();
    const Result<MediaInfo> info = MediaProbe::probe(cut.fileName());
    QVERIFY(!info.ok());
    QVERIFY2(info.error().message.startsWith(quoted(u"cut-"_s + file) + u" is truncated"_s),
             errorOf(info).constData());
}

void tst_MediaProbe::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no moov") << u"truncated.mp4"_s << u"is incomplete: its index is missing"_s;
    QTest::newRow("cut faststart") << u"truncated_faststart.mp4"_s
                                   << u"is truncated: it ends at 40 % of what its index "
                                      "describes. Copy or download it again."_s;
    QTest::newRow("cut mkv") << u"truncated.mkv"_s << u"is truncated"_s;
    QTest::newRow("text") << u"notmedia.mp4"_s
                          << u"is not a video, image or audio file FFmpeg can read (Invalid data "
                             "found when processing input). Check that the file is a complete "
                             "media file."_s;
    QTest::newRow("empty") << u"empty.mp4"_s << u"is empty (0 bytes)"_s;
}

void tst_MediaProbe::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const Result<MediaInfo> info = MediaProbe::probe(test::media(file));
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Refused);
    QVERIFY2(info.error().message.startsWith(quoted(file) + u' ' + reason),
             errorOf(info).constData());
}

void tst_MediaProbe::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing") << QDir::tempPath() + u"/no such dir/clip.mp4"_s << u"clip.mp4"_s
                             << u"does not exist"_s;
    QTest::newRow("folder") << test::mediaDir() << QDir(test::mediaDir()).dirName()
                            << u"is a folder"_s;
    QTest::newRow("folder with slash")
            << test::mediaDir() + u'/' << QDir(test::mediaDir()).dirName() << u"is a folder"_s;
    QTest::newRow("device") << u"/dev/null"_s << u"null"_s << u"is not a regular file"_s;
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void tst_MediaProbe::refusesWhatIsNotAFile()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const Result<MediaInfo> info = MediaProbe::probe(path);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::Refused);
    if (path.isEmpty())
        QCOMPARE(info.error().message, u"No file was given. Choose a video, image or audio file."_s);
    else
        QVERIFY2(info.error().message.startsWith(quoted(name) + u' ' + reason),
                 errorOf(info).constData());
}

void tst_MediaProbe::refusesStreamsWithoutPictureOrSound()
{
    QTemporaryDir dir;
    QFile subtitles(dir.filePath(u"lines.srt"_s));
    QVERIFY(subtitles.open(QIODevice::WriteOnly));
    subtitles.write("1\n00:00:00,000 --> 00:00:01,000\nHello\n\n2\n00:00:01,000 --> "
                    "00:00:02,000\nWorld\n\n");
    subtitles.close();
    const Result<MediaInfo> info = MediaProbe::probe(subtitles.fileName());
    QVERIFY(!info.ok());
    QVERIFY2(info.error().message.startsWith(u"“lines.srt” contains no video or audio"_s),
             errorOf(info).constData());
}

void tst_MediaProbe::refusesUndecodableData()
{
    // Header and index intact, media data overwritten: it opens, but nothing decodes.
    QTemporaryDir dir;
    QFile source(test::media(u"no_audio.mp4"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype mdat = bytes.indexOf("mdat");
    const qsizetype moov = bytes.indexOf("moov");
    QVERIFY(mdat > 0 && moov > mdat); // written without faststart: data first
    bytes.replace(mdat + 4, moov - mdat - 8, QByteArray(moov - mdat - 8, '\xff'));
    QFile damaged(dir.filePath(u"damaged.mp4"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(bytes);
    damaged.close();

    const Result<MediaInfo> info = MediaProbe::probe(damaged.fileName());
    QVERIFY(!info.ok());
    QVERIFY2(info.error().message.startsWith(u"“damaged.mp4” could not be decoded ("_s),
             errorOf(info).constData());
    // Without verifying, what the header says is still worth having.
    const Result<MediaInfo> described = MediaProbe::probe(damaged.fileName(), {false, 20});
    QVERIFY(described.ok());
    QCOMPARE(described->video->width, 640);
    QCOMPARE(described->video->pixelFormat, QString());
}

void tst_MediaProbe::refusesUnknownCodecs()
{
    // A Matroska codec ID libavformat has never heard of: the track is video of codec "none".
    QTemporaryDir dir;
    QFile source(test::media(u"hevc.mkv"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    QVERIFY(bytes.contains("V_MPEGH/ISO/HEVC"));
    bytes.replace("V_MPEGH/ISO/HEVC", "V_MPEGH/ISO/HEVX");
    QFile unknown(dir.filePath(u"unknown.mkv"_s));
    QVERIFY(unknown.open(QIODevice::WriteOnly));
    unknown.write(bytes);
    unknown.close();

    const Result<MediaInfo> info = MediaProbe::probe(unknown.fileName());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().message,
             u"“unknown.mkv” uses a codec FFmpeg does not know. Convert it to a common format "
             "such as H.264 first."_s);
    const Result<MediaInfo> described = MediaProbe::probe(unknown.fileName(), {false, 20});
    QVERIFY2(described.ok(), errorOf(described).constData());
    QCOMPARE(described->video->codec, u"none"_s);
    QCOMPARE(described->video->width, 640);
    QCOMPARE(described->audio->codec, u"aac"_s);
}

void tst_MediaProbe::readsNamesWithoutInterpretingThem()
{
    // A colon would otherwise select a protocol, a %d an image sequence.
    QTemporaryDir dir;
    for (const QString &name : {u"take:1.mp4"_s, u"frame%03d.jpg"_s}) {
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(test::media(name.endsWith(u".jpg"_s) ? u"still.jpg"_s
                                                                 : u"h264_aac.mp4"_s),
                            path));
        const Result<MediaInfo> info = MediaProbe::probe(path);
        QVERIFY2(info.ok(), errorOf(info).constData());
        QVERIFY(info->hasVideo());
    }
    const QString current = QDir::currentPath();
    QDir::setCurrent(dir.path());
    const bool relativeOk = MediaProbe::probe(u"take:1.mp4"_s).ok();
    QDir::setCurrent(current);
    QVERIFY(relativeOk);
}

void tst_MediaProbe::probesFromManyThreads()
{
    const QStringList files = {u"h264_aac.mp4"_s,
                               u"hevc.mkv"_s,
                               u"vp9_opus.webm"_s,
                               u"still.png"_s,
                               u"tone.mp3"_s,
                               u"vfr.mkv"_s,
                               u"notmedia.mp4"_s,
                               u"mjpeg.avi"_s,
                               u"truncated_faststart.mp4"_s};
    QStringList expected;
    for (const QString &file : files) {
        const Result<MediaInfo> info = MediaProbe::probe(test::media(file));
        expected << (info.ok() ? QString::fromUtf8(QJsonDocument(info->toJson()).toJson())
                               : info.error().message);
    }
    std::vector<QStringList> seen(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < seen.size(); ++t) {
        threads.emplace_back([&, t] {
            for (const QString &file : files) {
                const Result<MediaInfo> info = MediaProbe::probe(mt::test::mediaDir() + u'/' + file);
                seen[t] << (info.ok() ? QString::fromUtf8(QJsonDocument(info->toJson()).toJson())
                                      : info.error().message);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QStringList &results : seen)
        QCOMPARE(results, expected);
}

void tst_MediaProbe::roundTripsJson()
{
    const Result<MediaInfo> probed = MediaProbe::probe(test::media(u"portrait_rot90.mp4"_s));
    QVERIFY(probed.ok());
    const QJsonObject json = probed->toJson();
    const MediaInfo back = MediaInfo::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.video->rotation, 90);
    QCOMPARE(back.video->frameRate, (Rational{30, 1}));
    QCOMPARE(back.audio->channelLayout, u"stereo"_s);

    // Every field, with values no probe above produces.
    MediaInfo made;
    made.path = u"/media/a.mov"_s;
    made.kind = MediaKind::Image;
    made.container = u"image2"_s;
    made.duration = 0.5;
    made.fileSize = 1234567890123;
    made.bitRate = 42;
    made.videoStreams = 2;
    made.audioStreams = 3;
    VideoStreamInfo v;
    v.codec = u"prores"_s;
    v.profile = u"HQ"_s;
    v.codedWidth = 720;
    v.codedHeight = 576;
    v.width = 576;
    v.height = 768;
    v.rotation = 270;
    v.sampleAspect = {16, 15};
    v.displayAspect = {3, 4};
    v.frameRate = {30000, 1001};
    v.variableFrameRate = true;
    v.pixelFormat = u"yuv422p10le"_s;
    v.bitDepth = 10;
    v.frameCount = 9876543210;
    v.keyframeInterval = 0.25;
    v.bitRate = 123456789;
    made.video = v;
    made.audio = AudioStreamInfo{u"pcm_s24le"_s, 96000, 8, u"7.1"_s, 4608000};
    const MediaInfo copy = MediaInfo::fromJson(made.toJson());
    QCOMPARE(copy.toJson(), made.toJson());
    QCOMPARE(copy.kind, MediaKind::Image);
    QCOMPARE(copy.fileSize, made.fileSize);
    QCOMPARE(copy.video->frameCount, v.frameCount);
    QCOMPARE(copy.video->sampleAspect, v.sampleAspect);
    QCOMPARE(copy.video->keyframeInterval, 0.25);
    QCOMPARE(copy.audio->bitRate, qint64(4608000));
    QVERIFY(!MediaInfo::fromJson({}).hasVideo());
}

void tst_MediaProbe::analysesCadence_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<QList<qint64>>("keyTimes");
    QTest::addColumn<Rational>("timeBase");
    QTest::addColumn<bool>("variable");
    QTest::addColumn<Rational>("rate"); // nominalFrameRate of the average rate
    QTest::addColumn<double>("keyframeInterval");

    auto steps = [](int count, auto at) {
        QList<qint64> times;
        for (int i = 0; i < count; ++i)
            times << at(i);
        return times;
    };
    // 30 fps in Matroska's milliseconds: 33, 33, 34, …
    const QList<qint64> ms30 = steps(90, [](int i) { return qint64(std::lround(i * 1000.0 / 30)); });
    QTest::newRow("30 fps in ms") << ms30 << QList<qint64>{0, 1000, 2000} << Rational{1, 1000}
                                  << false << Rational{30, 1} << 1.0;
    // 23.976 in QuickTime's 1/600: 25, 25, 25, 26, … One keyframe: its GOP spans all.
    const QList<qint64> qt = steps(96, [](int i) {
        return qint64(std::lround(i * 600.0 * 1001 / 24000));
    });
    QTest::newRow("23.976 in 1/600") << qt << QList<qint64>{0} << Rational{1, 600} << false
                                     << Rational{24000, 1001} << (qt.last() + 25) / 600.0;
    // Decode order of a stream with B-frames: I0 P3 B1 B2 P6 B4 B5 …
    QList<qint64> reordered{0};
    for (int p = 3; p < 30; p += 3)
        reordered << p * 512 << (p - 2) * 512 << (p - 1) * 512;
    QTest::newRow("B-frames") << reordered << QList<qint64>{0} << Rational{1, 15360} << false
                              << Rational{30, 1} << 28 * 512 / 15360.0;
    // Gaps of 100, 100, 200 ms: a third of the frames last twice as long.
    QList<qint64> jumpy{0};
    for (int i = 0; i < 39; ++i)
        jumpy << jumpy.last() + (i % 3 == 2 ? 200 : 100);
    QTest::newRow("variable") << jumpy << QList<qint64>{} << Rational{1, 1000} << true
                              << Rational{15, 2} << 5.3;
    // One dropped frame in 200 is a hiccup, not a variable rate.
    QList<qint64> hiccup = steps(200, [](int i) { return qint64(i * 512); });
    hiccup.removeAt(100);
    QTest::newRow("one drop") << hiccup << QList<qint64>{0, 15360} << Rational{1, 15360} << false
                              << Rational{29849, 1000} << 1.0;
    QTest::newRow("one frame") << QList<qint64>{0} << QList<qint64>{0} << Rational{1, 30} << false
                               << Rational{0, 1} << 0.0;
}

void tst_MediaProbe::analysesCadence()
{
    QFETCH(QList<qint64>, times);
    QFETCH(QList<qint64>, keyTimes);
    QFETCH(Rational, timeBase);
    const FrameCadence cadence = FrameCadence::analyse({times.begin(), times.end()},
                                                       {keyTimes.begin(), keyTimes.end()},
                                                       timeBase);
    QTEST(cadence.variable, "variable");
    QCOMPARE(cadence.frames, qint64(times.size()));
    QTEST(nominalFrameRate(cadence.averageRate), "rate");
    QFETCH(double, keyframeInterval);
    QVERIFY2(std::abs(cadence.keyframeInterval - keyframeInterval) < 1e-6,
             qPrintable(QString::number(cadence.keyframeInterval)));
}

void tst_MediaProbe::namesNominalRates_data()
{
    QTest::addColumn<double>("fps");
    QTest::addColumn<Rational>("rate");

    QTest::newRow("23.976") << 24000.0 / 1001 << Rational{24000, 1001};
    QTest::newRow("23.976 rounded") << 23.976 << Rational{24000, 1001};
    QTest::newRow("29.97") << 29.97 << Rational{30000, 1001};
    QTest::newRow("59.94") << 59.94 << Rational{60000, 1001};
    QTest::newRow("24") << 24.0 << Rational{24, 1};
    QTest::newRow("25 measured") << 25.001 << Rational{25, 1};
    QTest::newRow("12.5") << 12.5 << Rational{25, 2};
    QTest::newRow("7.3") << 7.3 << Rational{73, 10};
    QTest::newRow("zero") << 0.0 << Rational{0, 1};
    QTest::newRow("nan") << std::nan("") << Rational{0, 1};
    QTest::newRow("absurd") << 1e6 << Rational{0, 1};
}

void tst_MediaProbe::namesNominalRates()
{
    QFETCH(double, fps);
    QTEST(nominalFrameRate(fps), "rate");
}

void tst_MediaProbe::describesAvErrors()
{
    QCOMPARE(avErrorText(AVERROR(ENOENT)), u"No such file or directory"_s);
    QCOMPARE(avErrorText(AVERROR_INVALIDDATA), u"Invalid data found when processing input"_s);
    QVERIFY(!avErrorText(-123456789).isEmpty());
}

void tst_MediaProbe::interruptCallbackFollowsFlag()
{
    std::atomic<bool> cancelled = false;
    const AVIOInterruptCB callback = interruptCallback(cancelled);
    QCOMPARE(callback.callback(callback.opaque), 0);
    cancelled = true;
    QCOMPARE(callback.callback(callback.opaque), 1);
}

void tst_MediaProbe::capturesLibavLog()
{
    AvLogCapture outer;
    QCOMPARE(outer.lastMessage(), QString());
    {
        AvLogCapture inner;
        av_log(nullptr, AV_LOG_ERROR, "first %d\n", 1);
        av_log(nullptr, AV_LOG_WARNING, "not an error\n");
        av_log(nullptr, AV_LOG_ERROR, "in ");
        av_log(nullptr, AV_LOG_ERROR, "pieces");
        QCOMPARE(inner.lastMessage(), u"in pieces"_s);
        av_log(nullptr, AV_LOG_ERROR, "\n\n");
        QCOMPARE(inner.messages(), (QStringList{u"first 1"_s, u"in pieces"_s}));
    }
    av_log(nullptr, AV_LOG_FATAL, "to the outer one\n");
    QCOMPARE(outer.messages(), QStringList{u"to the outer one"_s});
}

void tst_MediaProbe::forwardsUncapturedLibavLog()
{
    {
        AvLogCapture installs; // the first capture routes libav's log through ours
    }
    s_libavWarnings.clear();
    s_previousHandler = qInstallMessageHandler(recordLibavWarnings);
    av_log(nullptr, AV_LOG_ERROR, "nobody listens\n");
    av_log(nullptr, AV_LOG_INFO, "too chatty\n");
    std::thread([] { av_log(nullptr, AV_LOG_ERROR, "from a worker\n"); }).join();
    av::InputFormatPtr demuxer(avformat_alloc_context()); // its AVClass names the source
    av_log(demuxer.get(), AV_LOG_ERROR, "named\n");
    qInstallMessageHandler(s_previousHandler);
    QCOMPARE(s_libavWarnings.size(), 3);
    QCOMPARE(s_libavWarnings.at(0), u"libav nobody listens"_s);
    QCOMPARE(s_libavWarnings.at(1), u"libav from a worker"_s);
    QVERIFY(s_libavWarnings.at(2).endsWith(u" named"_s));
    QVERIFY(!s_libavWarnings.at(2).startsWith(u"libav "_s));
}

void tst_MediaProbe::handlesReleaseWhatTheyOwn()
{
    // Run under the sanitizer build, a deleter that forgets anything shows as a leak.
    AVFormatContext *output = nullptr;
    QVERIFY(avformat_alloc_output_context2(&output, nullptr, "null", nullptr) >= 0);
    av::OutputFormatPtr muxer(output);
    AVFormatContext *mp4 = nullptr;
    QTemporaryDir dir;
    QVERIFY(avformat_alloc_output_context2(&mp4, nullptr, "mp4", nullptr) >= 0);
    av::OutputFormatPtr fileMuxer(mp4);
    QVERIFY(avio_open(&fileMuxer->pb,
                      QFile::encodeName(dir.filePath(u"x.mp4"_s)).constData(),
                      AVIO_FLAG_WRITE)
            >= 0);
    av::InputFormatPtr demuxer(avformat_alloc_context());
    av::CodecContextPtr codec(avcodec_alloc_context3(nullptr));
    av::FramePtr frame = av::makeFrame();
    av::PacketPtr packet = av::makePacket();
    QVERIFY(av_new_packet(packet.get(), 64) >= 0);
    {
        av::PacketUnref unref(packet.get());
    }
    QCOMPARE(packet->size, 0);
    av::FilterGraphPtr graph(avfilter_graph_alloc());
    av::SwsContextPtr sws(sws_getContext(16,
                                         16,
                                         AV_PIX_FMT_YUV420P,
                                         32,
                                         32,
                                         AV_PIX_FMT_RGB24,
                                         SWS_BILINEAR,
                                         nullptr,
                                         nullptr,
                                         nullptr));
    av::SwrContextPtr swr(swr_alloc());
    QVERIFY(muxer && demuxer && codec && frame && graph && sws && swr);
}

QTEST_GUILESS_MAIN(tst_MediaProbe)
#include "tst_mediaprobe.moc"
