// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "playbacksequence.h"

#include <QDir>

#include <algorithm>

namespace mt {

namespace {
// A player's position is in milliseconds and its last frame may end a little short of the out
// point: closer than this counts as there.
constexpr double OutTolerance = 0.02;
} // namespace

PlaybackSequence::PlaybackSequence(const Timeline &timeline, const QString &libraryRoot)
{
    const QDir root(libraryRoot);
    for (int i = 0; i < timeline.clips.size(); ++i) {
        const Clip &clip = timeline.clips[i];
        const auto asset = timeline.assets.constFind(clip.assetId);
        if (asset == timeline.assets.cend())
            continue; // the store loads every used asset; a missing one has nothing to play
        PlaybackStep step;
        step.clipId = clip.id;
        step.assetId = clip.assetId;
        step.path = root.filePath(asset->relativePath);
        step.kind = asset->kind;
        step.volume = clip.volume;
        step.filmStart = timeline.clipStart(i);
        // Played up to where the next clip starts: a crossfade's overlap becomes a cut.
        const double plays = timeline.clipDuration(clip) - timeline.overlapAfter(i);
        step.in = step.isStill() ? 0 : clip.in;
        step.out = step.in + std::max(0.0, plays);
        if (step.duration() > 0)
            m_steps.append(step);
    }
}

PlaybackSequence::Cue PlaybackSequence::cueAt(double seconds) const
{
    if (m_steps.isEmpty() || seconds >= duration())
        return {};
    if (seconds <= m_steps.first().filmStart)
        return {0, m_steps.first().in};
    // The last step that starts at or before `seconds`.
    const auto after = std::upper_bound(m_steps.cbegin(),
                                        m_steps.cend(),
                                        seconds,
                                        [](double time, const PlaybackStep &step) {
                                            return time < step.filmStart;
                                        });
    const int index = int(std::distance(m_steps.cbegin(), after)) - 1;
    const PlaybackStep &step = m_steps[index];
    return {index, step.in + std::min(seconds - step.filmStart, step.duration())};
}

double PlaybackSequence::filmTime(int step, double position) const
{
    if (step < 0 || step >= m_steps.size())
        return duration();
    const PlaybackStep &at = m_steps[step];
    return at.filmStart + std::clamp(position - at.in, 0.0, at.duration());
}

bool PlaybackSequence::isPastOut(int step, double position) const
{
    if (step < 0 || step >= m_steps.size())
        return true;
    return position >= m_steps[step].out - OutTolerance;
}

} // namespace mt
