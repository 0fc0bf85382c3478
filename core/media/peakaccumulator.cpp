// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "peakaccumulator.h"

#include <algorithm>

namespace mt {

namespace {

// Blocks per bucket: enough that edges are close to exact, few enough to stay small in memory.
constexpr qint64 BlocksPerBucket = 8;
constexpr qint64 MaxBlockSamples = 4096;
constexpr qint64 UnknownLengthBlock = 256;

} // namespace

PeakAccumulator::PeakAccumulator(qint64 blockSamples)
    : m_blockSamples(std::max<qint64>(blockSamples, 1))
{}

qint64 PeakAccumulator::blockFor(qint64 expectedSamples, int buckets)
{
    if (expectedSamples <= 0 || buckets <= 0)
        return UnknownLengthBlock;
    return std::clamp<qint64>(expectedSamples / (qint64(buckets) * BlocksPerBucket),
                              1,
                              MaxBlockSamples);
}

void PeakAccumulator::closeBlock()
{
    m_lows.push_back(m_low);
    m_highs.push_back(m_high);
    m_inBlock = 0;
}

void PeakAccumulator::add(const float *samples, qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        const float sample = samples[i];
        if (m_inBlock == 0) {
            m_low = sample;
            m_high = sample;
        } else {
            m_low = std::min(m_low, sample);
            m_high = std::max(m_high, sample);
        }
        if (++m_inBlock == m_blockSamples)
            closeBlock();
    }
    m_samples += count;
}

void PeakAccumulator::addSilence(qint64 count)
{
    const float zeros[256] = {};
    while (count > 0) {
        const qint64 now = std::min<qint64>(count, 256);
        add(zeros, now);
        count -= now;
    }
}

void PeakAccumulator::reduce(int buckets,
                             qint64 totalSamples,
                             QList<float> *minimum,
                             QList<float> *maximum) const
{
    std::vector<float> lows = m_lows;
    std::vector<float> highs = m_highs;
    if (m_inBlock > 0) {
        lows.push_back(m_low);
        highs.push_back(m_high);
    }
    const qint64 total = std::max({totalSamples, m_samples, qint64(1)});
    const qint64 blocks = qint64(lows.size());
    minimum->clear();
    maximum->clear();
    minimum->reserve(buckets);
    maximum->reserve(buckets);
    for (qint64 bucket = 0; bucket < buckets; ++bucket) {
        const qint64 first = bucket * total / buckets;
        const qint64 end = (bucket + 1) * total / buckets;
        const qint64 firstBlock = first / m_blockSamples;
        // A bucket narrower than a block takes the block it starts in.
        const qint64 endBlock = std::max(firstBlock + 1,
                                         (end + m_blockSamples - 1) / m_blockSamples);
        float low = 0;
        float high = 0;
        bool any = false;
        for (qint64 block = firstBlock; block < std::min(endBlock, blocks); ++block) {
            low = any ? std::min(low, lows[size_t(block)]) : lows[size_t(block)];
            high = any ? std::max(high, highs[size_t(block)]) : highs[size_t(block)];
            any = true;
        }
        minimum->append(low);
        maximum->append(high);
    }
}

} // namespace mt
