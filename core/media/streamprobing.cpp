// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "streamprobing.h"

extern "C" {
#include <libavutil/display.h>
}

#include <QByteArrayList>

#include <algorithm>
#include <cmath>

namespace mt::probing {

AVStream *pickStream(AVFormatContext *format, AVMediaType type, int *count)
{
    AVStream *best = nullptr;
    *count = 0;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        AVStream *stream = format->streams[i];
        if (stream->codecpar->codec_type != type
            || (stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        ++*count;
        if (!best
            || (!(best->disposition & AV_DISPOSITION_DEFAULT)
                && (stream->disposition & AV_DISPOSITION_DEFAULT)))
            best = stream;
    }
    return best;
}

bool hasParameters(const AVStream *stream)
{
    const AVCodecParameters *par = stream->codecpar;
    if (par->codec_id == AV_CODEC_ID_NONE)
        return false;
    if (par->codec_type == AVMEDIA_TYPE_VIDEO)
        return par->width > 0 && par->height > 0;
    return par->sample_rate > 0 && par->ch_layout.nb_channels > 0;
}

bool indexCoversStream(AVStream *stream)
{
    const int entries = avformat_index_get_entries_count(stream);
    return entries > 1 && stream->nb_frames > 0 && entries >= stream->nb_frames;
}

bool isImageDemuxer(const AVInputFormat *format)
{
    const QByteArray name(format->name);
    return name == "image2" || name == "image2pipe" || name.endsWith("_pipe");
}

int clockwiseRotation(const AVStream *stream)
{
    const int32_t *matrix = nullptr;
#if LIBAVFORMAT_VERSION_INT >= AV_VERSION_INT(60, 15, 100)
    // FFmpeg 6.1 moved stream side data into the codec parameters.
    const AVPacketSideData *data = av_packet_side_data_get(stream->codecpar->coded_side_data,
                                                           stream->codecpar->nb_coded_side_data,
                                                           AV_PKT_DATA_DISPLAYMATRIX);
    if (data && data->size >= 9 * sizeof(int32_t))
        matrix = reinterpret_cast<const int32_t *>(data->data);
#else
    size_t size = 0;
    const uint8_t *data = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (data && size >= 9 * sizeof(int32_t))
        matrix = reinterpret_cast<const int32_t *>(data);
#endif
    if (!matrix)
        return 0;
    // The matrix turns the picture counterclockwise by this angle; a phone held upright writes
    // -90, which a player shows by turning the picture 90° clockwise.
    const double counterclockwise = av_display_rotation_get(matrix);
    if (std::isnan(counterclockwise))
        return 0;
    const int quarterTurns = int(std::lround(-counterclockwise / 90.0));
    return ((quarterTurns % 4 + 4) % 4) * 90;
}

bool looksLikeIsoMedia(const QByteArray &head)
{
    static const QByteArrayList boxes = {"ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"};
    return head.size() >= 8 && boxes.contains(head.mid(4, 4));
}

bool FirstFrame::decode(const AVPacket *packet)
{
    const int sent = avcodec_send_packet(decoder.get(), packet);
    if (sent < 0 && sent != AVERROR(EAGAIN) && sent != AVERROR_EOF)
        error = sent;
    av::FramePtr out = av::makeFrame();
    const int received = avcodec_receive_frame(decoder.get(), out.get());
    if (received == 0)
        frame = std::move(out);
    else if (received != AVERROR(EAGAIN) && received != AVERROR_EOF)
        error = received;
    return frame != nullptr;
}

void FirstFrame::feed(const AVPacket *packet)
{
    ++packets;
    if (decode(packet) || !(packet->flags & AV_PKT_FLAG_KEY))
        return;
    // Each frame a decoder holds back for reordering costs a freshly allocated (and zeroed)
    // picture: most of a probe's time. Draining right after a keyframe hands that one frame out.
    if (decode(nullptr))
        return;
    // Drained without a frame (an AAC priming packet, a broken picture): ready for the next one.
    avcodec_flush_buffers(decoder.get());
}

void FirstFrame::finish()
{
    if (decoder && !frame && packets > 0)
        decode(nullptr);
}

int openDecoder(const AVStream *stream, av::CodecContextPtr *decoder)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return AVERROR_DECODER_NOT_FOUND;
    decoder->reset(avcodec_alloc_context3(codec));
    if (!*decoder)
        return AVERROR(ENOMEM);
    int ret = avcodec_parameters_to_context(decoder->get(), stream->codecpar);
    (*decoder)->pkt_timebase = stream->time_base;
    (*decoder)->thread_count = 1;
    if (ret >= 0)
        ret = avcodec_open2(decoder->get(), codec, nullptr);
    if (ret < 0)
        decoder->reset();
    return ret;
}

void PacketScan::add(AVFormatContext *format,
                     const AVPacket *packet,
                     const AVStream *video,
                     const AVStream *audio)
{
    const AVStream *stream = format->streams[packet->stream_index];
    const qint64 ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    if (ts == AV_NOPTS_VALUE)
        return;
    const double at = double(ts) * av_q2d(stream->time_base);
    const double until = double(ts + packet->duration) * av_q2d(stream->time_base);
    start = std::min(start, at);
    end = std::max(end, until);
    if (stream == video) {
        videoTimes.push_back(ts);
        if (packet->flags & AV_PKT_FLAG_KEY)
            keyTimes.push_back(ts);
        videoBytes += packet->size;
        if (limitTime != std::numeric_limits<qint64>::max())
            ++packetsAfterLimit;
    } else if (stream == audio) {
        audioBytes += packet->size;
        audioStart = std::min(audioStart, at);
        audioEnd = std::max(audioEnd, until);
    }
}

bool PacketScan::videoDone(const AVStream *video, double seconds)
{
    if (limitTime == std::numeric_limits<qint64>::max() && videoTimes.size() > 1
        && double(videoTimes.back() - videoTimes.front()) * av_q2d(video->time_base) > seconds)
        limitTime = videoTimes.back();
    return packetsAfterLimit >= ReorderDepth;
}

std::vector<qint64> PacketScan::completeTimes(const std::vector<qint64> &times) const
{
    if (reachedEof)
        return times;
    std::vector<qint64> complete;
    complete.reserve(times.size());
    std::copy_if(times.begin(), times.end(), std::back_inserter(complete), [this](qint64 time) {
        return time <= limitTime;
    });
    return complete;
}

} // namespace mt::probing
