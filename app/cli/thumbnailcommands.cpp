// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// thumb — posters, filmstrips and waveforms of media files; several files at once in parallel.
#include "cli.h"
#include "cliprogress.h"

#include "jobs/jobcontext.h"
#include "media/audiowaveform.h"
#include "media/thumbnailer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

enum class Product { Poster, Filmstrip, Waveform };

struct Request
{
    Product product = Product::Poster;
    Thumbnailer::PosterOptions poster;
    Thumbnailer::FilmstripOptions filmstrip;
    int buckets = 0;
};

struct Item
{
    QString input;
    QString output;
};

// How often the waiting thread relays Ctrl+C to the workers and sums their progress.
constexpr int PollMilliseconds = 50;

Result<QJsonObject> make(const Request &request, const Item &item, JobContext &context)
{
    QJsonObject json;
    switch (request.product) {
    case Product::Poster: {
        const Result<Thumbnail> made = Thumbnailer::poster(item.input,
                                                           item.output,
                                                           request.poster,
                                                           context);
        if (!made)
            return made.error();
        json = made->toJson();
        break;
    }
    case Product::Filmstrip: {
        const Result<Filmstrip> made = Thumbnailer::filmstrip(item.input,
                                                              item.output,
                                                              request.filmstrip,
                                                              context);
        if (!made)
            return made.error();
        json = made->toJson();
        break;
    }
    case Product::Waveform: {
        const Result<Waveform> made = AudioWaveform::extract(item.input,
                                                             item.output,
                                                             request.buckets,
                                                             context);
        if (!made)
            return made.error();
        json = made->toJson();
        break;
    }
    }
    json.insert(u"source"_s, item.input);
    return json;
}

// Makes every item on a pool as wide as the machine, each with its own JobContext (its own
// progress); the calling thread waits, relays a cancel of `parent` (Ctrl+C) to all of them and
// reports their mean progress. A poster takes a few decoded frames, so files in parallel use
// the cores far better than threads inside one decoder.
std::vector<Result<QJsonObject>> makeAll(const Request &request,
                                         const QList<Item> &items,
                                         JobContext &parent)
{
    const qsizetype count = items.size();
    std::vector<std::unique_ptr<JobContext>> contexts;
    std::vector<std::optional<Result<QJsonObject>>> results(static_cast<size_t>(count));
    std::unique_ptr<std::atomic<bool>[]> finished(new std::atomic<bool>[size_t(count)]);
    QThreadPool pool;
    pool.setMaxThreadCount(int(std::clamp<qsizetype>(count, 1, QThread::idealThreadCount())));
    for (qsizetype i = 0; i < count; ++i) {
        contexts.push_back(std::make_unique<JobContext>(i));
        finished[size_t(i)] = false;
    }
    for (qsizetype i = 0; i < count; ++i) {
        pool.start([&, i] {
            results[size_t(i)] = make(request, items[i], *contexts[size_t(i)]);
            finished[size_t(i)] = true;
        });
    }
    const QString stage = Cli::tr("%n file(s)", nullptr, int(count));
    while (!pool.waitForDone(PollMilliseconds)) {
        double sum = 0;
        for (qsizetype i = 0; i < count; ++i) {
            if (parent.isCancelled())
                contexts[size_t(i)]->cancel();
            sum += finished[size_t(i)] ? 1.0 : contexts[size_t(i)]->progress().fraction;
        }
        parent.setProgress(sum / double(count), stage);
    }
    std::vector<Result<QJsonObject>> done;
    done.reserve(results.size());
    for (std::optional<Result<QJsonObject>> &result : results)
        done.push_back(std::move(*result));
    return done;
}

QString describe(const Request &request, const QJsonObject &json)
{
    const QString path = QDir::toNativeSeparators(json.value(u"path"_s).toString());
    switch (request.product) {
    case Product::Poster:
        return Cli::tr("%1: %2×%3, the picture at %4 s")
                .arg(path)
                .arg(json.value(u"width"_s).toInt())
                .arg(json.value(u"height"_s).toInt())
                .arg(json.value(u"at"_s).toDouble(), 0, 'f', 3);
    case Product::Filmstrip:
        return Cli::tr("%1: %2 pictures of %3×%4")
                .arg(path)
                .arg(json.value(u"tiles"_s).toInt())
                .arg(json.value(u"tileWidth"_s).toInt())
                .arg(json.value(u"tileHeight"_s).toInt());
    case Product::Waveform:
        return Cli::tr("%1: %2 parts over %3 s, peak %4")
                .arg(path)
                .arg(json.value(u"buckets"_s).toInt())
                .arg(json.value(u"duration"_s).toDouble(), 0, 'f', 3)
                .arg(json.value(u"peak"_s).toDouble(), 0, 'f', 3);
    }
    return path;
}

// The output names in --out-dir: the input's base name, made unique ("shot.jpg", "shot-2.jpg").
QList<Item> itemsIn(const QString &folder, const QStringList &inputs, const QString &suffix)
{
    QList<Item> items;
    QSet<QString> taken;
    for (const QString &input : inputs) {
        const QString base = QFileInfo(input).completeBaseName();
        QString name = base + suffix;
        for (int n = 2; taken.contains(name); ++n)
            name = u"%1-%2%3"_s.arg(base).arg(n).arg(suffix);
        taken.insert(name);
        items.append({input, QDir(folder).filePath(name)});
    }
    return items;
}

// Reads an option's whole number; a usage error (printed) when it is not one.
std::optional<int> readCount(Cli &cli,
                             const QCommandLineParser &parser,
                             const QString &name,
                             int *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok)
        return cli.usage(
                Cli::tr("--%1 takes a whole number, not “%2”.").arg(name, parser.value(name)));
    return std::nullopt;
}

std::optional<int> readSeconds(Cli &cli,
                               const QCommandLineParser &parser,
                               const QString &name,
                               std::optional<double> *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    *value = parseSeconds(parser.value(name));
    if (!*value)
        return cli.usage(Cli::tr("--%1 takes seconds such as 1.5 or 1:02.5, not “%2”.")
                                 .arg(name, parser.value(name)));
    return std::nullopt;
}

int thumb(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("The video, image or audio file."));
    parser.addPositionalArgument(u"OUT"_s,
                                 Cli::tr("The file to write (without --out-dir)."),
                                 u"OUT | FILE..."_s);
    parser.addOptions({
            {u"at"_s,
             Cli::tr("The time of the picture (default 1 s, or 10 % of a clip "
                     "shorter than 10 s)."),
             u"SECONDS"_s},
            {u"width"_s, Cli::tr("The poster's width in pixels (default 320)."), u"PX"_s},
            {u"filmstrip"_s, Cli::tr("Write a filmstrip of N pictures instead."), u"N"_s},
            {u"height"_s, Cli::tr("The filmstrip's height in pixels (default 90)."), u"PX"_s},
            {u"from"_s,
             Cli::tr("Where the filmstrip starts (default: the clip's start)."),
             u"SECONDS"_s},
            {u"to"_s, Cli::tr("Where the filmstrip ends (default: the clip's end)."), u"SECONDS"_s},
            {u"waveform"_s, Cli::tr("Write the sound's outline in N parts instead."), u"N"_s},
            {u"out-dir"_s, Cli::tr("Write one file per FILE into DIR, several at once."), u"DIR"_s},
    });
    if (auto exit = cli.parse(parser, args, 1, -1))
        return *exit;

    Request request;
    int tiles = 0;
    for (const auto &[name, value] : {std::pair{u"width"_s, &request.poster.width},
                                      std::pair{u"height"_s, &request.filmstrip.height},
                                      std::pair{u"filmstrip"_s, &tiles},
                                      std::pair{u"waveform"_s, &request.buckets}}) {
        if (auto exit = readCount(cli, parser, name, value))
            return *exit;
    }
    for (const auto &[name, value] : {std::pair{u"at"_s, &request.poster.at},
                                      std::pair{u"from"_s, &request.filmstrip.from},
                                      std::pair{u"to"_s, &request.filmstrip.to}}) {
        if (auto exit = readSeconds(cli, parser, name, value))
            return *exit;
    }
    const bool filmstrip = parser.isSet(u"filmstrip"_s);
    const bool waveform = parser.isSet(u"waveform"_s);
    if (filmstrip && waveform)
        return cli.usage(Cli::tr("Choose --filmstrip or --waveform, not both."));
    if (!filmstrip
        && (parser.isSet(u"height"_s) || parser.isSet(u"from"_s) || parser.isSet(u"to"_s)))
        return cli.usage(Cli::tr("--height, --from and --to belong to --filmstrip."));
    if ((filmstrip || waveform) && (parser.isSet(u"at"_s) || parser.isSet(u"width"_s)))
        return cli.usage(Cli::tr("--at and --width belong to posters, not to --filmstrip or "
                                 "--waveform."));
    request.product = filmstrip ? Product::Filmstrip
                                : (waveform ? Product::Waveform : Product::Poster);
    request.filmstrip.tiles = tiles;

    const QStringList positional = parser.positionalArguments();
    const bool batch = parser.isSet(u"out-dir"_s);
    if (!batch && positional.size() != 2)
        return cli.usage(Cli::tr("“thumb” takes FILE OUT, or --out-dir DIR and one or more "
                                 "FILEs."));
    const QString suffix = request.product == Product::Waveform
                                   ? u".peaks"_s
                                   : (filmstrip ? u".filmstrip.jpg"_s : u".jpg"_s);
    // The folder is made as `mkdir -p` would: naming it is asking for it.
    if (batch)
        QDir().mkpath(parser.value(u"out-dir"_s));
    const QList<Item> items = batch ? itemsIn(parser.value(u"out-dir"_s), positional, suffix)
                                    : QList<Item>{{positional[0], positional[1]}};

#ifdef __GLIBC__
    // A decoder zeroes each picture buffer it allocates (about 1.4 MB a 720p picture, a dozen per
    // decoder); glibc gives blocks that large fresh pages by mmap and unmaps them when freed, so
    // every file paid the page faults again. Kept in the heap, the next file reuses them: a
    // third less time per poster.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    // Each file's result is its own; the operation only carries the progress and Ctrl+C.
    std::vector<Result<QJsonObject>> results;
    runOperation(cli, Cli::tr("Thumbnails"), [&](JobContext &context) -> Result<QJsonObject> {
        results = batch ? makeAll(request, items, context)
                        : std::vector<Result<QJsonObject>>{make(request, items.first(), context)};
        return QJsonObject();
    });

    int status = ExitOk;
    QJsonArray json;
    QStringList text;
    for (size_t i = 0; i < results.size(); ++i) {
        if (!results[i]) {
            // One bad file does not hide what the others made; the status still says it.
            status = std::max(status, cli.fail(results[i].error()));
            json.append(QJsonObject{{u"source"_s, items[qsizetype(i)].input},
                                    {u"error"_s, results[i].error().message}});
            continue;
        }
        json.append(*results[i]);
        text << describe(request, *results[i]);
    }
    if (batch)
        cli.print(json, text.join(u'\n'));
    else if (status == ExitOk)
        cli.print(json.first(), text.join(u'\n'));
    return status;
}

} // namespace

QList<Command> thumbnailCommands()
{
    return {
            {{u"thumb"_s},
             u"FILE OUT | --out-dir DIR FILE... [--at SECONDS] [--width PX] "
             "[--filmstrip N [--height PX] [--from S] [--to S]] [--waveform N]"_s,
             thumb},
    };
}

} // namespace mt
