// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "requestrules.h"

#include <QStringList>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

const ProviderModel *RequestRules::findModel(const QList<ProviderModel> &models, const QString &id)
{
    for (const ProviderModel &model : models)
        if (model.id == id)
            return &model;
    return nullptr;
}

Result<const ProviderModel *> RequestRules::knownModel(const QList<ProviderModel> &models,
                                                       const QString &id,
                                                       GenerationMode mode,
                                                       const QString &providerDisplayName)
{
    if (const ProviderModel *model = findModel(models, id))
        return model;
    QStringList ids;
    for (const ProviderModel &model : models)
        if (model.modes.contains(mode))
            ids.append(model.id);
    return Error::refused(tr("%1 has no model “%2”. Pick one of: %3.")
                                  .arg(providerDisplayName, id, ids.join(u", "_s)));
}

Result<QString> RequestRules::prompt(const GenerationRequest &request)
{
    const QString prompt = request.prompt.trimmed();
    if (prompt.isEmpty() && request.mode != GenerationMode::ImageToVideo)
        return Error::refused(tr("The prompt is empty. Describe the shot."));
    return prompt;
}

Status RequestRules::checkLength(const QString &text,
                                 const QString &what,
                                 int maxLength,
                                 const QString &limitHolder)
{
    if (text.size() <= maxLength)
        return {};
    return Error::refused(tr("%1 is %2 characters long; %3 takes at most %4. Shorten it by %5.")
                                  .arg(what)
                                  .arg(text.size())
                                  .arg(limitHolder)
                                  .arg(maxLength)
                                  .arg(text.size() - maxLength));
}

QString RequestRules::resolutionOf(const GenerationRequest &request, const ProviderModel &model)
{
    return request.resolution.isEmpty() ? model.defaultResolution : request.resolution.toUpper();
}

const ProviderModel::Resolution *RequestRules::findResolution(const ProviderModel &model,
                                                              const QString &name)
{
    for (const ProviderModel::Resolution &resolution : model.resolutions)
        if (resolution.name == name)
            return &resolution;
    return nullptr;
}

double RequestRules::secondsOf(const GenerationRequest &request, const ProviderModel &model)
{
    return request.duration > 0 ? request.duration : model.defaultDuration;
}

std::optional<int> RequestRules::allowedSeconds(double seconds, const QList<int> &allowed)
{
    const int whole = int(std::lround(seconds));
    if (std::abs(seconds - whole) > 1e-6 || !allowed.contains(whole))
        return std::nullopt;
    return whole;
}

Result<ReferenceImage> RequestRules::firstFrame(const GenerationRequest &request,
                                                const QString &providerDisplayName,
                                                const ImageLimits &limits)
{
    const bool ownFrame = !request.firstFramePath.isEmpty();
    const QString path = ownFrame ? request.firstFramePath : request.characterImagePath;
    if (path.isEmpty())
        return Error::refused(
                tr("Image to video needs a first frame: pick an image or a character."));
    const QString role = ownFrame ? tr("The first frame")
                                  : tr("The image of %1").arg(request.characterName);
    return ReferenceImage::check(path, role, providerDisplayName, limits);
}

} // namespace mt
