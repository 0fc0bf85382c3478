// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "thumbnailer.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/framescaler.h"
#include "media/videoframereader.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// The JPEG comment that says what a picture shows ("MovieTool: {json}").
const QString MetadataKey = u"MovieTool"_s;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status writeJpeg(QImage image, const QJsonObject &metadata, int quality, OutputFile &output)
{
    image.setText(MetadataKey,
                  QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    QImageWriter writer(output.temporaryPath(), "jpeg");
    writer.setQuality(std::clamp(quality, 1, 100));
    if (!writer.write(image))
        return Error::failed(Thumbnailer::tr("%1 could not be written (%2). Check the folder's "
                                             "free space and permissions.")
                                     .arg(nativePath(output.targetPath()), writer.errorString()));
    return output.commit();
}

Result<QJsonObject> readMetadata(const QString &path, const QString &kind, QSize *size)
{
    QImageReader reader(path, "jpeg");
    *size = reader.size();
    const QJsonObject metadata = QJsonDocument::fromJson(reader.text(MetadataKey).toUtf8()).object();
    if (!size->isValid() || metadata.value(u"kind"_s).toString() != kind)
        return Error::refused(
                Thumbnailer::tr("%1 is not a %2 made by Movie Tool.").arg(nativePath(path), kind));
    return metadata;
}

Status checkOptions(int quality, JobContext &context)
{
    if (quality < 1 || quality > 100)
        return Error::refused(Thumbnailer::tr("The JPEG quality must be between 1 and 100."));
    if (context.isCancelled())
        return Error::cancelled(Thumbnailer::tr("Making the thumbnail was cancelled."));
    return {};
}

} // namespace

QJsonObject Thumbnail::toJson() const
{
    return {{u"path"_s, path},
            {u"width"_s, width},
            {u"height"_s, height},
            {u"at"_s, at},
            {u"cached"_s, cached}};
}

QJsonObject Filmstrip::toJson() const
{
    QJsonArray seconds;
    for (const double time : times)
        seconds.append(time);
    return {{u"path"_s, path},
            {u"width"_s, tileWidth * int(times.size())},
            {u"height"_s, tileHeight},
            {u"tileWidth"_s, tileWidth},
            {u"tileHeight"_s, tileHeight},
            {u"tiles"_s, int(times.size())},
            {u"times"_s, seconds},
            {u"cached"_s, cached}};
}

double Thumbnailer::defaultPosterTime(double duration)
{
    return duration > 0 ? std::min(1.0, duration * 0.1) : 0.0;
}

Result<Thumbnail> Thumbnailer::poster(const QString &input,
                                      const QString &output,
                                      const PosterOptions &options,
                                      JobContext &context)
{
    if (options.width < 1 || options.width > MaxWidth)
        return Error::refused(
                tr("A thumbnail's width must be between 1 and %1 pixels.").arg(MaxWidth));
    if (const Status checked = checkOptions(options.quality, context); !checked.ok())
        return checked.error();
    OutputFile file(output);
    if (const Status prepared = file.prepare(); !prepared.ok())
        return prepared.error();
    VideoFrameReader reader;
    if (const Status opened = reader.open(input, *context.cancelFlag(), options.threads);
        !opened.ok())
        return opened.error();

    // Inside the clip: a time past the end shows the last picture, not an error.
    double at = options.at.value_or(defaultPosterTime(reader.duration()));
    if (reader.duration() > 0)
        at = std::min(at, std::max(reader.duration() - reader.frameDuration() / 2, 0.0));
    const Result<const AVFrame *> frame = reader.frameAt(std::max(at, 0.0));
    if (!frame.ok())
        return frame.error();
    const int rotation = reader.rotation(*frame);
    const QSize size = FrameScaler::atWidth(FrameScaler::displayedSize((*frame)->width,
                                                                       (*frame)->height,
                                                                       reader.sampleAspect(*frame),
                                                                       rotation),
                                            options.width);
    if (size.height() > MaxJpegSide)
        return Error::refused(tr("A %1 pixels wide thumbnail of “%2” would be too tall for a "
                                 "JPEG. Choose a smaller width.")
                                      .arg(options.width)
                                      .arg(reader.name()));
    FrameScaler scaler;
    const Result<QImage> image = scaler.scale(*frame, size, rotation);
    if (!image.ok())
        return image.error();
    if (context.isCancelled())
        return Error::cancelled(
                tr("Making the thumbnail of “%1” was cancelled.").arg(reader.name()));

    Thumbnail made;
    made.path = file.targetPath();
    made.width = image->width();
    made.height = image->height();
    made.at = reader.timeOf(*frame);
    const QJsonObject metadata{{u"kind"_s, u"poster"_s}, {u"at"_s, made.at}};
    if (const Status written = writeJpeg(*image, metadata, options.quality, file); !written.ok())
        return written.error();
    return made;
}

Result<Filmstrip> Thumbnailer::filmstrip(const QString &input,
                                         const QString &output,
                                         const FilmstripOptions &options,
                                         JobContext &context)
{
    if (options.tiles < 1 || options.tiles > MaxTiles)
        return Error::refused(tr("A filmstrip has 1 to %1 pictures.").arg(MaxTiles));
    if (options.height < 1 || options.height > MaxWidth)
        return Error::refused(
                tr("A filmstrip's height must be between 1 and %1 pixels.").arg(MaxWidth));
    if (const Status checked = checkOptions(options.quality, context); !checked.ok())
        return checked.error();
    OutputFile file(output);
    if (const Status prepared = file.prepare(); !prepared.ok())
        return prepared.error();
    VideoFrameReader reader;
    if (const Status opened = reader.open(input, *context.cancelFlag(), options.threads);
        !opened.ok())
        return opened.error();

    const double duration = reader.duration();
    const double from = std::clamp(options.from.value_or(0.0), 0.0, duration);
    const double to = std::clamp(options.to.value_or(duration), 0.0, duration);
    if (!reader.isStill() && !(to > from))
        return Error::refused(tr("The part of “%1” to show is empty: it must start before it "
                                 "ends, inside the clip's %L2 s.")
                                      .arg(reader.name())
                                      .arg(duration, 0, 'f', 2));

    Filmstrip made;
    QImage strip;
    FrameScaler scaler;
    const QString stage = tr("Filmstrip");
    for (int i = 0; i < options.tiles; ++i) {
        if (context.isCancelled())
            return Error::cancelled(
                    tr("Making the filmstrip of “%1” was cancelled.").arg(reader.name()));
        const double at = from + (i + 0.5) * (to - from) / options.tiles;
        const Result<const AVFrame *> frame = reader.frameAt(at);
        if (!frame.ok())
            return frame.error();
        const int rotation = reader.rotation(*frame);
        if (strip.isNull()) {
            const QSize tile = FrameScaler::atHeight(FrameScaler::displayedSize((*frame)->width,
                                                                                (*frame)->height,
                                                                                reader.sampleAspect(
                                                                                        *frame),
                                                                                rotation),
                                                     options.height);
            if (qint64(tile.width()) * options.tiles > MaxJpegSide)
                return Error::refused(tr("A filmstrip of %1 pictures %2 pixels high would be "
                                         "too wide for a JPEG. Ask for fewer or lower pictures.")
                                              .arg(options.tiles)
                                              .arg(options.height));
            made.tileWidth = tile.width();
            made.tileHeight = tile.height();
            strip = QImage(tile.width() * options.tiles, tile.height(), QImage::Format_RGB32);
            if (strip.isNull())
                return Error::failed(
                        tr("Out of memory for a filmstrip of “%1”.").arg(reader.name()));
        }
        const Result<QImage> tile = scaler.scale(*frame,
                                                 {made.tileWidth, made.tileHeight},
                                                 rotation);
        if (!tile.ok())
            return tile.error();
        for (int y = 0; y < made.tileHeight; ++y)
            std::memcpy(strip.scanLine(y) + qsizetype(i) * made.tileWidth * 4,
                        tile->constScanLine(y),
                        size_t(made.tileWidth) * 4);
        made.times << reader.timeOf(*frame);
        context.setProgress(double(i + 1) / options.tiles, stage);
    }
    if (context.isCancelled())
        return Error::cancelled(
                tr("Making the filmstrip of “%1” was cancelled.").arg(reader.name()));

    made.path = file.targetPath();
    QJsonArray times;
    for (const double time : made.times)
        times.append(time);
    const QJsonObject metadata{{u"kind"_s, u"filmstrip"_s},
                               {u"tileWidth"_s, made.tileWidth},
                               {u"times"_s, times}};
    if (const Status written = writeJpeg(strip, metadata, options.quality, file); !written.ok())
        return written.error();
    return made;
}

Result<Thumbnail> Thumbnailer::readPoster(const QString &path)
{
    QSize size;
    const Result<QJsonObject> metadata = readMetadata(path, u"poster"_s, &size);
    if (!metadata.ok())
        return metadata.error();
    Thumbnail read;
    read.path = QFileInfo(path).absoluteFilePath();
    read.width = size.width();
    read.height = size.height();
    read.at = metadata->value(u"at"_s).toDouble();
    return read;
}

Result<Filmstrip> Thumbnailer::readFilmstrip(const QString &path)
{
    QSize size;
    const Result<QJsonObject> metadata = readMetadata(path, u"filmstrip"_s, &size);
    if (!metadata.ok())
        return metadata.error();
    Filmstrip read;
    read.path = QFileInfo(path).absoluteFilePath();
    read.tileWidth = metadata->value(u"tileWidth"_s).toInt();
    read.tileHeight = size.height();
    for (const QJsonValue time : metadata->value(u"times"_s).toArray())
        read.times << time.toDouble();
    if (read.tileWidth <= 0 || read.tileWidth * read.times.size() != size.width())
        return Error::refused(tr("%1 is not a filmstrip made by Movie Tool.").arg(nativePath(path)));
    return read;
}

} // namespace mt
