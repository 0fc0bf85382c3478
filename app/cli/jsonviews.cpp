// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jsonviews.h"

#include "cli.h"
#include "storage/librarypaths.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject projectJson(const Project &project)
{
    return {
            {u"id"_s, project.id},
            {u"name"_s, project.name},
            {u"description"_s, project.description},
            {u"width"_s, project.width},
            {u"height"_s, project.height},
            {u"fps"_s, project.frameRate.toString()},
            {u"fpsValue"_s, project.frameRate.toDouble()},
            {u"defaultPreset"_s, project.defaultPreset},
            {u"exportFolder"_s, project.exportFolder},
            {u"createdAt"_s, isoTime(project.createdAt)},
            {u"updatedAt"_s, isoTime(project.updatedAt)},
    };
}

QString projectLine(const Project &project)
{
    return u"%1\t%2\t%3x%4 %5 fps"_s.arg(project.id)
            .arg(project.name)
            .arg(project.width)
            .arg(project.height)
            .arg(project.frameRate.toDouble(), 0, 'g', 5);
}

QJsonObject characterImageJson(const CharacterImage &image, const LibraryPaths &paths)
{
    return {
            {u"id"_s, image.id},
            {u"characterId"_s, image.characterId},
            {u"path"_s, paths.absolute(image.relativePath)},
            {u"relativePath"_s, image.relativePath},
            {u"sha256"_s, image.sha256},
            {u"originalName"_s, image.originalName},
            {u"width"_s, image.width},
            {u"height"_s, image.height},
            {u"fileSize"_s, image.fileSize},
            {u"primary"_s, image.isPrimary},
            {u"createdAt"_s, isoTime(image.createdAt)},
    };
}

QJsonObject characterJson(const Character &character, const LibraryPaths &paths)
{
    QJsonArray images;
    for (const CharacterImage &image : character.images)
        images.append(characterImageJson(image, paths));
    return {
            {u"id"_s, character.id},
            {u"name"_s, character.name},
            {u"description"_s, character.description},
            {u"images"_s, images},
            {u"createdAt"_s, isoTime(character.createdAt)},
            {u"updatedAt"_s, isoTime(character.updatedAt)},
    };
}

QString characterLine(const Character &character)
{
    return u"%1\t%2\t%3"_s.arg(character.id)
            .arg(character.name)
            .arg(QCoreApplication::translate("mt::Cli",
                                             "%n image(s)",
                                             nullptr,
                                             int(character.images.size())));
}

QJsonObject assetJson(const Asset &asset, const LibraryPaths &paths)
{
    QJsonObject info = asset.info.toJson();
    info.remove(u"path"_s);
    QJsonObject o{
            {u"id"_s, asset.id},
            {u"projectId"_s, asset.projectId},
            {u"kind"_s, mediaKindName(asset.kind)},
            {u"origin"_s, assetOriginName(asset.origin)},
            {u"originalName"_s, asset.originalName},
            {u"path"_s, paths.absolute(asset.relativePath)},
            {u"relativePath"_s, asset.relativePath},
            {u"sha256"_s, asset.sha256},
            {u"fileSize"_s, asset.fileSize},
            {u"duration"_s, asset.info.duration},
            {u"placeholder"_s, asset.isPlaceholder},
            {u"createdAt"_s, isoTime(asset.createdAt)},
            {u"info"_s, info},
    };
    if (asset.info.video) {
        o[u"width"_s] = asset.info.video->width;
        o[u"height"_s] = asset.info.video->height;
    }
    return o;
}

QString assetLine(const Asset &asset)
{
    QString line = u"%1\t%2\t%3"_s.arg(asset.id).arg(mediaKindName(asset.kind), asset.originalName);
    if (asset.info.video)
        line += u"\t%1x%2"_s.arg(asset.info.video->width).arg(asset.info.video->height);
    if (asset.kind != MediaKind::Image)
        line += u"\t%1 s"_s.arg(asset.info.duration, 0, 'f', 2);
    return line;
}

QString flagLine(const AssetFlag &flag)
{
    const QString range = flag.to ? u"%1–%2 s"_s.arg(flag.from, 0, 'f', 3).arg(*flag.to, 0, 'f', 3)
                                  : Cli::tr("whole file");
    return Cli::tr("flag %1  %2  %3: %4%5")
            .arg(flag.id)
            .arg(flag.kind, range, flag.message)
            .arg(flag.dismissed ? Cli::tr(" (dismissed)") : QString());
}

} // namespace mt
