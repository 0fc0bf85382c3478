// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "spanaudio.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/mediawriter.h"

extern "C" {
#include <libavutil/channel_layout.h>
}

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Decoding starts this long before a span so that the first kept samples are fully formed (AAC
// overlaps each frame with the one before).
constexpr double PrerollSeconds = 0.1;
constexpr qint64 AudioBitRate = 128000;

} // namespace

Status SpanAudio::open(const QList<Span> &spans,
                       MediaWriter &writer,
                       const std::atomic<bool> *cancel)
{
    m_spans = spans;
    m_writer = &writer;
    m_cancel = cancel;
    const AVCodecParameters *first = nullptr;
    std::optional<MediaInput> probe;
    for (const Span &span : spans) {
        Result<MediaInput> input = MediaInput::open(span.path, cancel);
        if (!input)
            return input.error();
        if (input->audio()) {
            probe.emplace(std::move(input).value());
            first = probe->audio()->codecpar;
            break;
        }
    }
    if (!first)
        return {};
    // The first sound's rate, if AAC can carry it; its channels as they are.
    m_rate = first->sample_rate > 0 && first->sample_rate <= 96000 ? first->sample_rate : 48000;
    av_channel_layout_uninit(&m_layout);
    if (first->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&m_layout, first->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&m_layout, &first->ch_layout);
    char layoutName[64] = {};
    av_channel_layout_describe(&m_layout, layoutName, sizeof layoutName);
    AudioEncoding encoding;
    encoding.codec = u"aac"_s;
    encoding.bitRate = AudioBitRate;
    encoding.sampleRate = m_rate;
    encoding.channelLayout = QString::fromUtf8(layoutName);
    const bool globalHeader = writer.format()->oformat->flags & AVFMT_GLOBALHEADER;
    if (Status opened = m_encoder.openAudio(encoding, globalHeader); !opened)
        return opened;
    if (m_queue.open(AV_SAMPLE_FMT_FLTP, m_layout, m_rate, m_encoder.frameSize()) < 0)
        return Error::failed(tr("Out of memory."));
    m_stream = writer.addStream(m_encoder.context());
    if (m_stream < 0)
        return Error::failed(tr("The sound could not be added to the output."));
    return {};
}

Status SpanAudio::startSpan(int index)
{
    m_current = index;
    const Span &span = m_spans[index];
    m_target = qint64(std::llround(span.outEnd * m_rate));
    m_spanDone = false;
    m_input.reset();
    m_resampler.reset();
    Result<MediaInput> input = MediaInput::open(span.path, m_cancel);
    if (!input)
        return input.error();
    m_input.emplace(std::move(input).value());
    AVStream *audio = m_input->audio();
    if (!audio)
        return {}; // silence: fill() pads to the target
    for (unsigned i = 0; i < m_input->format()->nb_streams; ++i) {
        if (m_input->format()->streams[i] != audio)
            m_input->format()->streams[i]->discard = AVDISCARD_ALL;
    }
    if (const int ret = m_decoder.open(audio, false); ret < 0) {
        return Error::failed(tr("The sound of “%1” could not be decoded (%2).")
                                     .arg(m_input->name(), avErrorText(ret)));
    }
    const qint64 seekTo = toTicks(std::max(0.0, span.from - PrerollSeconds), audio->time_base);
    av_seek_frame(m_input->format(), audio->index, seekTo, AVSEEK_FLAG_BACKWARD);
    SwrContext *resampler = nullptr;
    const AVCodecContext *decoder = m_decoder.context();
    AVChannelLayout inLayout{};
    if (decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&inLayout, decoder->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&inLayout, &decoder->ch_layout);
    const int ret = swr_alloc_set_opts2(&resampler,
                                        &m_layout,
                                        AV_SAMPLE_FMT_FLTP,
                                        m_rate,
                                        &inLayout,
                                        decoder->sample_fmt,
                                        decoder->sample_rate,
                                        0,
                                        nullptr);
    av_channel_layout_uninit(&inLayout);
    m_resampler.reset(resampler);
    if (ret < 0 || swr_init(resampler) < 0)
        return Error::failed(tr("The sound of “%1” could not be converted.").arg(m_input->name()));
    return {};
}

Status SpanAudio::append(const AVFrame *decoded)
{
    const Span &span = m_spans[m_current];
    const AVStream *audio = m_input->audio();
    av::FramePtr converted = av::makeFrame();
    converted->format = AV_SAMPLE_FMT_FLTP;
    converted->sample_rate = m_rate;
    av_channel_layout_copy(&converted->ch_layout, &m_layout);
    if (swr_convert_frame(m_resampler.get(), converted.get(), decoded) < 0)
        return Error::failed(tr("The sound of “%1” could not be converted.").arg(m_input->name()));
    // Samples before the span's start are dropped, to the sample.
    const double start = toSeconds(decoded->best_effort_timestamp, audio->time_base);
    const qint64 skip = std::max<qint64>(0, std::llround((span.from - start) * m_rate));
    const qint64 keep = std::min<qint64>(converted->nb_samples - skip, m_target - m_queue.written());
    if (keep <= 0)
        return {};
    if (skip == 0 && keep == converted->nb_samples) {
        m_queue.append(converted.get());
        return {};
    }
    av::FramePtr part = av::makeFrame();
    part->format = AV_SAMPLE_FMT_FLTP;
    part->nb_samples = int(keep);
    av_channel_layout_copy(&part->ch_layout, &m_layout);
    if (av_frame_get_buffer(part.get(), 0) < 0)
        return Error::failed(tr("Out of memory."));
    av_samples_copy(part->extended_data,
                    converted->extended_data,
                    0,
                    int(skip),
                    int(keep),
                    m_layout.nb_channels,
                    AV_SAMPLE_FMT_FLTP);
    m_queue.append(part.get());
    return {};
}

Status SpanAudio::fill(qint64 limit, JobContext &job)
{
    av::PacketPtr packet = av::makePacket();
    av::FramePtr frame = av::makeFrame();
    while (m_queue.written() < limit) {
        if (m_spanDone) {
            if (m_current + 1 >= m_spans.size())
                return {};
            if (Status started = startSpan(m_current + 1); !started)
                return started;
        }
        if (job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        const AVStream *audio = m_input->audio();
        int ret = audio ? av_read_frame(m_input->format(), packet.get()) : AVERROR_EOF;
        if (ret < 0 && ret != AVERROR_EOF)
            return Error::failed(tr("The sound of “%1” could not be read (%2).")
                                         .arg(m_input->name(), avErrorText(ret)));
        if (audio) {
            m_decoder.send(ret == AVERROR_EOF ? nullptr : packet.get());
            av_packet_unref(packet.get());
            while (m_decoder.receive(frame.get()) >= 0) {
                Status appended = append(frame.get());
                av_frame_unref(frame.get());
                if (!appended)
                    return appended;
            }
        }
        // The span ends at its target: padded with silence when its sound ran out first.
        if (ret == AVERROR_EOF || m_queue.written() >= m_target) {
            m_queue.conformTo(m_target);
            m_spanDone = true;
        }
    }
    return {};
}

Status SpanAudio::encode(qint64 limit, bool flush)
{
    av::FramePtr frame;
    av::PacketPtr packet = av::makePacket();
    for (;;) {
        if (m_queue.take(limit, flush, &frame) < 0)
            return Error::failed(tr("Out of memory."));
        if (frame && m_encoder.send(frame.get()) < 0)
            return Error::failed(tr("The audio encoder failed."));
        if (!frame && flush)
            m_encoder.send(nullptr);
        while (m_encoder.receive(packet.get()) >= 0) {
            if (Status written = m_writer->write(packet.get(), m_stream); !written)
                return written;
        }
        if (!frame)
            return {};
    }
}

Status SpanAudio::writeUntil(double seconds, JobContext &job)
{
    if (m_stream < 0)
        return {};
    const qint64 limit = qint64(std::llround(seconds * m_rate));
    if (Status filled = fill(limit, job); !filled)
        return filled;
    return encode(limit, false);
}

Status SpanAudio::finish(JobContext &job)
{
    if (m_stream < 0)
        return {};
    if (Status filled = fill(INT64_MAX, job); !filled)
        return filled;
    return encode(INT64_MAX, true);
}

} // namespace mt
