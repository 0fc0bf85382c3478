// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// How VideoFrameReader finds the picture shown at a time: seek or decode on, read until every
// packet shown by then is known, decode only what that picture needs.
#include "videoframereader.h"

#include "media/averror.h"
#include "media/streamprobing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mt {

namespace {

// Without an index to find keyframes, decoding through a gap this long costs about what a seek
// and the decoding after it cost.
constexpr double SeekWithoutIndexSeconds = 2.0;
// Attempts to land on a keyframe shown before the target, the last from the file's first byte
// (see seek()).
constexpr int SeekAttempts = 5;
// Packets read after a seek while looking for the keyframe to start decoding from.
constexpr int MaxPacketsToKeyframe = 1000;

} // namespace

Result<const AVFrame *> VideoFrameReader::frameAt(double seconds)
{
    AvLogCapture log;
    if (m_still) {
        Result<const AVFrame *> still = stillFrame();
        m_lastLog = log.lastMessage();
        return still;
    }
    // Past the end is the last picture; a seek there would find no data.
    if (m_duration > 0)
        seconds = std::min(seconds, m_duration);
    const qint64 target = m_start
                          + qint64(std::llround(std::max(seconds, 0.0)
                                                / av_q2d(m_stream->time_base)));
    Status read = needsSeek(target) ? seek(target) : Status();
    if (read.ok())
        read = readUntilPast(target);
    if (!read.ok())
        return read.error();

    // The newest timestamp not after the target among the packets read so far (every packet
    // shown before the target has been read now): the answer is known before it is decoded,
    // which lets the decoder skip the unreferenced pictures before it and stop right after it.
    qint64 answer = AV_NOPTS_VALUE;
    auto consider = [&](qint64 pts) {
        if (pts == AV_NOPTS_VALUE)
            m_unknownPts = true;
        else if (pts <= target && (answer == AV_NOPTS_VALUE || pts > answer))
            answer = pts;
    };
    for (const qint64 pts : m_sentPts)
        consider(pts);
    for (const av::PacketPtr &packet : m_packets)
        consider(packet->pts);
    if (m_unknownPts)
        answer = AV_NOPTS_VALUE;

    for (;;) {
        // Decoders return pictures in display order: the last one not after the target wins.
        while (!m_frames.empty() && frameTimestamp(m_frames.front().get()) <= target) {
            m_current = std::move(m_frames.front());
            m_frames.pop_front();
        }
        const bool pastTarget = !m_frames.empty();
        const bool isAnswer = m_current && answer != AV_NOPTS_VALUE
                              && frameTimestamp(m_current.get()) >= answer;
        if (pastTarget || isAnswer || m_drained)
            break;
        if (const Status decoded = decodeNext(answer); !decoded.ok())
            return decoded.error();
    }
    m_lastLog = log.lastMessage();
    // What was sent up to the target only matters as its newest timestamp from now on.
    const auto firstAfter = std::partition(m_sentPts.begin(), m_sentPts.end(), [&](qint64 pts) {
        return pts > target;
    });
    if (firstAfter != m_sentPts.end()) {
        const qint64 newest = *std::max_element(firstAfter, m_sentPts.end());
        m_sentPts.erase(firstAfter, m_sentPts.end());
        m_sentPts.push_back(newest);
    }
    if (!m_current) {
        // A time before the first picture shows the first picture.
        if (m_frames.empty())
            return cancelledOrFailed(QT_TR_NOOP("No picture could be decoded from “%1” (%2). "
                                                "The file may be damaged; copy or download it "
                                                "again."),
                                     m_lastError ? m_lastError : AVERROR_INVALIDDATA);
        m_current = std::move(m_frames.front());
        m_frames.pop_front();
    }
    if (m_endOfFile && m_duration > 0) {
        // The pictures stopped before the one the header promises for this time: the data
        // stopped there (a cut file), or what came after it did not decode.
        const double wanted = std::min(seconds, m_duration - m_frameDuration);
        const double tolerance = std::max(0.25, 3 * m_frameDuration);
        const double shown = timeOf(m_current.get());
        const double read = m_lastReadPts == std::numeric_limits<qint64>::min()
                                    ? 0.0
                                    : double(m_lastReadPts - m_start) * av_q2d(m_stream->time_base);
        if (shown < wanted - tolerance && read < wanted - tolerance)
            return Error::refused(tr("“%1” is truncated: its pictures end at %L2 s of the %L3 s "
                                     "its header announces. Copy or download it again.")
                                          .arg(m_name)
                                          .arg(shown, 0, 'f', 1)
                                          .arg(m_duration, 0, 'f', 1));
        if (shown < wanted - tolerance) {
            const int code = m_lastError ? m_lastError : AVERROR_INVALIDDATA;
            return Error::refused(tr("“%1” could not be decoded after %L2 s (%3). The file may be "
                                     "damaged; copy or download it again.")
                                          .arg(m_name)
                                          .arg(shown, 0, 'f', 1)
                                          .arg(m_lastLog.isEmpty() ? avErrorText(code) : m_lastLog));
        }
    }
    return static_cast<const AVFrame *>(m_current.get());
}

bool VideoFrameReader::needsSeek(qint64 target) const
{
    // Backwards: what is decoded already lies past the target.
    const AVFrame *have = m_current ? m_current.get()
                                    : (m_frames.empty() ? nullptr : m_frames.front().get());
    if (have && target < frameTimestamp(have))
        return true;
    if (m_drained || m_untimed)
        return false; // the rest of the file is decoded, or only counting on reaches the target
    // Forwards: seek when the keyframe before the target has not been read yet, as everything
    // decoded up to it would be thrown away; otherwise decoding on is cheaper than seeking.
    const int found = av_index_search_timestamp(m_stream, target, AVSEEK_FLAG_BACKWARD);
    if (found >= 0) {
        const qint64 keyframe = avformat_index_get_entry(m_stream, found)->timestamp;
        const qint64 position = m_lastReadDts != AV_NOPTS_VALUE
                                        ? m_lastReadDts
                                        : avformat_index_get_entry(m_stream, 0)->timestamp;
        return keyframe > position;
    }
    const qint64 position = m_lastReadDts != AV_NOPTS_VALUE ? m_lastReadDts : m_start;
    return double(target - position) * av_q2d(m_stream->time_base) > SeekWithoutIndexSeconds;
}

Status VideoFrameReader::seek(qint64 target)
{
    const bool atStart = m_atStart;
    const qint64 second = std::max<qint64>(qint64(1 / av_q2d(m_stream->time_base)), 1);
    qint64 seekTo = target;
    for (int attempt = 0; attempt < SeekAttempts; ++attempt) {
        // The last attempt goes back to the file's first byte, from where decoding on reaches
        // any time (slowly): libav seeks by decode time in some containers and by guessing in
        // others, and may land after the target.
        const bool fromFirstByte = attempt == SeekAttempts - 1 || m_untimed;
        const int ret = fromFirstByte ? av_seek_frame(m_format.get(), -1, 0, AVSEEK_FLAG_BYTE)
                                      : av_seek_frame(m_format.get(),
                                                      m_stream->index,
                                                      seekTo,
                                                      AVSEEK_FLAG_BACKWARD);
        if (ret < 0) {
            // A file that cannot seek (a raw stream) is read from its start, if it still is
            // there: the target is reached by decoding.
            if (atStart && attempt == 0 && !isCancelled())
                return {}; // nothing was changed yet
            if (fromFirstByte || isCancelled())
                return cancelledOrFailed(QT_TR_NOOP("Movie Tool could not find its way in “%1” "
                                                    "(%2). The file may be damaged; copy or "
                                                    "download it again."),
                                         ret);
            seekTo -= second;
            continue;
        }
        avcodec_flush_buffers(m_decoder.get());
        m_packets.clear();
        m_frames.clear();
        m_current.reset();
        m_sentPts.clear();
        m_unknownPts = false;
        m_lastReadDts = AV_NOPTS_VALUE;
        m_endOfFile = false;
        m_drained = false;
        m_atStart = false;
        m_nextUntimed = m_start;
        // MPEG-TS seeks to a byte position by binary search and may land on any picture:
        // decoding starts at the next keyframe.
        bool endOfFile = false;
        for (int skipped = 0;; ++skipped) {
            if (const Status read = readPacket(&endOfFile); !read.ok())
                return read;
            if (endOfFile || (m_packets.back()->flags & AV_PKT_FLAG_KEY)
                || skipped == MaxPacketsToKeyframe)
                break;
            m_packets.pop_back();
        }
        if (endOfFile) {
            // Past the last keyframe's data (a time beyond the end): halfway back, and more.
            seekTo = m_start + (seekTo - m_start) / 2 - second;
            continue;
        }
        // The keyframe found may be shown after the target (B-frames put the display time after
        // the decode time that some containers seek by): the target's picture then belongs to
        // an earlier keyframe.
        const qint64 shown = m_packets.front()->pts;
        if (shown == AV_NOPTS_VALUE || shown <= target || fromFirstByte)
            return {};
        seekTo -= std::max(shown - target, second);
    }
    return {};
}

Status VideoFrameReader::readUntilPast(qint64 target)
{
    // Every packet shown at or before the target must have been read. Real decode timestamps
    // only grow and a picture is never shown before it is decoded, so a packet decoded after
    // the target proves it. Matroska stores no decode times (libavformat copies the display
    // times there), and with those only the reordering limit proves it: no picture follows
    // more than ReorderDepth pictures it is shown before.
    const auto pastTarget = [target](qint64 pts) {
        return pts != AV_NOPTS_VALUE && pts > target;
    };
    qsizetype past = std::count_if(m_sentPts.begin(), m_sentPts.end(), pastTarget);
    for (const av::PacketPtr &packet : m_packets)
        past += pastTarget(packet->pts) ? 1 : 0;
    while (!m_endOfFile && past <= probing::PacketScan::ReorderDepth
           && !(m_decodeTimesKnown && m_lastReadDts != AV_NOPTS_VALUE && m_lastReadDts > target)) {
        bool endOfFile = false;
        if (const Status read = readPacket(&endOfFile); !read.ok())
            return read;
        if (!endOfFile && pastTarget(m_packets.back()->pts))
            ++past;
    }
    return {};
}

Status VideoFrameReader::decodeNext(qint64 answer)
{
    if (m_packets.empty()) {
        bool endOfFile = m_endOfFile;
        if (!endOfFile) {
            if (const Status read = readPacket(&endOfFile); !read.ok())
                return read;
        }
        if (endOfFile) {
            // Reordering decoders hold pictures back until told that no packets follow.
            avcodec_send_packet(m_decoder.get(), nullptr);
            m_drained = true;
            return receiveFrames();
        }
    }
    av::PacketPtr packet = std::move(m_packets.front());
    m_packets.pop_front();
    // Pictures shown before the answer are needed only when later ones refer to them.
    const bool skip = m_canSkipUnreferenced && answer != AV_NOPTS_VALUE
                      && packet->pts != AV_NOPTS_VALUE && packet->pts < answer;
    m_decoder->skip_frame = skip ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
    m_sentPts.push_back(packet->pts);
    m_atStart = false;
    int ret = avcodec_send_packet(m_decoder.get(), packet.get());
    if (ret == AVERROR(EAGAIN)) {
        // The decoder's output is full: take its pictures, then it accepts the packet.
        if (const Status received = receiveFrames(); !received.ok())
            return received;
        ret = avcodec_send_packet(m_decoder.get(), packet.get());
    }
    // A damaged packet is not the end: the next keyframe may decode again.
    if (ret < 0)
        m_lastError = ret;
    return receiveFrames();
}

} // namespace mt
