// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/audiowaveform.h"
#include "media/thumbnailer.h"

#include <QString>

namespace mt {

class JobContext;

// Keeps posters, filmstrips and waveforms so that none is made twice: files under a cache
// folder (a library's LibraryPaths::cache()) named by what they show — the content's SHA-256 for
// a managed asset, else the file's path, size and modification time (so an edited file gets
// new ones) — and by the parameters asked for. A hit is answered from the file's header, without
// opening the media; a miss is made by Thumbnailer or AudioWaveform, written atomically, so two
// jobs asking at once both succeed and leave one whole file. The files are derived data: any
// may be deleted at any time.
//
// Immutable after construction: use from any thread, several at once.
class ThumbnailCache
{
public:
    // `folder`: where to keep the files (made on first use).
    explicit ThumbnailCache(QString folder);

    QString folder() const { return m_folder; }

    // `sha256`: the content hash of a managed file (Asset::sha256), empty for any other file.
    Result<Thumbnail> poster(const QString &media,
                             const QString &sha256,
                             const Thumbnailer::PosterOptions &options,
                             JobContext &context) const;
    Result<Filmstrip> filmstrip(const QString &media,
                                const QString &sha256,
                                const Thumbnailer::FilmstripOptions &options,
                                JobContext &context) const;
    Result<Waveform> waveform(const QString &media,
                              const QString &sha256,
                              int buckets,
                              JobContext &context) const;

    // Where each is kept, whether or not it exists yet.
    QString posterPath(const QString &media,
                       const QString &sha256,
                       const Thumbnailer::PosterOptions &options) const;
    QString filmstripPath(const QString &media,
                          const QString &sha256,
                          const Thumbnailer::FilmstripOptions &options) const;
    QString waveformPath(const QString &media, const QString &sha256, int buckets) const;

    // What names a file's items: the SHA-256 given, or a hash of path, size and mtime.
    static QString sourceKey(const QString &media, const QString &sha256);

private:
    QString pathFor(const QString &media,
                    const QString &sha256,
                    const QString &parameters,
                    const QString &extension) const;

    QString m_folder;
};

} // namespace mt
