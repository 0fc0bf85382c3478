// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// MinimaxProvider's knowledge of the API: models and what each allows, request validation, prices
// and what the base_resp codes mean (shared/api/minimax.md §2.1, §2.2, §5, §6, §8).
#include "minimaxplan.h"
#include "minimaxprovider.h"
#include "referenceimage.h"
#include "requestrules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

using Mode = GenerationMode;

ProviderModel model(QString id,
                    QList<Mode> modes,
                    QList<ProviderModel::Resolution> resolutions,
                    QString defaultResolution,
                    bool camera)
{
    ProviderModel m;
    m.displayName = id;
    m.id = std::move(id);
    m.modes = std::move(modes);
    m.resolutions = std::move(resolutions);
    m.defaultResolution = std::move(defaultResolution);
    m.defaultDuration = 6;
    m.cameraMoves = camera;
    m.maxCameraMoves = camera ? 3 : 0;
    m.maxPromptLength = MinimaxProvider::MaxPromptLength;
    return m;
}

const QList<ProviderModel> &modelTable()
{
    static const QList<ProviderModel> table = [] {
        const QList<ProviderModel::Resolution> hailuo = {{u"768P"_s, {6, 10}}, {u"1080P"_s, {6}}};
        const QList<ProviderModel::Resolution> only720 = {{u"720P"_s, {6}}};
        return QList<ProviderModel>{
                model(u"MiniMax-Hailuo-2.3"_s,
                      {Mode::TextToVideo, Mode::ImageToVideo},
                      hailuo,
                      u"768P"_s,
                      false),
                model(u"MiniMax-Hailuo-2.3-Fast"_s, {Mode::ImageToVideo}, hailuo, u"768P"_s, false),
                model(u"MiniMax-Hailuo-02"_s,
                      {Mode::TextToVideo, Mode::ImageToVideo},
                      {{u"512P"_s, {6, 10}}, {u"768P"_s, {6, 10}}, {u"1080P"_s, {6}}},
                      u"768P"_s,
                      false),
                model(u"T2V-01-Director"_s, {Mode::TextToVideo}, only720, u"720P"_s, true),
                model(u"T2V-01"_s, {Mode::TextToVideo}, only720, u"720P"_s, false),
                model(u"I2V-01-Director"_s, {Mode::ImageToVideo}, only720, u"720P"_s, true),
                model(u"I2V-01"_s, {Mode::ImageToVideo}, only720, u"720P"_s, false),
                model(u"I2V-01-live"_s, {Mode::ImageToVideo}, only720, u"720P"_s, false),
                model(u"S2V-01"_s, {Mode::SubjectToVideo}, only720, u"720P"_s, false),
        };
    }();
    return table;
}

QString modeWords(Mode mode)
{
    switch (mode) {
    case Mode::TextToVideo:
        return MinimaxProvider::tr("text to video");
    case Mode::ImageToVideo:
        return MinimaxProvider::tr("image to video");
    case Mode::SubjectToVideo:
        return MinimaxProvider::tr("character to video");
    case Mode::TextToImage:
        return MinimaxProvider::tr("text to image");
    case Mode::ImageToImage:
        return MinimaxProvider::tr("image to image");
    }
    return {};
}

// Moves that cannot run together in one bracket.
bool opposite(const QString &a, const QString &b)
{
    static const QList<QPair<QString, QString>> pairs = {{u"Truck left"_s, u"Truck right"_s},
                                                         {u"Pan left"_s, u"Pan right"_s},
                                                         {u"Push in"_s, u"Pull out"_s},
                                                         {u"Pedestal up"_s, u"Pedestal down"_s},
                                                         {u"Tilt up"_s, u"Tilt down"_s},
                                                         {u"Zoom in"_s, u"Zoom out"_s}};
    for (const auto &[x, y] : pairs)
        if ((a == x && b == y) || (a == y && b == x))
            return true;
    return (a == u"Static shot"_s) != (b == u"Static shot"_s);
}

} // namespace

QList<ProviderModel> MinimaxProvider::models() const
{
    return modelTable();
}

QString MinimaxProvider::defaultModel(GenerationMode mode) const
{
    switch (mode) {
    case Mode::TextToVideo:
    case Mode::ImageToVideo:
        return u"MiniMax-Hailuo-2.3"_s;
    case Mode::SubjectToVideo:
        return u"S2V-01"_s;
    default:
        return {};
    }
}

QString MinimaxProvider::modelOf(const GenerationRequest &request) const
{
    if (!request.model.isEmpty())
        return request.model;
    // Camera moves need a Director model; pick it rather than refuse an unset model.
    if (!request.cameraMoves.isEmpty() && request.mode == Mode::TextToVideo)
        return u"T2V-01-Director"_s;
    if (!request.cameraMoves.isEmpty() && request.mode == Mode::ImageToVideo)
        return u"I2V-01-Director"_s;
    return defaultModel(request.mode);
}

ProviderLimits MinimaxProvider::limits() const
{
    // 5 requests a minute for video on the international host (rate-limits.md).
    return {5, 2, 10000, 1800};
}

QString MinimaxProvider::promptWithCameraMoves(const GenerationRequest &request)
{
    if (request.cameraMoves.isEmpty())
        return request.prompt;
    return u"["_s + request.cameraMoves.join(u", "_s) + u"] "_s + request.prompt;
}

Status MinimaxProvider::validate(const GenerationRequest &request) const
{
    const Result<minimax::Plan> planned = minimax::Plan::make(*this, request, false);
    if (!planned)
        return planned.error();
    return {};
}

Result<minimax::Plan> minimax::Plan::make(const MinimaxProvider &provider,
                                          const GenerationRequest &request,
                                          bool withImages)
{
    const QString name = provider.displayName();
    if (!isVideoMode(request.mode))
        return Error::refused(
                MinimaxProvider::tr("MiniMax makes videos only; make portraits and first frames "
                                    "with Segmind or import an image."));
    Plan plan;
    plan.model = provider.modelOf(request);
    const Result<const ProviderModel *> known = RequestRules::knownModel(modelTable(),
                                                                         plan.model,
                                                                         request.mode,
                                                                         name);
    if (!known)
        return known.error();
    const ProviderModel *model = known.value();
    if (!model->modes.contains(request.mode)) {
        return Error::refused(MinimaxProvider::tr("%1 cannot make %2. Pick %3, or another mode.")
                                      .arg(model->id,
                                           modeWords(request.mode),
                                           provider.defaultModel(request.mode)));
    }

    // Camera moves: from the fixed list only, on a Director model, at most three at once.
    QStringList moves;
    for (const QString &move : request.cameraMoves) {
        const std::optional<QString> canonical = canonicalCameraMove(move);
        if (!canonical)
            return Error::refused(
                    MinimaxProvider::tr("“%1” is not a camera move. Pick moves from the list: "
                                        "%2.")
                            .arg(move, cameraMoveNames().join(u", "_s)));
        for (const QString &earlier : std::as_const(moves)) {
            if (earlier == *canonical)
                return Error::refused(
                        MinimaxProvider::tr("The camera move “%1” is listed twice. Remove one.")
                                .arg(earlier));
            if (opposite(earlier, *canonical))
                return Error::refused(
                        MinimaxProvider::tr("The camera moves “%1” and “%2” cannot run at the "
                                            "same time. Keep one of them.")
                                .arg(earlier, *canonical));
        }
        moves.append(*canonical);
    }
    if (!moves.isEmpty() && !model->cameraMoves)
        return Error::refused(
                MinimaxProvider::tr("%1 does not follow camera moves. Pick %2, or remove the "
                                    "moves.")
                        .arg(model->id,
                             request.mode == Mode::ImageToVideo ? u"I2V-01-Director"_s
                                                                : u"T2V-01-Director"_s));
    if (moves.size() > model->maxCameraMoves)
        return Error::refused(
                MinimaxProvider::tr("%1 camera moves were picked; MiniMax runs at most %2 at "
                                    "once. Remove %3.")
                        .arg(moves.size())
                        .arg(model->maxCameraMoves)
                        .arg(moves.size() - model->maxCameraMoves));

    // The prompt: camera commands are written by us, never typed.
    const Result<QString> prompt = RequestRules::prompt(request);
    if (!prompt)
        return prompt.error();
    if (prompt->contains(u'[') || prompt->contains(u']'))
        return Error::refused(
                MinimaxProvider::tr("The prompt contains square brackets, which MiniMax reads as "
                                    "camera commands. Remove them and pick camera moves from the "
                                    "list instead."));
    GenerationRequest withMoves = request;
    withMoves.prompt = prompt.value();
    withMoves.cameraMoves = moves;
    plan.prompt = MinimaxProvider::promptWithCameraMoves(withMoves);
    const Status length = RequestRules::checkLength(plan.prompt,
                                                    MinimaxProvider::tr(
                                                            "The prompt with its camera commands"),
                                                    MinimaxProvider::MaxPromptLength,
                                                    u"MiniMax"_s);
    if (!length)
        return length.error();

    // Resolution × duration.
    plan.resolution = RequestRules::resolutionOf(request, *model);
    const ProviderModel::Resolution *resolution = RequestRules::findResolution(*model,
                                                                               plan.resolution);
    if (!resolution) {
        QStringList resolutionNames;
        for (const ProviderModel::Resolution &r : model->resolutions)
            resolutionNames.append(r.name);
        return Error::refused(MinimaxProvider::tr("%1 does not make %2 video. Pick %3.")
                                      .arg(model->id,
                                           plan.resolution,
                                           resolutionNames.join(MinimaxProvider::tr(" or "))));
    }
    const double seconds = RequestRules::secondsOf(request, *model);
    const std::optional<int> duration = RequestRules::allowedSeconds(seconds, resolution->durations);
    if (!duration) {
        QStringList allowed;
        for (int d : resolution->durations)
            allowed.append(QString::number(d));
        const int whole = int(std::lround(seconds));
        QString hint;
        for (const ProviderModel::Resolution &r : model->resolutions)
            if (r.durations.contains(whole))
                hint = MinimaxProvider::tr(" (%1 s needs %2)").arg(whole).arg(r.name);
        return Error::refused(
                MinimaxProvider::tr("%1 at %2 makes %3 s shots, not %4 s%5. Pick %3 s.")
                        .arg(model->id, plan.resolution, allowed.join(MinimaxProvider::tr(" or ")))
                        .arg(seconds)
                        .arg(hint));
    }
    plan.duration = *duration;

    // Reference images (§6): JPG, PNG or WebP under 20 MB, short side over 300 px, 2:5..5:2.
    const ImageLimits limits{{"jpeg", "png", "webp"}, 20 * 1024 * 1024, 300, true, 2.5};
    if (request.mode == Mode::ImageToVideo) {
        Result<ReferenceImage> image = RequestRules::firstFrame(request, name, limits);
        if (!image)
            return image.error();
        plan.image = image.value();
    } else if (request.mode == Mode::SubjectToVideo) {
        if (request.characterImagePath.isEmpty())
            return Error::refused(
                    MinimaxProvider::tr("Character to video needs a character with a reference "
                                        "image. Pick a character, or add an image to it."));
        Result<ReferenceImage> image = ReferenceImage::check(request.characterImagePath,
                                                             MinimaxProvider::tr("The image of %1")
                                                                     .arg(request.characterName),
                                                             name,
                                                             limits);
        if (!image)
            return image.error();
        plan.image = image.value();
    }

    // Provider-specific knobs.
    static const QSet<QString> knobs = {u"fast_pretreatment"_s, u"aigc_watermark"_s};
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it) {
        if (!knobs.contains(it.key()))
            return Error::refused(
                    MinimaxProvider::tr("MiniMax has no option “%1”. Remove it.").arg(it.key()));
        if (!it.value().isBool())
            return Error::refused(
                    MinimaxProvider::tr("The option “%1” is on or off (true or false).")
                            .arg(it.key()));
    }
    if (request.extra.value(u"fast_pretreatment"_s).toBool()
        && !model->id.startsWith(u"MiniMax-Hailuo"_s))
        return Error::refused(
                MinimaxProvider::tr("Fast pretreatment works only with the Hailuo 2.3 and 02 "
                                    "models. Turn it off or pick one of them."));

    // The body, with images as data URLs only when it is about to be sent.
    plan.body = {{u"model"_s, plan.model},
                 {u"prompt_optimizer"_s, request.promptOptimizer},
                 {u"duration"_s, plan.duration},
                 {u"resolution"_s, plan.resolution}};
    if (!plan.prompt.isEmpty())
        plan.body.insert(u"prompt"_s, plan.prompt);
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it)
        plan.body.insert(it.key(), it.value());
    plan.parameters = plan.body;
    if (plan.image) {
        const QString fileName = QFileInfo(plan.image->path).fileName();
        QString payload = fileName;
        if (withImages) {
            Result<QString> dataUrl = plan.image->dataUrl();
            if (!dataUrl)
                return dataUrl.error();
            payload = dataUrl.value();
        }
        if (request.mode == Mode::SubjectToVideo) {
            auto subject = [](const QString &image) {
                return QJsonArray{
                        QJsonObject{{u"type"_s, u"character"_s}, {u"image"_s, QJsonArray{image}}}};
            };
            plan.body.insert(u"subject_reference"_s, subject(payload));
            plan.parameters.insert(u"subject_reference"_s, subject(fileName));
        } else {
            plan.body.insert(u"first_frame_image"_s, payload);
            plan.parameters.insert(u"first_frame_image"_s, fileName);
        }
    }
    return plan;
}

double MinimaxProvider::estimatedCost(const GenerationRequest &request) const
{
    // List prices in USD (shared/api/minimax.md §8; unverified, Settings may override).
    const QString id = modelOf(request);
    const ProviderModel *model = RequestRules::findModel(modelTable(), id);
    const QString resolution = model ? RequestRules::resolutionOf(request, *model)
                                     : request.resolution.toUpper();
    const bool ten = std::lround(request.duration) == 10;
    if (id == u"MiniMax-Hailuo-2.3-Fast"_s)
        return resolution == u"1080P"_s ? 0.33 : ten ? 0.32 : 0.19;
    if (id.startsWith(u"MiniMax-Hailuo"_s)) {
        if (resolution == u"1080P"_s)
            return 0.49;
        if (resolution == u"512P"_s)
            return ten ? 0.15 : 0.10;
        return ten ? 0.56 : 0.28;
    }
    return 0.43; // the 01 series
}

std::optional<QSize> MinimaxProvider::promisedFrameSize(const GenerationRequest &request) const
{
    // Text to video only: from an image the picture takes the image's aspect ratio, and how
    // MiniMax rounds that is not documented. Sizes observed per resolution (shared/api/minimax.md
    // §2.1); 512P's is not known.
    if (request.mode != GenerationMode::TextToVideo)
        return std::nullopt;
    const QString id = modelOf(request);
    const ProviderModel *model = RequestRules::findModel(modelTable(), id);
    const QString resolution = !request.resolution.isEmpty() ? request.resolution.toUpper()
                               : model                       ? model->defaultResolution
                                                             : QString();
    if (resolution == u"720P"_s)
        return QSize(1280, 720);
    if (resolution == u"768P"_s)
        return QSize(1366, 768);
    if (resolution == u"1080P"_s)
        return QSize(1920, 1080);
    return std::nullopt;
}

ProviderError MinimaxProvider::errorFor(const minimax::BaseResp &base, bool polling) const
{
    ProviderError error;
    error.code = QString::number(base.code);
    const QString said = quoted(base.message);
    switch (base.code) {
    case 1004:
    case 2049:
        error.kind = ProviderErrorKind::Auth;
        error.message = tr("MiniMax rejected the API key (%1). Check it in Settings → Providers; "
                           "a key works only on its own region's host (api.minimax.io or "
                           "api.minimaxi.com).")
                                .arg(base.code);
        break;
    case 1008:
        error.kind = ProviderErrorKind::Balance;
        error.message = tr("The MiniMax account is out of credit (1008). Top it up on the MiniMax "
                           "platform, then retry.");
        break;
    case 2056:
        error.kind = ProviderErrorKind::Balance;
        error.message = tr("The MiniMax plan's usage limit is reached (2056). Wait for the quota "
                           "to reset or change the plan, then retry.");
        break;
    case 1026:
        error.kind = ProviderErrorKind::ContentPolicy;
        error.message = tr("MiniMax's moderation flagged the prompt or the image (1026). Change "
                           "them and generate again.");
        break;
    case 1027:
        error.kind = ProviderErrorKind::ContentPolicy;
        error.message = tr("MiniMax's moderation flagged the generated video (1027). Change the "
                           "prompt and generate again.");
        break;
    case 1042:
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("The prompt has too many invisible or unusual characters (1042). "
                           "Retype it as plain text.");
        break;
    case 2013:
        error.kind = polling ? ProviderErrorKind::NotFound : ProviderErrorKind::Parameters;
        error.message = polling ? tr("MiniMax does not know this task or file (2013: %1). It may "
                                     "belong to another account or key.")
                                          .arg(said)
                                : tr("MiniMax refused the request's parameters (2013: %1). "
                                     "Change the model, resolution, duration or image.")
                                          .arg(said);
        break;
    case 1002:
    case 2045:
    case 1039:
    case 1041:
        error.kind = ProviderErrorKind::RateLimited;
        error.message = tr("MiniMax is limiting requests (%1). The task waits and tries again.")
                                .arg(base.code);
        break;
    case 1000:
    case 1001:
    case 1024:
    case 1033:
        error.kind = ProviderErrorKind::Server;
        error.message = tr("MiniMax had an internal error (%1). The task waits and tries again.")
                                .arg(base.code);
        break;
    default:
        // Unknown codes are not retried: doing the same again may fail the same way, or cost.
        error.kind = ProviderErrorKind::Unavailable;
        error.message = tr("MiniMax refused the request (%1: %2). Check the request and the "
                           "account on the MiniMax platform.")
                                .arg(base.code)
                                .arg(said);
        break;
    }
    return error;
}

} // namespace mt
