// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mt {

class JobContext;
class OutputFile;

// The loudness outline of a file's sound for the timeline: for each of N equal parts of its
// duration, the lowest and highest sample of the mono mix (-1..1).
struct Waveform
{
    QString path;
    double duration = 0; // seconds the buckets cover
    int sampleRate = 0;  // of the sound they were measured at
    QList<float> minimum;
    QList<float> maximum;
    bool cached = false;

    int buckets() const { return int(maximum.size()); }
    float peak() const;         // the largest magnitude of all
    QJsonObject toJson() const; // {path, buckets, duration, sampleRate, peak, cached}
};

// Measures a Waveform in one decoding pass over the default audio stream of a file (an audio
// file, or a video with sound), mixed to mono as float by libswresample, and writes it as a
// small binary file through OutputFile:
//   "MTPEAKS1", uint32 buckets, uint32 sample rate, float64 duration, then per bucket int16
//   minimum and int16 maximum (× 32767), all little-endian.
//
// Stateless and reentrant: call from any thread. Progress is reported as the sound is read;
// cancellation is checked per packet.
class AudioWaveform
{
    Q_DECLARE_TR_FUNCTIONS(mt::AudioWaveform)

public:
    static constexpr int MaxBuckets = 100000;

    static Result<Waveform> extract(const QString &input,
                                    const QString &output,
                                    int buckets,
                                    JobContext &context);
    // A file extract() wrote; refused for anything else.
    static Result<Waveform> read(const QString &path);

private:
    static Status write(const Waveform &waveform, OutputFile &output);
};

} // namespace mt
