// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediajobs.h"

#include "export/presetcatalog.h"
#include "jobs/jobqueue.h"
#include "media/mediaanalyzer.h"
#include "media/mediaprobe.h"
#include "media/merger.h"
#include "media/smartcut.h"
#include "media/streamcopy.h"
#include "media/takereview.h"
#include "media/thumbnailcache.h"

#include <QFileInfo>
#include <QJsonArray>

#include <optional>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

using Work = JobQueue::Work;

// The first error among results, if any.
template<typename... Results>
std::optional<Error> firstError(const Results &...results)
{
    std::optional<Error> first;
    const auto check = [&first](const auto &result) {
        if (!first && !result)
            first = result.error();
    };
    (check(results), ...);
    return first;
}

Error missing(const QString &name)
{
    return Error::refused(MediaJobs::tr("The job's parameters lack “%1”.").arg(name));
}

Result<QString> text(const QJsonObject &params, const QString &name)
{
    const QString value = params.value(name).toString();
    if (value.isEmpty())
        return missing(name);
    return value;
}

Result<QStringList> texts(const QJsonObject &params, const QString &name)
{
    QStringList values;
    for (const QJsonValue &value : params.value(name).toArray()) {
        if (value.toString().isEmpty())
            return missing(name);
        values.append(value.toString());
    }
    if (values.isEmpty())
        return missing(name);
    return values;
}

Result<double> number(const QJsonObject &params, const QString &name)
{
    if (!params.value(name).isDouble())
        return missing(name);
    return params.value(name).toDouble();
}

// A count that may be left out (then `fallback`); refused when given but not a whole number in
// [1, max].
Result<int> count(const QJsonObject &params, const QString &name, int fallback, int max)
{
    if (!params.contains(name))
        return fallback;
    const double value = params.value(name).toDouble(-1);
    if (value < 1 || value > max || value != double(int(value))) {
        return Error::refused(
                MediaJobs::tr("“%1” must be a whole number from 1 to %2.").arg(name).arg(max));
    }
    return int(value);
}

Result<Work> probe(const QJsonObject &params)
{
    Result<QStringList> paths = texts(params, u"paths"_s);
    if (!paths)
        return paths.error();
    return Work([paths = *paths](JobContext &job) -> Result<QJsonObject> {
        QJsonArray files;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (job.isCancelled())
                return Error::cancelled(MediaJobs::tr("Probing was cancelled."));
            job.setProgress(double(i) / double(paths.size()), QFileInfo(paths[i]).fileName());
            const Result<MediaInfo> info = MediaProbe::probe(paths[i]);
            files.append(
                    info ? info->toJson()
                         : QJsonObject{{u"path"_s, paths[i]}, {u"error"_s, info.error().message}});
        }
        return QJsonObject{{u"files"_s, files}};
    });
}

Result<Work> thumbnails(const QJsonObject &params, const QString &cacheFolder)
{
    Result<QString> path = text(params, u"path"_s);
    Result<int> width = count(params, u"posterWidth"_s, 320, Thumbnailer::MaxWidth);
    Result<int> tiles = count(params, u"tiles"_s, 1, Thumbnailer::MaxTiles);
    Result<int> tileHeight = count(params, u"tileHeight"_s, 90, Thumbnailer::MaxWidth);
    Result<int> buckets = count(params, u"waveformBuckets"_s, 1, AudioWaveform::MaxBuckets);
    if (auto error = firstError(path, width, tiles, tileHeight, buckets))
        return *error;
    Thumbnailer::PosterOptions poster;
    poster.width = *width;
    std::optional<Thumbnailer::FilmstripOptions> filmstrip;
    if (params.contains(u"tiles"_s)) {
        filmstrip.emplace();
        filmstrip->tiles = *tiles;
        filmstrip->height = *tileHeight;
    }
    const int waveformBuckets = params.contains(u"waveformBuckets"_s) ? *buckets : 0;
    const QString sha256 = params.value(u"sha256"_s).toString();
    return Work([=, path = *path](JobContext &job) -> Result<QJsonObject> {
        const ThumbnailCache cache(cacheFolder);
        const Result<MediaInfo> info = MediaProbe::probe(path);
        if (!info)
            return info.error();
        QJsonObject result;
        if (info->hasVideo()) {
            job.setProgress(0, MediaJobs::tr("Poster"));
            const Result<Thumbnail> made = cache.poster(path, sha256, poster, job);
            if (!made)
                return made.error();
            result.insert(u"poster"_s, made->toJson());
            if (filmstrip && info->kind != MediaKind::Image) {
                job.setProgress(0.3, MediaJobs::tr("Filmstrip"));
                const Result<Filmstrip> strip = cache.filmstrip(path, sha256, *filmstrip, job);
                if (!strip)
                    return strip.error();
                result.insert(u"filmstrip"_s, strip->toJson());
            }
        }
        if (waveformBuckets > 0 && info->hasAudio()) {
            job.setProgress(0.7, MediaJobs::tr("Waveform"));
            const Result<Waveform> peaks = cache.waveform(path, sha256, waveformBuckets, job);
            if (!peaks)
                return peaks.error();
            result.insert(u"waveform"_s, peaks->toJson());
        }
        return result;
    });
}

Result<Work> trim(const QJsonObject &params)
{
    Result<QString> input = text(params, u"input"_s);
    Result<QString> output = text(params, u"output"_s);
    Result<double> from = number(params, u"from"_s);
    Result<double> to = number(params, u"to"_s);
    if (auto error = firstError(input, output, from, to))
        return *error;
    const bool copy = params.value(u"copy"_s).toBool();
    return Work([=, input = *input, output = *output, from = *from, to = *to](
                        JobContext &job) -> Result<QJsonObject> {
        const Result<CutReport> report = copy ? StreamCopy::trim(input, output, from, to, job)
                                              : SmartCut::trim(input, output, from, to, job);
        if (!report)
            return report.error();
        return report->toJson();
    });
}

Result<Work> convert(const QJsonObject &params)
{
    Result<QString> input = text(params, u"input"_s);
    if (!input)
        return input.error();
    Result<TranscodeRequest> request = MediaJobs::transcodeRequest(params, {*input});
    if (!request)
        return request.error();
    return Work([request = *request](JobContext &job) -> Result<QJsonObject> {
        const Result<TranscodeResult> written = Transcoder::run(request, job);
        if (!written)
            return written.error();
        return written->toJson();
    });
}

Result<Work> merge(const QJsonObject &params)
{
    Result<QStringList> inputs = texts(params, u"inputs"_s);
    if (!inputs)
        return inputs.error();
    Result<TranscodeRequest> transcode = MediaJobs::transcodeRequest(params, *inputs);
    if (!transcode)
        return transcode.error();
    MergeRequest request{*transcode, params.value(u"reencode"_s).toBool()};
    return Work([request](JobContext &job) -> Result<QJsonObject> {
        const Result<MergeResult> merged = Merger::run(request, job);
        if (!merged)
            return merged.error();
        return merged->toJson();
    });
}

Result<Work> analyze(const QJsonObject &params)
{
    Result<QString> path = text(params, u"path"_s);
    if (!path)
        return path.error();
    AnalysisOptions options;
    options.referencePath = params.value(u"reference"_s).toString();
    return Work([path = *path, options](JobContext &job) -> Result<QJsonObject> {
        const Result<MediaAnalysis> analysis = MediaAnalyzer::analyze(path, options, job);
        if (!analysis)
            return analysis.error();
        QJsonObject json = analysis->toJson();
        json[u"flags"_s] = TakeReview::unstoredJson(TakeReview::flagsOf(*analysis, {}));
        return json;
    });
}

} // namespace

Result<TranscodeRequest> MediaJobs::transcodeRequest(const QJsonObject &params,
                                                     const QStringList &sources)
{
    TranscodeRequest request;
    Result<QString> output = text(params, u"output"_s);
    if (!output)
        return output.error();
    request.output = *output;
    const PresetCatalog &catalog = PresetCatalog::builtIn();
    if (params.contains(u"preset"_s)) {
        Result<ExportPreset> preset = catalog.preset(params.value(u"preset"_s).toString());
        if (!preset)
            return preset.error();
        request.preset = *preset;
    } else if (const ExportPreset *preset = catalog.forExtension(
                       QFileInfo(request.output).suffix())) {
        request.preset = *preset;
    } else {
        return Error::refused(tr("No preset writes “.%1” files; choose one.")
                                      .arg(QFileInfo(request.output).suffix()));
    }
    Result<int> width = count(params, u"width"_s, 0, Thumbnailer::MaxWidth * 2);
    Result<int> height = count(params, u"height"_s, 0, Thumbnailer::MaxWidth * 2);
    if (auto error = firstError(width, height))
        return *error;
    request.width = *width;
    request.height = *height;
    if (params.contains(u"fps"_s)) {
        const auto rate = Rational::fromString(params.value(u"fps"_s).toString());
        if (!rate || !rate->isValid())
            return Error::refused(tr("“fps” must be a frame rate such as 30 or 30000/1001."));
        request.frameRate = *rate;
    }
    double stillDuration = TranscodeSource::DefaultStillDuration;
    if (params.contains(u"stillDuration"_s)) {
        stillDuration = params.value(u"stillDuration"_s).toDouble(-1);
        if (stillDuration <= 0)
            return Error::refused(tr("“stillDuration” must be seconds above 0."));
    }
    for (const QString &source : sources)
        request.sources.append(TranscodeSource{source, stillDuration});
    return request;
}

void MediaJobs::registerAll(JobQueue &queue, const QString &cacheFolder)
{
    using Pool = JobQueue::Pool;
    queue.registerKind(u"probe"_s, Pool::Light, probe);
    queue.registerKind(u"thumbnails"_s, Pool::Light, [cacheFolder](const QJsonObject &params) {
        return thumbnails(params, cacheFolder);
    });
    queue.registerKind(u"analyze"_s, Pool::Light, analyze);
    queue.registerKind(u"trim"_s, Pool::Heavy, trim);
    queue.registerKind(u"convert"_s, Pool::Heavy, convert);
    queue.registerKind(u"merge"_s, Pool::Heavy, merge);
}

} // namespace mt
