// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cli.h"

#include "storage/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

Cli::Cli() = default;
Cli::~Cli() = default;

void Cli::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"library"_s, tr("The library folder (database and managed media)."),
                      tr("DIR")});
    parser.addOption({u"json"_s, tr("Write one JSON document on stdout.")});
    parser.addOption({u"quiet"_s, tr("No progress on stderr.")});
}

void Cli::readGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(u"library"_s))
        m_libraryOption = parser.value(u"library"_s);
    m_json = m_json || parser.isSet(u"json"_s);
    m_quiet = m_quiet || parser.isSet(u"quiet"_s);
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QStringList &args,
                              int minPositional, int maxPositional)
{
    addGlobalOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(args))
        return usage(parser.errorText());
    readGlobalOptions(parser);
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText().toUtf8());
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usage(tr("“%1” needs more arguments.").arg(args.value(0)));
    if (maxPositional >= 0 && count > maxPositional)
        return usage(tr("“%1” got an unexpected argument “%2”.")
                             .arg(args.value(0), parser.positionalArguments().value(maxPositional)));
    return std::nullopt;
}

QString Cli::libraryDir() const
{
    if (!m_libraryOption.isEmpty())
        return m_libraryOption;
    const QString fromEnvironment = qEnvironmentVariable("MOVIETOOL_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return LibraryPaths::defaultRoot();
}

Library *Cli::library()
{
    if (m_library)
        return m_library.get();
    if (m_libraryStatus != ExitOk)
        return nullptr;
    auto opened = Library::open(libraryDir());
    if (!opened.ok()) {
        m_libraryStatus = fail(opened.error());
        return nullptr;
    }
    m_library = std::move(opened).value();
    return m_library.get();
}

int Cli::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray())
                                                      : QJsonDocument(json.toObject());
        writeOut(document.toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty()) {
        writeOut(text.toUtf8() + (text.endsWith(u'\n') ? "" : "\n"));
    }
    return ExitOk;
}

int Cli::fail(const Error &error)
{
    writeErr(error.message);
    return error.kind == ErrorKind::Refused ? ExitRefused : ExitFailed;
}

int Cli::usage(const QString &message)
{
    writeErr(message);
    writeErr(tr("Run “movietool-cli help” for the commands and their arguments."));
    return ExitUsage;
}

void Cli::progress(const QString &text) const
{
    if (!m_quiet)
        writeErr(text);
}

std::optional<double> parseSeconds(const QString &text)
{
    static const QRegularExpression pattern(
            u"^\\s*(?:(?:(\\d+):)?(\\d+):)?(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double hours = match.captured(1).toDouble();
    const double minutes = match.captured(2).toDouble();
    return hours * 3600 + minutes * 60 + match.captured(3).toDouble();
}

QString formatBytes(qint64 bytes)
{
    const char *units[] = {"B", "KB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000 && unit < 4) {
        value /= 1000;
        ++unit;
    }
    return unit == 0 ? u"%1 B"_s.arg(bytes)
                     : u"%1 %2"_s.arg(value, 0, 'f', value < 10 ? 2 : 1)
                               .arg(QLatin1StringView(units[unit]));
}

} // namespace mt
