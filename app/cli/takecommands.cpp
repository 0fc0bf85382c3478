// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// takes CLIP | takes use CLIP A — the takes of a shot, compared and swapped (take review)
#include "jsonviews.h"
#include "timelinesession.h"

#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/takestore.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

using namespace timelinecli;

// The clip named by `text` and the session over its project (a clip id names its project).
std::optional<int> openClip(Cli &cli, const QString &text, Session *session, qint64 *clipId)
{
    if (auto exit = readId(cli, text, u"CLIP"_s, clipId))
        return exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Clip> clip = TimelineStore(library->database()).clip(*clipId);
    if (!clip)
        return cli.fail(clip.error());
    return openSession(cli, QString::number(clip->projectId), session);
}

QString takeLine(const Take &take)
{
    QString line = u"%1 asset %2  “%3”  %4 s"_s.arg(take.inUse ? u"*"_s : u" "_s)
                           .arg(take.asset.id)
                           .arg(take.asset.originalName)
                           .arg(take.asset.info.duration, 0, 'f', 3);
    if (take.asset.info.video)
        line += u"  %1x%2"_s.arg(take.asset.info.video->width).arg(take.asset.info.video->height);
    if (take.cost)
        line += u"  $%1"_s.arg(*take.cost, 0, 'f', 2);
    if (!take.provider.isEmpty())
        line += u"  "_s + take.provider + (take.model.isEmpty() ? QString() : u'/' + take.model);
    QStringList kinds;
    for (const AssetFlag &flag : take.flags) {
        if (!flag.dismissed && !kinds.contains(flag.kind))
            kinds.append(flag.kind);
    }
    const int open = take.openFlagCount();
    line += open == 0 ? Cli::tr("  no flags")
                      : Cli::tr("  open flags (%1): %2").arg(open).arg(kinds.join(u", "_s));
    if (const qsizetype dismissed = take.flags.size() - open; dismissed > 0)
        line += Cli::tr(", %1 dismissed").arg(dismissed);
    return line;
}

int list(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CLIP"_s, Cli::tr("The clip's id (see “timeline show P”)."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Session session;
    qint64 clipId = 0;
    if (auto exit = openClip(cli, parser.positionalArguments().at(0), &session, &clipId))
        return *exit;
    const Result<QList<Take>> takes = TakeStore(cli.library()->database()).takes(clipId);
    if (!takes)
        return cli.fail(takes.error());
    QJsonArray json;
    QStringList lines{
            Cli::tr("Clip %1 of “%2”: %n take(s); * is in use", nullptr, int(takes->size()))
                    .arg(clipId)
                    .arg(session.project.name)};
    for (const Take &take : *takes) {
        json.append(take.toJson());
        lines << takeLine(take);
        for (const AssetFlag &flag : take.flags)
            lines << u"      "_s + flagLine(flag);
    }
    if (takes->size() == 1) {
        lines << Cli::tr("Generate more takes of this shot with “generate P … --replace %1”.")
                         .arg(clipId);
    }
    return cli.print(json, lines.join(u'\n'));
}

int use(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CLIP"_s, Cli::tr("The clip's id (see “timeline show P”)."));
    parser.addPositionalArgument(u"A"_s, Cli::tr("The take to show (see “takes CLIP”)."));
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Session session;
    qint64 clipId = 0;
    if (auto exit = openClip(cli, parser.positionalArguments().at(0), &session, &clipId))
        return *exit;
    qint64 assetId = 0;
    if (auto exit = readId(cli, parser.positionalArguments().at(1), u"A"_s, &assetId))
        return *exit;
    const Result<bool> isTake = TakeStore(cli.library()->database()).isTake(clipId, assetId);
    if (!isTake)
        return cli.fail(isTake.error());
    if (!*isTake) {
        return cli.fail(Error::refused(
                Cli::tr("Asset %1 is not a take of clip %2. “takes %2” lists its takes; to show "
                        "another asset there, use “timeline replace %3 %2 %1”.")
                        .arg(assetId)
                        .arg(clipId)
                        .arg(session.project.id)));
    }
    const qint64 previous = session.editor->store().clip(clipId)->assetId;
    const Result<Clip> clip = session.editor->replaceAsset(clipId, assetId);
    if (!clip)
        return cli.fail(clip.error());
    const Timeline timeline = session.timeline();
    QJsonObject json
            = timeline.toJson()[u"clips"_s].toArray().at(timeline.indexOf(clipId)).toObject();
    json.insert(u"previous"_s, previous);
    json.insert(u"filmDuration"_s, timeline.duration());
    return cli.print(json,
                     Cli::tr("Clip %1 now shows take %2; asset %3 stays an alternate. “timeline "
                             "undo %4” takes it back.")
                             .arg(clipId)
                             .arg(assetId)
                             .arg(previous)
                             .arg(session.project.id));
}

} // namespace

QList<Command> takeCommands()
{
    return {
            {{u"takes"_s}, u"CLIP"_s, list},
            {{u"takes"_s, u"use"_s}, u"CLIP A"_s, use},
    };
}

} // namespace mt
