// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/renderplan.h"

#include <QString>

// The libavfilter graph that lays a film's clips end to end, as text: each clip's picture and
// sound (already conformed to the output's size, rate and sample format, exactly its frames and
// samples long) faded for dips to black and set to its volume, runs of clips joined by concat,
// crossfades by xfade and acrossfade, and the sounds under the picture mixed in (amix, without
// normalisation, so a music bed at 0.3 is at 0.3 and the dialogue is untouched).
// Inputs are labelled v<k>/a<k> for clip k and m<j> for sound j; outputs vout and aout.
// Pure arithmetic and text; internal to core/media.
namespace mt::timelinegraph {

QString videoInput(int clip);
QString audioInput(int clip);
QString soundInput(int sound);

// `audioFinish`: the chain that gives the audio encoder what it takes (EncodedOutput's).
QString describe(const RenderPlan &plan, const QString &audioFinish);

} // namespace mt::timelinegraph
