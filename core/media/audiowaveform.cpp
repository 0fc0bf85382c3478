// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "audiowaveform.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/avhandles.h"
#include "media/openmedia.h"
#include "media/peakaccumulator.h"
#include "media/streamprobing.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace mt {

namespace {

// Sound that ends this much before its stream's announced end was cut off.
constexpr double TruncationToleranceSeconds = 0.5;
constexpr double TruncationToleranceFraction = 0.05;
// Progress is reported every so many packets.
constexpr int ProgressPackets = 32;

// One decoding pass: packets → decoder → libswresample (mono float) → PeakAccumulator.
class Extraction
{
public:
    Extraction(JobContext &context, int buckets)
        : m_context(context)
        , m_buckets(buckets)
    {}

    ~Extraction() { av_channel_layout_uninit(&m_inputLayout); }
    Extraction(const Extraction &) = delete;
    Extraction &operator=(const Extraction &) = delete;

    Result<Waveform> run(const QString &input);

private:
    Status open(const QString &input);
    Status decodePacket(const AVPacket *packet);
    Status take(const AVFrame *frame);
    Error refused(const char *source, int code) const;

    JobContext &m_context;
    int m_buckets;
    QString m_name;
    AvLogCapture m_log;
    av::InputFormatPtr m_format;
    AVStream *m_stream = nullptr;
    av::CodecContextPtr m_decoder;
    av::SwrContextPtr m_resampler;
    AVChannelLayout m_inputLayout{};
    int m_inputFormat = -1;
    int m_inputRate = 0;
    int m_rate = 0;
    double m_origin = 0;   // seconds: the file's start, where bucket 0 begins
    double m_duration = 0; // seconds the buckets cover
    bool m_started = false;
    int m_lastError = 0;
    std::vector<float> m_mono;
    std::optional<PeakAccumulator> m_peaks;
    av::FramePtr m_frame = av::makeFrame();
};

Error Extraction::refused(const char *source, int code) const
{
    if (m_context.isCancelled())
        return Error::cancelled(AudioWaveform::tr("Reading “%1” was cancelled.").arg(m_name));
    const QString said = m_log.lastMessage();
    if (!source)
        return Error::failed(AudioWaveform::tr("“%1” could not be read (%2).")
                                     .arg(m_name, said.isEmpty() ? avErrorText(code) : said));
    return Error::refused(
            AudioWaveform::tr(source).arg(m_name, said.isEmpty() ? avErrorText(code) : said));
}

Status Extraction::open(const QString &input)
{
    m_name = mediaDisplayName(input);
    Result<av::InputFormatPtr> opened = openMedia(input, *m_context.cancelFlag());
    if (!opened.ok())
        return opened.error();
    m_format = std::move(opened).value();
    AVFormatContext *format = m_format.get();
    int count = 0;
    m_stream = probing::pickStream(format, AVMEDIA_TYPE_AUDIO, &count);
    if (!m_stream || (format->ctx_flags & AVFMTCTX_NOHEADER) || !probing::hasParameters(m_stream)) {
        if (const int ret = avformat_find_stream_info(format, nullptr); ret < 0)
            return refused(QT_TRANSLATE_NOOP("mt::AudioWaveform",
                                             "“%1” could not be read (%2). "
                                             "Check that it is a complete media file."),
                           ret);
        m_stream = probing::pickStream(format, AVMEDIA_TYPE_AUDIO, &count);
    }
    if (!m_stream)
        return Error::refused(
                AudioWaveform::tr("“%1” has no sound, so it has no waveform.").arg(m_name));
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i] != m_stream)
            format->streams[i]->discard = AVDISCARD_ALL;
    }
    const AVCodec *codec = avcodec_find_decoder(m_stream->codecpar->codec_id);
    if (!codec)
        return Error::refused(
                AudioWaveform::tr("“%1” uses the %2 codec, which this FFmpeg cannot decode. "
                                  "Convert it to a common format such as AAC first.")
                        .arg(m_name,
                             QString::fromUtf8(avcodec_get_name(m_stream->codecpar->codec_id))));
    m_decoder.reset(avcodec_alloc_context3(codec));
    if (!m_decoder || !m_frame)
        return Error::failed(AudioWaveform::tr("Out of memory while reading “%1”.").arg(m_name));
    int ret = avcodec_parameters_to_context(m_decoder.get(), m_stream->codecpar);
    m_decoder->pkt_timebase = m_stream->time_base;
    m_decoder->thread_count = 1; // sound decodes far faster than the file is read
    if (ret >= 0)
        ret = avcodec_open2(m_decoder.get(), codec, nullptr);
    if (ret < 0 || m_decoder->sample_rate <= 0)
        return refused(QT_TRANSLATE_NOOP("mt::AudioWaveform",
                                         "The sound of “%1” could not be "
                                         "decoded (%2). The file may be damaged; copy or "
                                         "download it again."),
                       ret < 0 ? ret : AVERROR_INVALIDDATA);
    m_rate = m_decoder->sample_rate;

    // The buckets span the whole file, so that they line up with its pictures on a timeline.
    m_origin = format->start_time != AV_NOPTS_VALUE ? double(format->start_time) / AV_TIME_BASE
                                                    : 0.0;
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        m_duration = double(format->duration) / AV_TIME_BASE;
    else if (m_stream->duration != AV_NOPTS_VALUE && m_stream->duration > 0)
        m_duration = double(m_stream->duration) * av_q2d(m_stream->time_base);
    m_peaks.emplace(PeakAccumulator::blockFor(qint64(m_duration * m_rate), m_buckets));
    return {};
}

Status Extraction::take(const AVFrame *frame)
{
    if (!m_started) {
        // Sound that starts after the file does (a late audio track) is preceded by silence.
        m_started = true;
        const qint64 ts = frame->best_effort_timestamp;
        if (ts != AV_NOPTS_VALUE) {
            const double lead = double(ts) * av_q2d(m_stream->time_base) - m_origin;
            if (lead > 0)
                m_peaks->addSilence(qint64(std::llround(lead * m_rate)));
        }
    }
    AVChannelLayout layout{};
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, frame->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&layout, &frame->ch_layout);
    if (!m_resampler || m_inputFormat != frame->format || m_inputRate != frame->sample_rate
        || av_channel_layout_compare(&layout, &m_inputLayout) != 0) {
        // (Re)made when the sound's shape changes mid-stream, as some broadcasts' does.
        AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO; // not const: FFmpeg 5.1 takes it so
        SwrContext *resampler = nullptr;
        int ret = swr_alloc_set_opts2(&resampler,
                                      &mono,
                                      AV_SAMPLE_FMT_FLT,
                                      m_rate,
                                      &layout,
                                      AVSampleFormat(frame->format),
                                      frame->sample_rate,
                                      0,
                                      nullptr);
        m_resampler.reset(resampler);
        if (ret >= 0)
            ret = swr_init(resampler);
        if (ret < 0) {
            av_channel_layout_uninit(&layout);
            return refused(QT_TRANSLATE_NOOP("mt::AudioWaveform",
                                             "The sound of “%1” cannot be "
                                             "mixed to mono (%2)."),
                           ret);
        }
        av_channel_layout_uninit(&m_inputLayout);
        av_channel_layout_copy(&m_inputLayout, &layout);
        m_inputFormat = frame->format;
        m_inputRate = frame->sample_rate;
    }
    av_channel_layout_uninit(&layout);
    const int room = swr_get_out_samples(m_resampler.get(), frame->nb_samples);
    m_mono.resize(size_t(std::max(room, 1)));
    auto *out = reinterpret_cast<uint8_t *>(m_mono.data());
    const int made = swr_convert(m_resampler.get(),
                                 &out,
                                 room,
                                 const_cast<const uint8_t **>(frame->extended_data),
                                 frame->nb_samples);
    if (made > 0)
        m_peaks->add(m_mono.data(), made);
    return {};
}

Status Extraction::decodePacket(const AVPacket *packet)
{
    const int sent = avcodec_send_packet(m_decoder.get(), packet);
    // A damaged packet loses a few milliseconds of outline, not the file's.
    if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_EOF)
        m_lastError = sent;
    for (;;) {
        const int ret = avcodec_receive_frame(m_decoder.get(), m_frame.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0) {
            m_lastError = ret;
            return {};
        }
        const Status taken = take(m_frame.get());
        av_frame_unref(m_frame.get());
        if (!taken.ok())
            return taken;
    }
}

Result<Waveform> Extraction::run(const QString &input)
{
    if (const Status opened = open(input); !opened.ok())
        return opened.error();
    av::PacketPtr packet = av::makePacket();
    const QString stage = AudioWaveform::tr("Waveform");
    int packets = 0;
    int readError = 0;
    for (;;) {
        if (m_context.isCancelled())
            return refused(nullptr, AVERROR_EXIT);
        const int ret = av_read_frame(m_format.get(), packet.get());
        if (ret < 0) {
            if (ret != AVERROR_EOF)
                readError = ret;
            break;
        }
        av::PacketUnref unref(packet.get());
        if (packet->stream_index != m_stream->index)
            continue;
        if (const Status decoded = decodePacket(packet.get()); !decoded.ok())
            return decoded.error();
        if (++packets % ProgressPackets == 0 && m_duration > 0 && packet->pts != AV_NOPTS_VALUE)
            m_context.setProgress((double(packet->pts) * av_q2d(m_stream->time_base) - m_origin)
                                          / m_duration,
                                  stage);
    }
    if (m_context.isCancelled())
        return refused(nullptr, AVERROR_EXIT);
    if (const Status drained = decodePacket(nullptr); !drained.ok())
        return drained.error();

    const qint64 heard = m_peaks->samples();
    if (heard == 0)
        return refused(QT_TRANSLATE_NOOP("mt::AudioWaveform",
                                         "No sound could be decoded from "
                                         "“%1” (%2). The file may be damaged; copy or download "
                                         "it again."),
                       readError ? readError : (m_lastError ? m_lastError : AVERROR_INVALIDDATA));
    double announced = m_duration;
    if (m_stream->duration != AV_NOPTS_VALUE && m_stream->duration > 0)
        announced = double(m_stream->duration) * av_q2d(m_stream->time_base);
    const double end = double(heard) / m_rate;
    if (end
        < announced - std::max(TruncationToleranceSeconds, announced * TruncationToleranceFraction))
        return Error::refused(AudioWaveform::tr("“%1” is truncated: its sound ends at %L2 s of "
                                                "the %L3 s its header announces. Copy or "
                                                "download it again.")
                                      .arg(m_name)
                                      .arg(end, 0, 'f', 1)
                                      .arg(announced, 0, 'f', 1));
    Waveform waveform;
    waveform.sampleRate = m_rate;
    waveform.duration = std::max(m_duration, end);
    m_peaks->reduce(m_buckets,
                    qint64(std::llround(waveform.duration * m_rate)),
                    &waveform.minimum,
                    &waveform.maximum);
    m_context.setProgress(1.0, stage);
    return waveform;
}

} // namespace

Result<Waveform> AudioWaveform::extract(const QString &input,
                                        const QString &output,
                                        int buckets,
                                        JobContext &context)
{
    if (buckets < 1 || buckets > MaxBuckets)
        return Error::refused(tr("A waveform has 1 to %1 parts.").arg(MaxBuckets));
    if (context.isCancelled())
        return Error::cancelled(tr("Making the waveform was cancelled."));
    OutputFile file(output);
    if (const Status prepared = file.prepare(); !prepared.ok())
        return prepared.error();
    Result<Waveform> waveform = Extraction(context, buckets).run(input);
    if (!waveform.ok())
        return waveform;
    waveform->path = file.targetPath();
    if (const Status written = write(*waveform, file); !written.ok())
        return written.error();
    return waveform;
}

} // namespace mt
