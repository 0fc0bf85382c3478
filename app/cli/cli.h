// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mt {

class Library;

// Exit statuses of shared/CLI.md: scripts rely on them.
enum ExitStatus : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitRefused = 2,
    ExitFailed = 3,
};

// State and output of one movietool-cli run: the global options, the library (opened on first
// use), and the two output modes (readable text, or exactly one JSON document on stdout).
// Lives on the main thread for the length of main().
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    ~Cli();

    // Global options are accepted before and after the command word.
    static void addGlobalOptions(QCommandLineParser &parser);
    void readGlobalOptions(const QCommandLineParser &parser);

    // Parses a command's arguments (args[0] is the command's words, for messages). Returns the
    // exit status to end with when the command should not run: a usage error (printed), or 0
    // after --help. maxPositional -1: no limit.
    std::optional<int> parse(QCommandLineParser &parser,
                             const QStringList &args,
                             int minPositional,
                             int maxPositional);

    bool json() const { return m_json; }
    bool quiet() const { return m_quiet; }
    QString libraryDir() const;

    // The library, opened (and created, migrated) on first call; nullptr after printing why not.
    Library *library();
    int libraryStatus() const { return m_libraryStatus; }

    // Output. In JSON mode `json` is written, else `text` (one line per element).
    int print(const QJsonValue &json, const QString &text);
    int fail(const Error &error);
    int usage(const QString &message);
    void progress(const QString &text) const; // stderr, unless --quiet

private:
    QString m_libraryOption;
    bool m_json = false;
    bool m_quiet = false;
    std::unique_ptr<Library> m_library;
    int m_libraryStatus = ExitOk;
};

// One CLI command: its words ("project create"), a synopsis line, and the handler that receives
// the arguments after the words.
struct Command
{
    QStringList words;
    QString synopsis;
    std::function<int(Cli &, const QStringList &args)> run;
};

// Each area contributes its commands (librarycommands.cpp, projectcommands.cpp, …).
QList<Command> libraryCommands();
QList<Command> projectCommands();
QList<Command> characterCommands();
QList<Command> assetCommands();
QList<Command> mediaCommands();
QList<Command> thumbnailCommands();
QList<Command> conversionCommands();
QList<Command> analysisCommands();
QList<Command> cutCommands();
QList<Command> timelineCommands();
QList<Command> takeCommands();
QList<Command> exportCommands();
QList<Command> generationCommands();
QList<Command> providerCommands();

// Reads "1.5", "90", "2:03.5" as seconds; nullopt when it is not a time.
std::optional<double> parseSeconds(const QString &text);

// "1.2 GB" for people.
QString formatBytes(qint64 bytes);

} // namespace mt
