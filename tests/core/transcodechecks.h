// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Reads what tst_transcode wrote back with the ffmpeg CLI: a decoder that is not ours, so our
// encoders' mistakes cannot hide behind our own reading of them.
namespace mt::test {

// What `ffmpeg -v warning` says while decoding all of `path`; empty when it decodes cleanly.
QString decodeComplaints(const QString &path);

// ffprobe's stream entries (codec_type, codec_name, width, height, pix_fmt, channels,
// sample_rate, start_time, duration, nb_read_frames when countFrames).
QJsonArray probeStreams(const QString &path, bool countFrames = false);
// The first stream of a type ("video", "audio"); empty when there is none.
QJsonObject streamOf(const QJsonArray &streams, const QString &type);

// The picture shown at `seconds`, in RGB.
QImage frameAt(const QString &path, double seconds);

// The mean luma (0–255) of every frame, in order.
QList<double> frameLumas(const QString &path);

// The sound mixed to mono at 48 kHz, samples in -1..1.
QList<float> monoSamples(const QString &path);

// Seconds at which the first sample louder than `threshold` lies, -1 if none.
double firstLoud(const QList<float> &samples, float threshold, double after = 0);
// The loudest sample between two times.
float peakBetween(const QList<float> &samples, double from, double to);

} // namespace mt::test
