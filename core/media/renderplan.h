// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "export/exportpreset.h"

extern "C" {
#include <libavutil/rational.h>
}

#include <QList>
#include <QString>

namespace mt {

// One clip of the picture track as the full render plays it: `frames` output frames from `in`
// seconds of the source (a still: its one picture for that long), with its sound (silence when
// it has none) at `volume`. Dip-to-black halves fade the picture and sound out at its end and in
// at its start; `crossfadeFrames` overlap its end with the next clip's start.
struct RenderClip
{
    QString path;
    bool still = false;
    double in = 0;
    qint64 frames = 0;
    double volume = 1;
    qint64 fadeInFrames = 0;
    qint64 fadeOutFrames = 0;
    qint64 crossfadeFrames = 0;
};

// A sound laid under the picture: `duration` seconds from `in` of the file, starting `start`
// seconds into the film, with its volume and fades.
struct RenderSound
{
    QString path;
    double in = 0;
    double duration = 0;
    double start = 0;
    double volume = 1;
    double fadeIn = 0;
    double fadeOut = 0;
};

// Everything the full render needs, as plain values for the worker thread.
struct RenderPlan
{
    ExportPreset preset;
    QString output;
    int width = 0;
    int height = 0;
    AVRational frameRate{30, 1};
    QList<RenderClip> clips;
    QList<RenderSound> sounds;

    // Frames of the film: the clips' frames less their crossfades' overlaps.
    qint64 totalFrames() const;
    double duration() const { return double(totalFrames()) / av_q2d(frameRate); }
    // The audio samples that play alongside `frames` frames.
    qint64 samplesFor(qint64 frames) const;

    static constexpr int SampleRate = 48000;
};

} // namespace mt
