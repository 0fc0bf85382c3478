// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// export P [OUT] | export --batch FILE.json
#include "cli.h"
#include "cliprogress.h"

#include "export/exporter.h"
#include "storage/exportstore.h"
#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Plans, runs and records one export; the result as --json prints it.
Result<QJsonObject> exportOne(Cli &cli,
                              Library &library,
                              const QString &projectArgument,
                              ExportRequest request)
{
    Result<Project> project = library.projects().byIdOrName(projectArgument);
    if (!project)
        return project.error();
    request.projectId = project->id;
    Result<Timeline> timeline = TimelineStore(library.database()).load(project->id);
    if (!timeline)
        return timeline.error();
    Result<ExportPlan> plan = ExportPlanner::plan(*project,
                                                  *timeline,
                                                  library.paths().root,
                                                  request);
    if (!plan)
        return plan.error();
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> written = runOperation(cli,
                                                     Cli::tr("Exporting “%1”").arg(project->name),
                                                     [&](JobContext &job) -> Result<QJsonObject> {
                                                         Result<ExportResult> result
                                                                 = Exporter::run(*plan, job);
                                                         if (!result)
                                                             return result.error();
                                                         return result->toJson();
                                                     });
    if (!written)
        return written.error();
    QJsonObject json = *written;
    const double seconds = double(timer.elapsed()) / 1000.0;
    QJsonObject planJson = plan->toJson();
    planJson.insert(u"method"_s, json.value(u"method"_s));
    if (json.contains(u"stretches"_s))
        planJson.insert(u"stretches"_s, json.value(u"stretches"_s));
    Result<ExportRecord> record = ExportStore(library.database())
                                          .insert({0,
                                                   project->id,
                                                   0,
                                                   json.value(u"output"_s).toString(),
                                                   json.value(u"preset"_s).toString(),
                                                   planJson,
                                                   json.value(u"duration"_s).toDouble(),
                                                   json.value(u"size"_s).toInteger(),
                                                   seconds,
                                                   {}});
    if (!record) {
        return Error::failed(
                Cli::tr("The film was written to %1, but the library could not "
                        "record the export: %2")
                        .arg(json.value(u"output"_s).toString(), record.error().message));
    }
    json.insert(u"export"_s, record->id);
    json.insert(u"project"_s, project->name);
    json.insert(u"seconds"_s, seconds);
    if (!plan->fullReason.isEmpty())
        json.insert(u"reason"_s, plan->fullReason);
    return json;
}

QString describe(const QJsonObject &json)
{
    QString text = Cli::tr("Exported “%1” to %2 (%3, %4): %5 s, %6 frames, %7, in %8 s.")
                           .arg(json.value(u"project"_s).toString(),
                                json.value(u"output"_s).toString(),
                                json.value(u"preset"_s).toString(),
                                json.value(u"method"_s).toString())
                           .arg(json.value(u"duration"_s).toDouble(), 0, 'f', 3)
                           .arg(json.value(u"frames"_s).toInteger())
                           .arg(formatBytes(json.value(u"size"_s).toInteger()))
                           .arg(json.value(u"seconds"_s).toDouble(), 0, 'f', 2);
    if (json.contains(u"reason"_s))
        text += u'\n'
                + Cli::tr("Rendered in full because %1.").arg(json.value(u"reason"_s).toString());
    return text;
}

std::optional<RenderMode> readMode(const QString &text)
{
    return text.isEmpty() ? std::optional(RenderMode::Auto) : renderModeFromName(text);
}

// Several exports in a row; one failing does not stop the others. The file is a JSON array (or
// {"exports": [...]}) of {project, preset?, output?, render?}.
int batch(Cli &cli, Library &library, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return cli.fail(Error::refused(
                Cli::tr("The batch file %1 could not be read: %2.").arg(path, file.errorString())));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray entries = document.isArray() ? document.array()
                                                  : document.object().value(u"exports"_s).toArray();
    if (document.isNull() || entries.isEmpty()) {
        return cli.fail(Error::refused(
                Cli::tr("%1 is not a batch: write a JSON array of {\"project\": …, \"preset\": …, "
                        "\"output\": …, \"render\": …} (%2).")
                        .arg(path, parseError.errorString())));
    }
    QJsonArray results;
    QStringList lines;
    int status = ExitOk;
    int done = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString project = entry.value(u"project"_s).toVariant().toString();
        ExportRequest request;
        request.preset = entry.value(u"preset"_s).toString();
        request.output = entry.value(u"output"_s).toString();
        const std::optional<RenderMode> mode = readMode(entry.value(u"render"_s).toString());
        Result<QJsonObject> exported = Error::refused(
                Cli::tr("“render” is auto, copy, smart or full."));
        if (mode) {
            request.mode = *mode;
            exported = exportOne(cli, library, project, request);
        }
        if (exported) {
            ++done;
            results.append(*exported);
            lines << describe(*exported);
        } else if (exported.error().kind == ErrorKind::Cancelled) {
            // Ctrl+C stops the batch, not just the export running.
            cli.fail(exported.error());
            return ExitFailed;
        } else {
            status = std::max(status, cli.fail(exported.error()));
            results.append(QJsonObject{{u"project"_s, project},
                                       {u"preset"_s, request.preset},
                                       {u"error"_s, exported.error().message}});
            lines << Cli::tr("“%1” failed: %2").arg(project, exported.error().message);
        }
    }
    lines << Cli::tr("%1 of %2 exports done.").arg(done).arg(entries.size());
    cli.print(QJsonObject{{u"exports"_s, results},
                          {u"done"_s, done},
                          {u"failed"_s, int(entries.size()) - done}},
              lines.join(u'\n'));
    return status;
}

int exportCommand(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addPositionalArgument(u"OUT"_s,
                                 Cli::tr("The file to write; default: a new file in the project's "
                                         "export folder."),
                                 u"[OUT]"_s);
    parser.addOptions({
            {u"preset"_s, Cli::tr("The preset (see “presets”); default: the project's."), u"NAME"_s},
            {u"render"_s,
             Cli::tr("auto (default): the fastest exact way; copy, smart or full force one."),
             u"MODE"_s},
            {u"batch"_s, Cli::tr("Run the exports listed in a JSON file."), u"FILE"_s},
    });
    const bool isBatch = args.contains(u"--batch"_s)
                         || std::any_of(args.begin(), args.end(), [](const QString &arg) {
                                return arg.startsWith(u"--batch="_s);
                            });
    if (auto exit = cli.parse(parser, args, isBatch ? 0 : 1, isBatch ? 0 : 2))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    if (isBatch)
        return batch(cli, *library, parser.value(u"batch"_s));
    ExportRequest request;
    request.preset = parser.value(u"preset"_s);
    request.output = parser.positionalArguments().value(1);
    const std::optional<RenderMode> mode = readMode(parser.value(u"render"_s));
    if (!mode)
        return cli.usage(Cli::tr("--render is auto, copy, smart or full."));
    request.mode = *mode;
    const Result<QJsonObject> exported = exportOne(cli,
                                                   *library,
                                                   parser.positionalArguments().at(0),
                                                   request);
    if (!exported)
        return cli.fail(exported.error());
    return cli.print(*exported, describe(*exported));
}

} // namespace

QList<Command> exportCommands()
{
    return {
            {{u"export"_s},
             u"P [OUT] [--preset NAME] [--render auto|copy|smart|full] | --batch FILE.json"_s,
             exportCommand},
    };
}

} // namespace mt
