// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "cli.h"

#include "generation/generationtask.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mt {

class CredentialStore;
class EditHistory;
class GenerationService;
class JobQueue;
class Library;
class ReviewJobs;
class TimelineEditor;

// What the generation commands share (generationcommands.cpp, providercommands.cpp): the service
// over the CLI's library with every provider of this build registered and configured from the
// credential store, and a way to let it work until what a command waits for has happened.
// Main thread, for the length of one command.
class GenerationSession
{
public:
    GenerationSession();
    ~GenerationSession();

    // Opens the library and the service; an exit status when that fails.
    std::optional<int> open(Cli &cli);

    Library &library() { return *m_library; }
    GenerationService &service() { return *m_service; }
    CredentialStore &credentials() { return *m_credentials; }
    // Lines about providers that could not be configured (a refused base URL).
    const QStringList &problems() const { return m_problems; }

    // Runs the event loop until `done()` is true; task changes are reported on stderr.
    void waitUntil(const std::function<bool()> &done);
    // Until every task has settled, or (untilSettled false) has at least been submitted; local
    // providers' tasks always settle, there is nothing to come back to. Then until the reviews of
    // the takes that landed have stored their flags (a review is short, and one left running
    // would be cut off when the command ends).
    void wait(const QList<qint64> &taskIds, bool untilSettled);

    // A task as --json prints it: the row plus the clip its asset is on.
    QJsonObject taskJson(const GenerationTask &task);
    static QString taskLine(const GenerationTask &task);
    // An exit status for tasks that ended badly (failed, needs attention), after saying why.
    int outcome(const QList<qint64> &taskIds);

private:
    Cli *m_cli = nullptr;
    Library *m_library = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_editor;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<ReviewJobs> m_reviews;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<GenerationService> m_service;
    QStringList m_problems;
};

} // namespace mt
