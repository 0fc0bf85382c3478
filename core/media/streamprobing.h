// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

#include <QtGlobal>

#include <limits>
#include <vector>

// The parts of MediaProbe that look at one libav stream or packet: which stream is the file's
// video, what its headers already say, how its frames are spaced, whether it decodes. Internal to
// core/media; used on whichever thread probes, with objects of that probe only.
namespace mt::probing {

// The default stream of a type, never a cover picture (an mp3's album art is not a video).
AVStream *pickStream(AVFormatContext *format, AVMediaType type, int *count);

// Whether the demuxer's header gave what a description needs, without decoding anything.
bool hasParameters(const AVStream *stream);

// True when the demuxer's index lists every packet of the stream (mov, AVI's idx1), so timing
// and truncation can be read from it without reading the file; Matroska's cues list only some.
bool indexCoversStream(AVStream *stream);

// Stills come through image2 (by extension) or a <codec>_pipe demuxer (by signature).
bool isImageDemuxer(const AVInputFormat *format);

// Clockwise degrees a player turns the picture (0, 90, 180, 270), from the display matrix.
int clockwiseRotation(const AVStream *stream);

// Whether the file starts like an ISO media file (MP4, MOV): a cut one fails with "moov atom not
// found", but so does any unrecognised file named *.mp4, which libav tries as MP4 by its name.
bool looksLikeIsoMedia(const QByteArray &head);

// A decoder fed packets until it gives its first frame.
struct FirstFrame
{
    // Packets fed while waiting: enough for a stream that starts with many undecodable packets,
    // few enough to give up soon on a file that never decodes.
    static constexpr int MaxPackets = 250;

    av::CodecContextPtr decoder;
    av::FramePtr frame;
    int packets = 0;
    int error = 0; // the last libav error while decoding, 0 if none

    bool waiting() const { return decoder && !frame && packets < MaxPackets; }
    void feed(const AVPacket *packet);
    void finish(); // at the end of the data: frames the decoder still holds

private:
    bool decode(const AVPacket *packet); // nullptr drains
};

// A decoder for the stream, single-threaded: one frame is wanted, worker threads would only add
// start-up time, and their log lines would escape the probing thread's AvLogCapture.
// Returns the libav error code on failure, AVERROR_DECODER_NOT_FOUND without a decoder.
int openDecoder(const AVStream *stream, av::CodecContextPtr *decoder);

// What reading packets from the start of a file taught.
struct PacketScan
{
    // After the scan limit, packets are still read until any B-frame shown before the limit has
    // arrived: H.264 and HEVC reorder at most 16 frames.
    static constexpr int ReorderDepth = 16;

    std::vector<qint64> videoTimes; // pts (dts when missing) of video packets, decode order
    std::vector<qint64> keyTimes;
    qint64 videoBytes = 0;
    qint64 audioBytes = 0;
    double audioStart = std::numeric_limits<double>::infinity();
    double audioEnd = 0;
    double start = std::numeric_limits<double>::infinity(); // earliest timestamp, seconds
    double end = 0;                                         // latest pts + duration, seconds
    bool reachedEof = false;
    qint64 limitTime = std::numeric_limits<qint64>::max(); // video pts where the scan stopped
    int packetsAfterLimit = 0;

    // Records one packet; video and audio are the described streams (may be null).
    void add(AVFormatContext *format,
             const AVPacket *packet,
             const AVStream *video,
             const AVStream *audio);
    // Whether the video scan has read `seconds` of video and the reordering margin after it.
    bool videoDone(const AVStream *video, double seconds);
    // Video timestamps up to where the scan stopped (all of them after EOF).
    std::vector<qint64> completeTimes(const std::vector<qint64> &times) const;
};

} // namespace mt::probing
