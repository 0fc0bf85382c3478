// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "inputmedia.h"

#include "media/averror.h"
#include "media/streamprobing.h"

#include <QDir>
#include <QFile>

namespace mt {

using namespace Qt::StringLiterals;

Status InputMedia::open(const QString &path, Streams wanted, const std::atomic<bool> &cancel)
{
    m_name = u"“%1”"_s.arg(QDir::toNativeSeparators(path));
    AvLogCapture log;
    AVFormatContext *raw = avformat_alloc_context();
    if (!raw)
        return Error::failed(tr("Out of memory while opening %1.").arg(m_name));
    raw->interrupt_callback = interruptCallback(cancel);
    // As MediaProbe and MediaInput open files: this file only, never a URL or the files a
    // playlist names, never an image sequence pattern.
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    av_dict_set(&options, "pattern_type", "none", 0);
    const QByteArray url = "file:" + QFile::encodeName(path);
    int ret = avformat_open_input(&raw, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (ret < 0) {
        if (ret == AVERROR_EXIT)
            return Error::cancelled(tr("Cancelled."));
        return Error::refused(tr("%1 cannot be read as media (%2). Check that the file exists "
                                 "and is a video, picture or sound file.")
                                      .arg(m_name, avErrorText(ret)));
    }
    m_format.reset(raw);
    if ((ret = avformat_find_stream_info(raw, nullptr)) < 0) {
        return Error::refused(
                tr("%1 cannot be read as media (%2).")
                        .arg(m_name,
                             log.lastMessage().isEmpty() ? avErrorText(ret) : log.lastMessage()));
    }
    int count = 0;
    if (wanted.video)
        m_video = probing::pickStream(raw, AVMEDIA_TYPE_VIDEO, &count);
    if (wanted.audio)
        m_audio = probing::pickStream(raw, AVMEDIA_TYPE_AUDIO, &count);
    // Packets of streams nobody decodes are not even handed out by the demuxer.
    for (unsigned i = 0; i < raw->nb_streams; ++i) {
        AVStream *stream = raw->streams[i];
        stream->discard = (stream == m_video || stream == m_audio) ? AVDISCARD_DEFAULT
                                                                   : AVDISCARD_ALL;
    }
    for (auto [stream, decoder] :
         {std::pair{m_video, &m_videoDecoder}, std::pair{m_audio, &m_audioDecoder}}) {
        if (!stream)
            continue;
        // Stills are one picture: threads would only cost their start-up.
        if ((ret = decoder->open(stream, !probing::isImageDemuxer(raw->iformat))) < 0) {
            return Error::failed(
                    tr("%1 cannot be decoded: no %2 decoder could be opened (%3).")
                            .arg(m_name,
                                 QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id)),
                                 avErrorText(ret)));
        }
    }
    if (m_video)
        m_rotation = probing::clockwiseRotation(m_video);
    return {};
}

qint64 InputMedia::startTime(const AVStream *stream) const
{
    if (stream->start_time != AV_NOPTS_VALUE)
        return stream->start_time;
    if (m_format->start_time != AV_NOPTS_VALUE)
        return av_rescale_q(m_format->start_time, AV_TIME_BASE_Q, stream->time_base);
    return 0;
}

} // namespace mt
