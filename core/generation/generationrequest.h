// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/mediainfo.h"

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

// What a generation makes from what. The names are the CLI's words and the generation_tasks.mode
// column's values.
enum class GenerationMode {
    TextToVideo,    // "t2v": prompt (+ camera moves)
    ImageToVideo,   // "i2v": prompt + first frame (an image asset or a character's image)
    SubjectToVideo, // "s2v": prompt + a character's primary reference image
    TextToImage,    // "t2i": a portrait or a first frame from a prompt
    ImageToImage,   // "i2i": an image from a reference image and a prompt
};

QString generationModeName(GenerationMode mode);
std::optional<GenerationMode> generationModeFromName(const QString &name);
bool isVideoMode(GenerationMode mode);

// The camera moves a person can pick (never typed by hand), by their canonical English names as
// MiniMax's Director models spell them inside brackets: "Push in", "Pan left", … Providers that
// have no camera commands of their own map what they can (Kling's camera_control_config) and
// refuse the rest in validate(); the storyboard imitates them.
const QStringList &cameraMoveNames();
// The canonical name for a name written in any case, with '-' or '_' for spaces ("push-in",
// "PAN_LEFT"); nullopt when it is not a camera move.
std::optional<QString> canonicalCameraMove(const QString &name);

// One generation as a person asked for it, plus what the service resolved for the provider
// (paths of reference images, the project's picture format). A plain value: copied into jobs,
// stored whole as JSON in generation_tasks.request (toJson/fromJson round-trip every field), and
// the source of provenance ("generate again" and "variation" start from it).
//
// Providers read it, never write it. Paths are absolute, resolved by GenerationService from the
// asset/character ids before validate() and submit(); a provider never looks ids up.
struct GenerationRequest
{
    QString provider; // registry name: "minimax", "segmind", "storyboard"
    GenerationMode mode = GenerationMode::TextToVideo;
    QString model;           // the provider's model id; empty: the provider's default
    QString prompt;          // as typed, without bracketed camera commands
    QStringList cameraMoves; // canonical names from cameraMoveNames(), in order

    qint64 projectId = 0;
    qint64 firstFrameAssetId = 0; // i2v: an image asset of the project (0: none)
    QString firstFramePath;       // i2v: absolute path of the first frame image
    qint64 characterId = 0;       // s2v (or i2v from a character): 0: none
    QString characterName;        // for cards and messages
    QString characterImagePath;   // absolute path of the character's primary image

    double duration = 0;         // seconds; 0: the model's default
    QString resolution;          // "512P", "720P", "768P", "1080P"; empty: the model's default
    QSize frameSize;             // the project's picture size (the storyboard renders at it)
    Rational frameRate;          // the project's frame rate
    bool promptOptimizer = true; // MiniMax's prompt_optimizer
    std::optional<qint64> seed;  // where the provider takes one
    QJsonObject extra;           // provider-specific knobs (negative_prompt, cfg_scale, …)

    int shotNumber = 0;            // 1-based position of the shot on the timeline (cards)
    qint64 replaceClipId = 0;      // the timeline clip the result replaces (0: append)
    qint64 variationOfAssetId = 0; // the take this one varies (0: a first take)
    int takeIndex = 0;             // 0-based index among the takes asked for at once

    QJsonObject toJson() const;
    static std::optional<GenerationRequest> fromJson(const QJsonObject &json);
};

} // namespace mt
