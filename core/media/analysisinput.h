// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace mt::analysis {

class DecodeCheck;

// One file read and decoded from start to end for MediaAnalyzer: its video (decoded with frame
// threads, as the decoder is most of the work) and optionally its audio. Each decoded frame is
// handed on with its pts counted from the start of the file, in its stream's time base, so that
// what filters find is in the file's own seconds. Problems go to the DecodeCheck, if one is given.
//
// Internal to MediaAnalyzer; used on one thread.
class AnalysisInput
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaAnalyzer)

public:
    // Receives each decoded frame (video or audio); false stops reading (a filter failed).
    using FrameHandler = std::function<bool(AVFrame *frame, bool video)>;

    explicit AnalysisInput(DecodeCheck *check);
    ~AnalysisInput();
    AnalysisInput(const AnalysisInput &) = delete;
    AnalysisInput &operator=(const AnalysisInput &) = delete;

    // Opens the file and the decoders of its video and, with wantAudio, its audio. `cancel` makes
    // blocking reads give up; it must outlive this object.
    std::optional<Error> open(const QString &path, const std::atomic<bool> &cancel, bool wantAudio);

    const AVStream *videoStream() const;
    const AVStream *audioStream() const; // null without audio, or when it cannot be decoded
    // Seconds the header announces (as MediaProbe reads them).
    double duration() const;
    // A picture file (PNG, JPEG, …) rather than a video: image demuxers read stills.
    bool isStill() const;

    // Reads the next packet and decodes it; once the data ends (or cannot be read further), drains
    // the decoders. False when everything has been decoded or onFrame said stop.
    bool step(const FrameHandler &onFrame);

    double position() const { return m_position; } // seconds of the furthest packet read
    // Seconds where the last decoded frame of the video (or audio) ends; dataEnd() of both.
    double streamEnd(bool video) const;
    double dataEnd() const;

private:
    struct Decoder;

    bool decode(Decoder &decoder, const AVPacket *packet, double time, const FrameHandler &onFrame);
    void stamp(Decoder &decoder, AVFrame *frame) const;
    Decoder *decoderFor(int streamIndex);

    DecodeCheck *m_check;
    QString m_name;
    av::InputFormatPtr m_format;
    av::PacketPtr m_packet;
    av::FramePtr m_frame;
    std::unique_ptr<Decoder> m_video;
    std::unique_ptr<Decoder> m_audio;
    int64_t m_origin = 0; // the file's start, AV_TIME_BASE units
    double m_position = 0;
    bool m_ended = false;
};

} // namespace mt::analysis
