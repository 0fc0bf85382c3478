// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// generate P … | tasks list [P] | show T | cancel T | retry T | resume
#include "cli.h"
#include "generationsession.h"

#include "generation/generationservice.h"
#include "generation/providerregistry.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> readId(Cli &cli, const QString &text, const QString &what, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0)
        return cli.usage(Cli::tr("%1 is a number, not “%2”.").arg(what, text));
    return std::nullopt;
}

int printTasks(Cli &cli, GenerationSession &session, const QList<qint64> &ids)
{
    QJsonArray json;
    QStringList lines;
    for (qint64 id : ids) {
        const Result<GenerationTask> task = session.service().tasks().get(id);
        if (!task)
            continue;
        json.append(session.taskJson(*task));
        lines << GenerationSession::taskLine(*task);
    }
    cli.print(json, lines.join(u'\n'));
    return session.outcome(ids);
}

int generate(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addOptions({
            {u"provider"_s,
             Cli::tr("minimax, segmind or storyboard (default: storyboard)."),
             u"NAME"_s},
            {u"mode"_s,
             Cli::tr("t2v (text), i2v (first frame) or s2v (character); default t2v."),
             u"MODE"_s},
            {u"prompt"_s, Cli::tr("What the shot shows."), u"TEXT"_s},
            {u"model"_s,
             Cli::tr("The provider's model; default: the provider's for the mode."),
             u"M"_s},
            {u"camera"_s,
             Cli::tr("A camera move (repeatable): %1.").arg(cameraMoveNames().join(u", "_s)),
             u"MOVE"_s},
            {u"first-frame"_s, Cli::tr("An image asset of the project to start from."), u"A"_s},
            {u"character"_s, Cli::tr("A character (id or name); its primary image is used."), u"C"_s},
            {u"duration"_s, Cli::tr("Seconds; default: the model's."), u"S"_s},
            {u"resolution"_s, Cli::tr("e.g. 720P, 768P, 1080P; default: the model's."), u"R"_s},
            {u"seed"_s, Cli::tr("A seed, where the provider takes one."), u"N"_s},
            {u"no-prompt-optimizer"_s, Cli::tr("Ask the provider to follow the prompt literally.")},
            {u"takes"_s,
             Cli::tr("How many variations to make (1–%1).").arg(GenerationService::MaxTakes),
             u"N"_s},
            {u"replace"_s,
             Cli::tr("The timeline clip the result replaces (its take is kept)."),
             u"CLIP"_s},
            {u"wait"_s,
             Cli::tr("Wait until the shots are on the timeline. Without it the command "
                     "returns once the provider has accepted them (“tasks resume” "
                     "finishes them).")},
    });
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    if (!parser.isSet(u"prompt"_s))
        return cli.usage(Cli::tr("generate needs --prompt TEXT."));

    GenerationRequest request;
    request.provider = parser.isSet(u"provider"_s) ? parser.value(u"provider"_s).toLower()
                                                   : u"storyboard"_s;
    if (!ProviderRegistry::knownNames().contains(request.provider))
        return cli.usage(Cli::tr("--provider is one of %1.")
                                 .arg(ProviderRegistry::knownNames().join(u", "_s)));
    const QString mode = parser.isSet(u"mode"_s) ? parser.value(u"mode"_s) : u"t2v"_s;
    const std::optional<GenerationMode> parsedMode = generationModeFromName(mode);
    if (!parsedMode || !isVideoMode(*parsedMode))
        return cli.usage(Cli::tr("--mode is t2v, i2v or s2v."));
    request.mode = *parsedMode;
    request.prompt = parser.value(u"prompt"_s);
    request.model = parser.value(u"model"_s);
    request.cameraMoves = parser.values(u"camera"_s);
    request.resolution = parser.value(u"resolution"_s).toUpper();
    request.promptOptimizer = !parser.isSet(u"no-prompt-optimizer"_s);
    if (parser.isSet(u"duration"_s)) {
        const std::optional<double> seconds = parseSeconds(parser.value(u"duration"_s));
        if (!seconds || *seconds <= 0)
            return cli.usage(Cli::tr("--duration is a number of seconds, not “%1”.")
                                     .arg(parser.value(u"duration"_s)));
        request.duration = *seconds;
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        request.seed = parser.value(u"seed"_s).toLongLong(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--seed is a whole number."));
    }
    int takes = 1;
    if (parser.isSet(u"takes"_s)) {
        bool ok = false;
        takes = parser.value(u"takes"_s).toInt(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--takes is a whole number."));
    }
    if (parser.isSet(u"first-frame"_s)) {
        if (auto exit = readId(cli,
                               parser.value(u"first-frame"_s),
                               u"--first-frame"_s,
                               &request.firstFrameAssetId))
            return *exit;
    }
    if (parser.isSet(u"replace"_s)) {
        if (auto exit = readId(cli,
                               parser.value(u"replace"_s),
                               u"--replace"_s,
                               &request.replaceClipId))
            return *exit;
    }

    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    const Result<Project> project = session.library().projects().byIdOrName(
            parser.positionalArguments().at(0));
    if (!project)
        return cli.fail(project.error());
    request.projectId = project->id;
    if (parser.isSet(u"character"_s)) {
        const Result<Character> character = session.library().characters().byIdOrName(
                parser.value(u"character"_s));
        if (!character)
            return cli.fail(character.error());
        request.characterId = character->id;
    }
    const Result<QList<GenerationTask>> tasks = session.service().generate(request, takes);
    if (!tasks)
        return cli.fail(tasks.error());
    QList<qint64> ids;
    for (const GenerationTask &task : *tasks)
        ids << task.id;
    session.wait(ids, parser.isSet(u"wait"_s));
    return printTasks(cli, session, ids);
}

int tasksList(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Only this project's tasks."), u"[P]"_s);
    if (auto exit = cli.parse(parser, args, 0, 1))
        return *exit;
    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    qint64 projectId = 0;
    if (!parser.positionalArguments().isEmpty()) {
        const Result<Project> project = session.library().projects().byIdOrName(
                parser.positionalArguments().at(0));
        if (!project)
            return cli.fail(project.error());
        projectId = project->id;
    }
    const Result<QList<GenerationTask>> tasks = session.service().tasks().list(projectId);
    if (!tasks)
        return cli.fail(tasks.error());
    QJsonArray json;
    QStringList lines;
    for (const GenerationTask &task : *tasks) {
        json.append(session.taskJson(task));
        lines << GenerationSession::taskLine(task);
    }
    if (lines.isEmpty())
        lines << Cli::tr("No generation tasks yet. “generate P --prompt TEXT” makes one.");
    return cli.print(json, lines.join(u'\n'));
}

// tasks show | cancel | retry: one task by id.
int taskCommand(Cli &cli, const QStringList &args, const QString &verb)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"T"_s, Cli::tr("Task id (see “tasks list”)."));
    if (verb == u"retry"_s)
        parser.addOption({u"wait"_s, Cli::tr("Wait until the shot is on the timeline.")});
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    qint64 id = 0;
    if (auto exit = readId(cli, parser.positionalArguments().at(0), u"T"_s, &id))
        return *exit;
    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    if (verb == u"cancel"_s) {
        const Result<GenerationTask> task = session.service().cancel(id);
        if (!task)
            return cli.fail(task.error());
        session.waitUntil([&] { return !session.service().isWorking(id); });
    } else if (verb == u"retry"_s) {
        const Result<GenerationTask> task = session.service().retry(id);
        if (!task)
            return cli.fail(task.error());
        session.wait({id}, parser.isSet(u"wait"_s));
        return printTasks(cli, session, {id});
    }
    const Result<GenerationTask> task = session.service().tasks().get(id);
    if (!task)
        return cli.fail(task.error());
    QString text = GenerationSession::taskLine(*task);
    if (!task->promptSent.isEmpty())
        text += u'\n' + Cli::tr("      sent: “%1”").arg(task->promptSent);
    if (!task->remoteTaskId.isEmpty())
        text += u'\n' + Cli::tr("      remote task: %1").arg(task->remoteTaskId);
    return cli.print(session.taskJson(*task), text);
}

int tasksResume(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    const Result<QList<GenerationTask>> before = session.service().tasks().unfinished();
    if (!before)
        return cli.fail(before.error());
    const Result<int> resumed = session.service().resume();
    if (!resumed)
        return cli.fail(resumed.error());
    QList<qint64> ids;
    for (const GenerationTask &task : *before)
        ids << task.id;
    session.wait(ids, true);
    if (ids.isEmpty())
        return cli.print(QJsonArray(), Cli::tr("No unfinished generation tasks."));
    return printTasks(cli, session, ids);
}

} // namespace

QList<Command> generationCommands()
{
    return {
            {{u"generate"_s},
             u"P --provider minimax|segmind|storyboard --mode t2v|i2v|s2v --prompt TEXT [--model "
             u"M] "
             u"[--camera MOVE]... [--first-frame A] [--character C] [--duration S] "
             u"[--resolution R] [--takes N] [--replace CLIP] [--wait]"_s,
             generate},
            {{u"tasks"_s, u"list"_s}, u"[P]"_s, tasksList},
            {{u"tasks"_s, u"show"_s},
             u"T"_s,
             [](Cli &cli, const QStringList &args) {
                 return taskCommand(cli, args, u"show"_s);
             }},
            {{u"tasks"_s, u"cancel"_s},
             u"T"_s,
             [](Cli &cli, const QStringList &args) {
                 return taskCommand(cli, args, u"cancel"_s);
             }},
            {{u"tasks"_s, u"retry"_s},
             u"T [--wait]"_s,
             [](Cli &cli, const QStringList &args) {
                 return taskCommand(cli, args, u"retry"_s);
             }},
            {{u"tasks"_s, u"resume"_s}, QString(), tasksResume},
    };
}

} // namespace mt
