// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// timeline show | add | move | trim | split | remove | replace | volume | transition | undo |
// redo | history (music and audio: timelinesoundcommands.cpp)
#include "timelinesession.h"

#include "storage/library.h"
#include "storage/projectstore.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

using namespace timelinecli;

QString clipLine(const Timeline &timeline, int index)
{
    const Clip &clip = timeline.clips[index];
    const double duration = timeline.clipDuration(clip);
    const QString name = timeline.assets.value(clip.assetId).originalName;
    QString line = Cli::tr("%1. clip %2  “%3” (asset %4)  %5 s at %6 s")
                           .arg(index + 1)
                           .arg(clip.id)
                           .arg(name)
                           .arg(clip.assetId)
                           .arg(duration, 0, 'f', 3)
                           .arg(timeline.clipStart(index), 0, 'f', 3);
    if (!clip.stillDuration)
        line += u", "_s + span(clip.in, clip.out, duration);
    if (clip.volume != 1)
        line += Cli::tr(", volume %1").arg(clip.volume);
    if (const double transition = timeline.transitionAfter(index); transition > 0) {
        line += (clip.transition == Transition::Crossfade
                         ? Cli::tr(", then a crossfade of %1 s")
                         : Cli::tr(", then a dip to black of %1 s"))
                        .arg(transition, 0, 'f', 3);
    }
    return line;
}

// Prints a clip after an edit: its JSON (with where it plays) or a line, and the film's length.
int printClip(Cli &cli, const Session &session, qint64 clipId, const QString &what)
{
    const Timeline timeline = session.timeline();
    const int index = timeline.indexOf(clipId);
    QJsonObject json = timeline.toJson()[u"clips"_s].toArray().at(index).toObject();
    json.insert(u"filmDuration"_s, timeline.duration());
    return cli.print(json,
                     what + u"\n  "_s + clipLine(timeline, index) + u"\n"_s
                             + Cli::tr("The film lasts %1 s.").arg(timeline.duration(), 0, 'f', 3));
}

int show(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    const Result<Timeline> timeline = session.editor->store().load(session.project.id);
    if (!timeline)
        return cli.fail(timeline.error());
    QStringList lines{Cli::tr("“%1”: %n clip(s), %2 s", nullptr, int(timeline->clips.size()))
                              .arg(session.project.name)
                              .arg(timeline->duration(), 0, 'f', 3)};
    for (int i = 0; i < timeline->clips.size(); ++i)
        lines << clipLine(*timeline, i);
    for (const AudioClip &audio : timeline->audio) {
        lines << Cli::tr("%1 %2  “%3” (asset %4) from %5 s, %6, volume %7, fades %8 s / %9 s")
                         .arg(audioRoleName(audio.role))
                         .arg(audio.id)
                         .arg(timeline->assets.value(audio.assetId).originalName)
                         .arg(audio.assetId)
                         .arg(audio.start, 0, 'f', 3)
                         .arg(span(audio.in, audio.out, timeline->audioDuration(audio)))
                         .arg(audio.volume)
                         .arg(audio.fadeIn)
                         .arg(audio.fadeOut);
    }
    return cli.print(timeline->toJson(), lines.join(u'\n'));
}

int add(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"A"_s, Cli::tr("The asset to show (see “asset list P”)."));
    parser.addOptions({
            {u"at"_s,
             Cli::tr("Insert at this position (0: first); default: at the end."),
             u"INDEX"_s},
            {u"in"_s, Cli::tr("Where the clip starts in the video."), u"S"_s},
            {u"out"_s, Cli::tr("Where it ends (default: the video's end)."), u"S"_s},
            {u"duration"_s, Cli::tr("Seconds a still shows (default 3)."), u"S"_s},
    });
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    ClipDraft draft;
    if (auto exit = readId(cli, parser.positionalArguments().at(1), u"A"_s, &draft.assetId))
        return *exit;
    if (auto exit = readTimes(cli,
                              parser,
                              {{u"in"_s, &draft.in},
                               {u"out"_s, &draft.out},
                               {u"duration"_s, &draft.duration}}))
        return *exit;
    if (parser.isSet(u"at"_s)) {
        bool ok = false;
        draft.position = parser.value(u"at"_s).toInt(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--at takes a position: 0 for the first place."));
    }
    const Result<Clip> clip = session.editor->addClip(session.project.id, draft);
    if (!clip)
        return cli.fail(clip.error());
    return printClip(cli, session, clip->id, Cli::tr("Added clip %1.").arg(clip->id));
}

// The commands that name a clip and change it: after the arguments are parsed, `readOptions`
// reads the command's own (an exit status for a usage error), the clip's id is read and checked,
// then `edit` runs and the clip is printed with `done`.
int clipEdit(Cli &cli,
             QCommandLineParser &parser,
             const QStringList &args,
             int positional,
             const std::function<std::optional<int>()> &readOptions,
             const std::function<Result<Clip>(TimelineEditor &, qint64 clip)> &edit,
             const QString &done)
{
    if (auto exit = cli.parse(parser, args, positional, positional))
        return *exit;
    if (auto exit = readOptions())
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    qint64 clipId = 0;
    if (auto exit = readClip(cli, session, parser.positionalArguments().at(1), &clipId))
        return *exit;
    const Result<Clip> changed = edit(*session.editor, clipId);
    if (!changed)
        return cli.fail(changed.error());
    return printClip(cli, session, changed->id, done.arg(changed->id));
}

// A parser with the arguments every clip edit starts with.
void addClipArguments(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"CLIP"_s, Cli::tr("The clip's id (see “timeline show P”)."));
}

int move(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addPositionalArgument(u"INDEX"_s, Cli::tr("The new position (0: first)."));
    int position = 0;
    return clipEdit(
            cli,
            parser,
            args,
            3,
            [&]() -> std::optional<int> {
                bool ok = false;
                position = parser.positionalArguments().at(2).toInt(&ok);
                if (!ok)
                    return cli.usage(Cli::tr("INDEX is a position: 0 for the first place."));
                return std::nullopt;
            },
            [&](TimelineEditor &editor, qint64 clip) { return editor.moveClip(clip, position); },
            Cli::tr("Moved clip %1."));
}

int trim(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addOptions({
            {u"in"_s, Cli::tr("The new in point in the video."), u"S"_s},
            {u"out"_s, Cli::tr("The new out point."), u"S"_s},
            {u"duration"_s, Cli::tr("A still's new duration."), u"S"_s},
    });
    std::optional<double> in;
    std::optional<double> out;
    std::optional<double> duration;
    return clipEdit(
            cli,
            parser,
            args,
            2,
            [&]() -> std::optional<int> {
                if (auto exit = readTimes(cli,
                                          parser,
                                          {{u"in"_s, &in},
                                           {u"out"_s, &out},
                                           {u"duration"_s, &duration}}))
                    return exit;
                if (!in && !out && !duration)
                    return cli.usage(Cli::tr("Give --in, --out, or a still's --duration."));
                return std::nullopt;
            },
            [&](TimelineEditor &editor, qint64 clip) {
                return editor.trimClip(clip, in, out, duration);
            },
            Cli::tr("Trimmed clip %1."));
}

int split(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addPositionalArgument(u"AT"_s, Cli::tr("Seconds into the clip where it is cut."));
    std::optional<double> at;
    return clipEdit(
            cli,
            parser,
            args,
            3,
            [&]() -> std::optional<int> {
                at = parseSeconds(parser.positionalArguments().at(2));
                if (!at)
                    return cli.usage(Cli::tr("AT is seconds into the clip, such as 2.5."));
                return std::nullopt;
            },
            [&](TimelineEditor &editor, qint64 clip) { return editor.splitClip(clip, *at); },
            Cli::tr("Split the clip; the second part is clip %1."));
}

int replace(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addPositionalArgument(u"A"_s, Cli::tr("The asset to show instead."));
    qint64 asset = 0;
    return clipEdit(
            cli,
            parser,
            args,
            3,
            [&] { return readId(cli, parser.positionalArguments().at(2), u"A"_s, &asset); },
            [&](TimelineEditor &editor, qint64 clip) { return editor.replaceAsset(clip, asset); },
            Cli::tr("Clip %1 shows the new asset; the one it showed is kept as a take."));
}

int volume(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addPositionalArgument(u"V"_s, Cli::tr("0 silent, 1 as recorded, up to 4."));
    double value = 1;
    return clipEdit(
            cli,
            parser,
            args,
            3,
            [&] { return readNumber(cli, parser.positionalArguments().at(2), u"V"_s, &value); },
            [&](TimelineEditor &editor, qint64 clip) { return editor.setVolume(clip, value); },
            Cli::tr("Set the volume of clip %1."));
}

int transition(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    addClipArguments(parser);
    parser.addPositionalArgument(u"KIND"_s, u"cut|crossfade|dip-to-black"_s);
    parser.addOption({u"duration"_s, Cli::tr("Seconds it lasts (default 1)."), u"S"_s});
    std::optional<Transition> kind;
    std::optional<double> duration;
    return clipEdit(
            cli,
            parser,
            args,
            3,
            [&]() -> std::optional<int> {
                kind = transitionFromName(parser.positionalArguments().at(2));
                if (!kind)
                    return cli.usage(Cli::tr("The transition is cut, crossfade or dip-to-black."));
                return readTimes(cli, parser, {{u"duration"_s, &duration}});
            },
            [&](TimelineEditor &editor, qint64 clip) {
                return editor.setTransition(clip, *kind, duration.value_or(1.0));
            },
            Cli::tr("Set the transition after clip %1."));
}

int remove(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"CLIP"_s, Cli::tr("The clip's id (see “timeline show P”)."));
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    qint64 clipId = 0;
    if (auto exit = readClip(cli, session, parser.positionalArguments().at(1), &clipId))
        return *exit;
    if (const Status removed = session.editor->removeClip(clipId); !removed)
        return cli.fail(removed.error());
    const double duration = session.timeline().duration();
    return cli.print(QJsonObject{{u"removed"_s, clipId}, {u"filmDuration"_s, duration}},
                     Cli::tr("Removed clip %1; the clips after it moved up. The film lasts %2 s.")
                             .arg(clipId)
                             .arg(duration, 0, 'f', 3));
}

int step(Cli &cli, const QStringList &args, bool undo)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    const Result<EditEntry> entry = undo ? session.editor->undo(session.project.id)
                                         : session.editor->redo(session.project.id);
    if (!entry)
        return cli.fail(entry.error());
    const QString title = TimelineEditor::commandTitle(entry->command);
    const double duration = session.timeline().duration();
    return cli.print(QJsonObject{{undo ? u"undone"_s : u"redone"_s, entry->command},
                                 {u"sequence"_s, entry->sequence},
                                 {u"filmDuration"_s, duration}},
                     (undo ? Cli::tr("Undid “%1”.") : Cli::tr("Redid “%1”.")).arg(title) + u" "_s
                             + Cli::tr("The film lasts %1 s.").arg(duration, 0, 'f', 3));
}

int history(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    const Result<QList<EditEntry>> entries = session.history->entries(session.project.id);
    if (!entries)
        return cli.fail(entries.error());
    QJsonArray json;
    QStringList lines;
    for (const EditEntry &entry : *entries) {
        json.append(QJsonObject{{u"sequence"_s, entry.sequence},
                                {u"command"_s, entry.command},
                                {u"undone"_s, entry.undone},
                                {u"at"_s, entry.createdAt.toString(Qt::ISODateWithMs)}});
        lines << u"%1. %2%3"_s.arg(entry.sequence)
                         .arg(TimelineEditor::commandTitle(entry.command),
                              entry.undone ? Cli::tr(" (undone)") : QString());
    }
    return cli.print(json, lines.isEmpty() ? Cli::tr("No edits yet.") : lines.join(u'\n'));
}

} // namespace

QList<Command> timelineCommands()
{
    const auto words = [](const QString &word) {
        return QStringList{u"timeline"_s, word};
    };
    QList<Command> commands{
            {words(u"show"_s), u"P"_s, show},
            {words(u"add"_s), u"P A [--at INDEX] [--in S] [--out S] [--duration S (stills)]"_s, add},
            {words(u"move"_s), u"P CLIP INDEX"_s, move},
            {words(u"trim"_s), u"P CLIP [--in S] [--out S] [--duration S (stills)]"_s, trim},
            {words(u"split"_s), u"P CLIP AT"_s, split},
            {words(u"remove"_s), u"P CLIP"_s, remove},
            {words(u"replace"_s), u"P CLIP A"_s, replace},
            {words(u"volume"_s), u"P CLIP V"_s, volume},
            {words(u"transition"_s),
             u"P CLIP cut|crossfade|dip-to-black [--duration S]"_s,
             transition},
            {words(u"undo"_s),
             u"P"_s,
             [](Cli &cli, const QStringList &args) {
                 return step(cli, args, true);
             }},
            {words(u"redo"_s),
             u"P"_s,
             [](Cli &cli, const QStringList &args) {
                 return step(cli, args, false);
             }},
            {words(u"history"_s), u"P"_s, history},
    };
    return commands + timelinecli::soundCommands();
}

} // namespace mt
