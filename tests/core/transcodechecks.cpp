// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "transcodechecks.h"

#include <QJsonDocument>
#include <QProcess>

#include <cmath>
#include <cstring>

namespace mt::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray run(const QString &program, const QStringList &args, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(120000);
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

QByteArray ffmpegOut(const QStringList &args)
{
    return run(u"ffmpeg"_s,
               QStringList{u"-hide_banner"_s, u"-nostdin"_s, u"-v"_s, u"error"_s} + args);
}

} // namespace

QString decodeComplaints(const QString &path)
{
    QByteArray errors;
    run(u"ffmpeg"_s,
        {u"-hide_banner"_s,
         u"-nostdin"_s,
         u"-v"_s,
         u"warning"_s,
         u"-i"_s,
         path,
         u"-f"_s,
         u"null"_s,
         u"-"_s},
        &errors);
    return QString::fromUtf8(errors).trimmed();
}

QJsonArray probeStreams(const QString &path, bool countFrames)
{
    QStringList args{u"-v"_s, u"error"_s, u"-show_streams"_s, u"-of"_s, u"json"_s};
    if (countFrames)
        args << u"-count_frames"_s;
    const QByteArray json = run(u"ffprobe"_s, args << path);
    return QJsonDocument::fromJson(json).object().value(u"streams"_s).toArray();
}

QJsonObject streamOf(const QJsonArray &streams, const QString &type)
{
    for (const QJsonValue &stream : streams) {
        if (stream.toObject().value(u"codec_type"_s).toString() == type)
            return stream.toObject();
    }
    return {};
}

QImage frameAt(const QString &path, double seconds)
{
    const QJsonObject video = streamOf(probeStreams(path), u"video"_s);
    const int width = video.value(u"width"_s).toInt();
    const int height = video.value(u"height"_s).toInt();
    const QByteArray rgb = ffmpegOut({u"-ss"_s,
                                      QString::number(seconds),
                                      u"-i"_s,
                                      path,
                                      u"-frames:v"_s,
                                      u"1"_s,
                                      u"-f"_s,
                                      u"rawvideo"_s,
                                      u"-pix_fmt"_s,
                                      u"rgb24"_s,
                                      u"-"_s});
    if (width <= 0 || rgb.size() != qsizetype(width) * height * 3)
        return {};
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), rgb.constData() + qsizetype(y) * width * 3, width * 3);
    return image;
}

QList<double> frameLumas(const QString &path)
{
    const QByteArray gray = ffmpegOut({u"-i"_s,
                                       path,
                                       u"-vf"_s,
                                       u"scale=8:8"_s,
                                       u"-fps_mode"_s,
                                       u"passthrough"_s,
                                       u"-f"_s,
                                       u"rawvideo"_s,
                                       u"-pix_fmt"_s,
                                       u"gray"_s,
                                       u"-"_s});
    QList<double> lumas;
    for (qsizetype at = 0; at + 64 <= gray.size(); at += 64) {
        double sum = 0;
        for (int i = 0; i < 64; ++i)
            sum += quint8(gray[at + i]);
        lumas << sum / 64;
    }
    return lumas;
}

QList<float> monoSamples(const QString &path)
{
    const QByteArray raw = ffmpegOut({u"-i"_s,
                                      path,
                                      u"-vn"_s,
                                      u"-ac"_s,
                                      u"1"_s,
                                      u"-ar"_s,
                                      u"48000"_s,
                                      u"-f"_s,
                                      u"f32le"_s,
                                      u"-"_s});
    QList<float> samples(raw.size() / qsizetype(sizeof(float)));
    std::memcpy(samples.data(), raw.constData(), size_t(samples.size()) * sizeof(float));
    return samples;
}

double firstLoud(const QList<float> &samples, float threshold, double after)
{
    for (qsizetype i = qsizetype(after * 48000); i < samples.size(); ++i) {
        if (std::abs(samples[i]) > threshold)
            return double(i) / 48000;
    }
    return -1;
}

float peakBetween(const QList<float> &samples, double from, double to)
{
    float peak = 0;
    const qsizetype end = std::min(samples.size(), qsizetype(to * 48000));
    for (qsizetype i = std::max<qsizetype>(0, qsizetype(from * 48000)); i < end; ++i)
        peak = std::max(peak, std::abs(samples[i]));
    return peak;
}

} // namespace mt::test
