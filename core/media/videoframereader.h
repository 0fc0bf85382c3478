// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <deque>
#include <limits>
#include <vector>

namespace mt {

// Decodes the pictures of one file's video stream at the times asked for: the frame a player
// shows at that time (the last one whose timestamp is not after it). It seeks to the keyframe
// before a time and decodes forward, skipping the frames no later picture refers to; for
// increasing times it decodes through instead of seeking when the next keyframe is not nearer.
// A still image (or an audio file's cover picture) is the same picture at every time.
//
// Internal to core/media: a scope object of one operation, on the thread that runs it.
class VideoFrameReader
{
    Q_DECLARE_TR_FUNCTIONS(mt::VideoFrameReader)

public:
    VideoFrameReader();
    ~VideoFrameReader();
    VideoFrameReader(const VideoFrameReader &) = delete;
    VideoFrameReader &operator=(const VideoFrameReader &) = delete;

    // Opens the file and its picture stream. Refused when it is not media or has no picture.
    // `cancel` (outliving the reader) stops blocking reads; threads > 1 turns on frame threading.
    Status open(const QString &path, const std::atomic<bool> &cancel, int threads = 1);

    bool isStill() const { return m_still; }
    double duration() const { return m_duration; }           // seconds of video; 0 for a still
    double frameDuration() const { return m_frameDuration; } // seconds, nominal
    int rotation(const AVFrame *frame) const;                // clockwise degrees: 0, 90, 180, 270
    AVRational sampleAspect(const AVFrame *frame) const;     // never 0/0
    QString name() const { return m_name; }                  // for messages

    // The picture shown `seconds` after the file's start, valid until the next call.
    Result<const AVFrame *> frameAt(double seconds);
    // Seconds after the file's start at which `frame` (one this reader returned) is shown.
    double timeOf(const AVFrame *frame) const;

private:
    Status openDecoder(int threads);
    bool needsSeek(qint64 target) const;
    Status seek(qint64 target);
    Status readPacket(bool *endOfFile);
    Status readUntilPast(qint64 target);
    Status decodeNext(qint64 answer);
    Status receiveFrames();
    Result<const AVFrame *> stillFrame();
    bool isCancelled() const;
    // Cancelled when the cancel flag is set, else refused with the translated `source`, which
    // takes the file's name and libav's reason.
    Error cancelledOrFailed(const char *source, int code) const;
    qint64 frameTimestamp(const AVFrame *frame) const;

    QString m_name;
    const std::atomic<bool> *m_cancel = nullptr;
    av::InputFormatPtr m_format;
    AVStream *m_stream = nullptr;
    av::CodecContextPtr m_decoder;
    bool m_still = false;
    bool m_canSkipUnreferenced = false;
    qint64 m_start = 0; // the file's start, stream time base
    double m_duration = 0;
    double m_frameDuration = 1.0 / 30;

    std::deque<av::PacketPtr> m_packets; // read, not yet decoded, decode order
    std::deque<av::FramePtr> m_frames;   // decoded, not yet returned, display order
    av::FramePtr m_current;              // the frame frameAt() returned last
    std::vector<qint64> m_sentPts;       // timestamps of the packets decoded since the seek
    bool m_unknownPts = false;           // a packet since the seek had no timestamp
    bool m_decodeTimesKnown = false;     // the demuxer gives real decode times (dts < pts seen)
    bool m_untimed = false;              // pictures come without times: counted from the start
    qint64 m_nextUntimed = 0;            // the time the next picture without one gets
    qint64 m_lastReadDts = AV_NOPTS_VALUE;
    qint64 m_lastReadPts = std::numeric_limits<qint64>::min(); // the latest of all read
    bool m_atStart = false; // nothing decoded nor sought since the file was opened
    bool m_endOfFile = false;
    bool m_drained = false; // the decoder was told that no packets follow
    int m_lastError = 0;
    QString m_lastLog;
};

} // namespace mt
