// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <vector>

namespace mt {

// The muxer of a cut, copy or re-encode: one output file (normally an OutputFile's temporary
// path; the format is guessed from its extension), streams added from a source stream or an
// encoder, packets written interleaved with their timestamps moved to the output's time base.
// Each stream's decode timestamps must strictly increase; a packet that breaks this is refused
// with a reason instead of being handed to the muxer (which would log and write a broken file).
// Owned by one operation, one thread.
class MediaWriter
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaWriter)

public:
    MediaWriter() = default;
    MediaWriter(MediaWriter &&) = default;
    MediaWriter &operator=(MediaWriter &&) = default;

    // shownAs: the name messages give (the target, not the hidden temporary file written).
    static Result<MediaWriter> open(const QString &path,
                                    const QString &shownAs,
                                    const std::atomic<bool> *cancel = nullptr);

    // A stream with `source`'s codec parameters (packets are copied, or come from an encoder that
    // makes the same parameter sets) and its display matrix (a phone clip stays upright).
    // timeBase: the time base the packets given to write() use. Returns the stream's index.
    int addStream(const AVStream *source, AVRational timeBase);
    // A stream for an encoder's packets.
    int addStream(const AVCodecContext *encoder, const AVStream *sideDataFrom = nullptr);

    Status begin(); // writes the header
    // Writes (and takes) the packet of `stream`, its timestamps in that stream's time base as
    // given to addStream().
    Status write(AVPacket *packet, int stream);
    Status finish(); // writes the trailer and closes the file

    AVFormatContext *format() const { return m_format.get(); }
    qint64 lastDts(int stream) const { return m_streams[size_t(stream)].lastDts; }

private:
    struct StreamState
    {
        AVRational timeBase{1, 1};
        qint64 lastDts = AV_NOPTS_VALUE;
    };
    AVStream *newStream(const AVStream *sideDataFrom);
    Error failure(int code) const;

    QString m_shownAs;
    av::OutputFormatPtr m_format;
    std::vector<StreamState> m_streams;
};

} // namespace mt
