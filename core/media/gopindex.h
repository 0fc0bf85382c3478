// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

extern "C" {
#include <libavutil/rational.h>
}

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace mt {

class MediaInput;

// One video packet as the demuxer gave it, without decoding: timestamps in the stream's time base.
struct VideoPacket
{
    qint64 pts = 0;
    qint64 dts = 0;
    qint64 duration = 0;
    bool key = false; // flagged as a keyframe by the container (may be an open-GOP I picture)
    bool idr = false; // an IDR picture: a clean place to start copying
};

// The video packets of one source around a span [from, to) (seconds from the video's first
// frame, MediaInput::startTime()), read once without decoding: from the
// IDR at or before `from` (where a decoder, or a copy, can start) to the first IDR at or after
// `to` (or the end). Only that stretch is read, so cutting seconds out of an hour costs seconds.
// Codecs without IDR NAL units (VP9, MPEG-4, …) count their keyframes as clean starts.
// A value built on the operation's thread; the demuxer is left positioned anywhere.
class GopIndex
{
public:
    static Result<GopIndex> read(const MediaInput &input,
                                 double from,
                                 double to,
                                 const std::atomic<bool> *cancel = nullptr);

    AVRational timeBase() const { return m_timeBase; }
    const std::vector<VideoPacket> &packets() const { return m_packets; } // decode order
    const std::vector<qint64> &framePts() const { return m_framePts; }    // presentation order
    bool reachedEnd() const { return m_reachedEnd; }
    // Whether frames are decoded in another order than shown (B-frames).
    bool reorders() const { return m_reorders; }
    // Typical distance between frames in ticks (the median; 1 when unknown).
    qint64 frameDuration() const { return m_frameDuration; }
    // Where the last frame read ends: its pts + duration.
    qint64 endPts() const { return m_endPts; }
    // Seconds on the source's timeline (from its first frame, as read() and framesIn() take them)
    // of a timestamp.
    double seconds(qint64 pts) const
    {
        return double(pts) * m_timeBase.num / m_timeBase.den - m_start;
    }

    // The frames of [from, to): each time is snapped to the nearest frame boundary, so a time a
    // hair before or after a frame's timestamp (rounding in seconds) means that frame.
    // Returns indices into framePts() as [first, last + 1); first == last when empty.
    std::pair<qsizetype, qsizetype> framesIn(double from, double to) const;

private:
    AVRational m_timeBase{1, 1};
    double m_start = 0; // the video's start time: `from` and `to` count from there
    std::vector<VideoPacket> m_packets;
    std::vector<qint64> m_framePts;
    bool m_reachedEnd = false;
    bool m_reorders = false;
    qint64 m_frameDuration = 1;
    qint64 m_endPts = 0;
};

} // namespace mt
