// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "asset.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

// How one clip hands over to the next. A crossfade overlaps the two clips by its duration (the
// film gets shorter by it); a dip to black fades the first out over half the duration and the
// next in over the other half, without overlap.
enum class Transition { Cut, Crossfade, DipToBlack };

QString transitionName(Transition transition); // "cut", "crossfade", "dip-to-black"
std::optional<Transition> transitionFromName(const QString &name);

// A stretch of an asset on the main video track. in/out are seconds of the asset's own timeline;
// no out means the asset's end. A still has no in/out but a duration. The transition is the one
// to the next clip.
struct Clip
{
    qint64 id = 0;
    qint64 projectId = 0;
    int position = 0; // 0-based order on the track
    qint64 assetId = 0;
    double in = 0;
    std::optional<double> out;
    double volume = 1; // 0..4 (1: as recorded)
    std::optional<double> stillDuration;
    Transition transition = Transition::Cut;
    double transitionDuration = 0;

    bool operator==(const Clip &other) const = default;
    QJsonObject toJson() const;
};

enum class AudioRole { Music, Voice };

QString audioRoleName(AudioRole role); // "music", "voice"

// A sound laid under the picture: music or voice, from `start` seconds of the film.
struct AudioClip
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 assetId = 0;
    AudioRole role = AudioRole::Music;
    int track = 0;
    double start = 0;
    double in = 0;
    std::optional<double> out;
    double volume = 1;
    double fadeIn = 0;
    double fadeOut = 0;

    bool operator==(const AudioClip &other) const = default;
    QJsonObject toJson() const;
};

// A project's timeline as stored, with the assets its clips use, and the arithmetic of where
// each clip plays. A plain value.
struct Timeline
{
    qint64 projectId = 0;
    QList<Clip> clips; // by position
    QList<AudioClip> audio;
    QHash<qint64, Asset> assets; // by id: every asset a clip or audio clip uses

    // Seconds the clip plays: its trimmed span, or a still's duration.
    double clipDuration(const Clip &clip) const;
    // How much the clip at `index` overlaps the next one (a crossfade's duration, else 0).
    double overlapAfter(int index) const;
    // The transition from the clip at `index` to the next as it plays: its set duration, no longer
    // than the clips allow (a trim may have shortened one since); 0 for a cut or the last clip.
    double transitionAfter(int index) const;
    // Where the clip at `index` starts on the film.
    double clipStart(int index) const;
    // What the film lasts: its picture. Sound laid under it stops where the picture ends.
    double duration() const;
    double audioDuration(const AudioClip &clip) const;

    int indexOf(qint64 clipId) const; // -1 when not on the timeline
    QJsonObject toJson() const;
};

} // namespace mt
