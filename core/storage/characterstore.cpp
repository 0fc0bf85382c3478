// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "characterstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectCharacter = u"SELECT id, name, description, created_at, updated_at "
                                u"FROM characters "_s;
const QString selectImage = u"SELECT id, character_id, relative_path, sha256, original_name, "
                            u"width, height, file_size, is_primary, created_at "
                            u"FROM character_images "_s;

Character characterFrom(const QSqlQuery &query)
{
    Character character;
    character.id = query.value(0).toLongLong();
    character.name = query.value(1).toString();
    character.description = query.value(2).toString();
    character.createdAt = sql::toDateTime(query.value(3));
    character.updatedAt = sql::toDateTime(query.value(4));
    return character;
}

CharacterImage imageFrom(const QSqlQuery &query)
{
    CharacterImage image;
    image.id = query.value(0).toLongLong();
    image.characterId = query.value(1).toLongLong();
    image.relativePath = query.value(2).toString();
    image.sha256 = query.value(3).toString();
    image.originalName = query.value(4).toString();
    image.width = query.value(5).toInt();
    image.height = query.value(6).toInt();
    image.fileSize = query.value(7).toLongLong();
    image.isPrimary = query.value(8).toBool();
    image.createdAt = sql::toDateTime(query.value(9));
    return image;
}

} // namespace

CharacterStore::CharacterStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Error CharacterStore::unknownId(qint64 id)
{
    return Error::refused(tr("No character with id %1. `movietool-cli character list` shows the "
                             "characters.")
                                  .arg(id));
}

Result<std::optional<Character>> CharacterStore::find(const QString &where,
                                                      const QVariant &key) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectCharacter + where, {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Character>();
    Character character = characterFrom(*query);
    Result<QList<CharacterImage>> images = imagesOf(character.id);
    if (!images)
        return images.error();
    character.images = images.value();
    return std::optional<Character>(std::move(character));
}

Result<QList<CharacterImage>> CharacterStore::imagesOf(qint64 characterId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectImage
                                                + u"WHERE character_id = ? "
                                                  u"ORDER BY is_primary DESC, created_at, id"_s,
                                        {characterId});
    if (!query)
        return query.error();
    QList<CharacterImage> images;
    while (query->next())
        images.append(imageFrom(*query));
    return images;
}

Result<CharacterImage> CharacterStore::image(qint64 imageId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectImage + u"WHERE id = ?"_s,
                                        {imageId});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(tr("No character image with id %1. `movietool-cli character show C` "
                                 "lists a character's images.")
                                      .arg(imageId));
    }
    return imageFrom(*query);
}

Result<Character> CharacterStore::get(qint64 id) const
{
    Result<std::optional<Character>> found = find(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownId(id);
    return **found;
}

Result<Character> CharacterStore::byIdOrName(const QString &idOrName) const
{
    if (const std::optional<qint64> id = sql::parseId(idOrName)) {
        Result<std::optional<Character>> byId = find(u"WHERE id = ?"_s, *id);
        if (!byId || byId.value())
            return byId ? Result<Character>(**byId) : Result<Character>(byId.error());
    }
    // The column's NOCASE collation makes this a case-insensitive match.
    Result<std::optional<Character>> byName = find(u"WHERE name = ?"_s, idOrName.trimmed());
    if (!byName)
        return byName.error();
    if (!byName.value()) {
        return Error::refused(tr("No character with id or name “%1”. `movietool-cli character "
                                 "list` shows the characters.")
                                      .arg(idOrName));
    }
    return **byName;
}

Result<QList<Character>> CharacterStore::list() const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectCharacter + u"ORDER BY name, id"_s);
    if (!query)
        return query.error();
    QList<Character> characters;
    while (query->next())
        characters.append(characterFrom(*query));
    for (Character &character : characters) {
        Result<QList<CharacterImage>> images = imagesOf(character.id);
        if (!images)
            return images.error();
        character.images = images.value();
    }
    return characters;
}

Status CharacterStore::validate(const QString &name,
                                const QString &description,
                                qint64 excludeId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::refused(
                tr("A character needs a name of 1 to %1 characters.").arg(MaxNameLength));
    if (trimmed.size() > MaxNameLength) {
        return Error::refused(tr("The character name has %1 characters; shorten it to at most %2.")
                                      .arg(trimmed.size())
                                      .arg(MaxNameLength));
    }
    if (description.size() > MaxDescriptionLength) {
        return Error::refused(tr("The description has %1 characters; shorten it to at most %2.")
                                      .arg(description.size())
                                      .arg(MaxDescriptionLength));
    }
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"SELECT id, name FROM characters WHERE name = ? AND id <> ?"_s,
                        {trimmed, excludeId});
    if (!query)
        return query.error();
    if (query->next()) {
        return Error::refused(tr("There is already a character named “%1” (id %2). Choose another "
                                 "name; names are compared ignoring case.")
                                      .arg(query->value(1).toString())
                                      .arg(query->value(0).toLongLong()));
    }
    return {};
}

Result<Character> CharacterStore::create(const QString &name, const QString &description)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Status valid = validate(name, description, 0); !valid)
        return valid.error();
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"INSERT INTO characters (name, description, created_at, "
                                        u"updated_at) VALUES (?, ?, ?, ?)"_s,
                                        {name.trimmed(), description, now, now});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit characterCreated(id);
    return get(id);
}

Result<Character> CharacterStore::update(qint64 id,
                                         const std::optional<QString> &name,
                                         const std::optional<QString> &description)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Character> existing = get(id);
    if (!existing)
        return existing;
    const QString newName = name.value_or(existing->name).trimmed();
    const QString newDescription = description.value_or(existing->description);
    if (Status valid = validate(newName, newDescription, id); !valid)
        return valid.error();
    if (Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                            u"UPDATE characters SET name = ?, description = ?, "
                                            u"updated_at = ? WHERE id = ?"_s,
                                            {newName, newDescription, sql::nowMs(), id});
        !query) {
        return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit characterChanged(id);
    return get(id);
}

Result<Character> CharacterStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Character> existing = get(id);
    if (!existing)
        return existing;
    // Its images go by ON DELETE CASCADE.
    if (Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                            u"DELETE FROM characters WHERE id = ?"_s,
                                            {id});
        !query) {
        return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit characterRemoved(id);
    return existing;
}

} // namespace mt
