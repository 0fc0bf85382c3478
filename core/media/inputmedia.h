// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"
#include "media/decoder.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace mt {

// One media file opened to be read from start to end: its container, and decoders for the
// picture and the sound that MediaProbe describes (the default streams, never cover art).
// Blocking reads stop when `cancel` is set. Internal to core/media: a scope object of one
// operation, on its thread.
class InputMedia
{
    Q_DECLARE_TR_FUNCTIONS(mt::InputMedia)

public:
    struct Streams
    {
        bool video = true;
        bool audio = true;
    };

    // Refused when the file cannot be opened or read as media; Failed when a decoder will not
    // open. A wanted stream the file lacks is simply absent.
    Status open(const QString &path, Streams wanted, const std::atomic<bool> &cancel);

    QString name() const { return m_name; } // quoted file name for messages
    AVFormatContext *format() const { return m_format.get(); }
    AVStream *videoStream() const { return m_video; }
    AVStream *audioStream() const { return m_audio; }
    Decoder &videoDecoder() { return m_videoDecoder; }
    Decoder &audioDecoder() { return m_audioDecoder; }
    int rotation() const { return m_rotation; } // clockwise degrees a player turns the picture

    // Where the presentation starts, in `stream`'s time base: its first timestamp as the
    // container announces it (the edit list applied), else the file's, else 0.
    qint64 startTime(const AVStream *stream) const;

    // av_read_frame: 0, AVERROR_EOF at the end, AVERROR_EXIT when cancelled, or an error.
    int read(AVPacket *packet) { return av_read_frame(m_format.get(), packet); }

private:
    QString m_name;
    av::InputFormatPtr m_format;
    AVStream *m_video = nullptr;
    AVStream *m_audio = nullptr;
    Decoder m_videoDecoder;
    Decoder m_audioDecoder;
    int m_rotation = 0;
};

} // namespace mt
