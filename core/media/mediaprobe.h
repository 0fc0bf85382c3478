// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mt {

// Reads what a media file is, in-process with libavformat/libavcodec: kind, duration, streams,
// displayed size after rotation, frame rate and whether it varies, pixel format, audio layout,
// keyframe spacing. With verifyDecode it also decodes the first frame and checks that the data
// reaches the end the header promises (by the index where it lists every packet, else by reading
// the last packets), so an empty, truncated or undecodable file is refused with a reason instead
// of imported.
// Stateless and reentrant: call it from any thread (jobs do).
class MediaProbe
{
public:
    struct Options
    {
        bool verifyDecode = true;        // decode first frame, check the end (refuses cut files)
        double keyframeScanSeconds = 20; // how far to read packets for keyframe spacing and VFR
    };

    static Result<MediaInfo> probe(const QString &path, const Options &options);
    static Result<MediaInfo> probe(const QString &path) { return probe(path, Options{}); }

    // Probes many files at once, one per core (a probe is a few small reads and one decoded
    // frame, so files in parallel beat any threading inside one); results in the order given.
    static QList<Result<MediaInfo>> probeAll(const QStringList &paths, const Options &options);
    static QList<Result<MediaInfo>> probeAll(const QStringList &paths)
    {
        return probeAll(paths, Options{});
    }
};

} // namespace mt
