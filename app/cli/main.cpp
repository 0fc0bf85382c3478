// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// movietool-cli: the headless face of Movie Tool (shared/CLI.md is its contract).
#include "cli.h"

#include "media/allocator.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<mt::Command> allCommands()
{
    QList<mt::Command> commands;
    commands += mt::libraryCommands();
    commands += mt::projectCommands();
    commands += mt::characterCommands();
    commands += mt::assetCommands();
    commands += mt::mediaCommands();
    commands += mt::thumbnailCommands();
    commands += mt::conversionCommands();
    commands += mt::analysisCommands();
    commands += mt::cutCommands();
    commands += mt::timelineCommands();
    commands += mt::takeCommands();
    commands += mt::exportCommands();
    commands += mt::generationCommands();
    commands += mt::providerCommands();
    return commands;
}

int printHelp(const QList<mt::Command> &commands)
{
    QString text = QCoreApplication::translate(
            "main",
            "usage: movietool-cli [--library DIR] [--json] [--quiet] COMMAND ...\n\n"
            "Commands:\n");
    for (const mt::Command &command : commands)
        text += u"  "_s + command.words.join(u' ') + u' ' + command.synopsis + u'\n';
    text += QCoreApplication::translate(
            "main",
            "\nExit status: 0 done, 1 usage error, 2 refused input, 3 failure while "
            "working.\nCOMMAND --help shows a command's options.\n");
    std::fputs(text.toUtf8().constData(), stdout);
    return mt::ExitOk;
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform asks for the runtime folder, and Qt warns on stderr where none is set (a
// headless shell, CI). Scripts read stderr for errors: that note is not one.
void quietRuntimeDirNote(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    mt::tuneAllocatorForMedia();
    // A GUI application without a screen: storyboard cards draw text, which needs Qt GUI's font
    // database; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietRuntimeDirNote);
    QGuiApplication app(argc, argv);
    // A script reads stderr for errors and progress; the library's notes on what it opened or
    // migrated are for debugging (QT_LOGGING_RULES="mt.*.info=true" shows them).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"mt.*.info=false\nmt.*.debug=false"_s);
    QCoreApplication::setApplicationName(u"movietool"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOVIETOOL_VERSION));

    // Global options may stand before the command; everything from the command word on is the
    // command's (which accepts the global options too).
    QStringList args = app.arguments().mid(1);
    mt::Cli cli;
    QCommandLineParser global;
    mt::Cli::addGlobalOptions(global);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addVersionOption();
    if (!global.parse(QStringList{u"movietool-cli"_s} + args))
        return cli.usage(global.errorText());
    if (global.isSet(u"version"_s)) {
        std::puts("movietool-cli " MOVIETOOL_VERSION);
        return mt::ExitOk;
    }
    cli.readGlobalOptions(global);
    args = global.positionalArguments();

    const QList<mt::Command> commands = allCommands();
    if (args.isEmpty() || args.first() == u"help"_s || args.first() == u"--help"_s
        || args.first() == u"-h"_s)
        return printHelp(commands);

    // The longest run of words that names a command wins ("project list" before "project").
    const mt::Command *best = nullptr;
    for (const mt::Command &command : commands) {
        if (args.size() >= command.words.size()
            && args.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best)
        return cli.usage(QCoreApplication::translate("main", "Unknown command “%1”.")
                                 .arg(args.mid(0, 2).join(u' ')));
    const QString name = best->words.join(u' ');
    return best->run(cli, QStringList{name} + args.mid(best->words.size()));
}
