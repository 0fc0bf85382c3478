// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationrequest.h"
#include "referenceimage.h"

#include <QJsonObject>

#include <optional>

namespace mt {
class MinimaxProvider;
}

namespace mt::minimax {

// A request MiniMax will take, resolved to what goes on the wire: made by Plan::make, which is
// validate() (withImages = false: headers only) and the first half of submit() (with the images
// read into data URLs). Plain value.
struct Plan
{
    QString model;
    QString prompt; // with the camera bracket
    QString resolution;
    int duration = 6;
    std::optional<ReferenceImage> image;
    QJsonObject body;       // the create request
    QJsonObject parameters; // the body with file names for images: provenance, never payloads

    static Result<Plan> make(const MinimaxProvider &provider,
                             const GenerationRequest &request,
                             bool withImages);
};

} // namespace mt::minimax
