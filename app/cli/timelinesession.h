// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "cli.h"

#include "domain/project.h"
#include "edit/edithistory.h"
#include "edit/timelineeditor.h"

#include <initializer_list>
#include <memory>
#include <optional>

// What the timeline commands share (timelinecommands.cpp, timelinesoundcommands.cpp).
namespace mt::timelinecli {

// What every timeline command works with: the project named by its first argument and the
// editor over the library.
struct Session
{
    Project project;
    std::unique_ptr<EditHistory> history;
    std::unique_ptr<TimelineEditor> editor;

    Timeline timeline() const { return editor->store().load(project.id).value(); }
};

// Each returns the exit status to end with when the argument is not usable (after printing why).
std::optional<int> openSession(Cli &cli, const QString &projectArgument, Session *session);
std::optional<int> readId(Cli &cli, const QString &text, const QString &what, qint64 *id);
// The clip named by `text`, which must be on the session's timeline.
std::optional<int> readClip(Cli &cli, const Session &session, const QString &text, qint64 *id);
// Reads the time options that are set into their targets.
std::optional<int> readTimes(
        Cli &cli,
        const QCommandLineParser &parser,
        std::initializer_list<std::pair<QString, std::optional<double> *>> options);
std::optional<int> readNumber(Cli &cli, const QString &text, const QString &what, double *value);

// "1.000–4.000 s"
QString span(double in, std::optional<double> out, double duration);

// timeline music | audio
QList<Command> soundCommands();

} // namespace mt::timelinecli
