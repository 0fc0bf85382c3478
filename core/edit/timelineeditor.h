// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/assetflag.h"
#include "domain/error.h"
#include "domain/timeline.h"
#include "edit/edithistory.h"
#include "storage/timelinestore.h"

#include <QCoreApplication>

#include <optional>

namespace mt {

class Database;

// A new clip: which asset, where, and which part of it.
struct ClipDraft
{
    qint64 assetId = 0;
    std::optional<int> position{};    // default: after the last clip
    std::optional<double> in{};       // videos: default 0
    std::optional<double> out{};      // videos: default the asset's end
    std::optional<double> duration{}; // stills: default DefaultStillDuration
};

// A new sound under the picture, or the changes to one (every field given replaces the stored).
struct AudioDraft
{
    std::optional<qint64> assetId{};
    std::optional<AudioRole> role{};
    std::optional<double> start{};
    std::optional<double> in{};
    std::optional<double> out{};
    std::optional<double> volume{};
    std::optional<double> fadeIn{};
    std::optional<double> fadeOut{};
};

// Every edit of a project's timeline, checked before anything is written (Error::refused with
// what to do instead) and recorded in the EditHistory as one transaction, so it can be undone
// and redone, from the editor or the CLI, also after a restart. Clip times are seconds; a clip's
// in/out are of its asset's own timeline, `at` of a split is from the clip's start as it plays.
// Main thread.
class TimelineEditor
{
    Q_DECLARE_TR_FUNCTIONS(mt::TimelineEditor)

public:
    static constexpr double DefaultStillDuration = 3.0;
    static constexpr double MinClipDuration = 0.04; // a frame at 25 fps
    static constexpr double MaxTransitionDuration = 10;
    static constexpr double MaxVolume = 4;

    TimelineEditor(Database &db, EditHistory &history);

    const TimelineStore &store() const { return m_store; }
    EditHistory &history() { return m_history; }

    // add (at the end) or insert (at a position).
    Result<Clip> addClip(qint64 projectId, const ClipDraft &draft);
    Result<Clip> moveClip(qint64 clipId, int position);
    // New in/out of a video clip (either may be left as it is), or a still's new duration.
    Result<Clip> trimClip(qint64 clipId,
                          std::optional<double> in,
                          std::optional<double> out,
                          std::optional<double> stillDuration = std::nullopt);
    // Cuts the clip in two at `at` seconds into it; returns the second part. The transition to
    // the next clip stays at the end, with the second part.
    Result<Clip> splitClip(qint64 clipId, double at);
    // Removes the clip; the later clips move up (ripple).
    Status removeClip(qint64 clipId);
    // Puts another asset in the clip's place, keeping position, trims (shortened when the new
    // asset is shorter), volume and transition; the asset it had is kept as an alternate take.
    Result<Clip> replaceAsset(qint64 clipId, qint64 assetId);
    Result<Clip> setTransition(qint64 clipId, Transition transition, double duration);
    Result<Clip> setVolume(qint64 clipId, double volume);

    Result<AudioClip> addAudio(qint64 projectId, const AudioDraft &draft);
    Result<AudioClip> updateAudio(qint64 audioClipId, const AudioDraft &changes);
    Status removeAudio(qint64 audioClipId);

    // Dismisses a take-review flag of an asset, or restores it ("dismiss-flag"/"restore-flag",
    // recorded in the history of the asset's project). A flag already in that state is returned
    // as it is and nothing is recorded.
    Result<AssetFlag> setFlagDismissed(qint64 flagId, bool dismissed);

    Result<EditEntry> undo(qint64 projectId) { return m_history.undo(projectId); }
    Result<EditEntry> redo(qint64 projectId) { return m_history.redo(projectId); }

    // For people: what an entry's command did ("Add clip"), translated.
    static QString commandTitle(const QString &command);

private:
    Result<Asset> assetOf(qint64 projectId, qint64 assetId) const;
    Status checkSpan(const Asset &asset, double in, std::optional<double> out) const;
    Status checkAudio(const Asset &asset, const AudioClip &clip) const;
    // Runs `edit` recorded as `command`; then reads the clip back.
    Result<Clip> recordClipEdit(qint64 projectId,
                                const QString &command,
                                const std::function<Result<qint64>()> &edit);

    Database &m_db;
    EditHistory &m_history;
    TimelineStore m_store;
};

} // namespace mt
