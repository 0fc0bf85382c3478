// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QString>

#include <atomic>

namespace mt {

// Opens a media file's container for decoding, reading its header only (no
// avformat_find_stream_info: callers that need it call it for the formats that need it, as that
// decodes frames of every stream). Only the file itself is read (no network URLs or playlists
// named inside it, no "%d" numbered sequences, no protocol taken from a colon in the name), and
// `cancel`, which must outlive the context, stops a blocking read. Refused, with the reason, when
// the path is not a readable file or libavformat does not recognise it; cancelled when the flag
// was set. Any thread.
Result<av::InputFormatPtr> openMedia(const QString &path, const std::atomic<bool> &cancel);

// The name messages quote for a path: its file name.
QString mediaDisplayName(const QString &path);

} // namespace mt
