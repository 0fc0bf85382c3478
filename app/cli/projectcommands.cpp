// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// project create | list | show | rename | delete
#include "cli.h"
#include "jsonviews.h"

#include "storage/assetstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> readInt(Cli &cli, const QCommandLineParser &parser, const QString &option,
                           int &target)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    target = parser.value(option).toInt(&ok);
    if (!ok)
        return cli.usage(Cli::tr("--%1 takes a whole number, not “%2”.")
                                 .arg(option, parser.value(option)));
    return std::nullopt;
}

int create(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The project's name, unique in the library."));
    parser.addOptions({
            {u"width"_s, Cli::tr("Frame width in pixels (default 1280)."), u"W"_s},
            {u"height"_s, Cli::tr("Frame height in pixels (default 720)."), u"H"_s},
            {u"fps"_s, Cli::tr("Frame rate: 30, 25, 23.976 or 30000/1001 (default 30)."), u"F"_s},
            {u"description"_s, Cli::tr("What the film is about."), u"TEXT"_s},
    });
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Project draft;
    draft.name = parser.positionalArguments().first();
    draft.description = parser.value(u"description"_s);
    if (auto exit = readInt(cli, parser, u"width"_s, draft.width))
        return *exit;
    if (auto exit = readInt(cli, parser, u"height"_s, draft.height))
        return *exit;
    if (parser.isSet(u"fps"_s)) {
        const std::optional<Rational> fps = Rational::fromString(parser.value(u"fps"_s));
        if (!fps)
            return cli.fail(Error::refused(
                    Cli::tr("“%1” is not a frame rate. Give a number such as 30, 25, 23.976 or "
                            "30000/1001.")
                            .arg(parser.value(u"fps"_s))));
        draft.frameRate = *fps;
    }
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> created = library->projects().create(draft);
    if (!created.ok())
        return cli.fail(created.error());
    return cli.print(projectJson(*created),
                     Cli::tr("Created project %1 “%2”.").arg(created->id).arg(created->name));
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<QList<Project>> projects = library->projects().list();
    if (!projects.ok())
        return cli.fail(projects.error());
    QJsonArray json;
    QStringList lines;
    for (const Project &project : *projects) {
        json.append(projectJson(project));
        lines << projectLine(project);
    }
    return cli.print(json, lines.isEmpty() ? Cli::tr("No projects yet. Create one with "
                                                     "“movietool-cli project create NAME”.")
                                           : lines.join(u'\n'));
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(parser.positionalArguments().first());
    if (!project.ok())
        return cli.fail(project.error());
    const Result<QList<Asset>> assets = library->assets().list(project->id);
    if (!assets.ok())
        return cli.fail(assets.error());
    QJsonObject json = projectJson(*project);
    qint64 bytes = 0;
    for (const Asset &asset : *assets)
        bytes += asset.fileSize;
    json[u"assetCount"_s] = int(assets->size());
    json[u"assetBytes"_s] = bytes;
    QString text = projectLine(*project);
    if (!project->description.isEmpty())
        text += u'\n' + project->description;
    text += u'\n' + Cli::tr("%n asset(s), %1", nullptr, int(assets->size())).arg(formatBytes(bytes));
    return cli.print(json, text);
}

int rename(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The new name."));
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(parser.positionalArguments().first());
    if (!project.ok())
        return cli.fail(project.error());
    const Result<Project> renamed = library->projects().rename(project->id,
                                                               parser.positionalArguments().at(1));
    if (!renamed.ok())
        return cli.fail(renamed.error());
    return cli.print(projectJson(*renamed), Cli::tr("Renamed project %1 to “%2”.")
                                                    .arg(renamed->id)
                                                    .arg(renamed->name));
}

int remove(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(parser.positionalArguments().first());
    if (!project.ok())
        return cli.fail(project.error());
    if (const Status removed = library->media().removeProject(project->id); !removed.ok())
        return cli.fail(removed.error());
    return cli.print(QJsonObject{{u"deleted"_s, project->id}, {u"name"_s, project->name}},
                     Cli::tr("Deleted project %1 “%2”; its media is in the library's trash "
                             "until you empty it.")
                             .arg(project->id)
                             .arg(project->name));
}

} // namespace

QList<Command> projectCommands()
{
    return {
            {{u"project"_s, u"create"_s},
             u"NAME [--width W] [--height H] [--fps F] [--description TEXT]"_s,
             create},
            {{u"project"_s, u"list"_s}, {}, list},
            {{u"project"_s, u"show"_s}, u"P"_s, show},
            {{u"project"_s, u"rename"_s}, u"P NAME"_s, rename},
            {{u"project"_s, u"delete"_s}, u"P"_s, remove},
    };
}

} // namespace mt
