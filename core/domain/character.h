// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mt {

// A reference image of a character, a file under media/characters named by its SHA-256.
struct CharacterImage
{
    qint64 id = 0;
    qint64 characterId = 0;
    QString relativePath;  // relative to the library root: "media/characters/<sha256>.png"
    QString sha256;
    QString originalName;  // the file name it was imported from, for display only
    int width = 0;
    int height = 0;
    qint64 fileSize = 0;   // bytes of the managed file, counted against the library's quota
    bool isPrimary = false; // exactly one image of a character with images is primary
    QDateTime createdAt;
};

// A member of the library's cast, usable by every project (character→video, portraits).
struct Character
{
    qint64 id = 0;
    QString name;          // unique in the library, 1..120 characters
    QString description;   // up to 2000 characters
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CharacterImage> images; // filled by CharacterStore::get, primary first
};

} // namespace mt
