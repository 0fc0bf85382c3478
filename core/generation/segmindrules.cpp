// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// SegmindProvider's knowledge of the API: slugs and what each takes, request validation, prices
// and what its HTTP errors mean (shared/api/segmind.md §4–§7).
#include "requestrules.h"
#include "segmindplan.h"
#include "segmindprovider.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

using Mode = GenerationMode;

const QString TextToVideoCamera = u"kling-text2video"_s;

bool isFlux(const QString &slug)
{
    return slug.contains(u"flux"_s);
}

ProviderModel model(QString id, QString display, QList<Mode> modes, bool camera)
{
    ProviderModel m;
    m.id = std::move(id);
    m.displayName = std::move(display);
    m.modes = std::move(modes);
    if (isVideoMode(m.modes.first())) {
        m.resolutions = {{u"720P"_s, {5, 10}}, {u"1080P"_s, {5, 10}}};
        m.defaultResolution = u"720P"_s;
        m.defaultDuration = 5;
    }
    m.cameraMoves = camera;
    m.maxCameraMoves = camera ? 1 : 0;
    m.maxPromptLength = SegmindProvider::MaxPromptLength;
    m.takesSeed = isFlux(m.id);
    return m;
}

const QList<ProviderModel> &modelTable()
{
    static const QList<ProviderModel> table = {
            model(u"kling-1.6-text2video"_s,
                  u"Kling 1.6 text to video"_s,
                  {Mode::TextToVideo},
                  false),
            model(TextToVideoCamera,
                  u"Kling 1.0 text to video (camera control)"_s,
                  {Mode::TextToVideo},
                  true),
            model(u"kling-1.6-image2video"_s,
                  u"Kling 1.6 image to video"_s,
                  {Mode::ImageToVideo},
                  false),
            model(u"kling-image2video"_s, u"Kling 1.0 image to video"_s, {Mode::ImageToVideo}, false),
            model(u"kling-2.1"_s, u"Kling 2.1 image to video"_s, {Mode::ImageToVideo}, false),
            model(u"fast-flux-schnell"_s, u"Flux Schnell (fast)"_s, {Mode::TextToImage}, false),
            model(u"flux-schnell"_s, u"Flux Schnell"_s, {Mode::TextToImage}, false),
    };
    return table;
}

// Kling's camera_control_config for our moves. Kling's sign conventions are not documented on
// Segmind; these follow Kling's own API (positive = right/up/in).
std::optional<std::pair<QString, int>> klingCamera(const QString &move)
{
    static const QHash<QString, std::pair<QString, int>> table
            = {{u"Truck left"_s, {u"horizontal"_s, -5}},
               {u"Truck right"_s, {u"horizontal"_s, 5}},
               {u"Pedestal up"_s, {u"vertical"_s, 5}},
               {u"Pedestal down"_s, {u"vertical"_s, -5}},
               {u"Pan left"_s, {u"pan"_s, -5}},
               {u"Pan right"_s, {u"pan"_s, 5}},
               {u"Tilt up"_s, {u"tilt"_s, 5}},
               {u"Tilt down"_s, {u"tilt"_s, -5}},
               {u"Zoom in"_s, {u"zoom"_s, 5}},
               {u"Zoom out"_s, {u"zoom"_s, -5}}};
    const auto it = table.constFind(move);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

// The listed ratio nearest to the project's picture.
QString nearestRatio(const QSize &frame, const QStringList &ratios)
{
    if (!frame.isValid() || frame.isEmpty())
        return ratios.first();
    const double want = double(frame.width()) / frame.height();
    QString best = ratios.first();
    double bestDistance = 1e9;
    for (const QString &ratio : ratios) {
        const double r = ratio.section(u':', 0, 0).toDouble()
                         / ratio.section(u':', 1, 1).toDouble();
        const double distance = std::abs(std::log(r / want));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = ratio;
        }
    }
    return best;
}

} // namespace

QList<ProviderModel> SegmindProvider::models() const
{
    return modelTable();
}

QString SegmindProvider::defaultModel(GenerationMode mode) const
{
    switch (mode) {
    case Mode::TextToVideo:
        return u"kling-1.6-text2video"_s;
    case Mode::ImageToVideo:
        return u"kling-1.6-image2video"_s;
    case Mode::TextToImage:
        return u"fast-flux-schnell"_s;
    default:
        return {};
    }
}

QString SegmindProvider::modelOf(const GenerationRequest &request) const
{
    if (!request.model.isEmpty())
        return request.model;
    if (request.mode == Mode::TextToVideo && !request.cameraMoves.isEmpty())
        return TextToVideoCamera; // the Kling model that takes a camera move
    return defaultModel(request.mode);
}

ProviderLimits SegmindProvider::limits() const
{
    // Free plan: 5 requests a minute. Kling takes minutes: poll every 5 s, give up after 20 min.
    return {5, 2, 5000, 1200};
}

Status SegmindProvider::validate(const GenerationRequest &request) const
{
    const Result<segmind::Plan> planned = segmind::Plan::make(*this, request, false);
    if (!planned)
        return planned.error();
    return {};
}

Result<segmind::Plan> segmind::Plan::make(const SegmindProvider &provider,
                                          const GenerationRequest &request,
                                          bool withImages)
{
    Plan plan;
    plan.slug = provider.modelOf(request);
    if (plan.slug.isEmpty())
        return Error::refused(
                SegmindProvider::tr("Segmind offers text to video, image to video and images "
                                    "here. For character to video use MiniMax, or image to video "
                                    "with the character's image."));
    const Result<const ProviderModel *> known = RequestRules::knownModel(modelTable(),
                                                                         plan.slug,
                                                                         request.mode,
                                                                         provider.displayName());
    if (!known)
        return known.error();
    const ProviderModel *model = known.value();
    if (!model->modes.contains(request.mode))
        return Error::refused(SegmindProvider::tr("%1 cannot make that kind of result. Pick %2.")
                                      .arg(model->id,
                                           provider.defaultModel(request.mode).isEmpty()
                                                   ? u"another provider"_s
                                                   : provider.defaultModel(request.mode)));
    const bool video = isVideoMode(request.mode);

    const Result<QString> prompt = RequestRules::prompt(request);
    if (!prompt)
        return prompt.error();
    plan.prompt = prompt.value();
    const Status length = RequestRules::checkLength(plan.prompt,
                                                    SegmindProvider::tr("The prompt"),
                                                    SegmindProvider::MaxPromptLength,
                                                    u"Kling"_s);
    if (!length)
        return length.error();

    // Camera: one move, only those Kling's camera control has, only on kling-text2video.
    std::optional<std::pair<QString, int>> camera;
    if (!request.cameraMoves.isEmpty()) {
        if (!model->cameraMoves)
            return Error::refused(
                    SegmindProvider::tr("%1 does not take camera moves. Pick %2, or remove the "
                                        "moves.")
                            .arg(model->id, TextToVideoCamera));
        if (request.cameraMoves.size() > 1)
            return Error::refused(
                    SegmindProvider::tr("Kling takes one camera move per shot; %1 were picked. "
                                        "Keep one.")
                            .arg(request.cameraMoves.size()));
        const std::optional<QString> move = canonicalCameraMove(request.cameraMoves.first());
        camera = move ? klingCamera(*move) : std::nullopt;
        if (!camera)
            return Error::refused(
                    SegmindProvider::tr("Kling cannot do the camera move “%1”. Pick truck, "
                                        "pedestal, pan, tilt or zoom.")
                            .arg(request.cameraMoves.first()));
    }

    QString mode = u"std"_s;
    int duration = 0;
    if (video) {
        // The model table has 720P (Kling's std) and 1080P (pro), each 5 or 10 s.
        const QString resolution = RequestRules::resolutionOf(request, *model);
        const ProviderModel::Resolution *allowed = RequestRules::findResolution(*model, resolution);
        if (!allowed)
            return Error::refused(
                    SegmindProvider::tr("Kling on Segmind makes 720P (standard) or 1080P (pro) "
                                        "video, not %1. Pick one of them.")
                            .arg(resolution));
        mode = resolution == u"1080P"_s ? u"pro"_s : u"std"_s;
        const double seconds = RequestRules::secondsOf(request, *model);
        const std::optional<int> whole = RequestRules::allowedSeconds(seconds, allowed->durations);
        if (!whole)
            return Error::refused(
                    SegmindProvider::tr("Kling makes 5 s or 10 s shots, not %1 s. Pick 5 or 10.")
                            .arg(seconds));
        duration = *whole;
    }

    // Options a person may set, checked here so that the server never has to refuse them.
    static const QSet<QString> knobs = {u"negative_prompt"_s,
                                        u"cfg_scale"_s,
                                        u"aspect_ratio"_s,
                                        u"steps"_s};
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it)
        if (!knobs.contains(it.key()) || (it.key() == u"steps"_s && !isFlux(plan.slug))
            || (isFlux(plan.slug) && it.key() != u"steps"_s && it.key() != u"aspect_ratio"_s))
            return Error::refused(SegmindProvider::tr("%1 has no option “%2”. Remove it.")
                                          .arg(model->id, it.key()));
    const double cfg = request.extra.value(u"cfg_scale"_s).toDouble(0.5);
    if (cfg < 0 || cfg > 1)
        return Error::refused(
                SegmindProvider::tr("The guidance scale (cfg_scale) must be between 0 and 1."));
    const int steps = request.extra.value(u"steps"_s).toInt(4);
    if (steps < 1 || steps > 8)
        return Error::refused(SegmindProvider::tr("Flux Schnell takes 1 to 8 steps."));

    const QStringList videoRatios = {u"16:9"_s, u"9:16"_s, u"1:1"_s};
    const QStringList imageRatios = {u"1:1"_s,
                                     u"16:9"_s,
                                     u"21:9"_s,
                                     u"2:3"_s,
                                     u"3:2"_s,
                                     u"4:5"_s,
                                     u"5:4"_s,
                                     u"9:16"_s,
                                     u"9:21"_s};
    const QStringList &ratios = video ? videoRatios : imageRatios;
    QString ratio = request.extra.value(u"aspect_ratio"_s).toString();
    if (ratio.isEmpty())
        ratio = nearestRatio(request.frameSize, ratios);
    if (!ratios.contains(ratio))
        return Error::refused(
                SegmindProvider::tr("%1 takes the aspect ratios %2, not %3. Pick one of them.")
                        .arg(model->id, ratios.join(u", "_s), ratio));

    // The first frame (image to video): Kling's limits, JPG or PNG under 10 MB, short side at
    // least 300 px, at most 2.5:1 (Segmind's pages state none; these are Kling's own).
    if (request.mode == Mode::ImageToVideo) {
        const ImageLimits limits{{"jpeg", "png"}, 10 * 1024 * 1024, 300, false, 2.5};
        Result<ReferenceImage> image = RequestRules::firstFrame(request,
                                                                provider.displayName(),
                                                                limits);
        if (!image)
            return image.error();
        plan.image = image.value();
    }

    // The body: each slug has its own fields (§4, §5).
    if (video) {
        if (!plan.prompt.isEmpty())
            plan.body.insert(u"prompt"_s, plan.prompt);
        if (request.extra.contains(u"negative_prompt"_s))
            plan.body.insert(u"negative_prompt"_s, request.extra.value(u"negative_prompt"_s));
        plan.body.insert(u"cfg_scale"_s, cfg);
        plan.body.insert(u"mode"_s, mode);
        plan.body.insert(u"duration"_s, QString::number(duration)); // the pages' samples send "5"
        if (request.mode == Mode::TextToVideo || plan.slug == u"kling-2.1"_s)
            plan.body.insert(u"aspect_ratio"_s, ratio);
        if (camera) {
            plan.body.insert(u"camera_control_config"_s, camera->first);
            plan.body.insert(u"camera_control_config_value"_s, camera->second);
        }
    } else if (plan.slug == u"flux-schnell"_s) {
        // Width and height: the project's picture scaled into 512..2048, multiples of 8.
        QSize size = request.frameSize.isValid() && !request.frameSize.isEmpty()
                             ? request.frameSize
                             : QSize(1024, 1024);
        size.scale(QSize(1024, 1024), Qt::KeepAspectRatio);
        auto side = [](int v) {
            return std::clamp((v + 4) / 8 * 8, 512, 2048);
        };
        plan.body = {{u"prompt"_s, plan.prompt},
                     {u"width"_s, side(size.width())},
                     {u"height"_s, side(size.height())},
                     {u"steps"_s, steps},
                     {u"samples"_s, 1}};
        if (request.seed)
            plan.body.insert(u"seed"_s, *request.seed);
    } else {
        plan.body = {{u"prompt"_s, plan.prompt},
                     {u"aspect_ratio"_s, ratio},
                     {u"steps"_s, steps},
                     {u"base64"_s, false}};
        if (request.seed)
            plan.body.insert(u"seed"_s, *request.seed);
    }
    plan.parameters = plan.body;
    if (plan.image) {
        QString payload = QFileInfo(plan.image->path).fileName();
        plan.parameters.insert(u"image"_s, payload);
        if (withImages) {
            // Raw base64, as public clients send it (no data: prefix).
            Result<QByteArray> base64 = plan.image->base64();
            if (!base64)
                return base64.error();
            payload = QString::fromLatin1(base64.value());
        }
        plan.body.insert(u"image"_s, payload);
    }
    return plan;
}

double SegmindProvider::estimatedCost(const GenerationRequest &request) const
{
    // Segmind's list prices (model pages, §7; the real cost comes back in metrics.cost).
    const QString slug = modelOf(request);
    if (isFlux(slug))
        return 0.008;
    const bool pro = request.resolution.toUpper() == u"1080P"_s;
    const double tens = std::lround(request.duration) == 10 ? 2 : 1;
    const double base = slug.startsWith(u"kling-1.6"_s) ? 0.56
                        : slug == u"kling-2.1"_s        ? 0.49
                                                        : 0.28;
    return base * (pro ? 1.75 : 1.0) * tens;
}

ProviderError SegmindProvider::errorFor(int httpStatus,
                                        const QString &serverText,
                                        bool polling) const
{
    ProviderError error;
    error.code = u"HTTP %1"_s.arg(httpStatus);
    const QString said = quoted(serverText);
    const QString lower = said.toLower();
    switch (httpStatus) {
    case 401:
        error.kind = ProviderErrorKind::Auth;
        error.message = tr("Segmind rejected the API key (HTTP 401). Check it in Settings → "
                           "Providers, or set MOVIETOOL_SEGMIND_API_KEY.");
        return error;
    case 403:
        error.kind = ProviderErrorKind::Auth;
        error.message = tr("Segmind does not let this account use the model (HTTP 403). Check the "
                           "account's access on segmind.com, or pick another model.");
        return error;
    case 402:
    case 406:
        if (lower.contains(u"credit"_s) || lower.contains(u"spend"_s) || httpStatus == 402) {
            error.kind = ProviderErrorKind::Balance;
            error.message = tr("The Segmind account has too little credit or reached its spend "
                               "limit (HTTP %1: %2). Top it up on segmind.com, then retry.")
                                    .arg(httpStatus)
                                    .arg(said);
            return error;
        }
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("Segmind refused a value in the request (HTTP 406: %1). Change it and "
                           "try again.")
                                .arg(said);
        return error;
    case 404:
        error.kind = polling ? ProviderErrorKind::NotFound : ProviderErrorKind::Parameters;
        error.message = polling ? tr("Segmind no longer knows this job (HTTP 404); it keeps a "
                                     "job's status for one hour.")
                                : tr("Segmind has no such model (HTTP 404: %1). Pick another "
                                     "model.")
                                          .arg(said);
        return error;
    case 410:
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("Segmind has retired this model (HTTP 410). Pick another model.");
        return error;
    case 429:
        error.kind = ProviderErrorKind::RateLimited;
        error.message = tr("Segmind is limiting requests (HTTP 429). The task waits and tries "
                           "again.");
        return error;
    default:
        break;
    }
    if (httpStatus >= 500) {
        error.kind = ProviderErrorKind::Server;
        error.message = tr("Segmind's server failed (HTTP %1). The task waits and tries again.")
                                .arg(httpStatus);
    } else if (httpStatus == 400 || httpStatus == 422) {
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("Segmind refused the request (HTTP %1: %2). Change what it names and "
                           "try again.")
                                .arg(httpStatus)
                                .arg(said);
    } else {
        error.kind = ProviderErrorKind::Unavailable;
        error.message = tr("Segmind answered HTTP %1 (%2). Check the base URL and the account.")
                                .arg(httpStatus)
                                .arg(said);
    }
    return error;
}

ProviderError SegmindProvider::failureFor(const QString &serverText) const
{
    ProviderError error;
    error.code = u"FAILED"_s;
    const QString said = quoted(serverText);
    const QString lower = said.toLower();
    if (lower.contains(u"moderat"_s) || lower.contains(u"nsfw"_s) || lower.contains(u"unsafe"_s)
        || lower.contains(u"flagged"_s) || lower.contains(u"policy"_s)) {
        error.kind = ProviderErrorKind::ContentPolicy;
        error.message = tr("Segmind's moderation stopped the generation (%1). Change the prompt or "
                           "the image and generate again.")
                                .arg(said);
    } else if (lower.contains(u"mandatory"_s) || lower.contains(u"must be"_s)
               || lower.contains(u"invalid"_s)) {
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("Segmind refused the request (%1). Change what it names and generate "
                           "again.")
                                .arg(said);
    } else {
        error.kind = ProviderErrorKind::Server;
        error.message = tr("Segmind could not make the result (%1). A failed job is not charged; "
                           "generate again.")
                                .arg(said.isEmpty() ? tr("no reason given") : said);
    }
    return error;
}

} // namespace mt
