// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "muxer.h"

#include "media/averror.h"
#include "media/encoder.h"

#include <QDir>
#include <QFile>

namespace mt {

using namespace Qt::StringLiterals;

Status Muxer::open(const QString &path,
                   const QString &displayName,
                   const QString &container,
                   const std::atomic<bool> &cancel)
{
    m_displayName = u"“%1”"_s.arg(QDir::toNativeSeparators(displayName));
    m_cancel = &cancel;
    AVFormatContext *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int ret = avformat_alloc_output_context2(&raw,
                                             nullptr,
                                             container.toUtf8().constData(),
                                             file.constData());
    if (ret < 0 || !raw) {
        return Error::failed(
                tr("Movie Tool cannot write %1 files (%2).").arg(container, avErrorText(ret)));
    }
    m_format.reset(raw);
    raw->interrupt_callback = interruptCallback(cancel);
    if (!(raw->oformat->flags & AVFMT_NOFILE)) {
        ret = avio_open2(&raw->pb,
                         file.constData(),
                         AVIO_FLAG_WRITE,
                         &raw->interrupt_callback,
                         nullptr);
        if (ret < 0)
            return writeError(ret);
    }
    return {};
}

bool Muxer::needsGlobalHeader() const
{
    return m_format->oformat->flags & AVFMT_GLOBALHEADER;
}

Result<int> Muxer::addStream(const Encoder &encoder, const QString &codecTag)
{
    AVStream *stream = avformat_new_stream(m_format.get(), nullptr);
    if (!stream)
        return Error::failed(tr("Out of memory."));
    const int ret = avcodec_parameters_from_context(stream->codecpar, encoder.context());
    if (ret < 0)
        return writeError(ret);
    if (codecTag.size() == 4) {
        const QByteArray tag = codecTag.toLatin1();
        stream->codecpar->codec_tag = MKTAG(tag[0], tag[1], tag[2], tag[3]);
    }
    stream->time_base = encoder.timeBase();
    stream->avg_frame_rate = encoder.context()->framerate;
    return stream->index;
}

Status Muxer::begin(const QMap<QString, QString> &options)
{
    AVDictionary *dictionary = nullptr;
    for (auto it = options.begin(); it != options.end(); ++it)
        av_dict_set(&dictionary, it.key().toUtf8().constData(), it.value().toUtf8().constData(), 0);
    AvLogCapture log;
    const int ret = avformat_write_header(m_format.get(), &dictionary);
    // An option the muxer did not take is a typo in the preset, which would go unnoticed.
    const AVDictionaryEntry *left = av_dict_get(dictionary, "", nullptr, AV_DICT_IGNORE_SUFFIX);
    const QString unknown = left ? QString::fromUtf8(left->key) : QString();
    av_dict_free(&dictionary);
    if (ret < 0)
        return writeError(ret);
    if (!unknown.isEmpty()) {
        return Error::failed(tr("The %1 container has no option “%2”; check the preset.")
                                     .arg(QString::fromUtf8(m_format->oformat->name), unknown));
    }
    return {};
}

Status Muxer::write(AVPacket *packet, int stream, AVRational timeBase)
{
    packet->stream_index = stream;
    av_packet_rescale_ts(packet, timeBase, m_format->streams[stream]->time_base);
    const int ret = av_interleaved_write_frame(m_format.get(), packet);
    if (ret < 0)
        return writeError(ret);
    return {};
}

Status Muxer::finish()
{
    AvLogCapture log;
    int ret = av_write_trailer(m_format.get());
    if (ret < 0)
        return writeError(ret);
    // The last buffered bytes reach the file only here: a full disk may show up now.
    if (m_format->pb && !(m_format->oformat->flags & AVFMT_NOFILE)) {
        avio_flush(m_format->pb);
        ret = m_format->pb->error;
        const int closed = avio_closep(&m_format->pb);
        if (ret >= 0)
            ret = closed;
        if (ret < 0)
            return writeError(ret);
    }
    return {};
}

Error Muxer::writeError(int code) const
{
    if (code == AVERROR_EXIT && m_cancel && m_cancel->load())
        return Error::cancelled(tr("Cancelled."));
    return Error::failed(tr("Writing %1 failed (%2). Check that the disk has free space and the "
                            "folder can be written to, then try again.")
                                 .arg(m_displayName, avErrorText(code)));
}

} // namespace mt
