// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "audiodetectors.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

#include <cmath>

namespace mt::analysis {

using namespace Qt::StringLiterals;

AudioDetectors::AudioDetectors(const AnalysisOptions &options)
    : m_options(options)
    , m_out(av::makeFrame())
{}

namespace {

// A decoder may leave the layout unnamed ("2 channels"); abuffer wants a name, and the frames the
// same one as the graph.
void nameLayout(AVFrame *frame)
{
    if (frame->ch_layout.order != AV_CHANNEL_ORDER_UNSPEC)
        return;
    const int channels = frame->ch_layout.nb_channels;
    av_channel_layout_uninit(&frame->ch_layout);
    av_channel_layout_default(&frame->ch_layout, channels);
}

} // namespace

AudioDetectors::~AudioDetectors()
{
    av_channel_layout_uninit(&m_layout);
}

int AudioDetectors::build(AVFrame *first, AVRational timeBase)
{
    nameLayout(first);
    if (const int ret = av_channel_layout_copy(&m_layout, &first->ch_layout); ret < 0)
        return ret;
    m_format = first->format;
    m_sampleRate = first->sample_rate;
    m_timeBase = timeBase;
    m_description = describe(first);
    char layoutName[128] = {};
    av_channel_layout_describe(&m_layout, layoutName, sizeof layoutName);
    const char *format = av_get_sample_fmt_name(AVSampleFormat(first->format));
    const QByteArray args = "time_base=" + QByteArray::number(timeBase.num) + '/'
                            + QByteArray::number(timeBase.den)
                            + ":sample_rate=" + QByteArray::number(first->sample_rate)
                            + ":sample_fmt=" + QByteArray(format ? format : "")
                            + ":channel_layout=" + QByteArray(layoutName);
    // silencedetect after ebur128, which wants doubles: one sample format conversion, not two.
    const QByteArray description = "[in0] ebur128=metadata=1:peak=true,silencedetect=n="
                                   + QByteArray::number(m_options.silenceNoiseDb, 'g', 10) + "dB:d="
                                   + QByteArray::number(m_options.silenceMinDuration, 'g', 10)
                                   + " [out0]";
    return m_chain.build({{true, args}}, {true}, description, 1);
}

bool AudioDetectors::accepts(AVFrame *frame) const
{
    nameLayout(frame);
    return frame->format == m_format && frame->sample_rate == m_sampleRate
           && av_channel_layout_compare(&frame->ch_layout, &m_layout) == 0;
}

QString AudioDetectors::describe(const AVFrame *frame)
{
    char layoutName[128] = {};
    av_channel_layout_describe(&frame->ch_layout, layoutName, sizeof layoutName);
    return u"%1 Hz %2"_s.arg(frame->sample_rate).arg(QString::fromUtf8(layoutName));
}

int AudioDetectors::push(AVFrame *frame)
{
    if (frame && frame->sample_rate > 0)
        m_end = double(frame->pts) * av_q2d(m_timeBase)
                + double(frame->nb_samples) / frame->sample_rate;
    int ret = m_chain.push(0, frame);
    if (ret < 0)
        return ret;
    while ((ret = m_chain.pull(0, m_out.get())) >= 0) {
        read(m_out.get());
        av_frame_unref(m_out.get());
    }
    return ret == AVERROR(EAGAIN) || ret == AVERROR_EOF ? 0 : ret;
}

void AudioDetectors::read(const AVFrame *frame)
{
    if (auto at = metadataNumber(frame, "lavfi.silence_end"))
        m_silent.end(*at);
    if (auto at = metadataNumber(frame, "lavfi.silence_start"))
        m_silent.start(*at);
    if (auto value = metadataNumber(frame, "lavfi.r128.I"))
        m_integrated = value;
    if (auto value = metadataNumber(frame, "lavfi.r128.LRA"))
        m_range = value;
    if (auto value = metadataNumber(frame, "lavfi.r128.true_peak"))
        m_truePeak = value;
}

void AudioDetectors::finish(MediaAnalysis &analysis)
{
    analysis.silent = m_silent.finish(m_end, m_options.silenceMinDuration);
    Loudness loudness;
    loudness.integrated = m_integrated.value_or(loudness.integrated);
    loudness.range = m_range.value_or(0);
    const double peak = m_truePeak.value_or(0);
    loudness.truePeak = peak > 0 ? 20 * std::log10(peak) : -INFINITY;
    analysis.loudness = loudness;
}

} // namespace mt::analysis
