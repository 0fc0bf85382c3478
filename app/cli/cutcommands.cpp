// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// trim — cuts a span out of a video: frame-accurate (smart render) or keyframe stream copy.
#include "cli.h"
#include "cliprogress.h"

#include "media/smartcut.h"
#include "media/streamcopy.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

int trim(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"IN"_s, Cli::tr("The video to cut."));
    parser.addPositionalArgument(u"OUT"_s, Cli::tr("The file to write (.mp4, .mov, .mkv)."));
    parser.addOption(
            {u"from"_s, Cli::tr("Where the cut starts: seconds or [h:]mm:ss.ff."), Cli::tr("TIME")});
    parser.addOption({u"to"_s, Cli::tr("Where the cut ends (not included)."), Cli::tr("TIME")});
    parser.addOption({u"copy"_s, Cli::tr("Copy without re-encoding; the cut widens to keyframes.")});
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return cli.usage(Cli::tr("“trim” needs --from and --to."));
    const auto from = parseSeconds(parser.value(u"from"_s));
    const auto to = parseSeconds(parser.value(u"to"_s));
    if (!from || !to) {
        return cli.usage(Cli::tr("“%1” is not a time; write seconds (1.5) or minutes and seconds "
                                 "(1:02.5).")
                                 .arg(!from ? parser.value(u"from"_s) : parser.value(u"to"_s)));
    }
    const QString input = parser.positionalArguments().at(0);
    const QString output = parser.positionalArguments().at(1);
    const bool copy = parser.isSet(u"copy"_s);
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> result
            = runOperation(cli, Cli::tr("Trimming"), [&](JobContext &job) -> Result<QJsonObject> {
                  Result<CutReport> report = copy ? StreamCopy::trim(input, output, *from, *to, job)
                                                  : SmartCut::trim(input, output, *from, *to, job);
                  if (!report)
                      return report.error();
                  QJsonObject json = report->toJson();
                  json.insert(u"seconds"_s, double(timer.nsecsElapsed()) / 1e9);
                  return json;
              });
    if (!result)
        return cli.fail(result.error());
    const QJsonObject &json = *result;
    return cli.print(json,
                     Cli::tr("Wrote %1: %2 s, %3 frames (%4 copied, %5 re-encoded), "
                             "%6 s to %7 s of the source.")
                             .arg(json[u"output"_s].toString())
                             .arg(json[u"duration"_s].toDouble(), 0, 'f', 3)
                             .arg(json[u"frames"_s].toInteger())
                             .arg(json[u"copiedFrames"_s].toInteger())
                             .arg(json[u"reencodedFrames"_s].toInteger())
                             .arg(json[u"actualFrom"_s].toDouble(), 0, 'f', 3)
                             .arg(json[u"actualTo"_s].toDouble(), 0, 'f', 3));
}

} // namespace

QList<Command> cutCommands()
{
    return {
            {{u"trim"_s}, u"IN OUT --from S --to S [--copy]"_s, trim},
    };
}

} // namespace mt
