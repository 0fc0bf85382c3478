// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// timeline music | audio — sound laid under the picture.
#include "timelinesession.h"

#include <QJsonObject>

namespace mt::timelinecli {

using namespace Qt::StringLiterals;

namespace {

void addAudioOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            {u"start"_s, Cli::tr("Where it starts in the film (default 0)."), u"S"_s},
            {u"in"_s, Cli::tr("Where it starts in the file (default 0)."), u"S"_s},
            {u"out"_s, Cli::tr("Where it ends in the file (default: its end)."), u"S"_s},
            {u"volume"_s, Cli::tr("0 silent, 1 as recorded, up to 4."), u"V"_s},
            {u"fade-in"_s, Cli::tr("Seconds to fade in."), u"S"_s},
            {u"fade-out"_s, Cli::tr("Seconds to fade out."), u"S"_s},
    });
}

std::optional<int> readAudioOptions(Cli &cli, const QCommandLineParser &parser, AudioDraft *draft)
{
    if (auto exit = readTimes(cli,
                              parser,
                              {{u"start"_s, &draft->start},
                               {u"in"_s, &draft->in},
                               {u"out"_s, &draft->out},
                               {u"fade-in"_s, &draft->fadeIn},
                               {u"fade-out"_s, &draft->fadeOut}}))
        return exit;
    if (parser.isSet(u"volume"_s)) {
        double volume = 0;
        if (auto exit = readNumber(cli, parser.value(u"volume"_s), u"--volume"_s, &volume))
            return exit;
        draft->volume = volume;
    }
    return std::nullopt;
}

int printAudio(Cli &cli, const Session &session, const AudioClip &clip, const QString &what)
{
    const Timeline timeline = session.timeline();
    QJsonObject json = clip.toJson();
    json.insert(u"duration"_s, timeline.audioDuration(clip));
    json.insert(u"filmDuration"_s, timeline.duration());
    return cli.print(json,
                     what + u" "_s
                             + Cli::tr("It plays %1 s from %2 s of the film, which lasts %3 s.")
                                       .arg(timeline.audioDuration(clip), 0, 'f', 3)
                                       .arg(clip.start, 0, 'f', 3)
                                       .arg(timeline.duration(), 0, 'f', 3));
}

int music(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"A"_s, Cli::tr("The asset whose sound to lay under the film."));
    addAudioOptions(parser);
    parser.addOption({u"voice"_s, Cli::tr("It is a voice (narration), not music.")});
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    AudioDraft draft;
    qint64 asset = 0;
    if (auto exit = readId(cli, parser.positionalArguments().at(1), u"A"_s, &asset))
        return *exit;
    draft.assetId = asset;
    draft.role = parser.isSet(u"voice"_s) ? AudioRole::Voice : AudioRole::Music;
    if (auto exit = readAudioOptions(cli, parser, &draft))
        return *exit;
    const Result<AudioClip> clip = session.editor->addAudio(session.project.id, draft);
    if (!clip)
        return cli.fail(clip.error());
    return printAudio(cli, session, *clip, Cli::tr("Added sound %1.").arg(clip->id));
}

int audio(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"ID"_s, Cli::tr("The sound's id (see “timeline show P”)."));
    addAudioOptions(parser);
    parser.addOption({u"remove"_s, Cli::tr("Take the sound off the film.")});
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    Session session;
    if (auto exit = openSession(cli, parser.positionalArguments().at(0), &session))
        return *exit;
    qint64 id = 0;
    if (auto exit = readId(cli, parser.positionalArguments().at(1), u"ID"_s, &id))
        return *exit;
    const Result<AudioClip> current = session.editor->store().audioClip(id);
    if (!current || current->projectId != session.project.id) {
        return cli.fail(
                current ? Error::refused(
                        Cli::tr("Sound %1 is not in “%2”.").arg(id).arg(session.project.name))
                        : current.error());
    }
    if (parser.isSet(u"remove"_s)) {
        if (const Status removed = session.editor->removeAudio(id); !removed)
            return cli.fail(removed.error());
        return cli.print(QJsonObject{{u"removed"_s, id}}, Cli::tr("Removed sound %1.").arg(id));
    }
    AudioDraft changes;
    if (auto exit = readAudioOptions(cli, parser, &changes))
        return *exit;
    const Result<AudioClip> clip = session.editor->updateAudio(id, changes);
    if (!clip)
        return cli.fail(clip.error());
    return printAudio(cli, session, *clip, Cli::tr("Changed sound %1.").arg(id));
}

} // namespace

QList<Command> soundCommands()
{
    const auto words = [](const QString &word) {
        return QStringList{u"timeline"_s, word};
    };
    return {
            {words(u"music"_s),
             u"P A [--start S] [--volume V] [--fade-in S] [--fade-out S] [--in S] [--out S] "
             u"[--voice]"_s,
             music},
            {words(u"audio"_s),
             u"P ID [--start S] [--volume V] [--fade-in S] [--fade-out S] [--in S] [--out S] | "
             u"--remove"_s,
             audio},
    };
}

} // namespace mt::timelinecli
