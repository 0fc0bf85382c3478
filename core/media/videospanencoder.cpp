// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "videospanencoder.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/mediainput.h"
#include "media/nalunits.h"

#include <QLoggingCategory>

namespace mt {

Q_LOGGING_CATEGORY(lcSpan, "mt.span", QtWarningMsg)

using namespace Qt::StringLiterals;

Status VideoSpanEncoder::open(const VideoEncoding &encoding,
                              const Encoder::Picture &picture,
                              bool globalHeader)
{
    return m_encoder.openVideo(encoding, picture, globalHeader);
}

Result<qint64> VideoSpanEncoder::encode(const MediaInput &input,
                                        Decoder &decoder,
                                        const Span &span,
                                        const PacketSink &sink,
                                        JobContext &job)
{
    AVFormatContext *format = input.format();
    const AVStream *stream = input.video();
    m_sourceBase = stream->time_base;
    auto readError = [&](int code) -> Error {
        if (code == AVERROR_EXIT)
            return Error::cancelled(tr("Cancelled."));
        return Error::failed(tr("“%1” could not be decoded (%2). The file may be damaged.")
                                     .arg(input.name(), avErrorText(code)));
    };
    if (int ret = av_seek_frame(format, stream->index, span.seekDts, AVSEEK_FLAG_BACKWARD); ret < 0)
        return readError(ret);
    avcodec_flush_buffers(decoder.context());

    const AVCodecID codec = stream->codecpar->codec_id;
    const int lengthSize
            = nal::lengthSizeOf(codec,
                                QByteArray::fromRawData(reinterpret_cast<const char *>(
                                                                stream->codecpar->extradata),
                                                        stream->codecpar->extradata_size));
    qint64 count = 0;
    qint64 skipped = 0;
    bool done = false;
    av::PacketPtr packet = av::makePacket();
    av::FramePtr frame = av::makeFrame();
    // Takes the frames the decoder has ready; false on error (in `status`).
    Status status;
    auto takeFrames = [&]() {
        for (;;) {
            const int ret = decoder.receive(frame.get());
            if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
                return true;
            if (ret < 0) {
                status = readError(ret);
                return false;
            }
            const qint64 pts = frame->best_effort_timestamp;
            if (pts >= span.to) {
                done = true;
                av_frame_unref(frame.get());
                return true;
            }
            if (pts >= span.from) {
                frame->pts = pts + span.shift;
                if (Status sent = sendFrame(frame.get(), sink); !sent) {
                    status = sent;
                    return false;
                }
                ++count;
            }
            av_frame_unref(frame.get());
        }
    };
    while (!done) {
        if (job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        const int ret = av_read_frame(format, packet.get());
        if (ret == AVERROR_EOF) {
            decoder.send(nullptr);
            if (!takeFrames())
                return status.error();
            break;
        }
        if (ret < 0)
            return readError(ret);
        av::PacketUnref unref(packet.get());
        if (packet->stream_index != stream->index || packet->dts < span.seekDts)
            continue;
        // A picture shown outside the span that nothing refers to would be decoded only to be
        // thrown away. Decoding a smart cut's tail runs from its IDR through most of a GOP to
        // re-encode its last few frames, so this saves much of that decoding (x264's
        // non-pyramid B-frames are such pictures), and a few pictures read past the span's end
        // while the decoder's reordering delay lets the last kept ones out.
        if (packet->pts != AV_NOPTS_VALUE && (packet->pts < span.from || packet->pts >= span.to)
            && nal::isDisposable(codec, *packet, lengthSize)) {
            ++skipped;
            continue;
        }
        if (const int sent = decoder.send(packet.get()); sent < 0 && sent != AVERROR(EAGAIN))
            return readError(sent);
        if (!takeFrames())
            return status.error();
    }
    qCDebug(lcSpan) << "encoded" << count << "frames, left" << skipped
                    << "unreferenced pictures outside the span undecoded";
    return count;
}

Status VideoSpanEncoder::sendFrame(AVFrame *frame, const PacketSink &sink)
{
    AVCodecContext *encoder = m_encoder.context();
    qint64 pts = av_rescale_q(frame->pts, m_sourceBase, encoder->time_base);
    // A variable-rate source rounded onto the encoder's frame grid may put two frames on one
    // tick; the later one moves on (x264 refuses repeated timestamps).
    if (m_lastPts != AV_NOPTS_VALUE && pts <= m_lastPts)
        pts = m_lastPts + 1;
    m_lastPts = pts;
    AVFrame *input = frame;
    if (frame->format != encoder->pix_fmt) {
        m_scaler.reset(sws_getCachedContext(m_scaler.release(),
                                            frame->width,
                                            frame->height,
                                            AVPixelFormat(frame->format),
                                            encoder->width,
                                            encoder->height,
                                            encoder->pix_fmt,
                                            SWS_BICUBIC,
                                            nullptr,
                                            nullptr,
                                            nullptr));
        if (!m_converted) {
            m_converted = av::makeFrame();
            m_converted->format = encoder->pix_fmt;
            m_converted->width = encoder->width;
            m_converted->height = encoder->height;
            if (av_frame_get_buffer(m_converted.get(), 0) < 0)
                return Error::failed(tr("Out of memory."));
        }
        if (!m_scaler || av_frame_make_writable(m_converted.get()) < 0
            || sws_scale(m_scaler.get(),
                         frame->data,
                         frame->linesize,
                         0,
                         frame->height,
                         m_converted->data,
                         m_converted->linesize)
                       < 0)
            return Error::failed(tr("The picture could not be converted for the encoder."));
        av_frame_copy_props(m_converted.get(), frame);
        input = m_converted.get();
    }
    input->pts = pts;
    // The decoder's picture types would otherwise steer the encoder's.
    input->pict_type = AV_PICTURE_TYPE_NONE;
    if (const int ret = m_encoder.send(input); ret < 0) {
        return Error::failed(tr("The video encoder failed (%1).").arg(avErrorText(ret)));
    }
    return receivePackets(sink);
}

Status VideoSpanEncoder::receivePackets(const PacketSink &sink)
{
    av::PacketPtr packet = av::makePacket();
    for (;;) {
        const int ret = m_encoder.receive(packet.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return Error::failed(tr("The video encoder failed (%1).").arg(avErrorText(ret)));
        // libx264 leaves durations unset; the muxer takes the last frame's for the track's end.
        if (packet->duration <= 0) {
            const AVCodecContext *c = m_encoder.context();
            packet->duration
                    = std::max<qint64>(1, av_rescale_q(1, av_inv_q(c->framerate), c->time_base));
        }
        if (Status taken = sink(packet.get()); !taken)
            return taken;
        av_packet_unref(packet.get());
    }
}

Status VideoSpanEncoder::finish(const PacketSink &sink)
{
    if (const int ret = m_encoder.send(nullptr); ret < 0 && ret != AVERROR_EOF)
        return Error::failed(tr("The video encoder failed (%1).").arg(avErrorText(ret)));
    return receivePackets(sink);
}

} // namespace mt
