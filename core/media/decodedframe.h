// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

#include <QtGlobal>

// What the renderers (SourceRenderer, ClipFeed) do alike to a picture fresh from the decoder
// before it goes into a conform chain. Internal to core/media.
namespace mt::decoded {

// How long the picture shows, in `stream`'s time base: its own duration, else one frame at the
// rate the container suggests, else one tick.
qint64 pictureDuration(AVFormatContext *format, AVStream *stream, AVFrame *frame);

// The JPEG pixel formats are the plain ones at full range. libswscale warns about them as
// deprecated and then guesses; saying it with color_range instead is what FFmpeg does since.
void plainFullRange(AVFrame *frame);

} // namespace mt::decoded
