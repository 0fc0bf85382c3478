// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// trim | convert | merge | presets
#include "cli.h"
#include "cliprogress.h"

#include "export/presetcatalog.h"
#include "media/merger.h"
#include "media/transcoder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

int presets(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    QJsonArray json;
    QStringList text;
    for (const ExportPreset &preset : PresetCatalog::builtIn().presets()) {
        const Status usable = preset.checkEncoders();
        QJsonObject entry = preset.toJson();
        entry.insert(u"available"_s, usable.ok());
        if (!usable)
            entry.insert(u"unavailable"_s, usable.error().message);
        json.append(entry);
        text << u"%1  %2 (.%3)"_s.arg(preset.name, -8).arg(preset.title, preset.extension);
        text << u"          "_s + preset.description;
        if (!usable)
            text << u"          "_s + usable.error().message;
    }
    return cli.print(json, text.join(u'\n'));
}

void addTranscodeOptions(QCommandLineParser &parser)
{
    parser.addOption({u"preset"_s,
                      Cli::tr("The preset (see “presets”); default: the first that writes the "
                              "output's extension."),
                      Cli::tr("NAME")});
    parser.addOption({u"width"_s,
                      Cli::tr("Output width in pixels (default: the first "
                              "picture's)."),
                      Cli::tr("W")});
    parser.addOption({u"height"_s, Cli::tr("Output height in pixels."), Cli::tr("H")});
    parser.addOption({u"fps"_s,
                      Cli::tr("Output frame rate, e.g. 30 or 30000/1001 (default: "
                              "the first video's)."),
                      Cli::tr("F")});
    parser.addOption({u"still-duration"_s,
                      Cli::tr("Seconds a still picture is held (default %1).")
                              .arg(TranscodeSource::DefaultStillDuration),
                      Cli::tr("S")});
}

// Fills the request's preset and format from the options; an exit status when they are invalid.
std::optional<int> readTranscodeOptions(Cli &cli,
                                        const QCommandLineParser &parser,
                                        TranscodeRequest *request)
{
    const PresetCatalog &catalog = PresetCatalog::builtIn();
    if (parser.isSet(u"preset"_s)) {
        Result<ExportPreset> preset = catalog.preset(parser.value(u"preset"_s));
        if (!preset)
            return cli.fail(preset.error());
        request->preset = std::move(preset).value();
    } else if (const ExportPreset *preset = catalog.forExtension(
                       QFileInfo(request->output).suffix())) {
        request->preset = *preset;
    } else {
        return cli.fail(Error::refused(
                Cli::tr("No preset writes “%1” files. Name the output .mp4, .webm, .mov, .gif, "
                        ".m4a or .png, or choose one with --preset (see “presets”).")
                        .arg(QFileInfo(request->output).suffix())));
    }
    const auto size = [&](const QString &name, int *value) -> bool {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *value = parser.value(name).toInt(&ok);
        return ok && *value > 0;
    };
    if (!size(u"width"_s, &request->width) || !size(u"height"_s, &request->height)) {
        return cli.fail(
                Error::refused(Cli::tr("--width and --height take a number of pixels above 0.")));
    }
    if (parser.isSet(u"fps"_s)) {
        const auto rate = Rational::fromString(parser.value(u"fps"_s));
        if (!rate || !rate->isValid())
            return cli.fail(Error::refused(
                    Cli::tr("--fps takes a frame rate such as 30, 29.97 or 30000/1001.")));
        request->frameRate = *rate;
    }
    double stillDuration = TranscodeSource::DefaultStillDuration;
    if (parser.isSet(u"still-duration"_s)) {
        const auto seconds = parseSeconds(parser.value(u"still-duration"_s));
        if (!seconds || *seconds <= 0)
            return cli.fail(Error::refused(
                    Cli::tr("--still-duration takes seconds above 0, such as 3 or 2.5.")));
        stillDuration = *seconds;
    }
    for (TranscodeSource &source : request->sources)
        source.stillDuration = stillDuration;
    return std::nullopt;
}

// Prints what a re-encode wrote; the reason when a merge could not copy.
int printTranscoded(Cli &cli, const QJsonObject &json)
{
    QString text = Cli::tr("Wrote %1 (%2): %3 s")
                           .arg(json.value(u"output"_s).toString(),
                                json.value(u"preset"_s).toString())
                           .arg(json.value(u"duration"_s).toDouble(), 0, 'f', 3);
    if (json.value(u"width"_s).toInt() > 0) {
        text += u", %1×%2, %3 frames"_s.arg(json.value(u"width"_s).toInt())
                        .arg(json.value(u"height"_s).toInt())
                        .arg(json.value(u"frames"_s).toInteger());
    }
    text += Cli::tr(", %1, in %2 s")
                    .arg(formatBytes(json.value(u"size"_s).toInteger()))
                    .arg(json.value(u"seconds"_s).toDouble(), 0, 'f', 2);
    if (json.contains(u"reencodeReason"_s))
        text += u"\n"_s + Cli::tr("Re-encoded: %1").arg(json.value(u"reencodeReason"_s).toString());
    return cli.print(json, text);
}

int transcode(Cli &cli, const QString &title, const TranscodeRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> result
            = runOperation(cli, title, [&](JobContext &job) -> Result<QJsonObject> {
                  Result<TranscodeResult> written = Transcoder::run(request, job);
                  if (!written)
                      return written.error();
                  return written->toJson();
              });
    if (!result)
        return cli.fail(result.error());
    QJsonObject json = *result;
    json.insert(u"seconds"_s, double(timer.elapsed()) / 1000.0);
    return printTranscoded(cli, json);
}

int convert(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"IN"_s, Cli::tr("The media file to convert."));
    parser.addPositionalArgument(u"OUT"_s, Cli::tr("The file to write."));
    addTranscodeOptions(parser);
    if (auto exit = cli.parse(parser, args, 2, 2))
        return *exit;
    TranscodeRequest request;
    request.sources = {TranscodeSource{parser.positionalArguments().at(0)}};
    request.output = parser.positionalArguments().at(1);
    if (auto exit = readTranscodeOptions(cli, parser, &request))
        return *exit;
    return transcode(cli, Cli::tr("Converting"), request);
}

// Joins the inputs: a stream copy when they allow it and no format was asked for, else the
// re-encoding merge with every input conformed to one size, rate and sound format.
int merge(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"OUT"_s, Cli::tr("The file to write."));
    parser.addPositionalArgument(u"IN"_s, Cli::tr("Media files, in order."), u"IN..."_s);
    addTranscodeOptions(parser);
    parser.addOption(
            {u"reencode"_s, Cli::tr("Re-encode even when the inputs could be joined by copying.")});
    if (auto exit = cli.parse(parser, args, 2, -1))
        return *exit;
    MergeRequest request;
    const QStringList positional = parser.positionalArguments();
    request.transcode.output = positional.first();
    for (const QString &path : positional.mid(1))
        request.transcode.sources.append(TranscodeSource{path});
    if (auto exit = readTranscodeOptions(cli, parser, &request.transcode))
        return *exit;
    // A format asked for is a format to write, so those options rule out copying.
    for (const QString &option : {u"reencode"_s, u"preset"_s, u"width"_s, u"height"_s, u"fps"_s})
        request.reencode = request.reencode || parser.isSet(option);

    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> result
            = runOperation(cli, Cli::tr("Merging"), [&](JobContext &job) -> Result<QJsonObject> {
                  Result<MergeResult> merged = Merger::run(request, job);
                  if (!merged)
                      return merged.error();
                  return merged->toJson();
              });
    if (!result)
        return cli.fail(result.error());
    QJsonObject json = *result;
    const double seconds = double(timer.elapsed()) / 1000.0;
    json.insert(u"seconds"_s, seconds);
    if (json.value(u"method"_s).toString() != u"copy"_s)
        return printTranscoded(cli, json);
    return cli.print(json,
                     Cli::tr("Wrote %1 by copying (no re-encode): %2 s, %3 frames, %4, in %5 s")
                             .arg(json.value(u"output"_s).toString())
                             .arg(json.value(u"duration"_s).toDouble(), 0, 'f', 3)
                             .arg(json.value(u"frames"_s).toInteger())
                             .arg(formatBytes(json.value(u"size"_s).toInteger()))
                             .arg(seconds, 0, 'f', 2));
}

} // namespace

QList<Command> conversionCommands()
{
    return {
            {{u"presets"_s}, QString(), presets},
            {{u"convert"_s},
             u"IN OUT [--preset NAME] [--width W] [--height H] [--fps F] [--still-duration S]"_s,
             convert},
            {{u"merge"_s},
             u"OUT IN... [--reencode] [--preset NAME] [--width W] [--height H] [--fps F] "
             u"[--still-duration S]"_s,
             merge},
    };
}

} // namespace mt
