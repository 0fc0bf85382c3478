// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "analysisinput.h"

#include "media/averror.h"
#include "media/decodecheck.h"
#include "media/streamprobing.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace mt::analysis {

namespace {

// The codec's name, or for a codec libav does not know, the tag the file gives it.
QString nameOf(const AVCodecParameters *parameters)
{
    if (parameters->codec_id != AV_CODEC_ID_NONE)
        return QString::fromUtf8(avcodec_get_name(parameters->codec_id));
    char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
    av_fourcc_make_string(tag, parameters->codec_tag);
    return AnalysisInput::tr("unknown (%1)").arg(QString::fromUtf8(tag));
}

} // namespace

struct AnalysisInput::Decoder
{
    AVStream *stream = nullptr;
    av::CodecContextPtr codec;
    bool video = false;
    int64_t origin = 0;               // the file's start in the stream's time base
    int64_t lastPts = AV_NOPTS_VALUE; // of the last frame, before counting from the origin
    int64_t step = 0;                 // how long the last frame lasts, stream time base
    double end = 0;                   // seconds where the last frame ends
    double lastTime = 0;              // seconds of the last packet sent
    bool drained = false;
};

AnalysisInput::AnalysisInput(DecodeCheck *check)
    : m_check(check)
    , m_packet(av::makePacket())
    , m_frame(av::makeFrame())
{}

AnalysisInput::~AnalysisInput() = default;

std::optional<Error> AnalysisInput::open(const QString &path,
                                         const std::atomic<bool> &cancel,
                                         bool wantAudio)
{
    m_name = QFileInfo(path).fileName();
    AvLogCapture log;
    auto unreadable = [&](int code) {
        const QString reason = log.lastMessage().isEmpty() ? avErrorText(code) : log.lastMessage();
        return Error::refused(tr("“%1” could not be read (%2). Check that it is a complete media "
                                 "file.")
                                      .arg(m_name, reason));
    };
    AVFormatContext *format = avformat_alloc_context();
    if (!format)
        return Error::failed(tr("Out of memory while opening “%1”.").arg(m_name));
    format->interrupt_callback = interruptCallback(cancel);
    AVDictionary *options = nullptr;
    // As MediaProbe: no network URLs or other files named inside, no %d sequences, and a colon in
    // the name is not a protocol.
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    av_dict_set(&options, "pattern_type", "none", 0);
    const QByteArray url = "file:" + QFile::encodeName(path);
    int ret = avformat_open_input(&format, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (ret < 0)
        return unreadable(ret);
    m_format.reset(format);

    int count = 0;
    AVStream *video = probing::pickStream(format, AVMEDIA_TYPE_VIDEO, &count);
    AVStream *audio = probing::pickStream(format, AVMEDIA_TYPE_AUDIO, &count);
    // As MediaProbe: only formats that leave parameters to the data pay for decoding a few frames.
    const bool headerSuffices = !(format->ctx_flags & AVFMTCTX_NOHEADER) && (video || audio)
                                && (!video || probing::hasParameters(video))
                                && (!audio || probing::hasParameters(audio));
    if (!headerSuffices) {
        ret = avformat_find_stream_info(format, nullptr);
        if (ret < 0)
            return unreadable(ret);
        video = probing::pickStream(format, AVMEDIA_TYPE_VIDEO, &count);
        audio = probing::pickStream(format, AVMEDIA_TYPE_AUDIO, &count);
    }
    if (!video && !audio)
        return Error::refused(
                tr("“%1” contains no video or audio. Choose a video or audio file.").arg(m_name));
    if (!wantAudio)
        audio = nullptr;
    m_origin = format->start_time != AV_NOPTS_VALUE ? format->start_time : 0;

    for (AVStream *stream : {video, audio}) {
        if (!stream)
            continue;
        auto decoder = std::make_unique<Decoder>();
        decoder->stream = stream;
        decoder->video = stream == video;
        decoder->origin = av_rescale_q(m_origin, AV_TIME_BASE_Q, stream->time_base);
        const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
        const QString codecName = nameOf(stream->codecpar);
        if (!codec && decoder->video)
            return Error::refused(tr("“%1” uses the %2 video codec, which this FFmpeg cannot "
                                     "decode. Convert it to a common format such as H.264 first.")
                                          .arg(m_name, codecName));
        if (!codec) {
            // The picture can still be checked; the report says why the sound was not.
            if (m_check)
                m_check->add(0,
                             tr("The audio (%1) cannot be decoded by this FFmpeg, so it was "
                                "not analysed.")
                                     .arg(codecName));
            continue;
        }
        decoder->codec.reset(avcodec_alloc_context3(codec));
        if (!decoder->codec)
            return Error::failed(tr("Out of memory while opening “%1”.").arg(m_name));
        ret = avcodec_parameters_to_context(decoder->codec.get(), stream->codecpar);
        decoder->codec->pkt_timebase = stream->time_base;
        if (decoder->video) {
            // Frame threads: the decoder is most of an analysis's time. Their log lines escape
            // this thread's capture, but every damage they find is flagged on the picture.
            decoder->codec->thread_count = 0;
            decoder->codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        }
        if (ret >= 0)
            ret = avcodec_open2(decoder->codec.get(), codec, nullptr);
        if (ret < 0)
            return Error::refused(tr("“%1” could not be decoded (%2). The file may be damaged.")
                                          .arg(m_name,
                                               log.lastMessage().isEmpty() ? avErrorText(ret)
                                                                           : log.lastMessage()));
        (decoder->video ? m_video : m_audio) = std::move(decoder);
    }
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (!decoderFor(int(i)))
            format->streams[i]->discard = AVDISCARD_ALL;
    }
    return std::nullopt;
}

const AVStream *AnalysisInput::videoStream() const
{
    return m_video ? m_video->stream : nullptr;
}

const AVStream *AnalysisInput::audioStream() const
{
    return m_audio ? m_audio->stream : nullptr;
}

double AnalysisInput::duration() const
{
    if (m_format->duration != AV_NOPTS_VALUE && m_format->duration > 0)
        return double(m_format->duration) / AV_TIME_BASE;
    double longest = 0;
    for (const Decoder *decoder : {m_video.get(), m_audio.get()}) {
        const AVStream *stream = decoder ? decoder->stream : nullptr;
        if (stream && stream->duration != AV_NOPTS_VALUE)
            longest = std::max(longest, double(stream->duration) * av_q2d(stream->time_base));
    }
    return longest;
}

bool AnalysisInput::isStill() const
{
    return m_video && !m_audio && probing::isImageDemuxer(m_format->iformat);
}

double AnalysisInput::streamEnd(bool video) const
{
    const Decoder *decoder = video ? m_video.get() : m_audio.get();
    return decoder ? decoder->end : 0.0;
}

double AnalysisInput::dataEnd() const
{
    return std::max(m_video ? m_video->end : 0.0, m_audio ? m_audio->end : 0.0);
}

AnalysisInput::Decoder *AnalysisInput::decoderFor(int streamIndex)
{
    for (Decoder *decoder : {m_video.get(), m_audio.get()}) {
        if (decoder && decoder->stream->index == streamIndex)
            return decoder;
    }
    return nullptr;
}

bool AnalysisInput::step(const FrameHandler &onFrame)
{
    if (m_ended)
        return false;
    const qsizetype mark = m_check ? m_check->mark() : 0;
    const int ret = av_read_frame(m_format.get(), m_packet.get());
    if (ret == AVERROR(EAGAIN))
        return true;
    if (ret < 0) {
        // Like the ffmpeg CLI, a read error ends the data: a damaged index or a cut file fails
        // again at every later packet. AVERROR_EXIT is a cancel, not the file's fault.
        if (m_check && ret != AVERROR_EXIT)
            m_check->collect(mark, m_position, ret);
        m_ended = true;
        for (Decoder *decoder : {m_video.get(), m_audio.get()}) {
            if (decoder && !decode(*decoder, nullptr, decoder->lastTime, onFrame))
                return false;
        }
        return false;
    }
    av::PacketUnref unref(m_packet.get());
    Decoder *decoder = decoderFor(m_packet->stream_index);
    if (!decoder)
        return true;
    const int64_t ts = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
    const double time = ts != AV_NOPTS_VALUE
                                ? double(ts - decoder->origin) * av_q2d(decoder->stream->time_base)
                                : m_position;
    m_position = std::max(m_position, time);
    if (m_check) {
        m_check->collect(mark, time);
        m_check->inspect(m_packet.get(), time);
    }
    return decode(*decoder, m_packet.get(), time, onFrame);
}

bool AnalysisInput::decode(Decoder &decoder,
                           const AVPacket *packet,
                           double time,
                           const FrameHandler &onFrame)
{
    if (decoder.drained)
        return true;
    AVCodecContext *codec = decoder.codec.get();
    qsizetype mark = m_check ? m_check->mark() : 0;
    const int sent = avcodec_send_packet(codec, packet);
    if (m_check)
        m_check->collect(mark, time, sent);
    if (packet)
        decoder.lastTime = time;
    else
        decoder.drained = true;
    while (true) {
        mark = m_check ? m_check->mark() : 0;
        const int ret = avcodec_receive_frame(codec, m_frame.get());
        if (ret < 0) {
            // After an error the decoder takes the next packet as usual.
            if (m_check)
                m_check->collect(mark, decoder.lastTime, ret);
            return true;
        }
        stamp(decoder, m_frame.get());
        const double at = double(m_frame->pts) * av_q2d(decoder.stream->time_base);
        if (m_check) {
            m_check->collect(mark, at);
            m_check->inspect(m_frame.get(), at);
        }
        const bool more = onFrame(m_frame.get(), decoder.video);
        av_frame_unref(m_frame.get());
        if (!more)
            return false;
    }
}

// Counts the frame's pts from the file's start, and notes where the frame ends.
void AnalysisInput::stamp(Decoder &decoder, AVFrame *frame) const
{
    const AVRational timeBase = decoder.stream->time_base;
    int64_t pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        pts = decoder.lastPts == AV_NOPTS_VALUE ? decoder.origin : decoder.lastPts + decoder.step;
    if (!decoder.video && frame->sample_rate > 0) {
        decoder.step = av_rescale_q(frame->nb_samples, {1, frame->sample_rate}, timeBase);
    } else if (decoder.lastPts != AV_NOPTS_VALUE && pts > decoder.lastPts) {
        decoder.step = pts - decoder.lastPts;
    } else if (decoder.step <= 0) {
        const AVRational rate = decoder.stream->avg_frame_rate.num > 0
                                        ? decoder.stream->avg_frame_rate
                                        : AVRational{25, 1};
        decoder.step = std::max<int64_t>(1, av_rescale_q(1, av_inv_q(rate), timeBase));
    }
    decoder.lastPts = pts;
    frame->pts = pts - decoder.origin;
    decoder.end = std::max(decoder.end, double(frame->pts + decoder.step) * av_q2d(timeBase));
}

} // namespace mt::analysis
