// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinesession.h"

#include "storage/library.h"
#include "storage/projectstore.h"

namespace mt::timelinecli {

using namespace Qt::StringLiterals;

// Opens the library and the project; an exit status when that fails.
std::optional<int> openSession(Cli &cli, const QString &projectArgument, Session *session)
{
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    Result<Project> project = library->projects().byIdOrName(projectArgument);
    if (!project)
        return cli.fail(project.error());
    session->project = *project;
    session->history = std::make_unique<EditHistory>(library->database());
    session->editor = std::make_unique<TimelineEditor>(library->database(), *session->history);
    return std::nullopt;
}

// Reads an id argument; an exit status when it is not one.
std::optional<int> readId(Cli &cli, const QString &text, const QString &what, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0)
        return cli.usage(
                Cli::tr("%1 is a number (see “timeline show P”), not “%2”.").arg(what, text));
    return std::nullopt;
}

// The clip named by `text`, which must be on the session's timeline.
std::optional<int> readClip(Cli &cli, const Session &session, const QString &text, qint64 *id)
{
    if (auto exit = readId(cli, text, u"CLIP"_s, id))
        return exit;
    Result<Clip> clip = session.editor->store().clip(*id);
    if (clip && clip->projectId != session.project.id) {
        return cli.fail(Error::refused(Cli::tr("Clip %1 is not on the timeline of “%2”.")
                                               .arg(*id)
                                               .arg(session.project.name)));
    }
    if (!clip)
        return cli.fail(clip.error());
    return std::nullopt;
}

// Reads the time options that are set into their targets; an exit status for one that is not a
// time.
std::optional<int> readTimes(
        Cli &cli,
        const QCommandLineParser &parser,
        std::initializer_list<std::pair<QString, std::optional<double> *>> options)
{
    for (const auto &[name, target] : options) {
        if (!parser.isSet(name))
            continue;
        *target = parseSeconds(parser.value(name));
        if (!*target) {
            return cli.usage(Cli::tr("--%1 takes seconds (1.5) or minutes and seconds (1:02.5), "
                                     "not “%2”.")
                                     .arg(name, parser.value(name)));
        }
    }
    return std::nullopt;
}

std::optional<int> readNumber(Cli &cli, const QString &text, const QString &what, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    if (!ok)
        return cli.usage(Cli::tr("%1 is a number such as 0.5 or 2, not “%2”.").arg(what, text));
    return std::nullopt;
}

QString span(double in, std::optional<double> out, double duration)
{
    return u"%1–%2 s"_s.arg(in, 0, 'f', 3).arg(out.value_or(in + duration), 0, 'f', 3);
}

} // namespace mt::timelinecli
