// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationrequest.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

QString generationModeName(GenerationMode mode)
{
    switch (mode) {
    case GenerationMode::TextToVideo:
        return u"t2v"_s;
    case GenerationMode::ImageToVideo:
        return u"i2v"_s;
    case GenerationMode::SubjectToVideo:
        return u"s2v"_s;
    case GenerationMode::TextToImage:
        return u"t2i"_s;
    case GenerationMode::ImageToImage:
        return u"i2i"_s;
    }
    return {};
}

std::optional<GenerationMode> generationModeFromName(const QString &name)
{
    for (GenerationMode mode : {GenerationMode::TextToVideo,
                                GenerationMode::ImageToVideo,
                                GenerationMode::SubjectToVideo,
                                GenerationMode::TextToImage,
                                GenerationMode::ImageToImage}) {
        if (generationModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

bool isVideoMode(GenerationMode mode)
{
    return mode == GenerationMode::TextToVideo || mode == GenerationMode::ImageToVideo
           || mode == GenerationMode::SubjectToVideo;
}

const QStringList &cameraMoveNames()
{
    // MiniMax's fifteen Director commands, in the order their documentation groups them.
    static const QStringList names = {
            u"Truck left"_s,
            u"Truck right"_s,
            u"Pan left"_s,
            u"Pan right"_s,
            u"Push in"_s,
            u"Pull out"_s,
            u"Pedestal up"_s,
            u"Pedestal down"_s,
            u"Tilt up"_s,
            u"Tilt down"_s,
            u"Zoom in"_s,
            u"Zoom out"_s,
            u"Shake"_s,
            u"Tracking shot"_s,
            u"Static shot"_s,
    };
    return names;
}

std::optional<QString> canonicalCameraMove(const QString &name)
{
    QString spaced = name.trimmed();
    spaced.replace(u'-', u' ').replace(u'_', u' ');
    spaced = spaced.simplified();
    for (const QString &move : cameraMoveNames()) {
        if (move.compare(spaced, Qt::CaseInsensitive) == 0)
            return move;
    }
    return std::nullopt;
}

QJsonObject GenerationRequest::toJson() const
{
    QJsonObject json{
            {u"provider"_s, provider},
            {u"mode"_s, generationModeName(mode)},
            {u"model"_s, model},
            {u"prompt"_s, prompt},
            {u"camera_moves"_s, QJsonArray::fromStringList(cameraMoves)},
            {u"project_id"_s, projectId},
            {u"first_frame_asset_id"_s, firstFrameAssetId},
            {u"first_frame_path"_s, firstFramePath},
            {u"character_id"_s, characterId},
            {u"character_name"_s, characterName},
            {u"character_image_path"_s, characterImagePath},
            {u"duration"_s, duration},
            {u"resolution"_s, resolution},
            {u"width"_s, frameSize.width()},
            {u"height"_s, frameSize.height()},
            {u"fps"_s, frameRate.toString()},
            {u"prompt_optimizer"_s, promptOptimizer},
            {u"extra"_s, extra},
            {u"shot_number"_s, shotNumber},
            {u"replace_clip_id"_s, replaceClipId},
            {u"variation_of_asset_id"_s, variationOfAssetId},
            {u"take_index"_s, takeIndex},
    };
    if (seed)
        json.insert(u"seed"_s, *seed);
    return json;
}

std::optional<GenerationRequest> GenerationRequest::fromJson(const QJsonObject &json)
{
    GenerationRequest request;
    const std::optional<GenerationMode> mode = generationModeFromName(
            json.value(u"mode"_s).toString());
    if (!mode)
        return std::nullopt;
    request.provider = json.value(u"provider"_s).toString();
    if (request.provider.isEmpty())
        return std::nullopt;
    request.mode = *mode;
    request.model = json.value(u"model"_s).toString();
    request.prompt = json.value(u"prompt"_s).toString();
    const QJsonArray moves = json.value(u"camera_moves"_s).toArray();
    for (const QJsonValue &move : moves)
        request.cameraMoves.append(move.toString());
    request.projectId = json.value(u"project_id"_s).toInteger();
    request.firstFrameAssetId = json.value(u"first_frame_asset_id"_s).toInteger();
    request.firstFramePath = json.value(u"first_frame_path"_s).toString();
    request.characterId = json.value(u"character_id"_s).toInteger();
    request.characterName = json.value(u"character_name"_s).toString();
    request.characterImagePath = json.value(u"character_image_path"_s).toString();
    request.duration = json.value(u"duration"_s).toDouble();
    request.resolution = json.value(u"resolution"_s).toString();
    request.frameSize = QSize(json.value(u"width"_s).toInt(), json.value(u"height"_s).toInt());
    request.frameRate = Rational::fromString(json.value(u"fps"_s).toString()).value_or(Rational{});
    request.promptOptimizer = json.value(u"prompt_optimizer"_s).toBool(true);
    if (json.contains(u"seed"_s))
        request.seed = json.value(u"seed"_s).toInteger();
    request.extra = json.value(u"extra"_s).toObject();
    request.shotNumber = json.value(u"shot_number"_s).toInt();
    request.replaceClipId = json.value(u"replace_clip_id"_s).toInteger();
    request.variationOfAssetId = json.value(u"variation_of_asset_id"_s).toInteger();
    request.takeIndex = json.value(u"take_index"_s).toInt();
    return request;
}

} // namespace mt
