// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "gopindex.h"

#include "media/averror.h"
#include "media/avhandles.h"
#include "media/mediainput.h"
#include "media/nalunits.h"

#include <QCoreApplication>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString indexText(const char *source)
{
    return QCoreApplication::translate("mt::GopIndex", source);
}

// Skips every stream but `keep` while it lives: reading video timestamps should not read audio.
class OnlyStream
{
public:
    OnlyStream(AVFormatContext *format, int keep)
        : m_format(format)
    {
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            m_saved.push_back(format->streams[i]->discard);
            if (int(i) != keep)
                format->streams[i]->discard = AVDISCARD_ALL;
        }
    }
    ~OnlyStream()
    {
        for (unsigned i = 0; i < m_format->nb_streams; ++i)
            m_format->streams[i]->discard = m_saved[i];
    }

private:
    AVFormatContext *m_format;
    std::vector<AVDiscard> m_saved;
};

} // namespace

Result<GopIndex> GopIndex::read(const MediaInput &input,
                                double from,
                                double to,
                                const std::atomic<bool> *cancel)
{
    AVFormatContext *format = input.format();
    AVStream *stream = input.video();
    const int index = stream->index;
    const AVCodecID codec = stream->codecpar->codec_id;
    const QByteArray extradata(reinterpret_cast<const char *>(stream->codecpar->extradata),
                               stream->codecpar->extradata_size);
    const int lengthSize = nal::lengthSizeOf(codec, extradata);
    const bool hasIdrUnits = codec == AV_CODEC_ID_H264 || codec == AV_CODEC_ID_HEVC;
    OnlyStream only(format, index);

    GopIndex gops;
    gops.m_timeBase = stream->time_base;
    gops.m_start = input.startTime();
    const qint64 fromTicks = toTicks(gops.m_start + from, stream->time_base);
    const qint64 toTicksValue = toTicks(gops.m_start + to, stream->time_base);
    av::PacketPtr packet = av::makePacket();
    auto readVideo = [&]() -> int {
        for (;;) {
            const int ret = av_read_frame(format, packet.get());
            if (ret < 0 || packet->stream_index == index)
                return ret;
            av_packet_unref(packet.get());
        }
    };
    auto describe = [&](const AVPacket *p) {
        VideoPacket v;
        v.dts = p->dts;
        v.pts = p->pts != AV_NOPTS_VALUE ? p->pts : p->dts;
        v.duration = p->duration;
        v.key = p->flags & AV_PKT_FLAG_KEY;
        const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char *>(p->data),
                                                        p->size);
        v.idr = v.key && (hasIdrUnits ? nal::hasIdr(codec, data, lengthSize) : true);
        return v;
    };

    // A backward seek lands on a keyframe whose *decode* time is at or before the target; its
    // presentation time may still be later (B-frames), or it may be an open-GOP I picture. Step
    // back keyframe by keyframe until an IDR shown at or before `from`, or the first packet.
    qint64 seekTo = fromTicks;
    qint64 previousDts = AV_NOPTS_VALUE;
    for (int attempt = 0;; ++attempt) {
        if (cancel && cancel->load())
            return Error::cancelled(indexText("Cancelled."));
        int ret = av_seek_frame(format, index, seekTo, AVSEEK_FLAG_BACKWARD);
        if (ret < 0)
            ret = av_seek_frame(format, index, INT64_MIN, AVSEEK_FLAG_BACKWARD | AVSEEK_FLAG_ANY);
        if (ret >= 0)
            ret = readVideo();
        if (ret < 0) {
            return Error::refused(indexText("“%1” could not be read at %L2 s (%3). The file may be "
                                            "damaged; copy or download it again.")
                                          .arg(input.name())
                                          .arg(from, 0, 'f', 3)
                                          .arg(avErrorText(ret)));
        }
        const VideoPacket first = describe(packet.get());
        const bool atStart = first.dts == previousDts || attempt > 200;
        if ((first.idr && first.pts <= fromTicks) || atStart) {
            gops.m_packets.push_back(first);
            av_packet_unref(packet.get());
            break;
        }
        previousDts = first.dts;
        seekTo = std::min(seekTo, first.dts) - 1;
        av_packet_unref(packet.get());
    }

    // Forward to the first IDR at or after `to`: past it no frame shown before `to` can come.
    for (;;) {
        if (cancel && cancel->load())
            return Error::cancelled(indexText("Cancelled."));
        const int ret = readVideo();
        if (ret == AVERROR_EOF) {
            gops.m_reachedEnd = true;
            break;
        }
        if (ret < 0) {
            return Error::refused(indexText("“%1” could not be read (%2). The file may be damaged; "
                                            "copy or download it again.")
                                          .arg(input.name(), avErrorText(ret)));
        }
        const VideoPacket v = describe(packet.get());
        av_packet_unref(packet.get());
        gops.m_packets.push_back(v);
        if (v.idr && v.pts >= toTicksValue)
            break;
    }

    qint64 maxPts = INT64_MIN;
    std::vector<qint64> durations;
    for (const VideoPacket &v : gops.m_packets) {
        gops.m_reorders = gops.m_reorders || v.pts < maxPts;
        maxPts = std::max(maxPts, v.pts);
        gops.m_framePts.push_back(v.pts);
        if (v.duration > 0)
            durations.push_back(v.duration);
    }
    std::sort(gops.m_framePts.begin(), gops.m_framePts.end());
    if (!durations.empty()) {
        std::nth_element(durations.begin(),
                         durations.begin() + qsizetype(durations.size() / 2),
                         durations.end());
        gops.m_frameDuration = durations[durations.size() / 2];
    }
    gops.m_endPts = maxPts + gops.m_frameDuration;
    for (const VideoPacket &v : gops.m_packets) {
        if (v.pts == maxPts && v.duration > 0)
            gops.m_endPts = maxPts + v.duration;
    }
    return gops;
}

std::pair<qsizetype, qsizetype> GopIndex::framesIn(double from, double to) const
{
    const qint64 half = m_frameDuration / 2;
    const qint64 begin = toTicks(m_start + from, m_timeBase) - half;
    const qint64 end = toTicks(m_start + to, m_timeBase) - half;
    const auto first = std::lower_bound(m_framePts.begin(), m_framePts.end(), begin);
    const auto last = std::lower_bound(m_framePts.begin(), m_framePts.end(), end);
    const qsizetype a = first - m_framePts.begin();
    return {a, std::max(a, qsizetype(last - m_framePts.begin()))};
}

} // namespace mt
