// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationrequest.h"
#include "referenceimage.h"

#include <QJsonObject>

#include <optional>

namespace mt {
class SegmindProvider;
}

namespace mt::segmind {

// A request Segmind will take, resolved to the slug and JSON body: made by Plan::make, which is
// validate() (withImages = false: headers only) and the first half of submit(). Plain value.
struct Plan
{
    QString slug;
    QString prompt;
    std::optional<ReferenceImage> image;
    QJsonObject body;       // the submit request
    QJsonObject parameters; // the body with the image's file name: provenance, never payloads

    static Result<Plan> make(const SegmindProvider &provider,
                             const GenerationRequest &request,
                             bool withImages);
};

} // namespace mt::segmind
