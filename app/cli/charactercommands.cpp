// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// character create | list | show | update | delete | add-image | remove-image | set-primary
#include "cli.h"
#include "jsonviews.h"

#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString describe(const Character &character)
{
    QStringList lines{characterLine(character)};
    if (!character.description.isEmpty())
        lines << character.description;
    for (const CharacterImage &image : character.images)
        lines << u"  image %1\t%2\t%3x%4%5"_s.arg(image.id)
                         .arg(image.originalName)
                         .arg(image.width)
                         .arg(image.height)
                         .arg(image.isPrimary ? Cli::tr("\tprimary") : QString());
    return lines.join(u'\n');
}

int create(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The character's name, unique in the library."));
    parser.addOption({u"description"_s, Cli::tr("Who the character is."), u"TEXT"_s});
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Character> created = library->characters().create(
            parser.positionalArguments().first(), parser.value(u"description"_s));
    if (!created.ok())
        return cli.fail(created.error());
    return cli.print(characterJson(*created, library->paths()),
                     Cli::tr("Created character %1 “%2”.").arg(created->id).arg(created->name));
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<QList<Character>> characters = library->characters().list();
    if (!characters.ok())
        return cli.fail(characters.error());
    QJsonArray json;
    QStringList lines;
    for (const Character &character : *characters) {
        json.append(characterJson(character, library->paths()));
        lines << characterLine(character);
    }
    return cli.print(json, lines.isEmpty() ? Cli::tr("No characters yet. Create one with "
                                                     "“movietool-cli character create NAME”.")
                                           : lines.join(u'\n'));
}

// The commands below all start from argument C; this runs `body` with it resolved.
int withCharacter(Cli &cli, QCommandLineParser &parser, const QStringList &args, int positional,
                  const std::function<int(Library &, const Character &)> &body)
{
    if (auto exit = cli.parse(parser, args, positional, positional))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Character> character = library->characters().byIdOrName(
            parser.positionalArguments().first());
    if (!character.ok())
        return cli.fail(character.error());
    return body(*library, *character);
}

// Prints the character again after a change to it or its images.
int printCharacter(Cli &cli, Library &library, qint64 id, const QString &message)
{
    const Result<Character> updated = library.characters().get(id);
    if (!updated.ok())
        return cli.fail(updated.error());
    return cli.print(characterJson(*updated, library.paths()), message);
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    return withCharacter(cli, parser, args, 1, [&](Library &library, const Character &character) {
        return cli.print(characterJson(character, library.paths()), describe(character));
    });
}

int update(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    parser.addOptions({{u"name"_s, Cli::tr("The new name."), u"N"_s},
                       {u"description"_s, Cli::tr("The new description."), u"T"_s}});
    return withCharacter(cli, parser, args, 1, [&](Library &library, const Character &character) {
        auto optionValue = [&](const QString &name) -> std::optional<QString> {
            return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
        };
        const Result<Character> updated = library.characters().update(
                character.id, optionValue(u"name"_s), optionValue(u"description"_s));
        if (!updated.ok())
            return cli.fail(updated.error());
        return cli.print(characterJson(*updated, library.paths()),
                         Cli::tr("Updated character %1 “%2”.").arg(updated->id).arg(updated->name));
    });
}

int remove(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    return withCharacter(cli, parser, args, 1, [&](Library &library, const Character &character) {
        const Result<Character> removed = library.media().removeCharacter(character.id);
        if (!removed.ok())
            return cli.fail(removed.error());
        return cli.print(QJsonObject{{u"deleted"_s, character.id}, {u"name"_s, character.name}},
                         Cli::tr("Deleted character %1 “%2”; its images are in the library's "
                                 "trash until you empty it.")
                                 .arg(character.id)
                                 .arg(character.name));
    });
}

int addImage(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("A JPEG, PNG or WebP image of the character."));
    parser.addOption({u"primary"_s, Cli::tr("Make it the character's primary reference image.")});
    return withCharacter(cli, parser, args, 2, [&](Library &library, const Character &character) {
        const Result<CharacterImage> added = library.media().addCharacterImage(
                character.id, parser.positionalArguments().at(1), parser.isSet(u"primary"_s));
        if (!added.ok())
            return cli.fail(added.error());
        return printCharacter(cli, library, character.id,
                              Cli::tr("Added image %1 to “%2”.").arg(added->id).arg(character.name));
    });
}

// Reads IMAGE_ID and checks that it belongs to the character.
Result<qint64> imageOf(Library &library, const Character &character, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    const Result<CharacterImage> image = library.characters().image(ok ? id : 0);
    if (!ok || !image.ok() || image->characterId != character.id)
        return Error::refused(Cli::tr("“%1” has no image %2. “movietool-cli character show %3” "
                                      "lists its images.")
                                      .arg(character.name, text)
                                      .arg(character.id));
    return id;
}

int removeImage(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    parser.addPositionalArgument(u"IMAGE_ID"_s, Cli::tr("The image, as “character show” lists it."));
    return withCharacter(cli, parser, args, 2, [&](Library &library, const Character &character) {
        const Result<qint64> imageId = imageOf(library, character, parser.positionalArguments().at(1));
        if (!imageId.ok())
            return cli.fail(imageId.error());
        const Result<CharacterImage> removed = library.media().removeCharacterImage(*imageId);
        if (!removed.ok())
            return cli.fail(removed.error());
        return printCharacter(cli, library, character.id,
                              Cli::tr("Removed image %1 from “%2”.").arg(*imageId).arg(character.name));
    });
}

int setPrimary(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"C"_s, Cli::tr("Character id or name."));
    parser.addPositionalArgument(u"IMAGE_ID"_s, Cli::tr("The image, as “character show” lists it."));
    return withCharacter(cli, parser, args, 2, [&](Library &library, const Character &character) {
        const Result<qint64> imageId = imageOf(library, character, parser.positionalArguments().at(1));
        if (!imageId.ok())
            return cli.fail(imageId.error());
        if (const Status set = library.characters().setPrimary(*imageId); !set.ok())
            return cli.fail(set.error());
        return printCharacter(cli, library, character.id,
                              Cli::tr("Image %1 is now the primary image of “%2”.")
                                      .arg(*imageId)
                                      .arg(character.name));
    });
}

} // namespace

QList<Command> characterCommands()
{
    return {
            {{u"character"_s, u"create"_s}, u"NAME [--description TEXT]"_s, create},
            {{u"character"_s, u"list"_s}, {}, list},
            {{u"character"_s, u"show"_s}, u"C"_s, show},
            {{u"character"_s, u"update"_s}, u"C [--name N] [--description T]"_s, update},
            {{u"character"_s, u"delete"_s}, u"C"_s, remove},
            {{u"character"_s, u"add-image"_s}, u"C FILE [--primary]"_s, addImage},
            {{u"character"_s, u"remove-image"_s}, u"C IMAGE_ID"_s, removeImage},
            {{u"character"_s, u"set-primary"_s}, u"C IMAGE_ID"_s, setPrimary},
    };
}

} // namespace mt
