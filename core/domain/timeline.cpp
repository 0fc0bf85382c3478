// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timeline.h"

#include <QJsonArray>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

QString transitionName(Transition transition)
{
    switch (transition) {
    case Transition::Cut:
        return u"cut"_s;
    case Transition::Crossfade:
        return u"crossfade"_s;
    case Transition::DipToBlack:
        return u"dip-to-black"_s;
    }
    return {};
}

std::optional<Transition> transitionFromName(const QString &name)
{
    for (Transition transition : {Transition::Cut, Transition::Crossfade, Transition::DipToBlack}) {
        if (transitionName(transition) == name)
            return transition;
    }
    return std::nullopt;
}

QString audioRoleName(AudioRole role)
{
    return role == AudioRole::Music ? u"music"_s : u"voice"_s;
}

static QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject Clip::toJson() const
{
    return {{u"id"_s, id},
            {u"position"_s, position},
            {u"asset"_s, assetId},
            {u"in"_s, in},
            {u"out"_s, optionalJson(out)},
            {u"volume"_s, volume},
            {u"stillDuration"_s, optionalJson(stillDuration)},
            {u"transition"_s, transitionName(transition)},
            {u"transitionDuration"_s, transitionDuration}};
}

QJsonObject AudioClip::toJson() const
{
    return {{u"id"_s, id},
            {u"asset"_s, assetId},
            {u"role"_s, audioRoleName(role)},
            {u"track"_s, track},
            {u"start"_s, start},
            {u"in"_s, in},
            {u"out"_s, optionalJson(out)},
            {u"volume"_s, volume},
            {u"fadeIn"_s, fadeIn},
            {u"fadeOut"_s, fadeOut}};
}

double Timeline::clipDuration(const Clip &clip) const
{
    if (clip.stillDuration)
        return *clip.stillDuration;
    const auto asset = assets.constFind(clip.assetId);
    const double end = clip.out.value_or(asset == assets.cend() ? clip.in : asset->info.duration);
    return std::max(0.0, end - clip.in);
}

double Timeline::overlapAfter(int index) const
{
    if (index < 0 || index + 1 >= clips.size())
        return 0;
    const Clip &clip = clips[index];
    if (clip.transition != Transition::Crossfade)
        return 0;
    // Set no longer than either clip; a later trim may have made one shorter since.
    return std::min({clip.transitionDuration, clipDuration(clip), clipDuration(clips[index + 1])});
}

double Timeline::transitionAfter(int index) const
{
    if (index < 0 || index + 1 >= clips.size())
        return 0;
    switch (clips[index].transition) {
    case Transition::Cut:
        return 0;
    case Transition::Crossfade:
        return overlapAfter(index);
    case Transition::DipToBlack:
        // Half fades the clip out, half the next one in.
        return std::min({clips[index].transitionDuration,
                         2 * clipDuration(clips[index]),
                         2 * clipDuration(clips[index + 1])});
    }
    return 0;
}

double Timeline::clipStart(int index) const
{
    double start = 0;
    for (int i = 0; i < index && i < clips.size(); ++i)
        start += clipDuration(clips[i]) - overlapAfter(i);
    return start;
}

double Timeline::duration() const
{
    return clips.isEmpty() ? 0 : clipStart(int(clips.size()) - 1) + clipDuration(clips.last());
}

double Timeline::audioDuration(const AudioClip &clip) const
{
    const auto asset = assets.constFind(clip.assetId);
    const double end = clip.out.value_or(asset == assets.cend() ? clip.in : asset->info.duration);
    return std::max(0.0, end - clip.in);
}

int Timeline::indexOf(qint64 clipId) const
{
    for (int i = 0; i < clips.size(); ++i) {
        if (clips[i].id == clipId)
            return i;
    }
    return -1;
}

QJsonObject Timeline::toJson() const
{
    QJsonArray clipArray;
    for (int i = 0; i < clips.size(); ++i) {
        QJsonObject json = clips[i].toJson();
        json.insert(u"start"_s, clipStart(i));
        json.insert(u"duration"_s, clipDuration(clips[i]));
        const auto asset = assets.constFind(clips[i].assetId);
        if (asset != assets.cend()) {
            json.insert(u"assetName"_s, asset->originalName);
            json.insert(u"kind"_s, mediaKindName(asset->kind));
        }
        clipArray.append(json);
    }
    QJsonArray audioArray;
    for (const AudioClip &clip : audio) {
        QJsonObject json = clip.toJson();
        json.insert(u"duration"_s, audioDuration(clip));
        audioArray.append(json);
    }
    return {{u"project"_s, projectId},
            {u"duration"_s, duration()},
            {u"clips"_s, clipArray},
            {u"audio"_s, audioArray}};
}

} // namespace mt
