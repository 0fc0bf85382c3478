// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "videoframereader.h"

#include "media/averror.h"
#include "media/openmedia.h"
#include "media/streamprobing.h"

extern "C" {
#include <libavutil/display.h>
}

#include <algorithm>
#include <cmath>

namespace mt {

namespace {

// Packets tried for a still's picture before giving up.
constexpr int MaxPacketsForStill = 50;
int clockwiseQuarterTurns(const int32_t *matrix)
{
    // The matrix turns the picture counterclockwise; a phone held upright writes -90.
    const double counterclockwise = av_display_rotation_get(matrix);
    if (std::isnan(counterclockwise))
        return 0;
    const int turns = int(std::lround(-counterclockwise / 90.0));
    return ((turns % 4) + 4) % 4;
}

} // namespace

VideoFrameReader::VideoFrameReader() = default;
VideoFrameReader::~VideoFrameReader() = default;

bool VideoFrameReader::isCancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Error VideoFrameReader::cancelledOrFailed(const char *source, int code) const
{
    if (isCancelled())
        return Error::cancelled(tr("Reading “%1” was cancelled.").arg(m_name));
    const QString reason = m_lastLog.isEmpty() ? avErrorText(code) : m_lastLog;
    if (!source)
        return Error::failed(tr("“%1” could not be read (%2).").arg(m_name, reason));
    return Error::refused(tr(source).arg(m_name, reason));
}

Status VideoFrameReader::open(const QString &path, const std::atomic<bool> &cancel, int threads)
{
    m_cancel = &cancel;
    m_name = mediaDisplayName(path);
    Result<av::InputFormatPtr> opened = openMedia(path, cancel);
    if (!opened.ok())
        return opened.error();
    m_format = std::move(opened).value();
    AVFormatContext *format = m_format.get();
    AvLogCapture log;

    int count = 0;
    m_stream = probing::pickStream(format, AVMEDIA_TYPE_VIDEO, &count);
    if (!m_stream || (format->ctx_flags & AVFMTCTX_NOHEADER)
        || m_stream->codecpar->codec_id == AV_CODEC_ID_NONE) {
        // Formats that leave streams to the data (MPEG-TS, some audio files) need a look at it.
        if (const int found = avformat_find_stream_info(format, nullptr); found < 0) {
            m_lastLog = log.lastMessage();
            return cancelledOrFailed(QT_TR_NOOP("“%1” could not be read (%2). Check that it is a "
                                                "complete media file."),
                                     found);
        }
        m_stream = probing::pickStream(format, AVMEDIA_TYPE_VIDEO, &count);
    }
    m_still = m_stream && probing::isImageDemuxer(format->iformat);
    if (!m_stream) {
        // An audio file's cover picture stands for it.
        for (unsigned i = 0; i < format->nb_streams && !m_stream; ++i) {
            if (format->streams[i]->disposition & AV_DISPOSITION_ATTACHED_PIC)
                m_stream = format->streams[i];
        }
        m_still = m_stream != nullptr;
    }
    if (!m_stream)
        return Error::refused(tr("“%1” has no picture to show: it holds only sound or data. "
                                 "Choose a video or an image.")
                                      .arg(m_name));
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i] != m_stream)
            format->streams[i]->discard = AVDISCARD_ALL;
    }

    const AVRational timeBase = m_stream->time_base;
    // Times count from the file's start, as the ffmpeg CLI's -ss and a timeline's trims do:
    // a video track that starts after the sound has its first picture a little after 0.
    m_start = format->start_time != AV_NOPTS_VALUE
                      ? av_rescale_q(format->start_time, AV_TIME_BASE_Q, timeBase)
                      : (m_stream->start_time != AV_NOPTS_VALUE ? m_stream->start_time : 0);
    if (!m_still) {
        if (m_stream->duration != AV_NOPTS_VALUE && m_stream->duration > 0)
            m_duration = double(m_stream->duration) * av_q2d(timeBase);
        else if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
            m_duration = double(format->duration) / AV_TIME_BASE;
        const AVRational rate = m_stream->avg_frame_rate.num > 0 ? m_stream->avg_frame_rate
                                                                 : m_stream->r_frame_rate;
        if (rate.num > 0 && rate.den > 0)
            m_frameDuration = std::clamp(av_q2d(av_inv_q(rate)), 1.0 / 1000, 10.0);
    }
    if (const Status decoder = openDecoder(threads); !decoder.ok())
        return decoder;
    m_atStart = true;
    m_nextUntimed = m_start;
    if (m_still)
        return {};
    // A raw stream (an .h264 file) has no times at all; its first packet shows it, and is kept
    // for decoding.
    bool endOfFile = false;
    if (const Status read = readPacket(&endOfFile); !read.ok())
        return read;
    m_untimed = !endOfFile && m_packets.front()->pts == AV_NOPTS_VALUE
                && m_packets.front()->dts == AV_NOPTS_VALUE;
    return {};
}

Status VideoFrameReader::openDecoder(int threads)
{
    const AVCodecParameters *par = m_stream->codecpar;
    const AVCodec *codec = avcodec_find_decoder(par->codec_id);
    if (!codec)
        return Error::refused(
                tr("“%1” uses the %2 codec, which this FFmpeg cannot decode. "
                   "Convert it to a common format such as H.264 first.")
                        .arg(m_name, QString::fromUtf8(avcodec_get_name(par->codec_id))));
    m_decoder.reset(avcodec_alloc_context3(codec));
    if (!m_decoder)
        return Error::failed(tr("Out of memory while opening “%1”.").arg(m_name));
    int ret = avcodec_parameters_to_context(m_decoder.get(), par);
    m_decoder->pkt_timebase = m_stream->time_base;
    // Frame threading delays each picture by a frame per thread, which only pays back when many
    // frames are decoded for one picture and nothing else runs beside it.
    m_decoder->thread_count = std::max(threads, 1);
    AvLogCapture log;
    if (ret >= 0)
        ret = avcodec_open2(m_decoder.get(), codec, nullptr);
    m_lastLog = log.lastMessage();
    if (ret < 0)
        return cancelledOrFailed(QT_TR_NOOP("“%1” could not be decoded (%2). The file may be "
                                            "damaged; copy or download it again."),
                                 ret);
    // These decoders honour skip_frame per packet and never show a picture they skipped by it.
    m_canSkipUnreferenced = par->codec_id == AV_CODEC_ID_H264 || par->codec_id == AV_CODEC_ID_HEVC;
    return {};
}

int VideoFrameReader::rotation(const AVFrame *frame) const
{
    // A picture's own display matrix (EXIF orientation, SEI) wins over the container's; never
    // both, as newer FFmpeg copies the container's onto every frame.
    if (frame) {
        if (const AVFrameSideData *data = av_frame_get_side_data(frame, AV_FRAME_DATA_DISPLAYMATRIX);
            data && data->size >= 9 * sizeof(int32_t))
            return clockwiseQuarterTurns(reinterpret_cast<const int32_t *>(data->data)) * 90;
    }
    return probing::clockwiseRotation(m_stream);
}

AVRational VideoFrameReader::sampleAspect(const AVFrame *frame) const
{
    // The container's pixel aspect wins over the codec's, as players do it.
    const AVRational sar = av_guess_sample_aspect_ratio(m_format.get(),
                                                        m_stream,
                                                        const_cast<AVFrame *>(frame));
    return sar.num > 0 && sar.den > 0 ? sar : AVRational{1, 1};
}

qint64 VideoFrameReader::frameTimestamp(const AVFrame *frame) const
{
    // receiveFrames() gives every picture a time.
    return frame->best_effort_timestamp;
}

double VideoFrameReader::timeOf(const AVFrame *frame) const
{
    if (m_still || !frame)
        return 0;
    return std::max(0.0, double(frameTimestamp(frame) - m_start) * av_q2d(m_stream->time_base));
}

Status VideoFrameReader::readPacket(bool *endOfFile)
{
    av::PacketPtr packet = av::makePacket();
    if (!packet)
        return Error::failed(tr("Out of memory while reading “%1”.").arg(m_name));
    for (;;) {
        if (isCancelled())
            return cancelledOrFailed(nullptr, AVERROR_EXIT);
        const int ret = av_read_frame(m_format.get(), packet.get());
        if (ret < 0) {
            if (isCancelled())
                return cancelledOrFailed(nullptr, ret);
            // A read error ends the usable data as the end of the file does; frameAt() tells a
            // cut file from a short one.
            if (ret != AVERROR_EOF)
                m_lastError = ret;
            m_endOfFile = true;
            *endOfFile = true;
            return {};
        }
        if (packet->stream_index == m_stream->index)
            break;
        av_packet_unref(packet.get());
    }
    m_lastReadDts = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
    if (packet->pts != AV_NOPTS_VALUE)
        m_lastReadPts = std::max<qint64>(m_lastReadPts, packet->pts);
    if (packet->dts != AV_NOPTS_VALUE && packet->pts != AV_NOPTS_VALUE && packet->dts < packet->pts)
        m_decodeTimesKnown = true;
    m_packets.push_back(std::move(packet));
    *endOfFile = false;
    return {};
}

Status VideoFrameReader::receiveFrames()
{
    for (;;) {
        av::FramePtr frame = av::makeFrame();
        if (!frame)
            return Error::failed(tr("Out of memory while reading “%1”.").arg(m_name));
        const int ret = avcodec_receive_frame(m_decoder.get(), frame.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0) {
            m_lastError = ret;
            return {};
        }
        if (frame->best_effort_timestamp == AV_NOPTS_VALUE) {
            // A raw stream (an .h264 file) has no times: pictures are counted from its start
            // at the nominal rate, which only works reading from the start (see needsSeek()).
            m_untimed = true;
            frame->best_effort_timestamp = m_nextUntimed;
        }
        m_nextUntimed = frame->best_effort_timestamp
                        + std::max<qint64>(std::llround(m_frameDuration
                                                        / av_q2d(m_stream->time_base)),
                                           1);
        m_frames.push_back(std::move(frame));
    }
}

Result<const AVFrame *> VideoFrameReader::stillFrame()
{
    // Decoded once: a still is the same picture at every time. Its decoder is drained after
    // its first packets, so an audio file's cover needs no reading of all of its sound.
    for (int packets = 0; !m_current && m_frames.empty() && !m_drained; ++packets) {
        if (packets == MaxPacketsForStill) {
            avcodec_send_packet(m_decoder.get(), nullptr);
            m_drained = true;
            if (const Status received = receiveFrames(); !received.ok())
                return received.error();
            break;
        }
        if (const Status decoded = decodeNext(AV_NOPTS_VALUE); !decoded.ok())
            return decoded.error();
    }
    if (!m_current && !m_frames.empty())
        m_current = std::move(m_frames.front());
    if (!m_current)
        return cancelledOrFailed(QT_TR_NOOP("No picture could be decoded from “%1” (%2). The "
                                            "file may be damaged; copy or download it again."),
                                 m_lastError ? m_lastError : AVERROR_INVALIDDATA);
    return static_cast<const AVFrame *>(m_current.get());
}

} // namespace mt
