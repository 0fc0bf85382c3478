// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "mediainfo.h"

#include <QDateTime>
#include <QString>

namespace mt {

enum class AssetOrigin { Imported, Generated, Storyboard };

QString assetOriginName(AssetOrigin origin); // "imported", "generated", "storyboard"
std::optional<AssetOrigin> assetOriginFromName(const QString &name);

// A piece of media a project uses: a managed file (named by content hash) and what the probe said
// about it. The same content in one project is one asset.
struct Asset
{
    qint64 id = 0;
    qint64 projectId = 0;
    MediaKind kind = MediaKind::Video;
    AssetOrigin origin = AssetOrigin::Imported;
    QString originalName;  // file name it came from, for display
    QString relativePath;  // relative to the library root: "media/uploads/<sha256>.mp4"
    QString sha256;
    qint64 fileSize = 0;
    MediaInfo info;        // probe result (path inside is the managed file's)
    bool isPlaceholder = false; // a storyboard card that stands in for a shot still to generate
    QDateTime createdAt;
};

} // namespace mt
