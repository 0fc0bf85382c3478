// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// analyze
#include "cli.h"
#include "cliprogress.h"

#include "media/mediaanalyzer.h"
#include "media/takereview.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString decimal(double value, int decimals)
{
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    return QString::number(value, 'f', decimals);
}

QString span(const TimeSegment &segment)
{
    return u"%1–%2 s (%3 s)"_s.arg(decimal(segment.from, 2),
                                   decimal(segment.to, 2),
                                   decimal(segment.duration(), 2));
}

// A flag as `analyze` reports it: AssetFlag's JSON without id and dismissed, which belong to a
// flag stored with an asset (`asset show`); a file analysed here is neither stored nor dismissed.
QString describe(const MediaAnalysis &a, const QList<AssetFlag> &flags)
{
    QStringList lines;
    const QString streams = a.hasVideo && a.hasAudio ? Cli::tr("video and audio")
                            : a.hasVideo             ? Cli::tr("video only")
                                                     : Cli::tr("audio only");
    lines << u"%1: %2 s, %3"_s.arg(QFileInfo(a.path).fileName(), decimal(a.duration, 2), streams);
    for (const TimeSegment &segment : a.black)
        lines << Cli::tr("black %1").arg(span(segment));
    for (const TimeSegment &segment : a.frozen)
        lines << Cli::tr("frozen %1").arg(span(segment));
    for (const TimeSegment &segment : a.silent)
        lines << Cli::tr("silent %1").arg(span(segment));
    for (const SceneCut &cut : a.sceneCuts)
        lines << Cli::tr("scene cut at %1 s (score %2)")
                         .arg(decimal(cut.time, 2), decimal(cut.score, 1));
    for (const DecodeIssue &issue : a.decodeErrors) {
        QString line = Cli::tr("decode error at %1 s: %2").arg(decimal(issue.time, 2), issue.message);
        if (issue.count > 1)
            line += u" (×%1)"_s.arg(issue.count);
        lines << line;
    }
    if (a.black.isEmpty() && a.frozen.isEmpty() && a.silent.isEmpty() && a.sceneCuts.isEmpty()
        && a.decodeErrors.isEmpty())
        lines << Cli::tr("no black, frozen or silent stretches, no scene cuts, no decode errors");
    if (a.loudness)
        lines << Cli::tr("loudness %1 LUFS, range %2 LU, true peak %3 dBTP")
                         .arg(decimal(a.loudness->integrated, 1),
                              decimal(a.loudness->range, 1),
                              decimal(a.loudness->truePeak, 1));
    if (a.psnr)
        lines << Cli::tr("PSNR %1 dB on average, worst %2 dB at %3 s")
                         .arg(decimal(a.psnr->average, 2),
                              decimal(a.psnr->min, 2),
                              decimal(a.psnr->minTime, 2));
    if (a.ssim)
        lines << Cli::tr("SSIM %1 on average, worst %2 at %3 s")
                         .arg(decimal(a.ssim->average, 4),
                              decimal(a.ssim->min, 4),
                              decimal(a.ssim->minTime, 2));
    if (a.firstFrameSsim)
        lines << Cli::tr("first frame SSIM %1 against %2 (1 is identical)")
                         .arg(decimal(*a.firstFrameSsim, 3),
                              QFileInfo(a.firstFrameImagePath).fileName());
    // What take review would flag in this file. Nothing was asked of it, so there is no duration,
    // size or silence flag; drift only with --first-frame.
    for (const AssetFlag &flag : flags)
        lines << Cli::tr("flag %1: %2").arg(flag.kind, flag.message);
    if (flags.isEmpty())
        lines << Cli::tr("no flags");
    return lines.join(u'\n');
}

int analyze(Cli &cli, const QStringList &args)
{
    const AnalysisOptions defaults;
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("The video or audio file to analyse."));
    parser.addOption(
            {u"reference"_s, Cli::tr("Also measure PSNR and SSIM against this video."), u"REF"_s});
    parser.addOption({u"first-frame"_s,
                      Cli::tr("Also compare the first picture with this image (SSIM); a low "
                              "score is a drift flag."),
                      u"IMAGE"_s});
    struct Threshold
    {
        QString name;
        QString help;
        double AnalysisOptions::*field;
    };
    const Threshold thresholds[] = {
            {u"black-duration"_s,
             Cli::tr("Shortest black stretch to report, in seconds."),
             &AnalysisOptions::blackMinDuration},
            {u"freeze-duration"_s,
             Cli::tr("Shortest frozen stretch to report, in seconds."),
             &AnalysisOptions::freezeMinDuration},
            {u"silence-duration"_s,
             Cli::tr("Shortest silence to report, in seconds."),
             &AnalysisOptions::silenceMinDuration},
            {u"silence-level"_s,
             Cli::tr("Level under which sound counts as silence, in dBFS."),
             &AnalysisOptions::silenceNoiseDb},
            {u"scene-threshold"_s,
             Cli::tr("Scene cut score (0–100) to report a cut from."),
             &AnalysisOptions::sceneThreshold},
    };
    for (const Threshold &threshold : thresholds)
        parser.addOption(
                {threshold.name,
                 threshold.help + u' ' + Cli::tr("Default: %1.").arg(defaults.*threshold.field),
                 u"VALUE"_s});
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;

    AnalysisOptions options;
    options.referencePath = parser.value(u"reference"_s);
    options.firstFrameImagePath = parser.value(u"first-frame"_s);
    for (const Threshold &threshold : thresholds) {
        if (!parser.isSet(threshold.name))
            continue;
        bool ok = false;
        options.*threshold.field = parser.value(threshold.name).toDouble(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--%1 needs a number, not “%2”.")
                                     .arg(threshold.name, parser.value(threshold.name)));
    }

    const QString path = parser.positionalArguments().constFirst();
    MediaAnalysis analysis;
    QList<AssetFlag> flags;
    const Result<QJsonObject> result
            = runOperation(cli,
                           Cli::tr("Analysing %1").arg(QFileInfo(path).fileName()),
                           [&](JobContext &context) -> Result<QJsonObject> {
                               Result<MediaAnalysis> done = MediaAnalyzer::analyze(path,
                                                                                   options,
                                                                                   context);
                               if (!done.ok())
                                   return done.error();
                               analysis = std::move(done).value();
                               flags = TakeReview::flagsOf(analysis, {});
                               QJsonObject json = analysis.toJson();
                               json[u"flags"_s] = TakeReview::unstoredJson(flags);
                               return json;
                           });
    if (!result.ok())
        return cli.fail(result.error());
    return cli.print(*result, describe(analysis, flags));
}

} // namespace

QList<Command> analysisCommands()
{
    return {
            {{u"analyze"_s}, u"FILE [--reference REF] [--first-frame IMAGE]"_s, analyze},
    };
}

} // namespace mt
