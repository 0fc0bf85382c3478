// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "mediainfo.h"

#include <QDateTime>
#include <QString>

namespace mt {

// A film being made: its frame, its export defaults. Timelines, assets and tasks belong to one.
struct Project
{
    qint64 id = 0;
    QString name;          // unique in the library, 1..120 characters
    QString description;
    int width = 1280;
    int height = 720;
    Rational frameRate{30, 1};
    QString defaultPreset = QStringLiteral("share");
    QString exportFolder;  // empty: <library>/media/exports/<project id>
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace mt
