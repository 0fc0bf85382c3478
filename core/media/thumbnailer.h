// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

class JobContext;

// A poster frame as written: a JPEG `width`×`height` showing the picture at `at` seconds.
struct Thumbnail
{
    QString path;
    int width = 0;
    int height = 0;
    double at = 0;       // seconds from the file's start of the picture shown; 0 for a still
    bool cached = false; // found in a ThumbnailCache, not made now

    QJsonObject toJson() const; // {path, width, height, at, cached}
};

// A filmstrip as written: `times.size()` tiles of tileWidth×tileHeight side by side in one JPEG,
// tile i showing the picture at times[i] seconds.
struct Filmstrip
{
    QString path;
    int tileWidth = 0;
    int tileHeight = 0;
    QList<double> times;
    bool cached = false;

    QJsonObject toJson() const; // {path, width, height, tileWidth, tileHeight, tiles, times, cached}
};

// Pictures of media files for the media bin and the timeline, decoded in-process with libav:
// the poster frame of a video (or the image of a still, or an audio file's cover) and a
// filmstrip of pictures across a clip, shown as a player shows them (pixel aspect and rotation
// applied) and written as JPEG through OutputFile, so that a failure or a cancel leaves nothing.
// What each file shows (its time, its tiles' times) is kept in the JPEG's comment, where
// readPoster() and readFilmstrip() find it without decoding the picture.
//
// Stateless and reentrant: each call has its own libav objects; call from any thread (jobs do,
// several at once). Cancellation is checked per packet and stops blocking reads.
class Thumbnailer
{
    Q_DECLARE_TR_FUNCTIONS(mt::Thumbnailer)

public:
    static constexpr int MaxWidth = 4096;
    static constexpr int MaxTiles = 200;
    static constexpr int MaxJpegSide = 65500; // what JPEG can hold

    struct PosterOptions
    {
        std::optional<double> at; // seconds from the file's start; default defaultPosterTime(),
                                  // clamped into the clip
        int width = 320;          // the height follows the displayed aspect
        int quality = 85;         // JPEG, 1..100
        // Decoder threads. Frame threading did not pay for a poster even alone on 2 cores: it
        // delays every picture by a frame per thread, and a poster decodes a few dozen.
        int threads = 1;
    };

    struct FilmstripOptions
    {
        int tiles = 10;
        int height = 90;            // of each tile; the width follows the displayed aspect
        std::optional<double> from; // the part of the clip to show; default all of it
        std::optional<double> to;
        int quality = 80;
        int threads = 1;
    };

    // Writes `output` (a JPEG) showing `input` at the time asked for. No progress is reported:
    // it takes a fraction of a second.
    static Result<Thumbnail> poster(const QString &input,
                                    const QString &output,
                                    const PosterOptions &options,
                                    JobContext &context);

    // Writes `output` (one JPEG strip) showing `input` at `tiles` times spread evenly over the
    // clip or [from, to]: the middles of equal parts, so that the strip stands for the clip.
    static Result<Filmstrip> filmstrip(const QString &input,
                                       const QString &output,
                                       const FilmstripOptions &options,
                                       JobContext &context);

    // What a file written by poster() or filmstrip() shows; refused for other files.
    static Result<Thumbnail> readPoster(const QString &path);
    static Result<Filmstrip> readFilmstrip(const QString &path);

    // 1 s in, away from fades at the start, or 10 % of a clip shorter than 10 s.
    static double defaultPosterTime(double duration);
};

} // namespace mt
