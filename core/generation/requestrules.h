// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationrequest.h"
#include "provider.h"
#include "referenceimage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

// The checks of a request that every HTTP provider's rules make the same way (MiniMax's and
// Segmind's Plan::make): finding the model in the provider's table, the prompt, the resolution
// and duration against what the model allows, the first frame of an image to video request. Each
// refusal says what to change; what only one API has stays in its own rules. Stateless, any
// thread.
class RequestRules
{
public:
    static const ProviderModel *findModel(const QList<ProviderModel> &models, const QString &id);
    // The model `id` of `models`, or a refusal that lists the models `providerDisplayName` has
    // for `mode`.
    static Result<const ProviderModel *> knownModel(const QList<ProviderModel> &models,
                                                    const QString &id,
                                                    GenerationMode mode,
                                                    const QString &providerDisplayName);

    // The prompt, trimmed; refused when it is empty and the mode needs one (image to video can
    // go without: the first frame says enough).
    static Result<QString> prompt(const GenerationRequest &request);
    // Refused when `text` (`what`: "The prompt", translated) is longer than `maxLength`, which
    // `limitHolder` ("Kling") sets.
    static Status checkLength(const QString &text,
                              const QString &what,
                              int maxLength,
                              const QString &limitHolder);

    // The resolution asked for, upper case ("768P"), or the model's default.
    static QString resolutionOf(const GenerationRequest &request, const ProviderModel &model);
    // The model's entry for `name`; nullptr when the model does not make it.
    static const ProviderModel::Resolution *findResolution(const ProviderModel &model,
                                                           const QString &name);
    // The duration asked for, or the model's default, in seconds (may have a fraction).
    static double secondsOf(const GenerationRequest &request, const ProviderModel &model);
    // `seconds` as whole seconds when it is whole and one of `allowed`, else nullopt.
    static std::optional<int> allowedSeconds(double seconds, const QList<int> &allowed);

    // The first frame of an image to video request (its first frame, else its character's
    // image), checked against the provider's limits; refused when there is none.
    static Result<ReferenceImage> firstFrame(const GenerationRequest &request,
                                             const QString &providerDisplayName,
                                             const ImageLimits &limits);

    Q_DECLARE_TR_FUNCTIONS(mt::RequestRules)
};

} // namespace mt
