// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// CharacterStore's reference images and the one-primary rule.
#include "characterstore.h"

#include "database.h"
#include "sql.h"
#include "storevalidation.h"
#include "transaction.h"

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPathLength = 4096;
constexpr int MaxOriginalNameLength = 255;

} // namespace

Status CharacterStore::validateImage(const CharacterImage &image) const
{
    if (!validation::isLibraryPath(image.relativePath, MaxPathLength)) {
        return Error::refused(tr("“%1” is not a path inside the library; add images through the "
                                 "library so that they are copied into it.")
                                      .arg(image.relativePath));
    }
    if (!validation::isSha256(image.sha256)) {
        return Error::refused(
                tr("“%1” is not a SHA-256 digest (64 lower-case hex digits).").arg(image.sha256));
    }
    if (image.width < 1 || image.width > MaxImageSize || image.height < 1
        || image.height > MaxImageSize) {
        return Error::refused(tr("An image of %1×%2 pixels cannot be a reference image: each side "
                                 "must be 1 to %3 pixels.")
                                      .arg(image.width)
                                      .arg(image.height)
                                      .arg(MaxImageSize));
    }
    if (image.fileSize < 0)
        return Error::refused(tr("A file size cannot be negative (%1).").arg(image.fileSize));
    if (image.originalName.size() > MaxOriginalNameLength) {
        return Error::refused(tr("The file name has %1 characters; at most %2 are kept.")
                                      .arg(image.originalName.size())
                                      .arg(MaxOriginalNameLength));
    }
    return {};
}

Status CharacterStore::touch(qint64 characterId)
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"UPDATE characters SET updated_at = ? WHERE id = ?"_s,
                                        {sql::nowMs(), characterId});
    return query ? Status() : Status(query.error());
}

Result<CharacterImage> CharacterStore::addImage(const CharacterImage &image)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Character> character = get(image.characterId);
    if (!character)
        return character.error();
    if (Status valid = validateImage(image); !valid)
        return valid.error();
    for (const CharacterImage &existing : std::as_const(character->images)) {
        if (existing.sha256 == image.sha256) {
            return Error::refused(tr("This picture is already image %1 of “%2”.")
                                          .arg(existing.id)
                                          .arg(character->name));
        }
    }
    const bool primary = character->images.isEmpty() || image.isPrimary;
    if (primary) {
        if (Result<QSqlQuery> cleared = sql::exec(m_db.connection(),
                                                  u"UPDATE character_images SET is_primary = 0 "
                                                  u"WHERE character_id = ?"_s,
                                                  {image.characterId});
            !cleared) {
            return cleared.error();
        }
    }
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO character_images (character_id, relative_path, sha256, original_name, "
            u"width, height, file_size, is_primary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {image.characterId,
             image.relativePath,
             image.sha256,
             image.originalName,
             image.width,
             image.height,
             image.fileSize,
             primary ? 1 : 0,
             sql::nowMs()});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status touched = touch(image.characterId); !touched)
        return touched.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit characterChanged(image.characterId);
    return this->image(id);
}

Status CharacterStore::setPrimary(qint64 imageId)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<CharacterImage> target = image(imageId);
    if (!target)
        return target.error();
    if (target->isPrimary)
        return {};
    // Cleared first: the partial unique index allows one primary per character at any moment.
    for (const auto &[statement, key] :
         {std::pair{u"UPDATE character_images SET is_primary = 0 WHERE character_id = ?"_s,
                    target->characterId},
          std::pair{u"UPDATE character_images SET is_primary = 1 WHERE id = ?"_s, imageId}}) {
        if (Result<QSqlQuery> query = sql::exec(m_db.connection(), statement, {key}); !query)
            return query.error();
    }
    if (Status touched = touch(target->characterId); !touched)
        return touched;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    emit characterChanged(target->characterId);
    return {};
}

Result<CharacterImage> CharacterStore::removeImage(qint64 imageId)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<CharacterImage> removed = image(imageId);
    if (!removed)
        return removed;
    QStringList statements{u"DELETE FROM character_images WHERE id = ?"_s};
    QVariantList keys{imageId};
    if (removed->isPrimary) {
        statements << u"UPDATE character_images SET is_primary = 1 WHERE id = (SELECT id FROM "
                      u"character_images WHERE character_id = ? ORDER BY created_at, id LIMIT 1)"_s;
        keys << removed->characterId;
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (Result<QSqlQuery> query = sql::exec(m_db.connection(), statements.at(i), {keys.at(i)});
            !query) {
            return query.error();
        }
    }
    if (Status touched = touch(removed->characterId); !touched)
        return touched.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit characterChanged(removed->characterId);
    return removed;
}

} // namespace mt
