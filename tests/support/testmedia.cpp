// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

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

// Where the display matrix of the first video track header is (moov → trak → tkhd, walked by box
// sizes so that bytes in the media data that happen to spell "tkhd" are never touched), or -1.
qsizetype videoTrackMatrix(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    for (qsizetype at = begin; at + 8 <= end;) {
        const qsizetype size = qFromBigEndian<quint32>(bytes.constData() + at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (size < 8 || at + size > end)
            return -1;
        if (type == "moov" || type == "trak") {
            if (const qsizetype found = videoTrackMatrix(bytes, at + 8, at + size); found >= 0)
                return found;
        } else if (type == "tkhd") {
            // version/flags, times, track id and duration (64-bit fields in version 1), then
            // 8 reserved bytes, layer, group, volume, 2 reserved: the matrix, width, height.
            const qsizetype matrix = at + 12 + (bytes[at + 8] == 1 ? 32 : 20) + 16;
            if (matrix + 44 <= at + size
                && qFromBigEndian<quint32>(bytes.constData() + matrix + 36) != 0)
                return matrix;
        }
        at += size;
    }
    return -1;
}

// Encodes with ffmpeg, then writes the display matrix a phone held upright writes (a player turns
// the picture 90° clockwise) into the video track header. The ffmpeg CLI cannot be asked for it
// portably: 5.1 ignores the "rotate" tag when encoding, and later versions dropped that tag for
// -display_rotation, which 5.1 lacks.
bool withPortraitMatrix(const QStringList &args, const QString &out)
{
    if (!runFfmpeg(args, out))
        return false;
    QFile file(out);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray bytes = file.readAll();
    const qsizetype matrix = videoTrackMatrix(bytes, 0, bytes.size());
    if (matrix < 0)
        return false;
    // av_display_rotation_set(m, 90): 16.16 and 2.30 fixed point, stored big-endian.
    const qint32 values[9] = {0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000};
    QByteArray patch(sizeof values, Qt::Uninitialized);
    for (int i = 0; i < 9; ++i)
        qToBigEndian<qint32>(values[i], patch.data() + 4 * i);
    return file.seek(matrix) && file.write(patch) == patch.size();
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
        t[u"portrait_rot90.mp4"_s] = {{}, [=](const QString &out) {
                                          return withPortraitMatrix(
                                                  testsrc(u"640x360"_s, u"30"_s, 2) + sine(2) + x264
                                                          + aac + QStringList{u"-shortest"_s},
                                                  out);
                                      }};
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
        // Two audio tracks, the second (44.1 kHz) marked default: the probe describes that one.
        t[u"dual_audio.mkv"_s] = {testsrc(u"320x240"_s, u"30"_s, 1) + sine(1) + sine(1, 44100, 880)
                                          + QStringList{u"-map"_s, u"0:v"_s, u"-map"_s, u"1:a"_s,
                                                        u"-map"_s, u"2:a"_s}
                                          + x264 + aac
                                          + QStringList{u"-disposition:a:0"_s, u"0"_s,
                                                        u"-disposition:a:1"_s, u"default"_s,
                                                        u"-shortest"_s},
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
        // testsrc2 rounds odd sizes down to even (it draws 4:2:0); testsrc draws RGB.
        t[u"odd_size.mp4"_s] = {lavfiVideo(u"testsrc=size=321x243:rate=30:duration=2"_s)
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
        t[u"cover_art.mp3"_s] = {sine(2) + lavfiVideo(u"smptehdbars=size=320x320:duration=0.04"_s)
                                         + QStringList{u"-map"_s, u"0:a"_s, u"-map"_s, u"1:v"_s,
                                                       u"-c:a"_s, u"libmp3lame"_s, u"-c:v"_s,
                                                       u"mjpeg"_s, u"-disposition:v:0"_s,
                                                       u"attached_pic"_s},
                                 {}};
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
        t[u"truncated.mkv"_s] = {{}, [](const QString &out) {
                                     return headOf(u"hevc.mkv"_s, 0.4, out);
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
        // Each picture's brightness says which it is: luma 16 + 3 × frame number, so a decoded
        // picture's mean grey names its frame. B-frames and a keyframe every second.
        const QString numbered =
                u"nullsrc=size=320x240:rate=30:duration=2,format=yuv420p,geq=lum='16+3*N':cb=128:cr=128"_s;
        t[u"frame_index.mp4"_s] = {lavfiVideo(numbered)
                                           + QStringList{u"-c:v"_s, h264, u"-preset"_s,
                                                         u"veryfast"_s, u"-g"_s, u"30"_s},
                                   {}};
        t[u"frame_index.mkv"_s] = {lavfiVideo(numbered)
                                           + QStringList{u"-c:v"_s, u"libx265"_s, u"-preset"_s,
                                                         u"ultrafast"_s, u"-g"_s, u"30"_s,
                                                         u"-x265-params"_s, u"log-level=error"_s},
                                   {}};
        // MPEG-TS has no index and seeks by decode times, which B-frames put before the
        // display times.
        t[u"frame_index.ts"_s] = {lavfiVideo(numbered)
                                          + QStringList{u"-c:v"_s,
                                                        h264,
                                                        u"-preset"_s,
                                                        u"veryfast"_s,
                                                        u"-g"_s,
                                                        u"30"_s},
                                  {}};
        // The same pictures as a raw H.264 stream: no container, no times.
        t[u"frame_index.h264"_s] = {{}, [](const QString &out) {
                                        return runFfmpeg({u"-i"_s,
                                                          media(u"frame_index.mp4"_s),
                                                          u"-c"_s,
                                                          u"copy"_s,
                                                          u"-bsf:v"_s,
                                                          u"h264_mp4toannexb"_s},
                                                         out);
                                    }};
        // Sound that starts 0.5 s after the picture.
        t[u"late_audio.mp4"_s] = {testsrc(u"320x240"_s, u"30"_s, 2)
                                          + QStringList{u"-itsoffset"_s, u"0.5"_s} + sine(1.5)
                                          + x264 + aac,
                                  {}};
        // 1 s of a 440 Hz sine at half of full scale, then 1 s of silence.
        t[u"tone_then_silence.wav"_s] = {
                {u"-f"_s, u"lavfi"_s, u"-i"_s,
                 u"aevalsrc=if(lt(t\\,1)\\,0.5*sin(2*PI*440*t)\\,0):s=48000:d=2"_s},
                {}};
        // Media analysis: defects at known times, and shots that must not look like defects.
        const QStringList x264Fast = {u"-c:v"_s, h264, u"-preset"_s, u"veryfast"_s, u"-pix_fmt"_s,
                                      u"yuv420p"_s, u"-g"_s, u"30"_s};
        t[u"analysis_black.mp4"_s] = {
                lavfiVideo(u"testsrc2=size=640x360:rate=30:duration=4,drawbox=x=0:y=0:w=iw:h=ih:"
                           "t=fill:color=black:enable='gte(t,1)*lt(t,2)'"_s)
                        + x264Fast,
                {}};
        // Frames 30–74 all show frame 30: frozen from 1.0 s to 2.5 s.
        t[u"analysis_frozen.mp4"_s] = {
                lavfiVideo(u"testsrc2=size=640x360:rate=30:duration=4,split[a][b];"
                           "[a][b]freezeframes=first=30:last=74:replace=30"_s)
                        + x264Fast,
                {}};
        t[u"analysis_silence.mp4"_s] = {
                testsrc(u"640x360"_s, u"30"_s, 4)
                        + lavfiVideo(u"sine=frequency=440:sample_rate=48000:duration=4,"
                                     "volume=enable='between(t,1,2.5)':volume=0"_s)
                        + x264Fast + aac + QStringList{u"-shortest"_s},
                {}};
        // A still picture panned by a quarter pixel per frame (drawn at 4× and scaled down).
        t[u"analysis_pan.mp4"_s] = {
                lavfiVideo(u"testsrc2=size=1280x360:rate=30,trim=end_frame=1,format=rgb24,"
                           "scale=5120:1440:flags=bicubic,loop=loop=-1:size=1,setpts=N/30/TB,"
                           "crop=2560:1440:x='n':y=0,scale=640:360:flags=area,trim=duration=4"_s)
                        + x264Fast,
                {}};
        // A night: moving picture at a ninth of its brightness (mean luma 28), with grain.
        t[u"analysis_night.mp4"_s] = {
                lavfiVideo(u"testsrc2=size=640x360:rate=30:duration=4,"
                           "lutyuv=y='16+(val-16)*0.12',noise=alls=6:allf=t"_s)
                        + x264Fast,
                {}};
        // testsrc2 for 2 s, then testsrc: one hard cut at 2.0 s.
        t[u"analysis_cut.mp4"_s] = {testsrc(u"640x360"_s, u"30"_s, 2)
                                            + lavfiVideo(u"testsrc=size=640x360:rate=30:duration=2"_s)
                                            + QStringList{u"-filter_complex"_s,
                                                          u"[0:v][1:v]concat=n=2:v=1:a=0"_s}
                                            + x264Fast,
                                    {}};
        // A stereo 1 kHz sine at -23 dBFS per channel: -23 LUFS by EBU Tech 3341's first case.
        t[u"tone_23lufs.wav"_s] = {sine(4, 48000, 1000)
                                           + QStringList{u"-af"_s,
                                                         u"volume=-5dB,pan=stereo|c0=c0|c1=c0"_s},
                                   {}};
        // h264_aac.mp4 blurred and squeezed: measurably worse than its source.
        t[u"analysis_degraded.mp4"_s] = {{}, [=](const QString &out) {
                                             return runFfmpeg(QStringList{u"-i"_s,
                                                                          media(u"h264_aac.mp4"_s),
                                                                          u"-vf"_s,
                                                                          u"gblur=sigma=2"_s,
                                                                          u"-crf"_s, u"40"_s}
                                                                      + x264Fast + aac,
                                                              out);
                                         }};
        // h264_aac.mp4 with media data overwritten by noise, its header intact: 4 KB halfway (a
        // second into the picture the data is garbage), or all of it.
        const auto scrambleMdat = [](const QString &out, bool all) {
            QFile source(media(u"h264_aac.mp4"_s));
            if (!source.open(QIODevice::ReadOnly))
                return false;
            QByteArray bytes = source.readAll();
            for (qsizetype at = 0; at + 8 <= bytes.size();) {
                const qsizetype size = qFromBigEndian<quint32>(bytes.constData() + at);
                if (size < 8 || at + size > bytes.size())
                    return false;
                if (bytes.mid(at + 4, 4) == "mdat") {
                    const qsizetype begin = all ? at + 8 : at + size / 2;
                    const qsizetype end = all ? at + size : begin + 4096;
                    quint32 noise = 12345;
                    for (qsizetype i = begin; i < end; ++i) {
                        noise = noise * 1664525u + 1013904223u;
                        bytes[i] = char(noise >> 24);
                    }
                    QFile target(out);
                    return target.open(QIODevice::WriteOnly) && target.write(bytes) == bytes.size();
                }
                at += size;
            }
            return false;
        };
        t[u"corrupt_mdat.mp4"_s] = {{}, [=](const QString &out) {
                                        return scrambleMdat(out, false);
                                    }};
        t[u"garbage_mdat.mp4"_s] = {{}, [=](const QString &out) {
                                        return scrambleMdat(out, true);
                                    }};
        // 1 s of 320x180 video with 48 kHz stereo sound, then 1 s of 640x360 with 44.1 kHz mono,
        // in one MPEG-TS stream (as joined recordings are).
        t[u"format_change.ts"_s]
                = {{}, [=](const QString &out) {
                       const QString first = out + u".1.ts"_s;
                       const QString second = out + u".2.ts"_s;
                       const bool made = runFfmpeg(testsrc(u"320x180"_s, u"30"_s, 1)
                                                           + sine(1, 48000) + x264Fast + aac,
                                                   first)
                                         && runFfmpeg(lavfiVideo(u"testsrc=size=640x360:"
                                                                 "rate=30:duration=1"_s)
                                                              + sine(1, 44100) + x264Fast
                                                              + QStringList{u"-c:a"_s,
                                                                            u"aac"_s,
                                                                            u"-ac"_s,
                                                                            u"1"_s,
                                                                            u"-output_ts_offset"_s,
                                                                            u"1"_s},
                                                      second);
                       QFile a(first);
                       QFile b(second);
                       QFile target(out);
                       const bool joined = made && a.open(QIODevice::ReadOnly)
                                           && b.open(QIODevice::ReadOnly)
                                           && target.open(QIODevice::WriteOnly)
                                           && target.write(a.readAll()) > 0
                                           && target.write(b.readAll()) > 0;
                       QFile::remove(first);
                       QFile::remove(second);
                       return joined;
                   }};
        // h264_aac.mp4 in AVI (PCM sound) with the video's or the sound's codec tag replaced by
        // one no decoder knows; the muxers refuse to write such tags themselves.
        const auto unknownCodec = [=](const QString &out, bool video) {
            if (!runFfmpeg({u"-i"_s,
                            media(u"h264_aac.mp4"_s),
                            u"-c:v"_s,
                            u"copy"_s,
                            u"-c:a"_s,
                            u"pcm_s16le"_s},
                           out))
                return false;
            QFile file(out);
            if (!file.open(QIODevice::ReadWrite))
                return false;
            QByteArray bytes = file.readAll();
            const qsizetype headerEnd = bytes.indexOf("movi");
            if (video) {
                for (qsizetype at = bytes.indexOf("avc1"); at >= 0 && at < headerEnd;
                     at = bytes.indexOf("avc1", at + 4))
                    bytes.replace(at, 4, "XVQZ");
            } else {
                // wFormatTag, the first field of the sound stream's format chunk.
                const qsizetype format = bytes.indexOf("strf", bytes.indexOf("auds"));
                if (format < 0 || format > headerEnd)
                    return false;
                bytes[format + 8] = bytes[format + 9] = '\x33';
            }
            return file.seek(0) && file.write(bytes) == bytes.size();
        };
        t[u"unknown_video.avi"_s] = {{}, [=](const QString &out) {
                                         return unknownCodec(out, true);
                                     }};
        t[u"unknown_audio.avi"_s] = {{}, [=](const QString &out) {
                                         return unknownCodec(out, false);
                                    }};
        // Black 25 fps picture with a white flash and a 1 kHz beep that both start at 1.0 s
        // (44.1 kHz mono sound): where the two land in an output shows its A/V offset.
        t[u"sync_flash.mp4"_s] = {
                lavfiVideo(u"color=c=black:s=320x240:r=25:d=2,format=yuv420p,drawbox=w=iw:h=ih:"
                           "color=white:t=fill:enable='between(t,1,1.07)'"_s)
                        + lavfiVideo(u"aevalsrc='if(between(t,1,1.1),0.5*sin(2*PI*1000*t),0)'"
                                     ":s=44100:d=2"_s)
                        + x264 + QStringList{u"-c:a"_s, u"aac"_s, u"-ac"_s, u"1"_s},
                {}};
        // Joinable shots (same encoder settings, own picture and tone each) for stream-copy
        // joins, and a 23.976 fps clip with B-frames and a keyframe every second for smart cuts.
        const QStringList x264Veryfast = {u"-c:v"_s, h264, u"-preset"_s, u"veryfast"_s,
                                          u"-crf"_s, u"23"_s, u"-pix_fmt"_s, u"yuv420p"_s};
        for (int i = 0; i < 3; ++i) {
            t[u"join_%1.mp4"_s.arg(QChar(u'a' + i))] = {
                    lavfiVideo(u"testsrc2=size=640x360:rate=30:duration=2,hue=h=%1"_s.arg(i * 90))
                            + sine(2, 48000, 300 + 200 * i) + x264Veryfast
                            + QStringList{u"-g"_s, u"30"_s} + aac + QStringList{u"-shortest"_s},
                    {}};
        }
        t[u"ntsc_23976_gop24.mp4"_s] = {testsrc(u"640x360"_s, u"24000/1001"_s, 4) + sine(4)
                                                + x264Veryfast + QStringList{u"-g"_s, u"24"_s}
                                                + aac + QStringList{u"-shortest"_s},
                                        {}};
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
