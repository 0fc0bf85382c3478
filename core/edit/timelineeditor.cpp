// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelineeditor.h"

#include "storage/assetstore.h"
#include "storage/flagstore.h"

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

TimelineEditor::TimelineEditor(Database &db, EditHistory &history)
    : m_db(db)
    , m_history(history)
    , m_store(db)
{}

QString TimelineEditor::commandTitle(const QString &command)
{
    static const QHash<QString, const char *> titles{
            {u"add"_s, QT_TR_NOOP("Add clip")},
            {u"insert"_s, QT_TR_NOOP("Insert clip")},
            {u"move"_s, QT_TR_NOOP("Move clip")},
            {u"trim"_s, QT_TR_NOOP("Trim clip")},
            {u"split"_s, QT_TR_NOOP("Split clip")},
            {u"remove"_s, QT_TR_NOOP("Remove clip")},
            {u"replace"_s, QT_TR_NOOP("Replace clip")},
            {u"transition"_s, QT_TR_NOOP("Set transition")},
            {u"volume"_s, QT_TR_NOOP("Set volume")},
            {u"music"_s, QT_TR_NOOP("Add music")},
            {u"voice"_s, QT_TR_NOOP("Add voice")},
            {u"audio"_s, QT_TR_NOOP("Change sound")},
            {u"audio-remove"_s, QT_TR_NOOP("Remove sound")},
            {u"dismiss-flag"_s, QT_TR_NOOP("Dismiss flag")},
            {u"restore-flag"_s, QT_TR_NOOP("Restore flag")},
    };
    const auto title = titles.constFind(command);
    return title == titles.cend() ? command : tr(*title);
}

Result<Asset> TimelineEditor::assetOf(qint64 projectId, qint64 assetId) const
{
    Result<Asset> asset = AssetStore(m_db).get(assetId);
    if (!asset)
        return asset.error();
    if (asset->projectId != projectId) {
        return Error::refused(tr("Asset %1 belongs to another project. Import the file into this "
                                 "project first.")
                                      .arg(assetId));
    }
    return asset;
}

Status TimelineEditor::checkSpan(const Asset &asset, double in, std::optional<double> out) const
{
    const double length = asset.info.duration;
    if (in < 0 || in > length - MinClipDuration) {
        return Error::refused(tr("The in point %L1 s is outside “%2”, which lasts %L3 s. Choose an "
                                 "in point from 0 to a little before its end.")
                                      .arg(seconds(in), asset.originalName, seconds(length)));
    }
    if (out && (*out > length + 1e-6 || *out < in + MinClipDuration)) {
        return Error::refused(
                tr("The out point %L1 s must lie after the in point (%L2 s) and no "
                   "later than the end of “%3” (%L4 s).")
                        .arg(seconds(*out), seconds(in), asset.originalName, seconds(length)));
    }
    return {};
}

Result<Clip> TimelineEditor::recordClipEdit(qint64 projectId,
                                            const QString &command,
                                            const std::function<Result<qint64>()> &edit)
{
    qint64 clipId = 0;
    Result<EditEntry> entry = m_history.record(projectId, command, [&]() -> Status {
        Result<qint64> id = edit();
        if (!id)
            return id.error();
        clipId = *id;
        return {};
    });
    if (!entry)
        return entry.error();
    return m_store.clip(clipId);
}

Result<Clip> TimelineEditor::addClip(qint64 projectId, const ClipDraft &draft)
{
    Result<Asset> asset = assetOf(projectId, draft.assetId);
    if (!asset)
        return asset.error();
    Result<int> count = m_store.clipCount(projectId);
    if (!count)
        return count.error();
    Clip clip;
    clip.projectId = projectId;
    clip.assetId = draft.assetId;
    clip.position = draft.position.value_or(*count);
    if (clip.position < 0 || clip.position > *count) {
        return Error::refused(tr("Position %1 is not on the timeline; it has %n clip(s), so "
                                 "choose 0 to %n.",
                                 nullptr,
                                 *count)
                                      .arg(clip.position));
    }
    switch (asset->kind) {
    case MediaKind::Audio:
        return Error::refused(tr("“%1” is only sound. Lay it under the picture as music or voice "
                                 "instead.")
                                      .arg(asset->originalName));
    case MediaKind::Image: {
        if (draft.in || draft.out) {
            return Error::refused(
                    tr("A still has no in and out points; give the seconds it shows instead."));
        }
        const double duration = draft.duration.value_or(DefaultStillDuration);
        if (duration < MinClipDuration || duration > 3600) {
            return Error::refused(tr("A still shows for %L1 s to an hour, not %L2 s.")
                                          .arg(seconds(MinClipDuration), seconds(duration)));
        }
        clip.stillDuration = duration;
        break;
    }
    case MediaKind::Video:
        if (draft.duration) {
            return Error::refused(tr("A video clip is as long as its in and out points make it; "
                                     "give those instead of a duration."));
        }
        clip.in = draft.in.value_or(0);
        clip.out = draft.out;
        if (Status span = checkSpan(*asset, clip.in, clip.out); !span)
            return span.error();
        break;
    }
    const QString command = clip.position < *count ? u"insert"_s : u"add"_s;
    return recordClipEdit(projectId, command, [&] { return m_store.insertClip(clip); });
}

Result<Clip> TimelineEditor::moveClip(qint64 clipId, int position)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Result<int> count = m_store.clipCount(clip->projectId);
    if (!count)
        return count.error();
    if (position < 0 || position >= *count) {
        return Error::refused(tr("Position %1 is not on the timeline; choose 0 to %2.")
                                      .arg(position)
                                      .arg(*count - 1));
    }
    return recordClipEdit(clip->projectId, u"move"_s, [&]() -> Result<qint64> {
        if (Status moved = m_store.moveClip(clipId, position); !moved)
            return moved.error();
        return clipId;
    });
}

Result<Clip> TimelineEditor::trimClip(qint64 clipId,
                                      std::optional<double> in,
                                      std::optional<double> out,
                                      std::optional<double> stillDuration)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Result<Asset> asset = assetOf(clip->projectId, clip->assetId);
    if (!asset)
        return asset.error();
    Clip trimmed = *clip;
    if (clip->stillDuration) {
        if (in || out) {
            return Error::refused(
                    tr("A still has no in and out points; give the seconds it shows instead."));
        }
        if (!stillDuration || *stillDuration < MinClipDuration || *stillDuration > 3600) {
            return Error::refused(tr("Give the seconds the still shows, from %1 to 3600.")
                                          .arg(seconds(MinClipDuration)));
        }
        trimmed.stillDuration = stillDuration;
    } else {
        if (stillDuration) {
            return Error::refused(tr("A video clip is as long as its in and out points make it; "
                                     "give those instead of a duration."));
        }
        trimmed.in = in.value_or(clip->in);
        if (out)
            trimmed.out = out;
        if (Status span = checkSpan(*asset, trimmed.in, trimmed.out); !span)
            return span.error();
    }
    return recordClipEdit(clip->projectId, u"trim"_s, [&]() -> Result<qint64> {
        if (Status updated = m_store.updateClip(trimmed); !updated)
            return updated.error();
        return clipId;
    });
}

Result<Clip> TimelineEditor::splitClip(qint64 clipId, double at)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Result<Asset> asset = assetOf(clip->projectId, clip->assetId);
    if (!asset)
        return asset.error();
    const double length = clip->stillDuration ? *clip->stillDuration
                                              : clip->out.value_or(asset->info.duration) - clip->in;
    if (at < MinClipDuration || at > length - MinClipDuration) {
        return Error::refused(
                tr("A split at %L1 s would leave an empty part; the clip lasts %L2 s, "
                   "so split between %L3 s and %L4 s.")
                        .arg(seconds(at),
                             seconds(length),
                             seconds(MinClipDuration),
                             seconds(length - MinClipDuration)));
    }
    Clip first = *clip;
    Clip second = *clip;
    second.position = clip->position + 1;
    first.transition = Transition::Cut;
    first.transitionDuration = 0;
    if (clip->stillDuration) {
        first.stillDuration = at;
        second.stillDuration = length - at;
    } else {
        first.out = clip->in + at;
        second.in = clip->in + at;
    }
    return recordClipEdit(clip->projectId, u"split"_s, [&]() -> Result<qint64> {
        if (Status updated = m_store.updateClip(first); !updated)
            return updated.error();
        return m_store.insertClip(second);
    });
}

Status TimelineEditor::removeClip(qint64 clipId)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Result<EditEntry> entry = m_history.record(clip->projectId, u"remove"_s, [&] {
        return m_store.removeClip(clipId);
    });
    if (!entry)
        return entry.error();
    return {};
}

Result<Clip> TimelineEditor::replaceAsset(qint64 clipId, qint64 assetId)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    if (clip->assetId == assetId)
        return Error::refused(tr("Clip %1 already shows asset %2.").arg(clipId).arg(assetId));
    Result<Asset> asset = assetOf(clip->projectId, assetId);
    if (!asset)
        return asset.error();
    Result<Asset> previous = assetOf(clip->projectId, clip->assetId);
    if (!previous)
        return previous.error();
    if (asset->kind == MediaKind::Audio) {
        return Error::refused(
                tr("“%1” is only sound; a clip needs a picture.").arg(asset->originalName));
    }
    const double length = clip->stillDuration
                                  ? *clip->stillDuration
                                  : clip->out.value_or(previous->info.duration) - clip->in;
    Clip replaced = *clip;
    replaced.assetId = assetId;
    if (asset->kind == MediaKind::Image) {
        replaced.in = 0;
        replaced.out.reset();
        replaced.stillDuration = length;
    } else {
        const double available = asset->info.duration;
        replaced.stillDuration.reset();
        if (clip->stillDuration) {
            replaced.in = 0;
            replaced.out = std::min(length, available);
        } else if (replaced.in > available - MinClipDuration) {
            replaced.in = 0;
            replaced.out = std::min(length, available);
        }
        if (replaced.out && *replaced.out > available)
            replaced.out = available;
        if (replaced.out && *replaced.out >= available - 1e-6)
            replaced.out.reset(); // to the end: the whole take, as it was
    }
    return recordClipEdit(clip->projectId, u"replace"_s, [&]() -> Result<qint64> {
        for (const Status &status : {m_store.updateClip(replaced),
                                     m_store.addTake(clipId, clip->assetId),
                                     m_store.removeTake(clipId, assetId)}) {
            if (!status)
                return status.error();
        }
        return clipId;
    });
}

Result<Clip> TimelineEditor::setTransition(qint64 clipId, Transition transition, double duration)
{
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Clip changed = *clip;
    changed.transition = transition;
    changed.transitionDuration = transition == Transition::Cut ? 0 : duration;
    if (transition != Transition::Cut) {
        Result<Timeline> timeline = m_store.load(clip->projectId);
        if (!timeline)
            return timeline.error();
        const int index = timeline->indexOf(clipId);
        if (index + 1 >= timeline->clips.size()) {
            return Error::refused(tr("Clip %1 is the last one; a transition goes between a clip "
                                     "and the next.")
                                          .arg(clipId));
        }
        const double shorter = std::min(timeline->clipDuration(timeline->clips[index]),
                                        timeline->clipDuration(timeline->clips[index + 1]));
        const double longest = std::min(MaxTransitionDuration, shorter);
        if (duration <= 0 || duration > longest + 1e-9) {
            return Error::refused(tr("A transition here lasts more than 0 and at most %L1 s (as "
                                     "long as the shorter of the two clips, up to %L2 s), not "
                                     "%L3 s.")
                                          .arg(seconds(longest),
                                               seconds(MaxTransitionDuration),
                                               seconds(duration)));
        }
    }
    return recordClipEdit(clip->projectId, u"transition"_s, [&]() -> Result<qint64> {
        if (Status updated = m_store.updateClip(changed); !updated)
            return updated.error();
        return clipId;
    });
}

Result<Clip> TimelineEditor::setVolume(qint64 clipId, double volume)
{
    if (!(volume >= 0 && volume <= MaxVolume)) {
        return Error::refused(tr("The volume is from 0 (silent) to %1 (four times as loud); 1 is "
                                 "as recorded.")
                                      .arg(MaxVolume));
    }
    Result<Clip> clip = m_store.clip(clipId);
    if (!clip)
        return clip.error();
    Clip changed = *clip;
    changed.volume = volume;
    return recordClipEdit(clip->projectId, u"volume"_s, [&]() -> Result<qint64> {
        if (Status updated = m_store.updateClip(changed); !updated)
            return updated.error();
        return clipId;
    });
}

Result<AssetFlag> TimelineEditor::setFlagDismissed(qint64 flagId, bool dismissed)
{
    FlagStore flags(m_db);
    Result<AssetFlag> flag = flags.flag(flagId);
    if (!flag)
        return flag;
    if (flag->dismissed == dismissed)
        return flag;
    Result<Asset> asset = AssetStore(m_db).get(flag->assetId);
    if (!asset)
        return asset.error();
    Result<EditEntry> entry = m_history.record(asset->projectId,
                                               dismissed ? u"dismiss-flag"_s : u"restore-flag"_s,
                                               [&]() -> Status {
                                                   Result<AssetFlag> changed
                                                           = flags.setDismissed(flagId, dismissed);
                                                   if (!changed)
                                                       return changed.error();
                                                   return {};
                                               });
    if (!entry)
        return entry.error();
    return flags.flag(flagId);
}

} // namespace mt
