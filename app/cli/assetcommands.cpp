// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// import | asset list | asset show | asset remove | asset dismiss-flag | asset restore-flag
#include "cli.h"
#include "jsonviews.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "storage/assetstore.h"
#include "storage/flagstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Files named on the command line, with folders replaced by the files below them (sorted, hidden
// ones skipped), as a drop of a folder onto the media bin does.
QStringList expandFolders(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (!QFileInfo(argument).isDir()) {
            files << argument;
            continue;
        }
        QStringList inside;
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inside << it.next();
        inside.sort();
        files += inside;
    }
    return files;
}

int import(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"FILE"_s,
                                 Cli::tr("Media files or folders to import."),
                                 u"FILE..."_s);
    if (auto exit = cli.parse(parser, args, 2, -1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(
            parser.positionalArguments().first());
    if (!project.ok())
        return cli.fail(project.error());

    // Each file on its own: a refused one is reported and the rest still import.
    const QStringList files = expandFolders(parser.positionalArguments().mid(1));
    QJsonArray json;
    QStringList lines;
    int status = ExitOk;
    int done = 0;
    for (const QString &file : files) {
        cli.progress(Cli::tr("[%1/%2] importing %3").arg(++done).arg(files.size()).arg(file));
        const Result<MediaLibrary::Imported> imported = library->media().importFile(project->id,
                                                                                    file);
        if (!imported.ok()) {
            status = std::max(status, cli.fail(imported.error()));
            json.append(QJsonObject{{u"source"_s, file}, {u"error"_s, imported.error().message}});
            continue;
        }
        QJsonObject entry = assetJson(imported->asset, library->paths());
        entry[u"source"_s] = file;
        entry[u"existing"_s] = imported->existing;
        json.append(entry);
        lines << assetLine(imported->asset)
                         + (imported->existing ? Cli::tr("\t(already in the project)") : QString());
    }
    cli.print(json, lines.join(u'\n'));
    return status;
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addOption({u"kind"_s, Cli::tr("Only video, image or audio."), u"KIND"_s});
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    std::optional<MediaKind> kind;
    if (parser.isSet(u"kind"_s)) {
        kind = mediaKindFromName(parser.value(u"kind"_s));
        if (!kind)
            return cli.usage(Cli::tr("--kind takes video, image or audio, not “%1”.")
                                     .arg(parser.value(u"kind"_s)));
    }
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(
            parser.positionalArguments().first());
    if (!project.ok())
        return cli.fail(project.error());
    const Result<QList<Asset>> assets = library->assets().list(project->id, kind);
    if (!assets.ok())
        return cli.fail(assets.error());
    const Result<QHash<qint64, int>> openFlags = FlagStore(library->database())
                                                         .openFlagCounts(project->id);
    if (!openFlags.ok())
        return cli.fail(openFlags.error());
    QJsonArray json;
    QStringList lines;
    for (const Asset &asset : *assets) {
        QJsonObject entry = assetJson(asset, library->paths());
        // Take review's open findings, so a script can pick the takes to look at.
        const int open = openFlags->value(asset.id);
        entry.insert(u"openFlags"_s, open);
        json.append(entry);
        lines << assetLine(asset) + (open > 0 ? Cli::tr("\t%1 open flag(s)").arg(open) : QString());
    }
    return cli.print(json,
                     lines.isEmpty() ? Cli::tr("No media in “%1” yet. Add some with "
                                               "“movietool-cli import %2 FILE...”.")
                                               .arg(project->name)
                                               .arg(project->id)
                                     : lines.join(u'\n'));
}

// Runs body with argument A resolved to an asset.
int withAsset(Cli &cli,
              const QStringList &args,
              const std::function<int(Library &, const Asset &)> &body)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"A"_s, Cli::tr("Asset id, as “asset list” shows it."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return cli.usage(Cli::tr("An asset is named by its numeric id, not “%1”.")
                                 .arg(parser.positionalArguments().first()));
    const Result<Asset> asset = library->assets().get(id);
    if (!asset.ok())
        return cli.fail(asset.error());
    return body(*library, *asset);
}

int show(Cli &cli, const QStringList &args)
{
    return withAsset(cli, args, [&](Library &library, const Asset &asset) {
        QString text = assetLine(asset) + u'\n' + library.paths().absolute(asset.relativePath);
        if (asset.info.video)
            text += u"\n"_s
                    + Cli::tr("video: %1 %2, %3 fps")
                              .arg(asset.info.video->codec, asset.info.video->pixelFormat)
                              .arg(asset.info.video->frameRate.toDouble(), 0, 'g', 5);
        if (asset.info.audio)
            text += u"\n"_s
                    + Cli::tr("audio: %1 %2 Hz %3")
                              .arg(asset.info.audio->codec)
                              .arg(asset.info.audio->sampleRate)
                              .arg(asset.info.audio->channelLayout);
        const Result<QList<AssetFlag>> flags = FlagStore(library.database()).flags(asset.id);
        if (!flags)
            return cli.fail(flags.error());
        QJsonArray flagArray;
        for (const AssetFlag &flag : *flags) {
            flagArray.append(flag.toJson());
            text += u"\n"_s + flagLine(flag);
        }
        QJsonObject json = assetJson(asset, library.paths());
        json.insert(u"flags"_s, flagArray);
        return cli.print(json, text);
    });
}

// Dismisses or restores a take-review flag, as an edit of the asset's project (undoable).
int setDismissed(Cli &cli, const QStringList &args, bool dismissed)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FLAG"_s, Cli::tr("Flag id, as “asset show A” lists it."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return cli.usage(Cli::tr("A flag is named by its numeric id (see “asset show A”), not "
                                 "“%1”.")
                                 .arg(parser.positionalArguments().first()));
    const Result<AssetFlag> before = FlagStore(library->database()).flag(id);
    if (!before)
        return cli.fail(before.error());
    const Result<Asset> asset = library->assets().get(before->assetId);
    if (!asset)
        return cli.fail(asset.error());
    EditHistory history(library->database());
    TimelineEditor editor(library->database(), history);
    const Result<AssetFlag> flag = editor.setFlagDismissed(id, dismissed);
    if (!flag)
        return cli.fail(flag.error());
    QString text;
    if (before->dismissed == dismissed) {
        text = (dismissed ? Cli::tr("Flag %1 of asset %2 was already dismissed.")
                          : Cli::tr("Flag %1 of asset %2 is not dismissed."))
                       .arg(id)
                       .arg(flag->assetId);
    } else {
        text = (dismissed ? Cli::tr("Dismissed flag %1 of asset %2. “timeline undo %3” brings it "
                                    "back.")
                          : Cli::tr("Restored flag %1 of asset %2. “timeline undo %3” dismisses it "
                                    "again."))
                       .arg(id)
                       .arg(flag->assetId)
                       .arg(asset->projectId);
    }
    QJsonObject json = flag->toJson();
    json.insert(u"asset"_s, flag->assetId);
    json.insert(u"project"_s, asset->projectId);
    return cli.print(json, text + u"\n"_s + flagLine(*flag));
}

int remove(Cli &cli, const QStringList &args)
{
    return withAsset(cli, args, [&](Library &library, const Asset &asset) {
        const Result<Asset> removed = library.media().removeAsset(asset.id);
        if (!removed.ok())
            return cli.fail(removed.error());
        return cli.print(QJsonObject{{u"deleted"_s, asset.id}},
                         Cli::tr("Removed asset %1 “%2”.").arg(asset.id).arg(asset.originalName));
    });
}

} // namespace

QList<Command> assetCommands()
{
    return {
            {{u"import"_s}, u"P FILE..."_s, import},
            {{u"asset"_s, u"list"_s}, u"P [--kind video|image|audio]"_s, list},
            {{u"asset"_s, u"show"_s}, u"A"_s, show},
            {{u"asset"_s, u"remove"_s}, u"A"_s, remove},
            {{u"asset"_s, u"dismiss-flag"_s},
             u"FLAG"_s,
             [](Cli &cli, const QStringList &args) {
                 return setDismissed(cli, args, true);
             }},
            {{u"asset"_s, u"restore-flag"_s},
             u"FLAG"_s,
             [](Cli &cli, const QStringList &args) {
                 return setDismissed(cli, args, false);
             }},
    };
}

} // namespace mt
