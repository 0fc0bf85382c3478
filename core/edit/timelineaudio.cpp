// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelineEditor's edits of the sound under the picture: music and voice clips.
#include "timelineeditor.h"

namespace mt {

using namespace Qt::StringLiterals;

Status TimelineEditor::checkAudio(const Asset &asset, const AudioClip &clip) const
{
    if (!asset.info.hasAudio()) {
        return Error::refused(tr("“%1” has no sound. Choose an audio file or a video with sound.")
                                      .arg(asset.originalName));
    }
    if (Status span = checkSpan(asset, clip.in, clip.out); !span)
        return span;
    if (clip.start < 0)
        return Error::refused(tr("A sound starts at 0 s of the film or later."));
    if (!(clip.volume >= 0 && clip.volume <= MaxVolume)) {
        return Error::refused(tr("The volume is from 0 (silent) to %1 (four times as loud); 1 is "
                                 "as recorded.")
                                      .arg(MaxVolume));
    }
    const double length = clip.out.value_or(asset.info.duration) - clip.in;
    if (clip.fadeIn < 0 || clip.fadeOut < 0 || clip.fadeIn + clip.fadeOut > length + 1e-9) {
        return Error::refused(tr("The fades (%L1 s in, %L2 s out) must be 0 or more and fit in the "
                                 "sound's %L3 s together.")
                                      .arg(clip.fadeIn)
                                      .arg(clip.fadeOut)
                                      .arg(length, 0, 'f', 3));
    }
    return {};
}

static void applyDraft(const AudioDraft &draft, AudioClip *clip)
{
    clip->assetId = draft.assetId.value_or(clip->assetId);
    clip->role = draft.role.value_or(clip->role);
    clip->start = draft.start.value_or(clip->start);
    clip->in = draft.in.value_or(clip->in);
    if (draft.out)
        clip->out = draft.out;
    clip->volume = draft.volume.value_or(clip->volume);
    clip->fadeIn = draft.fadeIn.value_or(clip->fadeIn);
    clip->fadeOut = draft.fadeOut.value_or(clip->fadeOut);
}

Result<AudioClip> TimelineEditor::addAudio(qint64 projectId, const AudioDraft &draft)
{
    if (!draft.assetId)
        return Error::refused(tr("Name the sound's asset."));
    Result<Asset> asset = assetOf(projectId, *draft.assetId);
    if (!asset)
        return asset.error();
    AudioClip clip;
    clip.projectId = projectId;
    applyDraft(draft, &clip);
    if (Status checked = checkAudio(*asset, clip); !checked)
        return checked.error();
    qint64 id = 0;
    Result<EditEntry> entry = m_history.record(projectId, audioRoleName(clip.role), [&]() -> Status {
        Result<qint64> inserted = m_store.insertAudioClip(clip);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!entry)
        return entry.error();
    return m_store.audioClip(id);
}

Result<AudioClip> TimelineEditor::updateAudio(qint64 audioClipId, const AudioDraft &changes)
{
    Result<AudioClip> clip = m_store.audioClip(audioClipId);
    if (!clip)
        return clip.error();
    AudioClip changed = *clip;
    applyDraft(changes, &changed);
    Result<Asset> asset = assetOf(clip->projectId, changed.assetId);
    if (!asset)
        return asset.error();
    if (Status checked = checkAudio(*asset, changed); !checked)
        return checked.error();
    Result<EditEntry> entry = m_history.record(clip->projectId, u"audio"_s, [&] {
        return m_store.updateAudioClip(changed);
    });
    if (!entry)
        return entry.error();
    return m_store.audioClip(audioClipId);
}

Status TimelineEditor::removeAudio(qint64 audioClipId)
{
    Result<AudioClip> clip = m_store.audioClip(audioClipId);
    if (!clip)
        return clip.error();
    Result<EditEntry> entry = m_history.record(clip->projectId, u"audio-remove"_s, [&] {
        return m_store.removeAudioClip(audioClipId);
    });
    if (!entry)
        return entry.error();
    return {};
}

} // namespace mt
