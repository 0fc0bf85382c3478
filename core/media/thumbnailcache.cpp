// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "thumbnailcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Milliseconds name a time in a file name without a decimal point.
QString millis(const std::optional<double> &seconds)
{
    return seconds ? QString::number(std::llround(*seconds * 1000)) : u"auto"_s;
}

} // namespace

ThumbnailCache::ThumbnailCache(QString folder)
    : m_folder(std::move(folder))
{}

QString ThumbnailCache::sourceKey(const QString &media, const QString &sha256)
{
    if (!sha256.isEmpty())
        return sha256.toLower();
    const QFileInfo file(media);
    const QString identity = u"%1\n%2\n%3"_s.arg(file.absoluteFilePath())
                                     .arg(file.size())
                                     .arg(file.lastModified().toMSecsSinceEpoch());
    // Not a content hash, so it is kept shorter than one, and the two never collide in length.
    return QString::fromLatin1(
            QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QString ThumbnailCache::pathFor(const QString &media,
                                const QString &sha256,
                                const QString &parameters,
                                const QString &extension) const
{
    const QString key = sourceKey(media, sha256);
    // Two characters of fan-out keep a folder of a big library's thumbnails quick to list.
    return QDir(m_folder).filePath(key.left(2) + u'/' + key + u'-' + parameters + extension);
}

QString ThumbnailCache::posterPath(const QString &media,
                                   const QString &sha256,
                                   const Thumbnailer::PosterOptions &options) const
{
    return pathFor(media,
                   sha256,
                   u"poster-w%1-at%2-q%3"_s.arg(options.width)
                           .arg(millis(options.at))
                           .arg(options.quality),
                   u".jpg"_s);
}

QString ThumbnailCache::filmstripPath(const QString &media,
                                      const QString &sha256,
                                      const Thumbnailer::FilmstripOptions &options) const
{
    return pathFor(media,
                   sha256,
                   u"strip-n%1-h%2-%3-%4-q%5"_s.arg(options.tiles)
                           .arg(options.height)
                           .arg(millis(options.from), millis(options.to))
                           .arg(options.quality),
                   u".jpg"_s);
}

QString ThumbnailCache::waveformPath(const QString &media, const QString &sha256, int buckets) const
{
    return pathFor(media, sha256, u"peaks-n%1"_s.arg(buckets), u".peaks"_s);
}

Result<Thumbnail> ThumbnailCache::poster(const QString &media,
                                         const QString &sha256,
                                         const Thumbnailer::PosterOptions &options,
                                         JobContext &context) const
{
    const QString path = posterPath(media, sha256, options);
    if (QFileInfo::exists(path)) {
        Result<Thumbnail> kept = Thumbnailer::readPoster(path);
        if (kept.ok()) {
            kept->cached = true;
            return kept;
        }
        // A damaged cache file is made again, over it.
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return Thumbnailer::poster(media, path, options, context);
}

Result<Filmstrip> ThumbnailCache::filmstrip(const QString &media,
                                            const QString &sha256,
                                            const Thumbnailer::FilmstripOptions &options,
                                            JobContext &context) const
{
    const QString path = filmstripPath(media, sha256, options);
    if (QFileInfo::exists(path)) {
        Result<Filmstrip> kept = Thumbnailer::readFilmstrip(path);
        if (kept.ok()) {
            kept->cached = true;
            return kept;
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return Thumbnailer::filmstrip(media, path, options, context);
}

Result<Waveform> ThumbnailCache::waveform(const QString &media,
                                          const QString &sha256,
                                          int buckets,
                                          JobContext &context) const
{
    const QString path = waveformPath(media, sha256, buckets);
    if (QFileInfo::exists(path)) {
        Result<Waveform> kept = AudioWaveform::read(path);
        if (kept.ok()) {
            kept->cached = true;
            return kept;
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return AudioWaveform::extract(media, path, buckets, context);
}

} // namespace mt
