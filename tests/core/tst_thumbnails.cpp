// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobs/jobcontext.h"
#include "media/audiowaveform.h"
#include "media/mediaprobe.h"
#include "media/peakaccumulator.h"
#include "media/thumbnailcache.h"
#include "media/thumbnailer.h"
#include "media/videoframereader.h"
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mt;

namespace {

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Every file in a folder, hidden ones (OutputFile's temporary files) included.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

double meanGray(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    }
    return sum / (double(image.width()) * image.height());
}

// frame_index.* draws frame N at luma 16 + 3N; video range maps luma 16..235 to grey 0..255.
int frameNumberOf(const QImage &image)
{
    return int(std::lround(meanGray(image) * 219.0 / 255.0 / 3.0));
}

// Mean absolute difference of the colour channels, 0..255.
double meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                   + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(MT_CLI_PATH), QStringList{u"--quiet"_s} + args);
    CliRun run;
    if (!cli.waitForFinished(120000))
        return run;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = cli.readAllStandardOutput();
    run.err = cli.readAllStandardError();
    return run;
}

// The picture the ffmpeg CLI shows at `at`, scaled to `size` (it turns rotated video upright).
QImage ffmpegPicture(const QString &file, double at, QSize size, const QString &folder)
{
    const QString out = folder + u"/reference.png"_s;
    QStringList args{u"-v"_s, u"error"_s, u"-y"_s};
    // "-ss 0" makes the ffmpeg CLI write nothing for a still.
    if (at > 0)
        args << u"-ss"_s << QString::number(at);
    args << u"-i"_s << file << u"-frames:v"_s << u"1"_s << u"-vf"_s
         << u"scale=%1:%2"_s.arg(size.width()).arg(size.height()) << out;
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s, args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return {};
    QImage image(out);
    QFile::remove(out);
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class tst_Thumbnails : public QObject
{
    Q_OBJECT

private slots:
    void posterOfRotatedClipIsUpright();
    void posterShowsThePictureAtTheTime_data();
    void posterShowsThePictureAtTheTime();
    void readerSeeksBothWays_data();
    void readerSeeksBothWays();
    void readerStopsWhenCancelled();
    void postersOfEveryKind_data();
    void postersOfEveryKind();
    void filmstripHasTilesInOrder_data();
    void filmstripHasTilesInOrder();
    void filmstripOfPartAndOfStill();
    void waveformOfToneAndSilence();
    void waveformOfEncodedSound_data();
    void waveformOfEncodedSound();
    void waveformOfLateSound();
    void peaksReduceToBuckets_data();
    void peaksReduceToBuckets();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesBadOptions();
    void cancelWritesNothing();
    void cacheMakesEachOnce();
    void readersRefuseForeignFiles();
    void cliMakesOne();
    void cliMakesManyAtOnce();
    void cliRefusesUsageErrors_data();
    void cliRefusesUsageErrors();

private:
    QTemporaryDir m_dir;
};

void tst_Thumbnails::posterOfRotatedClipIsUpright()
{
    const QString file = test::media(u"portrait_rot90.mp4"_s);
    JobContext context(0);
    Thumbnailer::PosterOptions options;
    options.width = 180;
    options.at = 1.0;
    const QString out = m_dir.filePath(u"portrait.jpg"_s);
    const Result<Thumbnail> made = Thumbnailer::poster(file, out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->path, out);
    QCOMPARE(made->width, 180);
    QCOMPARE(made->height, 320); // displayed 360×640
    const QJsonObject json = made->toJson();
    QCOMPARE(json.value(u"path"_s).toString(), out);
    QCOMPARE(json.value(u"width"_s).toInt(), 180);
    QCOMPARE(json.value(u"height"_s).toInt(), 320);
    QCOMPARE(json.value(u"at"_s).toDouble(), 1.0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(180, 320));

    // Turned the way a player turns it, not the other way round.
    const QImage reference = ffmpegPicture(file, 1.0, image.size(), m_dir.path());
    QVERIFY(!reference.isNull());
    const QImage ours = image.convertToFormat(QImage::Format_RGB32);
    const double same = meanDifference(ours, reference);
    const double upsideDown = meanDifference(ours.transformed(QTransform().rotate(180)), reference);
    QVERIFY2(same < 8 && same * 3 < upsideDown,
             qPrintable(u"difference %1, turned the other way %2"_s.arg(same).arg(upsideDown)));
}

void tst_Thumbnails::posterShowsThePictureAtTheTime_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("at"); // < 0: the default time
    QTest::addColumn<int>("frame");

    for (const QString &file :
         {u"frame_index.mp4"_s, u"frame_index.mkv"_s, u"frame_index.ts"_s, u"frame_index.h264"_s}) {
        const QByteArray name = file.toUtf8();
        QTest::newRow(name + " start") << file << 0.0 << 0;
        QTest::newRow(name + " 0.5 s") << file << 0.5 << 15;
        QTest::newRow(name + " keyframe") << file << 1.0 << 30;
        QTest::newRow(name + " just before keyframe") << file << 0.99 << 29;
        QTest::newRow(name + " between frames") << file << 1.51 << 45;
        QTest::newRow(name + " last frame") << file << 1.99 << 59;
        QTest::newRow(name + " past the end") << file << 30.0 << 59;
        // A raw stream does not say how long it is: its default is its first picture.
        QTest::newRow(name + " default: 10 % of 2 s")
                << file << -1.0 << (file.endsWith(u".h264"_s) ? 0 : 6);
    }
}

void tst_Thumbnails::posterShowsThePictureAtTheTime()
{
    QFETCH(QString, file);
    QFETCH(double, at);
    QFETCH(int, frame);

    JobContext context(0);
    Thumbnailer::PosterOptions options;
    options.width = 160;
    if (at >= 0)
        options.at = at;
    const QString out = m_dir.filePath(u"frame.jpg"_s);
    const Result<Thumbnail> made = Thumbnailer::poster(test::media(file), out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(frameNumberOf(QImage(out)), frame);
    QVERIFY2(std::abs(made->at - frame / 30.0) < 0.002, qPrintable(QString::number(made->at)));
    QCOMPARE(Thumbnailer::readPoster(out)->at, made->at);
}

void tst_Thumbnails::readerSeeksBothWays_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("threads");

    QTest::newRow("H.264") << u"frame_index.mp4"_s << 1;
    QTest::newRow("H.264, frame threads") << u"frame_index.mp4"_s << 3;
    QTest::newRow("HEVC") << u"frame_index.mkv"_s << 1;
    QTest::newRow("MPEG-TS") << u"frame_index.ts"_s << 1;
    QTest::newRow("raw H.264") << u"frame_index.h264"_s << 1;
}

void tst_Thumbnails::readerSeeksBothWays()
{
    QFETCH(QString, file);
    QFETCH(int, threads);

    const std::atomic<bool> cancel{false};
    VideoFrameReader reader;
    const Status opened = reader.open(test::media(file), cancel, threads);
    QVERIFY2(opened.ok(), errorOf(opened));
    QVERIFY(!reader.isStill());
    if (!file.endsWith(u".h264"_s))
        QVERIFY(std::abs(reader.duration() - 2.0) < 0.05);
    QVERIFY(std::abs(reader.frameDuration() - 1 / 30.0) < 1e-6);
    // Forwards, backwards across a keyframe, on within a group of pictures, past the end.
    for (const auto &[at, frame] : {std::pair{1.5, 45},
                                    std::pair{0.5, 15},
                                    std::pair{0.6, 18},
                                    std::pair{0.6, 18},
                                    std::pair{1.2, 36},
                                    std::pair{1.1, 33},
                                    std::pair{9.0, 59},
                                    std::pair{0.0, 0}}) {
        const Result<const AVFrame *> picture = reader.frameAt(at);
        QVERIFY2(picture.ok(), errorOf(picture));
        const AVFrame *decoded = *picture;
        double luma = 0;
        for (int y = 0; y < decoded->height; ++y) {
            for (int x = 0; x < decoded->width; ++x)
                luma += decoded->data[0][y * decoded->linesize[0] + x];
        }
        luma /= double(decoded->width) * decoded->height;
        QCOMPARE(int(std::lround((luma - 16) / 3)), frame);
        QVERIFY(std::abs(reader.timeOf(decoded) - frame / 30.0) < 0.002);
    }
}

void tst_Thumbnails::readerStopsWhenCancelled()
{
    std::atomic<bool> cancel{false};
    {
        VideoFrameReader reader;
        QVERIFY(reader.open(test::media(u"frame_index.mp4"_s), cancel).ok());
        QVERIFY(reader.frameAt(0.5).ok());
        cancel = true;
        const Result<const AVFrame *> later = reader.frameAt(1.9);
        QCOMPARE(later.error().kind, ErrorKind::Cancelled);
    }
    VideoFrameReader reader;
    QCOMPARE(reader.open(test::media(u"frame_index.mp4"_s), cancel).error().kind,
             ErrorKind::Cancelled);

    // A video track that starts after the file does shows its first picture before that.
    cancel = false;
    VideoFrameReader late;
    QVERIFY(late.open(test::media(u"hevc.mkv"_s), cancel).ok());
    const Result<const AVFrame *> first = late.frameAt(0.0);
    QVERIFY2(first.ok(), errorOf(first));
    QVERIFY(late.timeOf(*first) > 0 && late.timeOf(*first) < 0.05);
}

void tst_Thumbnails::postersOfEveryKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("at");
    QTest::addColumn<int>("width");

    QTest::newRow("still jpg") << u"still.jpg"_s << 0.0 << 320;
    QTest::newRow("still png") << u"still.png"_s << 0.0 << 200;
    QTest::newRow("still webp") << u"still.webp"_s << 0.0 << 320;
    QTest::newRow("HEVC 10-bit") << u"hevc_10bit.mkv"_s << 0.5 << 160;
    QTest::newRow("HEVC") << u"hevc.mkv"_s << 1.0 << 320;
    QTest::newRow("VP9") << u"vp9_opus.webm"_s << 1.0 << 320;
    QTest::newRow("MJPEG") << u"mjpeg.avi"_s << 1.0 << 160;
    QTest::newRow("odd size") << u"odd_size.mp4"_s << 1.0 << 101;
    QTest::newRow("0.4 s clip") << u"short_0_4s.mp4"_s << 0.2 << 320;
    QTest::newRow("23.976 fps") << u"ntsc_23976.mp4"_s << 1.0 << 320;
    QTest::newRow("VFR") << u"vfr.mkv"_s << 1.0 << 320;
    QTest::newRow("cover art") << u"cover_art.mp3"_s << 0.0 << 100;
}

void tst_Thumbnails::postersOfEveryKind()
{
    QFETCH(QString, file);
    QFETCH(double, at);
    QFETCH(int, width);

    const QString path = test::media(file);
    const Result<MediaInfo> info = MediaProbe::probe(path);
    QVERIFY2(info.ok(), errorOf(info));
    JobContext context(0);
    Thumbnailer::PosterOptions options;
    options.width = width;
    options.at = at;
    const QString out = m_dir.filePath(u"kind.jpg"_s);
    const Result<Thumbnail> made = Thumbnailer::poster(path, out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->width, width);
    if (info->video) {
        const int height = int(
                std::lround(double(width) * info->video->height / info->video->width));
        QCOMPARE(made->height, height);
    }
    const QImage image = QImage(out).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(made->width, made->height));

    // The same picture in the same colours as the ffmpeg CLI shows (a cover is not its video).
    if (file != u"cover_art.mp3"_s) {
        const QImage reference = ffmpegPicture(path, at, image.size(), m_dir.path());
        QVERIFY(!reference.isNull());
        const double difference = meanDifference(image, reference);
        QVERIFY2(difference < 10, qPrintable(QString::number(difference)));
    }
}

void tst_Thumbnails::filmstripHasTilesInOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tiles");

    // 6 tiles over 2 s decode through keyframes; 2 tiles seek.
    QTest::newRow("H.264, decoding through") << u"frame_index.mp4"_s << 6;
    QTest::newRow("H.264, seeking") << u"frame_index.mp4"_s << 2;
    QTest::newRow("HEVC, every frame") << u"frame_index.mkv"_s << 60;
    QTest::newRow("MPEG-TS, no index") << u"frame_index.ts"_s << 5;
}

void tst_Thumbnails::filmstripHasTilesInOrder()
{
    QFETCH(QString, file);
    QFETCH(int, tiles);

    JobContext context(0);
    Thumbnailer::FilmstripOptions options;
    options.tiles = tiles;
    options.height = 30;
    const QString out = m_dir.filePath(u"strip.jpg"_s);
    const Result<Filmstrip> made = Thumbnailer::filmstrip(test::media(file), out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->tileWidth, 40);
    QCOMPARE(made->tileHeight, 30);
    QCOMPARE(made->times.size(), tiles);
    QCOMPARE(context.progress().fraction, 1.0);
    const QImage strip(out);
    QCOMPARE(strip.size(), QSize(40 * tiles, 30));
    for (int i = 0; i < tiles; ++i) {
        // The picture shown in the middle of the i-th of `tiles` equal parts of the clip.
        const double middle = (i + 0.5) * 2.0 / tiles;
        const int expected = int(std::floor(middle * 30 + 1e-6));
        QCOMPARE(frameNumberOf(strip.copy(i * 40, 0, 40, 30)), expected);
        QVERIFY2(std::abs(made->times[i] - expected / 30.0) < 0.002,
                 qPrintable(QString::number(made->times[i])));
        if (i > 0)
            QVERIFY(made->times[i] > made->times[i - 1]);
    }
    const QJsonObject json = made->toJson();
    QCOMPARE(json.value(u"width"_s).toInt(), 40 * tiles);
    QCOMPARE(json.value(u"tiles"_s).toInt(), tiles);
    QCOMPARE(json.value(u"times"_s).toArray().size(), tiles);
    const Result<Filmstrip> read = Thumbnailer::readFilmstrip(out);
    QVERIFY2(read.ok(), errorOf(read));
    QCOMPARE(read->times, made->times);
    QCOMPARE(read->tileWidth, 40);
}

void tst_Thumbnails::filmstripOfPartAndOfStill()
{
    JobContext context(0);
    Thumbnailer::FilmstripOptions options;
    options.tiles = 4;
    options.height = 24;
    options.from = 1.0;
    options.to = 1.4;
    const QString out = m_dir.filePath(u"part.jpg"_s);
    Result<Filmstrip> made = Thumbnailer::filmstrip(test::media(u"frame_index.mp4"_s),
                                                    out,
                                                    options,
                                                    context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->times.size(), 4);
    QVERIFY(made->times.first() >= 1.0 && made->times.last() < 1.4);

    // A portrait clip's tiles are portrait too.
    options = {};
    options.tiles = 3;
    options.height = 64;
    made = Thumbnailer::filmstrip(test::media(u"portrait_rot90.mp4"_s), out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->tileWidth, 36);
    QCOMPARE(QImage(out).size(), QSize(3 * 36, 64));

    // A still shows the same picture in every tile.
    made = Thumbnailer::filmstrip(test::media(u"still.png"_s), out, options, context);
    QVERIFY2(made.ok(), errorOf(made));
    const QImage strip(out);
    // (JPEG's 8×8 blocks fall differently on each tile.)
    QVERIFY(meanDifference(strip.copy(0, 0, 114, 64), strip.copy(2 * 114, 0, 114, 64)) < 3);
}

void tst_Thumbnails::waveformOfToneAndSilence()
{
    JobContext context(0);
    const QString out = m_dir.filePath(u"tone.peaks"_s);
    const Result<Waveform> made = AudioWaveform::extract(test::media(u"tone_then_silence.wav"_s),
                                                         out,
                                                         100,
                                                         context);
    QVERIFY2(made.ok(), errorOf(made));
    QCOMPARE(made->buckets(), 100);
    QCOMPARE(made->sampleRate, 48000);
    QVERIFY(std::abs(made->duration - 2.0) < 0.01);
    QCOMPARE(context.progress().fraction, 1.0);
    for (int i = 0; i < 100; ++i) {
        // Each bucket of the tone spans 8.8 periods: its extremes are the amplitude.
        if (i < 50) {
            QVERIFY2(std::abs(made->maximum[i] - 0.5f) < 0.01f, qPrintable(QString::number(i)));
            QVERIFY2(std::abs(made->minimum[i] + 0.5f) < 0.01f, qPrintable(QString::number(i)));
        } else {
            QVERIFY2(made->maximum[i] < 0.001f && made->minimum[i] > -0.001f,
                     qPrintable(QString::number(i)));
        }
    }
    const Result<Waveform> read = AudioWaveform::read(out);
    QVERIFY2(read.ok(), errorOf(read));
    QCOMPARE(read->buckets(), 100);
    QCOMPARE(read->sampleRate, 48000);
    QCOMPARE(read->duration, made->duration);
    for (int i = 0; i < 100; ++i)
        QVERIFY(std::abs(read->maximum[i] - made->maximum[i]) < 1e-4f);
}

void tst_Thumbnails::waveformOfEncodedSound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("duration");

    // ffmpeg's sine source plays at 1/8 of full scale.
    QTest::newRow("wav") << u"tone.wav"_s << 2.0;
    QTest::newRow("mp3") << u"tone.mp3"_s << 2.0;
    QTest::newRow("flac") << u"tone.flac"_s << 2.0;
    QTest::newRow("video with AAC") << u"h264_aac.mp4"_s << 2.0;
    QTest::newRow("5.1 AAC") << u"surround51.mp4"_s << 2.0;
    QTest::newRow("Opus in WebM") << u"vp9_opus.webm"_s << 2.0;
}

void tst_Thumbnails::waveformOfEncodedSound()
{
    QFETCH(QString, file);
    QFETCH(double, duration);

    JobContext context(0);
    const Result<Waveform> made = AudioWaveform::extract(test::media(file),
                                                         m_dir.filePath(u"sound.peaks"_s),
                                                         40,
                                                         context);
    QVERIFY2(made.ok(), errorOf(made));
    QVERIFY2(std::abs(made->duration - duration) < 0.1, qPrintable(QString::number(made->duration)));
    const double expected = file == u"surround51.mp4"_s ? 0.0 : 0.125;
    // Encoders' priming and the last part's padding aside, every bucket shows the tone.
    for (int i = 2; i < 38; ++i) {
        if (expected == 0) {
            QVERIFY(made->maximum[i] > 0.01f); // mixed down, at whatever level the mix gives
            continue;
        }
        QVERIFY2(std::abs(made->maximum[i] - expected) < 0.015,
                 qPrintable(u"bucket %1: %2"_s.arg(i).arg(made->maximum[i])));
        QVERIFY2(std::abs(made->minimum[i] + expected) < 0.015,
                 qPrintable(u"bucket %1: %2"_s.arg(i).arg(made->minimum[i])));
    }
}

void tst_Thumbnails::waveformOfLateSound()
{
    // The buckets span the file from its start: silence until the sound begins at 0.5 s.
    JobContext context(0);
    const Result<Waveform> made = AudioWaveform::extract(test::media(u"late_audio.mp4"_s),
                                                         m_dir.filePath(u"late.peaks"_s),
                                                         20,
                                                         context);
    QVERIFY2(made.ok(), errorOf(made));
    QVERIFY(std::abs(made->duration - 2.0) < 0.05);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(made->maximum[i] < 0.001f, qPrintable(QString::number(i)));
    for (int i = 6; i < 19; ++i)
        QVERIFY2(std::abs(made->maximum[i] - 0.125f) < 0.015f, qPrintable(QString::number(i)));
    QVERIFY(std::abs(made->peak() - 0.125f) < 0.02f);
    const QJsonObject json = made->toJson();
    QCOMPARE(json.value(u"buckets"_s).toInt(), 20);
    QCOMPARE(json.value(u"sampleRate"_s).toInt(), 48000);
    QCOMPARE(json.value(u"path"_s).toString(), m_dir.filePath(u"late.peaks"_s));
    QCOMPARE(json.value(u"cached"_s).toBool(), false);
}

void tst_Thumbnails::peaksReduceToBuckets_data()
{
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("buckets");

    QTest::newRow("blocks within buckets") << 4 << 1000 << 1000 << 10;
    QTest::newRow("blocks wider than buckets") << 256 << 1000 << 1000 << 100;
    QTest::newRow("silent tail") << 8 << 500 << 1000 << 10;
    QTest::newRow("one sample per bucket") << 1 << 10 << 10 << 10;
}

void tst_Thumbnails::peaksReduceToBuckets()
{
    QFETCH(int, block);
    QFETCH(int, samples);
    QFETCH(int, total);
    QFETCH(int, buckets);

    // A ramp from -1 to 1: each bucket's extremes are known exactly.
    std::vector<float> ramp(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i)
        ramp[size_t(i)] = -1.0f + 2.0f * float(i) / float(total);
    PeakAccumulator peaks(block);
    peaks.add(ramp.data(), samples / 2);
    peaks.add(ramp.data() + samples / 2, samples - samples / 2);
    QCOMPARE(peaks.samples(), qint64(samples));
    QList<float> low;
    QList<float> high;
    peaks.reduce(buckets, total, &low, &high);
    QCOMPARE(low.size(), buckets);
    const double slack = 2.0 * block / total; // a bucket's edge is a block's edge
    const int lastBlockEnd = (samples + block - 1) / block * block;
    for (int b = 0; b < buckets; ++b) {
        const int first = b * total / buckets;
        if (first >= lastBlockEnd) {
            QCOMPARE(low[b], 0.0f);
            QCOMPARE(high[b], 0.0f);
            continue;
        }
        if (first >= samples)
            continue; // starts in the last block, past its samples
        const int last = std::min((b + 1) * total / buckets, samples) - 1;
        QVERIFY(std::abs(low[b] - ramp[size_t(first)]) <= slack + 1e-6);
        QVERIFY(std::abs(high[b] - ramp[size_t(last)]) <= slack + 1e-6);
    }
    QCOMPARE(PeakAccumulator::blockFor(0, 100), 256);
    QCOMPARE(PeakAccumulator::blockFor(96000, 100), 120);
}

void tst_Thumbnails::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("says");

    QTest::newRow("not media") << u"notmedia.mp4"_s << u"poster"_s << u"not a video"_s;
    QTest::newRow("empty") << u"empty.mp4"_s << u"poster"_s << u"empty"_s;
    QTest::newRow("no index") << u"truncated.mp4"_s << u"poster"_s << u"index is missing"_s;
    QTest::newRow("data cut off") << u"truncated_faststart.mp4"_s << u"poster"_s << u"truncated"_s;
    QTest::newRow("cut Matroska") << u"truncated.mkv"_s << u"poster"_s << u"truncated.mkv"_s;
    QTest::newRow("sound only") << u"tone.wav"_s << u"poster"_s << u"no picture"_s;
    QTest::newRow("strip of not media") << u"notmedia.mp4"_s << u"filmstrip"_s << u"not a video"_s;
    QTest::newRow("strip of cut data")
            << u"truncated_faststart.mp4"_s << u"filmstrip"_s << u"truncated"_s;
    QTest::newRow("waveform of not media") << u"notmedia.mp4"_s << u"waveform"_s << u"FFmpeg"_s;
    QTest::newRow("waveform of cut data")
            << u"truncated_faststart.mp4"_s << u"waveform"_s << u"truncated"_s;
    QTest::newRow("waveform of silent video")
            << u"no_audio.mp4"_s << u"waveform"_s << u"no sound"_s;
    QTest::newRow("damaged pictures")
            << u"damaged:h264_aac.mp4"_s << u"poster"_s << u"could not be decoded"_s;
    QTest::newRow("damaged still") << u"damaged:still.png"_s << u"poster"_s << u"decoded"_s;
    QTest::newRow("missing file") << u""_s << u"poster"_s << u"does not exist"_s;
    QTest::newRow("a folder") << u"/"_s << u"poster"_s << u"is not a file"_s;
}

void tst_Thumbnails::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, product);
    QFETCH(QString, says);

    // "" names a file that does not exist, "/" a folder, "damaged:" a copy whose data (not its
    // header or index) is overwritten with zeros.
    QString input = m_dir.filePath(u"nothing-here.mp4"_s);
    if (file == u"/"_s) {
        input = m_dir.path();
    } else if (file.startsWith(u"damaged:"_s)) {
        input = m_dir.filePath(file.mid(8));
        QFile::remove(input);
        QVERIFY(QFile::copy(test::media(file.mid(8)), input));
        QFile damaged(input);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        const qint64 from = file.endsWith(u".png"_s) ? 100 : size / 50;
        QVERIFY(damaged.seek(from));
        damaged.write(QByteArray(size * 85 / 100 - from, '\0'));
    } else if (!file.isEmpty()) {
        input = test::media(file);
    }
    QTemporaryDir out;
    JobContext context(0);
    Error error;
    if (product == u"poster"_s) {
        Thumbnailer::PosterOptions options;
        options.at = 1.5;
        const Result<Thumbnail> made = Thumbnailer::poster(input,
                                                           out.filePath(u"t.jpg"_s),
                                                           options,
                                                           context);
        QVERIFY(!made.ok());
        error = made.error();
    } else if (product == u"filmstrip"_s) {
        const Result<Filmstrip> made = Thumbnailer::filmstrip(input,
                                                              out.filePath(u"s.jpg"_s),
                                                              {},
                                                              context);
        QVERIFY(!made.ok());
        error = made.error();
    } else {
        const Result<Waveform> made = AudioWaveform::extract(input,
                                                             out.filePath(u"w.peaks"_s),
                                                             100,
                                                             context);
        QVERIFY(!made.ok());
        error = made.error();
    }
    QCOMPARE(error.kind, ErrorKind::Refused);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY2(error.message.contains(QFileInfo(input).fileName()), qPrintable(error.message));
    QCOMPARE(filesIn(out.path()), QStringList());
}

void tst_Thumbnails::refusesBadOptions()
{
    QTemporaryDir out;
    JobContext context(0);
    const QString file = test::media(u"h264_aac.mp4"_s);
    Thumbnailer::PosterOptions poster;
    poster.width = 0;
    QVERIFY(!Thumbnailer::poster(file, out.filePath(u"a.jpg"_s), poster, context).ok());
    poster.width = 320;
    poster.quality = 101;
    QVERIFY(!Thumbnailer::poster(file, out.filePath(u"a.jpg"_s), poster, context).ok());
    Thumbnailer::FilmstripOptions strip;
    strip.tiles = 0;
    QVERIFY(!Thumbnailer::filmstrip(file, out.filePath(u"b.jpg"_s), strip, context).ok());
    strip.tiles = 3;
    strip.height = 0;
    QVERIFY(!Thumbnailer::filmstrip(file, out.filePath(u"b.jpg"_s), strip, context).ok());
    strip.tiles = Thumbnailer::MaxTiles;
    strip.height = 720; // 200 tiles of 1280 pixels: wider than a JPEG can be
    const Result<Filmstrip> wide = Thumbnailer::filmstrip(file,
                                                          out.filePath(u"b.jpg"_s),
                                                          strip,
                                                          context);
    QVERIFY(!wide.ok());
    QVERIFY2(wide.error().message.contains(u"too wide"_s), errorOf(wide));
    strip = {};
    strip.from = 1.5;
    strip.to = 0.5;
    QCOMPARE(Thumbnailer::filmstrip(file, out.filePath(u"b.jpg"_s), strip, context).error().kind,
             ErrorKind::Refused);
    QVERIFY(!AudioWaveform::extract(file, out.filePath(u"c.peaks"_s), 0, context).ok());
    // A folder that does not exist is refused before anything is decoded.
    const Result<Thumbnail> nowhere = Thumbnailer::poster(file,
                                                          out.filePath(u"missing/a.jpg"_s),
                                                          {},
                                                          context);
    QCOMPARE(nowhere.error().kind, ErrorKind::Refused);
    QCOMPARE(filesIn(out.path()), QStringList());
}

void tst_Thumbnails::cancelWritesNothing()
{
    QTemporaryDir out;
    const QString shot = test::media(u"shot_720p.mp4"_s);
    {
        // Cancelled before it starts.
        JobContext context(0);
        context.cancel();
        const Result<Thumbnail> poster = Thumbnailer::poster(shot,
                                                             out.filePath(u"a.jpg"_s),
                                                             {},
                                                             context);
        QCOMPARE(poster.error().kind, ErrorKind::Cancelled);
        QCOMPARE(AudioWaveform::extract(shot, out.filePath(u"a.peaks"_s), 10, context).error().kind,
                 ErrorKind::Cancelled);
    }
    {
        // Cancelled while it runs: at its first progress report.
        JobContext *self = nullptr;
        JobContext context(0, [&] { self->cancel(); });
        self = &context;
        Thumbnailer::FilmstripOptions options;
        options.tiles = 20;
        const Result<Filmstrip> strip = Thumbnailer::filmstrip(shot,
                                                               out.filePath(u"b.jpg"_s),
                                                               options,
                                                               context);
        QCOMPARE(strip.error().kind, ErrorKind::Cancelled);
        QCOMPARE(context.progress().fraction, 1.0 / 20);
    }
    {
        JobContext *self = nullptr;
        JobContext context(0, [&] { self->cancel(); });
        self = &context;
        const Result<Waveform> waveform = AudioWaveform::extract(shot,
                                                                 out.filePath(u"b.peaks"_s),
                                                                 100,
                                                                 context);
        QCOMPARE(waveform.error().kind, ErrorKind::Cancelled);
        QVERIFY(context.progress().fraction < 0.5);
    }
    QCOMPARE(filesIn(out.path()), QStringList());
}

void tst_Thumbnails::cacheMakesEachOnce()
{
    QTemporaryDir cacheDir;
    QTemporaryDir mediaDir;
    const ThumbnailCache cache(cacheDir.filePath(u"cache"_s));
    const QString source = mediaDir.filePath(u"clip.mp4"_s);
    QVERIFY(QFile::copy(test::media(u"h264_aac.mp4"_s), source));
    JobContext context(0);

    Thumbnailer::PosterOptions options;
    options.width = 128;
    const Result<Thumbnail> first = cache.poster(source, {}, options, context);
    QVERIFY2(first.ok(), errorOf(first));
    QVERIFY(!first->cached);
    QCOMPARE(first->path, cache.posterPath(source, {}, options));
    QVERIFY(first->path.startsWith(cache.folder()));
    const QFileInfo written(first->path);
    const QDateTime madeAt = written.lastModified();
    const qint64 inode = written.metadataChangeTime().toMSecsSinceEpoch();
    QTest::qWait(20); // so that a rewrite could not keep the same modification time

    const Result<Thumbnail> second = cache.poster(source, {}, options, context);
    QVERIFY2(second.ok(), errorOf(second));
    QVERIFY(second->cached);
    QCOMPARE(second->path, first->path);
    QCOMPARE(second->width, first->width);
    QCOMPARE(second->height, first->height);
    QCOMPARE(second->at, first->at);
    QCOMPARE(QFileInfo(first->path).lastModified(), madeAt);
    QCOMPARE(QFileInfo(first->path).metadataChangeTime().toMSecsSinceEpoch(), inode);

    // Other parameters, another file; a managed file is named by its content hash.
    options.width = 64;
    const Result<Thumbnail> smaller = cache.poster(source, {}, options, context);
    QVERIFY(smaller.ok() && !smaller->cached && smaller->path != first->path);
    const QString sha = u"ab"_s + QString(62, u'c');
    QVERIFY(cache.posterPath(source, sha, options).contains(sha));
    QCOMPARE(ThumbnailCache::sourceKey(source, sha.toUpper()), sha);

    // A changed file is a new source.
    const QString before = ThumbnailCache::sourceKey(source, {});
    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                             QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(ThumbnailCache::sourceKey(source, {}) != before);

    // Filmstrips and waveforms too; a damaged cache file is made again.
    Thumbnailer::FilmstripOptions strip;
    strip.tiles = 3;
    const Result<Filmstrip> madeStrip = cache.filmstrip(source, {}, strip, context);
    QVERIFY2(madeStrip.ok() && !madeStrip->cached, errorOf(madeStrip));
    const Result<Filmstrip> keptStrip = cache.filmstrip(source, {}, strip, context);
    QVERIFY(keptStrip.ok() && keptStrip->cached);
    QCOMPARE(keptStrip->times, madeStrip->times);
    const Result<Waveform> madeWave = cache.waveform(source, {}, 50, context);
    QVERIFY2(madeWave.ok() && !madeWave->cached, errorOf(madeWave));
    const Result<Waveform> keptWave = cache.waveform(source, {}, 50, context);
    QVERIFY(keptWave.ok() && keptWave->cached);
    QCOMPARE(keptWave->buckets(), 50);
    QFile damaged(keptWave->path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not peaks");
    damaged.close();
    const Result<Waveform> remade = cache.waveform(source, {}, 50, context);
    QVERIFY(remade.ok() && !remade->cached);
    QVERIFY(AudioWaveform::read(remade->path).ok());
}

void tst_Thumbnails::readersRefuseForeignFiles()
{
    // A JPEG without Movie Tool's comment, a waveform file that is too short.
    QCOMPARE(Thumbnailer::readPoster(test::media(u"still.jpg"_s)).error().kind, ErrorKind::Refused);
    QCOMPARE(Thumbnailer::readFilmstrip(test::media(u"still.jpg"_s)).error().kind,
             ErrorKind::Refused);
    QCOMPARE(AudioWaveform::read(test::media(u"notmedia.mp4"_s)).error().kind, ErrorKind::Refused);
    // A strip whose comment does not add up to its width.
    QImage strip(100, 10, QImage::Format_RGB32);
    strip.fill(Qt::gray);
    strip.setText(u"MovieTool"_s, u"{\"kind\":\"filmstrip\",\"tileWidth\":30,\"times\":[0,1]}"_s);
    const QString odd = m_dir.filePath(u"odd-strip.jpg"_s);
    QVERIFY(strip.save(odd, "jpeg"));
    QCOMPARE(Thumbnailer::readFilmstrip(odd).error().kind, ErrorKind::Refused);
    QCOMPARE(AudioWaveform::read(m_dir.filePath(u"missing.peaks"_s)).error().kind,
             ErrorKind::Refused);
}

void tst_Thumbnails::cliMakesOne()
{
    QTemporaryDir out;
    const QString poster = out.filePath(u"one.jpg"_s);
    CliRun run = runCli({u"--json"_s,
                         u"thumb"_s,
                         test::media(u"portrait_rot90.mp4"_s),
                         poster,
                         u"--width"_s,
                         u"90"_s,
                         u"--at"_s,
                         u"0.5"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"path"_s).toString(), poster);
    QCOMPARE(json.value(u"width"_s).toInt(), 90);
    QCOMPARE(json.value(u"height"_s).toInt(), 160);
    QCOMPARE(json.value(u"at"_s).toDouble(), 0.5);
    QCOMPARE(QImage(poster).size(), QSize(90, 160));

    const QString strip = out.filePath(u"strip.jpg"_s);
    run = runCli({u"--json"_s,
                  u"thumb"_s,
                  test::media(u"frame_index.mp4"_s),
                  strip,
                  u"--filmstrip"_s,
                  u"4"_s,
                  u"--height"_s,
                  u"30"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"tiles"_s).toInt(), 4);
    QCOMPARE(json.value(u"times"_s).toArray().size(), 4);
    QCOMPARE(QImage(strip).size(), QSize(160, 30));

    const QString peaks = out.filePath(u"tone.peaks"_s);
    run = runCli(
            {u"--json"_s, u"thumb"_s, test::media(u"tone.wav"_s), peaks, u"--waveform"_s, u"20"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"buckets"_s).toInt(), 20);
    QVERIFY(std::abs(json.value(u"peak"_s).toDouble() - 0.125) < 0.01);
    QCOMPARE(AudioWaveform::read(peaks)->buckets(), 20);

    // Without --json: a line a person reads.
    run = runCli({u"thumb"_s, test::media(u"still.png"_s), out.filePath(u"still.jpg"_s)});
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(run.out.contains("320×180"), run.out);
}

void tst_Thumbnails::cliMakesManyAtOnce()
{
    QTemporaryDir out;
    const QString folder = out.filePath(u"made/here"_s); // made by the command
    const QStringList files{test::media(u"h264_aac.mp4"_s),
                            test::media(u"hevc.mkv"_s),
                            test::media(u"notmedia.mp4"_s),
                            test::media(u"vp9_opus.webm"_s),
                            test::media(u"still.jpg"_s)};
    const CliRun run = runCli(
            QStringList{u"--json"_s, u"thumb"_s, u"--width"_s, u"64"_s, u"--out-dir"_s, folder}
            + files);
    // One file is not media: refused, and the others are made all the same.
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("notmedia.mp4"), run.err);
    const QJsonArray json = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(json.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject item = json.at(i).toObject();
        QCOMPARE(item.value(u"source"_s).toString(), files[i]);
        if (i == 2) {
            QVERIFY(item.contains(u"error"_s));
            continue;
        }
        QCOMPARE(item.value(u"width"_s).toInt(), 64);
        QCOMPARE(QFileInfo(item.value(u"path"_s).toString()).fileName(),
                 QFileInfo(files[i]).completeBaseName() + u".jpg"_s);
    }
    QCOMPARE(filesIn(folder).size(), 4);
}

void tst_Thumbnails::cliRefusesUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");

    const QString file = test::media(u"h264_aac.mp4"_s);
    const QString out = QDir::tempPath() + u"/mt-never-written.jpg"_s;
    QTest::newRow("no OUT") << QStringList{file} << 1;
    QTest::newRow("width not a number") << QStringList{file, out, u"--width"_s, u"wide"_s} << 1;
    QTest::newRow("time not a time") << QStringList{file, out, u"--at"_s, u"soon"_s} << 1;
    QTest::newRow("both products")
            << QStringList{file, out, u"--filmstrip"_s, u"3"_s, u"--waveform"_s, u"3"_s} << 1;
    QTest::newRow("height without filmstrip") << QStringList{file, out, u"--height"_s, u"9"_s} << 1;
    QTest::newRow("width of a filmstrip")
            << QStringList{file, out, u"--filmstrip"_s, u"3"_s, u"--width"_s, u"9"_s} << 1;
    QTest::newRow("width out of range") << QStringList{file, out, u"--width"_s, u"0"_s} << 2;
    QTest::newRow("not media") << QStringList{test::media(u"notmedia.mp4"_s), out} << 2;
}

void tst_Thumbnails::cliRefusesUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);

    const CliRun run = runCli(QStringList{u"thumb"_s} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + u"/mt-never-written.jpg"_s));
}

QTEST_GUILESS_MAIN(tst_Thumbnails)
#include "tst_thumbnails.moc"
