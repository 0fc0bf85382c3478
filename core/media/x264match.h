// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "export/exportpreset.h"
#include "media/avhandles.h"
#include "media/encoder.h"

#include <QString>

#include <optional>

namespace mt {

// libx264 settings that make the same H.264 parameter sets (SPS/PPS) as a source, so that
// re-encoded pictures can sit between copied ones under the source's one avcC sample entry
// (Option B of shared/notes/smart-render.md: an avc1 file that QuickTime and Safari play).
//
// The source's SPS and PPS are parsed and each field x264 derives from a setting is turned back
// into that setting: entropy coder, 8x8 transform, weighted prediction, reference count, the
// B-frame depth and pyramid (from max_num_reorder_frames and the POC size), the initial QP (x264
// writes its CRF there), chroma QP offset, level, profile, pixel aspect, colour description and
// the timing (the frame rate). Whether it worked is not guessed: encoderMatches() compares the
// encoder's parameter sets with the source's byte for byte, and the caller re-encodes the whole
// span when they differ (phones' hardware encoders, HRD, scaling lists, interlacing).
// Pure functions; any thread.
struct X264Match
{
    VideoEncoding encoding;
    Encoder::Picture picture;
    int delayFrames = 0; // pictures the decoder holds back (max_num_reorder_frames)
};

// The settings for `source` (an H.264 stream with an avcC record), or why there are none.
Result<X264Match> x264MatchFor(const AVStream *source);

// Whether an opened encoder's SPS and PPS (its global header) equal the source's; `why` says
// which differs.
bool encoderMatches(const AVCodecContext *encoder, const AVStream *source, QString *why);

} // namespace mt
