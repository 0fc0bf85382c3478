// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediainput.h"

#include "media/averror.h"
#include "media/openmedia.h"
#include "media/streamprobing.h"

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

Result<MediaInput> MediaInput::open(const QString &path, const std::atomic<bool> *cancel)
{
    static const std::atomic<bool> never{false};
    Result<av::InputFormatPtr> opened = openMedia(path, cancel ? *cancel : never);
    if (!opened)
        return opened.error();
    MediaInput input;
    input.m_path = path;
    input.m_name = mediaDisplayName(path);
    input.m_format = std::move(opened).value();
    AVFormatContext *format = input.m_format.get();
    int count = 0;
    input.m_video = probing::pickStream(format, AVMEDIA_TYPE_VIDEO, &count);
    input.m_audio = probing::pickStream(format, AVMEDIA_TYPE_AUDIO, &count);
    // MP4 and Matroska headers carry everything packet work needs; other containers (AVI, raw
    // streams) only tell after a few packets are read.
    if ((input.m_video && !probing::hasParameters(input.m_video))
        || (input.m_audio && !probing::hasParameters(input.m_audio))) {
        const int found = avformat_find_stream_info(format, nullptr);
        if (found < 0) {
            return Error::refused(tr("“%1” cannot be read as a video (%2). Check that it is a "
                                     "complete media file.")
                                          .arg(input.m_name, avErrorText(found)));
        }
    }
    if (!input.m_video) {
        return Error::refused(
                tr("“%1” has no video to cut. Choose a video file.").arg(input.m_name));
    }
    AVStream *video = input.m_video;
    if (video->start_time != AV_NOPTS_VALUE) {
        input.m_startTime = toSeconds(video->start_time, video->time_base);
    } else {
        // Matroska's header does not say; its first video packet (a keyframe, shown first) does.
        av::PacketPtr packet = av::makePacket();
        while (av_read_frame(format, packet.get()) >= 0) {
            av::PacketUnref unref(packet.get());
            if (packet->stream_index == video->index) {
                const qint64 pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
                input.m_startTime = pts != AV_NOPTS_VALUE ? toSeconds(pts, video->time_base) : 0;
                break;
            }
        }
        avformat_seek_file(format, -1, INT64_MIN, 0, INT64_MAX, 0);
    }
    return input;
}

double MediaInput::duration() const
{
    if (m_format->duration > 0)
        return double(m_format->duration) / AV_TIME_BASE;
    if (m_video && m_video->duration > 0)
        return toSeconds(m_video->duration, m_video->time_base);
    return 0;
}

bool MediaInput::isIsoMedia() const
{
    return QByteArray(m_format->iformat->name).startsWith("mov,");
}

double toSeconds(qint64 ts, AVRational timeBase)
{
    return double(ts) * timeBase.num / timeBase.den;
}

qint64 toTicks(double seconds, AVRational timeBase)
{
    return qint64(std::llround(seconds * timeBase.den / timeBase.num));
}

} // namespace mt
