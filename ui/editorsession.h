// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace mt {

class EditHistory;
class ExportService;
class CredentialStore;
class GenerationService;
class ImportJobs;
class JobQueue;
class Library;
class MediaPreviews;
class TimelineEditor;
class TimelineUndoStack;

// Which project the editor shows. Panels follow changed(); 0 means none is open. The main window
// remembers the last one in QSettings and reopens it on start.
class CurrentProject : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 id() const { return m_id; }
    void setId(qint64 projectId);

signals:
    void changed(qint64 projectId);

private:
    qint64 m_id = 0;
};

// Everything the editor's panels work with, made in the right order over one open library and
// torn down in reverse: the library's stores, the job queue (with the media, import and export
// kinds registered), the export service, the timeline editor and its undo stack, the previews of
// assets, the current project, and generation: the one QNetworkAccessManager, the credential
// store and the GenerationService with every provider of this build (ProviderRegistry), keys
// read from the credential store, after which the tasks a previous run left are resumed
// (submitted ones poll again, uncertain ones wait for a decision in needs attention). The
// composition root (app/editor/main.cpp) and the GUI tests open one and hand it to MainWindow and
// the panels, which keep a reference. Main thread.
class EditorSession
{
    Q_DECLARE_TR_FUNCTIONS(mt::EditorSession)

public:
    // credentialsFile: the user-only fallback file for keys (empty: CredentialStore's default).
    static Result<std::unique_ptr<EditorSession>> open(const QString &libraryRoot,
                                                       const QString &credentialsFile = {});
    ~EditorSession();

    Library &library() { return *m_library; }
    JobQueue &jobs() { return *m_jobs; }
    ImportJobs &imports() { return *m_imports; }
    ExportService &exports() { return *m_exports; }
    EditHistory &history() { return *m_history; }
    TimelineEditor &timeline() { return *m_timeline; }
    TimelineUndoStack &undoStack() { return *m_undoStack; }
    MediaPreviews &previews() { return *m_previews; }
    CurrentProject &currentProject() { return *m_currentProject; }
    QNetworkAccessManager &network() { return *m_network; }
    CredentialStore &credentials() { return *m_credentials; }
    GenerationService &generation() { return *m_generation; }

    // Reads every remote provider's key and base URL again and configures it (after the key was
    // changed in Settings). done(problems) as ProviderRegistry::configure; problems are kept.
    void configureProviders(std::function<void(QStringList problems)> done = {});
    // What the last configuration could not do (a refused base URL override), translated.
    QStringList providerProblems() const { return m_providerProblems; }
    // False until the first configuration finished and resume() ran.
    bool generationReady() const { return m_generationReady; }

private:
    EditorSession() = default;

    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<ImportJobs> m_imports;
    std::unique_ptr<ExportService> m_exports;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_timeline;
    std::unique_ptr<TimelineUndoStack> m_undoStack;
    std::unique_ptr<MediaPreviews> m_previews;
    std::unique_ptr<CurrentProject> m_currentProject;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<GenerationService> m_generation;
    QStringList m_providerProblems;
    bool m_generationReady = false;
};

} // namespace mt
