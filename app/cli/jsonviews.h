// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/assetflag.h"
#include "domain/character.h"
#include "domain/project.h"

#include <QJsonObject>
#include <QString>

namespace mt {

class LibraryPaths;

// The JSON shapes of the CLI's --json output (camelCase keys; paths absolute) and the one-line
// text forms of the same rows. Scripts rely on the keys: add, never rename.
QJsonObject projectJson(const Project &project);
QString projectLine(const Project &project);

QJsonObject characterImageJson(const CharacterImage &image, const LibraryPaths &paths);
QJsonObject characterJson(const Character &character, const LibraryPaths &paths);
QString characterLine(const Character &character);

QJsonObject assetJson(const Asset &asset, const LibraryPaths &paths);
QString assetLine(const Asset &asset);

// "flag 7  frozen 3.200–6.000 s: Frozen from … (dismissed)"
QString flagLine(const AssetFlag &flag);

QString isoTime(const QDateTime &time);

} // namespace mt
