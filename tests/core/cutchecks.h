// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>

// What tests of cuts and joins read back from a written file, by the ffmpeg CLI (third-party
// decoders and demuxers: the checks do not trust the code they check).
namespace mt::test::cut {

using namespace Qt::StringLiterals;

inline QByteArray run(const QString &program, const QStringList &args, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(120000);
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

// What ffmpeg complains about while decoding every stream: empty for a clean file.
inline QString decodeComplaints(const QString &path)
{
    QByteArray errors;
    run(u"ffmpeg"_s, {u"-v"_s, u"error"_s, u"-i"_s, path, u"-f"_s, u"null"_s, u"-"_s}, &errors);
    return QString::fromUtf8(errors).trimmed();
}

// The first value ffprobe prints for `entries` of `stream`.
inline QString probe(const QString &path, const QString &stream, const QString &entries)
{
    return QString::fromUtf8(run(u"ffprobe"_s,
                                 {u"-v"_s,
                                  u"error"_s,
                                  u"-select_streams"_s,
                                  stream,
                                  u"-show_entries"_s,
                                  entries,
                                  u"-of"_s,
                                  u"default=nw=1:nk=1"_s,
                                  path}))
            .trimmed()
            .section(u'\n', 0, 0);
}

inline qint64 countFrames(const QString &path)
{
    return QString::fromUtf8(run(u"ffprobe"_s,
                                 {u"-v"_s,
                                  u"error"_s,
                                  u"-count_frames"_s,
                                  u"-select_streams"_s,
                                  u"v:0"_s,
                                  u"-show_entries"_s,
                                  u"stream=nb_read_frames"_s,
                                  u"-of"_s,
                                  u"default=nw=1:nk=1"_s,
                                  path}))
            .section(u'\n', 0, 0) // side data (a display matrix) may follow
            .trimmed()
            .toLongLong();
}

inline double streamDuration(const QString &path, const QString &stream)
{
    return probe(path, stream, u"stream=duration"_s).toDouble();
}

// The decode timestamps of the video packets, in file order (ticks of the stream's time base).
inline QList<qint64> packetDts(const QString &path)
{
    QList<qint64> dts;
    const QList<QByteArray> lines = run(u"ffprobe"_s,
                                        {u"-v"_s,
                                         u"error"_s,
                                         u"-select_streams"_s,
                                         u"v:0"_s,
                                         u"-show_entries"_s,
                                         u"packet=dts"_s,
                                         u"-of"_s,
                                         u"csv=p=0"_s,
                                         path})
                                            .split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            dts << line.trimmed().toLongLong();
    }
    return dts;
}

// The first place where decode timestamps do not strictly increase, -1 when they all do.
inline qsizetype dtsBackstep(const QList<qint64> &dts)
{
    for (qsizetype i = 1; i < dts.size(); ++i) {
        if (dts[i] <= dts[i - 1])
            return i;
    }
    return -1;
}

// The MD5 of each decoded picture (or, with copy, of each packet as stored), in output order.
inline QStringList frameHashes(const QString &path, bool packets = false)
{
    QStringList args = {u"-v"_s, u"error"_s, u"-i"_s, path, u"-map"_s, u"0:v:0"_s};
    if (packets)
        args << u"-c"_s << u"copy"_s;
    args << u"-f"_s << u"framemd5"_s << u"-"_s;
    QStringList hashes;
    const QList<QByteArray> lines = run(u"ffmpeg"_s, args).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        hashes << QString::fromLatin1(line.split(',').constLast().trimmed());
    }
    return hashes;
}

// The luma planes of the pictures [first, first + count) in output order (fewer at the end).
inline QList<QByteArray> luma(const QString &path, qint64 first, qint64 count = 1)
{
    const QByteArray planes = run(u"ffmpeg"_s,
                                  {u"-v"_s,
                                   u"error"_s,
                                   u"-i"_s,
                                   path,
                                   u"-map"_s,
                                   u"0:v:0"_s,
                                   u"-vf"_s,
                                   u"select=between(n\\,%1\\,%2)"_s.arg(first).arg(first + count
                                                                                   - 1),
                                   u"-fps_mode"_s,
                                   u"passthrough"_s,
                                   u"-frames:v"_s,
                                   QString::number(count),
                                   u"-f"_s,
                                   u"rawvideo"_s,
                                   u"-pix_fmt"_s,
                                   u"gray"_s,
                                   u"-"_s});
    const QByteArray one = run(u"ffprobe"_s,
                               {u"-v"_s,
                                u"error"_s,
                                u"-select_streams"_s,
                                u"v:0"_s,
                                u"-show_entries"_s,
                                u"stream=width,height"_s,
                                u"-of"_s,
                                u"csv=p=0:s=x"_s,
                                path});
    const QList<QByteArray> size = one.trimmed().split('x');
    const qsizetype bytes = size.size() >= 2 ? size[0].toLongLong() * size[1].toLongLong() : 0;
    QList<QByteArray> frames;
    for (qsizetype at = 0; bytes > 0 && at + bytes <= planes.size(); at += bytes)
        frames << planes.mid(at, bytes);
    return frames;
}

inline double psnr(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0;
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const double d = double(uchar(a[i])) - double(uchar(b[i]));
        sum += d * d;
    }
    const double mse = sum / double(a.size());
    return mse <= 0 ? 99 : 10 * std::log10(255.0 * 255.0 / mse);
}

} // namespace mt::test::cut
