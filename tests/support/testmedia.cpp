// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <map>

namespace mt::test {

namespace {

using namespace Qt::StringLiterals;

// How to make one file: ffmpeg arguments (the output path is appended), or a function.
struct Recipe
{
    QStringList ffmpegArgs;
    std::function<bool(const QString &out)> make;
};

QStringList lavfiVideo(const QString &spec) { return {u"-f"_s, u"lavfi"_s, u"-i"_s, spec}; }

QStringList sine(double seconds, int rate = 48000, int freq = 440)
{
    return {u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=frequency=%1:sample_rate=%2:duration=%3"_s.arg(freq).arg(rate).arg(seconds)};
}

bool runFfmpeg(const QStringList &args, const QString &out)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(u"ffmpeg"_s, QStringList{u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s}
                                      + args + QStringList{out});
    if (!ffmpeg.waitForFinished(120000))
        return false;
    return ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
}

// The first `fraction` of `source`'s bytes, to stand for an interrupted download or copy.
bool headOf(const QString &sourceName, double fraction, const QString &out)
{
    QFile source(media(sourceName));
    QFile target(out);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = source.readAll();
    return target.write(bytes.left(qsizetype(bytes.size() * fraction))) > 0;
}

const std::map<QString, Recipe> &recipes()
{
    static const std::map<QString, Recipe> table = [] {
        const QString h264 = u"libx264"_s;
        std::map<QString, Recipe> t;
        auto testsrc = [](const QString &size, const QString &rate, double seconds) {
            return lavfiVideo(u"testsrc2=size=%1:rate=%2:duration=%3"_s.arg(size, rate).arg(seconds));
        };
        const QStringList x264 = {u"-c:v"_s, h264, u"-preset"_s, u"ultrafast"_s, u"-pix_fmt"_s,
                                  u"yuv420p"_s};
        const QStringList aac = {u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"96k"_s, u"-ac"_s, u"2"_s};

        t[u"h264_aac.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2) + x264
                                        + QStringList{u"-g"_s, u"30"_s} + aac
                                        + QStringList{u"-shortest"_s},
                                {}};
        t[u"shot_720p.mp4"_s] = {testsrc(u"1280x720"_s, u"30"_s, 6) + sine(6, 48000, 300)
                                         + QStringList{u"-c:v"_s, h264, u"-preset"_s, u"veryfast"_s,
                                                       u"-crf"_s, u"23"_s, u"-pix_fmt"_s,
                                                       u"yuv420p"_s, u"-g"_s, u"60"_s}
                                         + aac + QStringList{u"-shortest"_s},
                                 {}};
        // The mov muxer of FFmpeg 5.1 turns a "rotate" tag into a display matrix, as phones write.
        t[u"portrait_rot90.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2) + x264 + aac
                                              + QStringList{u"-metadata:s:v:0"_s, u"rotate=90"_s,
                                                            u"-shortest"_s},
                                      {}};
        t[u"hevc.mkv"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2)
                                    + QStringList{u"-c:v"_s, u"libx265"_s, u"-preset"_s,
                                                  u"ultrafast"_s, u"-x265-params"_s,
                                                  u"log-level=error"_s}
                                    + aac + QStringList{u"-shortest"_s},
                            {}};
        t[u"vp9_opus.webm"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2)
                                         + QStringList{u"-c:v"_s, u"libvpx-vp9"_s, u"-deadline"_s,
                                                       u"realtime"_s, u"-cpu-used"_s, u"8"_s,
                                                       u"-b:v"_s, u"500k"_s, u"-c:a"_s,
                                                       u"libopus"_s, u"-shortest"_s},
                                 {}};
        t[u"mjpeg.avi"_s] = {testsrc(u"320x240"_s, u"25"_s, 2) + sine(2)
                                     + QStringList{u"-c:v"_s, u"mjpeg"_s, u"-q:v"_s, u"5"_s,
                                                   u"-pix_fmt"_s, u"yuvj420p"_s, u"-c:a"_s,
                                                   u"pcm_s16le"_s, u"-shortest"_s},
                             {}};
        t[u"hevc_10bit.mkv"_s] = {testsrc(u"320x240"_s, u"30"_s, 1)
                                          + QStringList{u"-c:v"_s, u"libx265"_s, u"-preset"_s,
                                                        u"ultrafast"_s, u"-pix_fmt"_s,
                                                        u"yuv420p10le"_s, u"-x265-params"_s,
                                                        u"log-level=error"_s},
                                  {}};
        t[u"ntsc_23976.mp4"_s] = {testsrc(u"640x360"_s, u"24000/1001"_s, 2) + sine(2) + x264 + aac
                                          + QStringList{u"-shortest"_s},
                                  {}};
        // Frames kept irregularly and timestamps passed through: durations of 1, 2 and 3 ticks.
        t[u"vfr.mkv"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2)
                                   + QStringList{u"-vf"_s, u"select='lt(n\\,20)+not(mod(n\\,3))+eq(mod(n\\,7)\\,1)'"_s,
                                                 u"-fps_mode"_s, u"passthrough"_s}
                                   + x264 + aac + QStringList{u"-shortest"_s},
                           {}};
        t[u"no_audio.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + x264, {}};
        t[u"surround51.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2) + x264
                                          + QStringList{u"-c:a"_s, u"aac"_s, u"-af"_s,
                                                        u"aformat=channel_layouts=5.1"_s,
                                                        u"-shortest"_s},
                                  {}};
        t[u"short_0_4s.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 0.4) + sine(0.4) + x264 + aac
                                          + QStringList{u"-shortest"_s},
                                  {}};
        t[u"odd_size.mp4"_s] = {testsrc(u"321x243"_s, u"30"_s, 2)
                                        + QStringList{u"-c:v"_s, h264, u"-preset"_s, u"ultrafast"_s,
                                                      u"-pix_fmt"_s, u"yuv444p"_s},
                                {}};
        const QStringList oneFrame = lavfiVideo(u"smptehdbars=size=640x360"_s)
                                     + QStringList{u"-frames:v"_s, u"1"_s};
        t[u"still.jpg"_s] = {oneFrame, {}};
        t[u"still.png"_s] = {oneFrame, {}};
        t[u"still.webp"_s] = {oneFrame, {}};
        t[u"tone.mp3"_s] = {sine(2) + QStringList{u"-c:a"_s, u"libmp3lame"_s}, {}};
        t[u"tone.wav"_s] = {sine(2), {}};
        t[u"tone.flac"_s] = {sine(2), {}};
        t[u"faststart.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2) + sine(2) + x264 + aac
                                         + QStringList{u"-movflags"_s, u"+faststart"_s,
                                                       u"-shortest"_s},
                                 {}};
        t[u"truncated.mp4"_s] = {{}, [](const QString &out) {
                                     return headOf(u"h264_aac.mp4"_s, 0.4, out);
                                 }};
        t[u"truncated_faststart.mp4"_s] = {{}, [](const QString &out) {
                                               return headOf(u"faststart.mp4"_s, 0.4, out);
                                           }};
        t[u"notmedia.mp4"_s] = {{}, [](const QString &out) {
                                    QFile f(out);
                                    return f.open(QIODevice::WriteOnly)
                                           && f.write("this is not a video\n") > 0;
                                }};
        t[u"empty.mp4"_s] = {{}, [](const QString &out) {
                                 QFile f(out);
                                 return f.open(QIODevice::WriteOnly);
                             }};
        return t;
    }();
    return table;
}

} // namespace

QString mediaDir()
{
    static const QString dir = [] {
        const QString path = QString::fromUtf8(MT_TEST_MEDIA_DIR);
        QDir().mkpath(path);
        return path;
    }();
    return dir;
}

QStringList mediaNames()
{
    QStringList names;
    for (const auto &[name, recipe] : recipes())
        names << name;
    return names;
}

QString media(const QString &name)
{
    const auto it = recipes().find(name);
    if (it == recipes().end())
        qFatal("unknown test media %s", qPrintable(name));
    const QString path = mediaDir() + u'/' + name;
    if (QFileInfo::exists(path))
        return path;

    // Made under a unique temporary name (keeping the extension, which picks ffmpeg's muxer) and
    // renamed: a test running beside us either sees no file or a whole one.
    const QString temp = mediaDir() + u"/.tmp-%1-"_s.arg(QRandomGenerator::global()->generate())
                         + name;
    const bool made = it->second.make ? it->second.make(temp)
                                      : runFfmpeg(it->second.ffmpegArgs, temp);
    if (!made) {
        QFile::remove(temp);
        qFatal("could not make test media %s (is the ffmpeg CLI installed?)", qPrintable(name));
    }
    if (!QFile::rename(temp, path))
        QFile::remove(temp); // another test made it first
    return path;
}

} // namespace mt::test
