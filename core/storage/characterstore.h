// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/character.h"
#include "domain/error.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mt {

class Database;

// The characters and character_images tables: the library's cast and their reference images.
// Names are 1..MaxNameLength characters after trimming and unique ignoring case; descriptions up
// to MaxDescriptionLength. A character with images has exactly one primary image: the first one
// added becomes primary, and removing the primary promotes the oldest remaining image. The image
// files are MediaLibrary's business; this store keeps their rows.
// Main thread; owned by the composition root.
class CharacterStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxDescriptionLength = 2000;
    static constexpr int MaxImageSize = 16384; // pixels per side

    explicit CharacterStore(Database &db, QObject *parent = nullptr);

    Result<Character> create(const QString &name, const QString &description = {});
    // With images, primary first, then oldest first.
    Result<Character> get(qint64 id) const;
    // A numeric argument is an id when such a character exists, otherwise a name (any case).
    Result<Character> byIdOrName(const QString &idOrName) const;
    Result<QList<Character>> list() const; // by name, with images
    // Changes what is given; nullopt leaves a field as it is.
    Result<Character> update(qint64 id,
                             const std::optional<QString> &name,
                             const std::optional<QString> &description);
    // Returns the removed character with its images (whose files the caller may move to trash).
    Result<Character> remove(qint64 id);

    // Adds the row of an image already in the library (characterId, relativePath, sha256,
    // originalName, width, height, fileSize; isPrimary asks to make it the primary). The first
    // image of a character becomes primary whatever isPrimary says. The same picture (sha256)
    // twice for one character is refused.
    Result<CharacterImage> addImage(const CharacterImage &image);
    Result<CharacterImage> image(qint64 imageId) const;
    Status setPrimary(qint64 imageId);
    // Returns the removed row; when it was the primary, the oldest remaining image becomes primary.
    Result<CharacterImage> removeImage(qint64 imageId);

signals:
    void characterCreated(qint64 id);
    void characterChanged(qint64 id); // also when its images change
    void characterRemoved(qint64 id);

private:
    Result<std::optional<Character>> find(const QString &where, const QVariant &key) const;
    Result<QList<CharacterImage>> imagesOf(qint64 characterId) const;
    Status validate(const QString &name, const QString &description, qint64 excludeId) const;
    Status validateImage(const CharacterImage &image) const;
    Status touch(qint64 characterId);
    static Error unknownId(qint64 id);

    Database &m_db;
};

} // namespace mt
