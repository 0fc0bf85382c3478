// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

namespace mt {

// The lowest and highest sample of fixed blocks of a stream of samples, reduced to N equal
// buckets once the stream has ended: the exact length of a file's sound is known only then.
// Blocks are a fraction of a bucket, so bucket edges land within a few samples of exact.
// A plain value of one extraction, on its thread.
class PeakAccumulator
{
public:
    explicit PeakAccumulator(qint64 blockSamples);

    // A block size for about `expectedSamples` (0: unknown) reduced to `buckets`.
    static qint64 blockFor(qint64 expectedSamples, int buckets);

    void add(const float *samples, qint64 count);
    void addSilence(qint64 count);
    qint64 samples() const { return m_samples; }

    // The minimum and maximum of each of `buckets` equal parts of `totalSamples` (at least
    // samples()); parts past the samples added are silent.
    void reduce(int buckets,
                qint64 totalSamples,
                QList<float> *minimum,
                QList<float> *maximum) const;

private:
    void closeBlock();

    qint64 m_blockSamples;
    qint64 m_samples = 0;
    qint64 m_inBlock = 0;
    float m_low = 0;
    float m_high = 0;
    std::vector<float> m_lows;
    std::vector<float> m_highs;
};

} // namespace mt
