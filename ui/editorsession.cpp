// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "editorsession.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "export/exportservice.h"
#include "generation/credentialstore.h"
#include "generation/generationlog.h"
#include "generation/generationservice.h"
#include "generation/providerregistry.h"
#include "jobs/importjobs.h"
#include "jobs/jobqueue.h"
#include "jobs/mediajobs.h"
#include "jobs/reviewjobs.h"
#include "models/mediapreviews.h"
#include "storage/library.h"
#include "storage/settingsstore.h"

#include <QNetworkAccessManager>

namespace mt {

void CurrentProject::setId(qint64 projectId)
{
    if (projectId == m_id)
        return;
    m_id = projectId;
    emit changed(projectId);
}

Result<std::unique_ptr<EditorSession>> EditorSession::open(const QString &libraryRoot,
                                                           const QString &credentialsFile)
{
    Result<std::unique_ptr<Library>> library = Library::open(libraryRoot);
    if (!library)
        return library.error();
    std::unique_ptr<EditorSession> session(new EditorSession);
    session->m_library = std::move(library).value();
    Library &lib = *session->m_library;
    session->m_jobs = std::make_unique<JobQueue>(lib.database());
    MediaJobs::registerAll(*session->m_jobs, lib.paths().cache());
    session->m_imports = std::make_unique<ImportJobs>(*session->m_jobs, lib);
    // Take review ("review" jobs, queued by the GenerationService for every take it lands): owned
    // by the queue it registers with; panels follow its jobs through the queue's signals.
    new ReviewJobs(*session->m_jobs, lib, session->m_jobs.get());
    session->m_exports = std::make_unique<ExportService>(lib, *session->m_jobs);
    session->m_history = std::make_unique<EditHistory>(lib.database());
    session->m_timeline = std::make_unique<TimelineEditor>(lib.database(), *session->m_history);
    session->m_undoStack = std::make_unique<TimelineUndoStack>(*session->m_timeline);
    session->m_previews = std::make_unique<MediaPreviews>(*session->m_jobs, lib.paths().root);
    session->m_currentProject = std::make_unique<CurrentProject>();
    QObject::connect(session->m_currentProject.get(),
                     &CurrentProject::changed,
                     session->m_undoStack.get(),
                     [stack = session->m_undoStack.get()](qint64 id) {
                         // A history that cannot be read leaves Undo empty; the
                         // panels still show the project, and the log says why.
                         if (const Status shown = stack->setProject(id); !shown)
                             qWarning("Undo history of project %lld: %s",
                                      qlonglong(id),
                                      qPrintable(shown.error().message));
                     });

    // Generation: every HTTP provider shares the one network manager (one connection pool, one
    // proxy setup). The storyboard renders in the cache; the service moves results into the
    // library. Keys arrive asynchronously (the keychain answers later), and only then are the
    // tasks of a previous run resumed, so that a submitted task is not polled without its key.
    session->m_network = std::make_unique<QNetworkAccessManager>();
    session->m_credentials = std::make_unique<CredentialStore>(credentialsFile);
    session->m_generation = std::make_unique<GenerationService>(lib,
                                                                *session->m_timeline,
                                                                *session->m_jobs,
                                                                *session->m_network);
    ProviderRegistry::registerBuiltIn(*session->m_generation,
                                      {*session->m_jobs,
                                       *session->m_network,
                                       lib.paths().cache() + QStringLiteral("/storyboard")});
    EditorSession *raw = session.get();
    session->configureProviders([raw](const QStringList &) {
        if (raw->m_generationReady)
            return;
        raw->m_generationReady = true;
        if (const Result<int> resumed = raw->m_generation->resume(); !resumed)
            qCWarning(lcGeneration) << "resuming generation tasks:" << resumed.error().message;
    });
    return session;
}

void EditorSession::configureProviders(std::function<void(QStringList problems)> done)
{
    // The callback runs later on the main thread; the credential store is its context, so it
    // does not run after the session (which owns the store) is gone.
    ProviderRegistry::configure(
            *m_generation,
            *m_credentials,
            [this, done = std::move(done)](QStringList problems) {
                m_providerProblems = problems;
                for (const QString &problem : std::as_const(problems))
                    qCWarning(lcGeneration) << problem;
                if (done)
                    done(problems);
            },
            &m_library->settings());
}

EditorSession::~EditorSession()
{
    // Reverse order of construction: the queue stops its work before the stores go.
    m_generation.reset();
    m_credentials.reset();
    m_network.reset();
    m_currentProject.reset();
    m_previews.reset();
    m_undoStack.reset();
    m_timeline.reset();
    m_history.reset();
    m_exports.reset();
    m_imports.reset();
    m_jobs.reset();
    m_library.reset();
}

} // namespace mt
