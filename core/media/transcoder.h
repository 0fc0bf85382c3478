// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"
#include "export/exportpreset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mt {

class JobContext;

// One input of a transcode, played whole.
struct TranscodeSource
{
    static constexpr double DefaultStillDuration = 3.0;

    QString path;
    double stillDuration = DefaultStillDuration; // seconds a still picture is held
};

// What to write: the sources one after the other, conformed to one format.
struct TranscodeRequest
{
    QList<TranscodeSource> sources;
    QString output;
    ExportPreset preset;
    int width = 0; // 0: from the first picture (and the other side from its aspect)
    int height = 0;
    Rational frameRate{0, 1}; // 0: the first video's nominal rate (30 if only stills)
};

// What was written, read from the encoders' counts.
struct TranscodeResult
{
    QString output;
    QString preset;
    double duration = 0; // seconds
    qint64 frames = 0;   // video frames written
    int width = 0;       // 0 without picture
    int height = 0;
    Rational frameRate{0, 1};
    bool hasAudio = false;
    qint64 size = 0; // bytes

    QJsonObject toJson() const;
};

// Re-encodes sources into one file with an export preset: each is decoded (threaded), conformed by
// a libavfilter graph (turned upright, fitted and padded to the output size with square pixels,
// constant frame rate by timestamps; sound resampled to the preset's rate and layout), and
// encoded into one continuous stream per kind. A source without sound gets silence for its
// length, a still is held for its duration, so picture and sound stay in step across every seam.
// convert is a request with one source; merge (the re-encoding path) one with several.
//
// Everything is checked before anything is written (Refused: unknown or unreadable input, a
// preset this FFmpeg cannot encode, sizes out of range, a picture preset given only sound); the
// file is written through OutputFile, so cancelling, a codec failure or a full disk leaves nothing.
// Progress is the output's timestamp over the expected duration. Reentrant; runs on the calling
// (worker) thread.
class Transcoder
{
public:
    static Result<TranscodeResult> run(const TranscodeRequest &request, JobContext &job);
};

} // namespace mt
