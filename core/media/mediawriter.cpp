// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediawriter.h"

#include "media/averror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

Result<MediaWriter> MediaWriter::open(const QString &path,
                                      const QString &shownAs,
                                      const std::atomic<bool> *cancel)
{
    MediaWriter writer;
    writer.m_shownAs = QDir::toNativeSeparators(shownAs);
    const QByteArray name = QFile::encodeName(path);
    AVFormatContext *format = nullptr;
    const int ret = avformat_alloc_output_context2(&format, nullptr, nullptr, name.constData());
    if (ret < 0 || !format) {
        return Error::refused(tr("Movie Tool cannot write a “.%1” file. Choose a name ending in "
                                 ".mp4, .mov or .mkv.")
                                      .arg(QFileInfo(shownAs).suffix()));
    }
    writer.m_format.reset(format);
    if (cancel)
        format->interrupt_callback = interruptCallback(*cancel);
    if (!(format->oformat->flags & AVFMT_NOFILE)) {
        const QByteArray url = "file:" + name;
        const int opened = avio_open2(&format->pb,
                                      url.constData(),
                                      AVIO_FLAG_WRITE,
                                      &format->interrupt_callback,
                                      nullptr);
        if (opened < 0)
            return writer.failure(opened);
    }
    return writer;
}

AVStream *MediaWriter::newStream(const AVStream *sideDataFrom)
{
    AVStream *stream = avformat_new_stream(m_format.get(), nullptr);
    if (!stream)
        return nullptr;
    if (sideDataFrom) {
        size_t size = 0;
        if (const uint8_t *matrix = av_stream_get_side_data(sideDataFrom,
                                                            AV_PKT_DATA_DISPLAYMATRIX,
                                                            &size)) {
            if (uint8_t *copy = av_stream_new_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, size))
                memcpy(copy, matrix, size);
        }
        stream->disposition = sideDataFrom->disposition & AV_DISPOSITION_DEFAULT;
        av_dict_copy(&stream->metadata, sideDataFrom->metadata, 0);
    }
    return stream;
}

int MediaWriter::addStream(const AVStream *source, AVRational timeBase)
{
    AVStream *stream = newStream(source);
    if (!stream || avcodec_parameters_copy(stream->codecpar, source->codecpar) < 0)
        return -1;
    // The source container's tag may mean nothing here (or something else): let the muxer pick.
    stream->codecpar->codec_tag = 0;
    stream->time_base = timeBase;
    m_streams.push_back({timeBase, AV_NOPTS_VALUE});
    return stream->index;
}

int MediaWriter::addStream(const AVCodecContext *encoder, const AVStream *sideDataFrom)
{
    AVStream *stream = newStream(sideDataFrom);
    if (!stream || avcodec_parameters_from_context(stream->codecpar, encoder) < 0)
        return -1;
    stream->time_base = encoder->time_base;
    if (encoder->codec_type == AVMEDIA_TYPE_VIDEO)
        stream->avg_frame_rate = encoder->framerate;
    m_streams.push_back({encoder->time_base, AV_NOPTS_VALUE});
    return stream->index;
}

Status MediaWriter::begin()
{
    AvLogCapture log;
    const int ret = avformat_write_header(m_format.get(), nullptr);
    if (ret < 0)
        return failure(ret);
    return {};
}

Status MediaWriter::write(AVPacket *packet, int stream)
{
    StreamState &state = m_streams[size_t(stream)];
    if (packet->dts == AV_NOPTS_VALUE)
        packet->dts = packet->pts;
    if (state.lastDts != AV_NOPTS_VALUE && packet->dts <= state.lastDts) {
        av_packet_unref(packet);
        return Error::failed(tr("The pieces of %1 do not join up (stream %2: decode time %3 after "
                                "%4).")
                                     .arg(m_shownAs)
                                     .arg(stream)
                                     .arg(packet->dts)
                                     .arg(state.lastDts));
    }
    state.lastDts = packet->dts;
    packet->stream_index = stream;
    av_packet_rescale_ts(packet, state.timeBase, m_format->streams[stream]->time_base);
    AvLogCapture log;
    const int ret = av_interleaved_write_frame(m_format.get(), packet);
    if (ret < 0)
        return failure(ret);
    return {};
}

Status MediaWriter::finish()
{
    AvLogCapture log;
    int ret = av_interleaved_write_frame(m_format.get(), nullptr);
    if (ret >= 0)
        ret = av_write_trailer(m_format.get());
    if (ret >= 0 && m_format->pb)
        ret = avio_closep(&m_format->pb);
    if (ret < 0)
        return failure(ret);
    return {};
}

Error MediaWriter::failure(int code) const
{
    if (code == AVERROR_EXIT)
        return Error::cancelled(tr("Cancelled."));
    return Error::failed(tr("%1 could not be written (%2). Check the free space and the folder's "
                            "permissions, then try again.")
                                 .arg(m_shownAs, avErrorText(code)));
}

} // namespace mt
