// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

extern "C" {
#include <libavutil/rational.h>
}

#include <QSize>
#include <QString>

// The libavfilter chains that conform one source to an output's format, as text for
// FilterGraph: picture turned upright, fitted keeping its aspect, padded, square pixels, the
// encoder's pixel format and a constant frame rate; sound resampled to the output's rate and
// layout, following its timestamps. Pure arithmetic and text; internal to core/media.
namespace mt::conform {

// A decoded picture as stored, with what a player does to show it.
struct Picture
{
    int width = 0;
    int height = 0;
    AVRational sampleAspect{1, 1}; // 0/1 or 0/0 count as square
    int rotation = 0;              // clockwise degrees: 0, 90, 180, 270
    AVRational frameRate{0, 1};    // nominal; 0 unknown (or a still)
    bool fullRange = false;        // YUV levels 0–255 (JPEG, phones) instead of 16–235
};

struct VideoFormat
{
    int width = 0;
    int height = 0;
    AVRational frameRate{0, 1}; // 0: no rate conversion (stills, single frames)
    QString pixelFormat;        // libav name
    bool palette = false;       // GIF: a palette made from the picture
    bool fromStart = true;      // the chain starts at the source's start (0), not mid-way
};

// The size `picture` takes when shown upright with its aspect kept inside box, rounded to the
// chroma alignment of pixelFormat (even for 4:2:0), never larger than the box nor below one
// alignment unit.
QSize fittedSize(const Picture &picture, QSize box, const QString &pixelFormat);

// The displayed aspect ratio of the upright picture, width over height.
double displayAspect(const Picture &picture);

QString videoChain(const Picture &source, const VideoFormat &target);

// aresample to `sampleRate` (filling gaps and trimming overlaps by timestamp, from 0 when
// fromStart) and aformat to the encoder's sample format and channel layout.
QString audioChain(int sampleRate,
                   const QString &sampleFormat,
                   const QString &channelLayout,
                   bool fromStart = true);

} // namespace mt::conform
