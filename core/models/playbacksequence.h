// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/timeline.h"

#include <QList>
#include <QString>

namespace mt {

// One clip of the timeline as the preview plays it: which file, from where to where in it, and
// where that stretch sits on the film.
struct PlaybackStep
{
    qint64 clipId = 0;
    qint64 assetId = 0;
    QString path; // absolute path of the asset's file
    MediaKind kind = MediaKind::Video;
    double in = 0;        // seconds of the file where the step starts (0 for stills)
    double out = 0;       // where it ends (for stills: the still's duration)
    double filmStart = 0; // where the step starts on the film
    double volume = 1;

    bool isStill() const { return kind == MediaKind::Image; }
    double duration() const { return out - in; }
    double filmEnd() const { return filmStart + duration(); }
};

// How the preview plays a timeline without rendering it: clip after clip, each file loaded,
// sought to the clip's in point and left at its out point. A crossfade's overlap is cut at the
// start of the next clip (a straight cut in the preview; the export renders the real transition),
// so every clip starts where the timeline says and film positions agree with the timeline panel.
// This is the arithmetic of that sequence, without a player, so it is tested on its own.
//
// A plain value; main thread (built from a Timeline loaded there).
class PlaybackSequence
{
public:
    PlaybackSequence() = default;
    PlaybackSequence(const Timeline &timeline, const QString &libraryRoot);

    const QList<PlaybackStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    double duration() const { return m_steps.isEmpty() ? 0 : m_steps.last().filmEnd(); }

    // What plays at film time `seconds`: the step and the position in its file (in seconds).
    // Before the start: the first step at its in point; at or past the end: step -1.
    struct Cue
    {
        int step = -1;
        double position = 0;
    };
    Cue cueAt(double seconds) const;

    // The film time of a position in a step's file (clamped to the step).
    double filmTime(int step, double position) const;

    // Whether a player at `position` in the step's file has reached its out point; within
    // a frame's tolerance, because players report positions in whole milliseconds.
    bool isPastOut(int step, double position) const;

    // The step after `step`, -1 after the last.
    int next(int step) const { return step + 1 < m_steps.size() ? step + 1 : -1; }

private:
    QList<PlaybackStep> m_steps;
};

} // namespace mt
