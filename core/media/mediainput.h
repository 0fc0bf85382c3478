// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace mt {

// An opened source file for packet work (copy, cut, re-encode): the demuxer, its default video
// and audio streams, and the name to put in messages. Reads only the header (no
// avformat_find_stream_info) unless a stream's parameters are missing from it, so opening a
// dozen MP4 files for a stream copy costs next to nothing. Owned by one operation, one thread.
class MediaInput
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaInput)

public:
    // cancel: polled by libav's interrupt callback; must outlive the input (may be null).
    static Result<MediaInput> open(const QString &path, const std::atomic<bool> *cancel = nullptr);

    AVFormatContext *format() const { return m_format.get(); }
    AVStream *video() const { return m_video; }
    AVStream *audio() const { return m_audio; }
    QString path() const { return m_path; }
    QString name() const { return m_name; }

    // Seconds of the file's longest stream (the container's duration).
    double duration() const;
    // Where the video's timeline starts, in seconds (its first frame's pts, usually 0): times a
    // person gives ("from 1.5 s") count from there, as in players and the ffmpeg CLI.
    double startTime() const { return m_startTime; }

    // Whether the container is MP4/MOV (ISO media), where parameter sets live in the sample entry.
    bool isIsoMedia() const;

private:
    QString m_path;
    QString m_name;
    av::InputFormatPtr m_format;
    AVStream *m_video = nullptr;
    AVStream *m_audio = nullptr;
    double m_startTime = 0;
};

// A timestamp in seconds of a stream's time base, and back (rounded to the nearest tick).
double toSeconds(qint64 ts, AVRational timeBase);
qint64 toTicks(double seconds, AVRational timeBase);

} // namespace mt
