// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// library info | settings | cleanup | empty-trash | backup | restore
#include "cli.h"

#include "storage/assetstore.h"
#include "storage/characterstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// "500M", "2G", "1.5GB", "10 MiB", "1048576" → bytes (K/M/G/T are powers of 1024).
std::optional<qint64> parseBytes(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int power = QStringView(u"kmgt").indexOf(match.captured(2).toLower()) + 1;
    double value = match.captured(1).toDouble();
    for (int i = 0; i < power && !match.captured(2).isEmpty(); ++i)
        value *= 1024;
    return qint64(value);
}

QString limitText(qint64 bytes)
{
    return bytes > 0 ? formatBytes(bytes) : Cli::tr("none");
}

int info(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<QList<Project>> projects = library->projects().list();
    const Result<QList<Character>> characters = library->characters().list();
    const Result<MediaLibrary::Usage> usage = library->media().usage();
    for (const Error *error : {projects.ok() ? nullptr : &projects.error(),
                               characters.ok() ? nullptr : &characters.error(),
                               usage.ok() ? nullptr : &usage.error()}) {
        if (error)
            return cli.fail(*error);
    }
    qsizetype assets = 0;
    for (const Project &project : *projects) {
        const Result<QList<Asset>> list = library->assets().list(project.id);
        assets += list.ok() ? list->size() : 0;
    }
    const qint64 quota = library->settings().quotaBytes();
    const qint64 maxFile = library->settings().maxImportFileSize();
    const QJsonObject json{
            {u"location"_s, library->paths().root},
            {u"database"_s, library->database().path()},
            {u"schemaVersion"_s, library->database().schemaVersion()},
            {u"mediaBytes"_s, usage->mediaBytes},
            {u"managedBytes"_s, usage->managedBytes},
            {u"trashBytes"_s, usage->trashBytes},
            {u"cacheBytes"_s, usage->cacheBytes},
            {u"quotaBytes"_s, quota},
            {u"maxImportFileSize"_s, maxFile},
            {u"projects"_s, int(projects->size())},
            {u"characters"_s, int(characters->size())},
            {u"assets"_s, int(assets)},
    };
    const QString text = Cli::tr("Library: %1\nDatabase: %2 (schema %3)\nMedia: %4 (%5 in use, "
                                 "quota %6)\nTrash: %7\nCache: %8\nLargest import: %9\n"
                                 "Projects: %10, characters: %11, assets: %12")
                                 .arg(library->paths().root, library->database().path())
                                 .arg(library->database().schemaVersion())
                                 .arg(formatBytes(usage->mediaBytes),
                                      formatBytes(usage->managedBytes), limitText(quota),
                                      formatBytes(usage->trashBytes),
                                      formatBytes(usage->cacheBytes), limitText(maxFile))
                                 .arg(projects->size())
                                 .arg(characters->size())
                                 .arg(assets);
    return cli.print(json, text);
}

int settings(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
            {u"quota"_s, Cli::tr("Most bytes the library's media may take (e.g. 50G; 0: none)."),
             u"SIZE"_s},
            {u"max-file-size"_s, Cli::tr("Largest file an import accepts (e.g. 2G)."), u"SIZE"_s},
    });
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    struct Change
    {
        QString option;
        Status (SettingsStore::*set)(qint64);
    };
    for (const Change &change : {Change{u"quota"_s, &SettingsStore::setQuotaBytes},
                                 Change{u"max-file-size"_s, &SettingsStore::setMaxImportFileSize}}) {
        if (!parser.isSet(change.option))
            continue;
        const std::optional<qint64> bytes = parseBytes(parser.value(change.option));
        if (!bytes)
            return cli.usage(Cli::tr("--%1 takes a size such as 500M or 2G, not “%2”.")
                                     .arg(change.option, parser.value(change.option)));
        if (const Status set = (library->settings().*change.set)(*bytes); !set.ok())
            return cli.fail(set.error());
    }
    const qint64 quota = library->settings().quotaBytes();
    const qint64 maxFile = library->settings().maxImportFileSize();
    return cli.print(QJsonObject{{u"quotaBytes"_s, quota}, {u"maxImportFileSize"_s, maxFile}},
                     Cli::tr("Quota: %1\nLargest import: %2").arg(limitText(quota),
                                                                  limitText(maxFile)));
}

QJsonObject reportJson(const MediaLibrary::FileReport &report)
{
    return {{u"files"_s, QJsonArray::fromStringList(report.files)}, {u"bytes"_s, report.bytes}};
}

int cleanup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"dry-run"_s, Cli::tr("Only list what would move to the trash.")});
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const Result<MediaLibrary::FileReport> report = library->media().cleanup(dryRun);
    if (!report.ok())
        return cli.fail(report.error());
    QJsonObject json = reportJson(*report);
    json[u"dryRun"_s] = dryRun;
    QStringList lines = report->files;
    lines << (dryRun ? Cli::tr("%n file(s) (%1) no project or character uses; run without "
                               "--dry-run to move them to the trash.",
                               nullptr, int(report->files.size()))
                     : Cli::tr("Moved %n file(s) (%1) no project or character used to the trash.",
                               nullptr, int(report->files.size())))
                     .arg(formatBytes(report->bytes));
    return cli.print(json, lines.join(u'\n'));
}

int emptyTrash(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<MediaLibrary::FileReport> report = library->media().emptyTrash();
    if (!report.ok())
        return cli.fail(report.error());
    return cli.print(reportJson(*report),
                     Cli::tr("Deleted %n item(s) (%1) from the trash.", nullptr,
                             int(report->files.size()))
                             .arg(formatBytes(report->bytes)));
}

int backup(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DIR"_s, Cli::tr("Where to write it (default: the library's "
                                                   "backups folder)."),
                                 u"[DIR]"_s);
    if (auto exit = cli.parse(parser, args, 0, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<QString> file = library->database().backup(parser.positionalArguments().value(0));
    if (!file.ok())
        return cli.fail(file.error());
    return cli.print(QJsonObject{{u"backup"_s, *file}},
                     Cli::tr("Backed up the library's database to %1.").arg(*file));
}

int restore(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("A backup made by “library backup”."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    // The library is not opened: restoring must work when its database no longer opens.
    const LibraryPaths paths(cli.libraryDir());
    if (!paths.ensure())
        return cli.fail(Error::failed(Cli::tr("Could not create the library folder %1. Check its "
                                              "permissions.")
                                              .arg(paths.root)));
    const QString file = parser.positionalArguments().first();
    if (const Status restored = Database::restoreFile(paths.database(), file); !restored.ok())
        return cli.fail(restored.error());
    Library *library = cli.library(); // migrates a backup from an older version
    if (!library)
        return cli.libraryStatus();
    return cli.print(QJsonObject{{u"restored"_s, file},
                                 {u"database"_s, library->database().path()},
                                 {u"schemaVersion"_s, library->database().schemaVersion()}},
                     Cli::tr("Restored the library's database from %1. The database it replaced "
                             "was backed up first.")
                             .arg(file));
}

} // namespace

QList<Command> libraryCommands()
{
    return {
            {{u"library"_s, u"info"_s}, {}, info},
            {{u"library"_s, u"settings"_s}, u"[--quota SIZE] [--max-file-size SIZE]"_s, settings},
            {{u"library"_s, u"cleanup"_s}, u"[--dry-run]"_s, cleanup},
            {{u"library"_s, u"empty-trash"_s}, {}, emptyTrash},
            {{u"library"_s, u"backup"_s}, u"[DIR]"_s, backup},
            {{u"library"_s, u"restore"_s}, u"FILE"_s, restore},
    };
}

} // namespace mt
