// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "storagetest.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "generation/generationservice.h"
#include "jobs/jobqueue.h"
#include "storage/library.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

// What the generation tests share: a real library in a temporary folder with a project, and the
// service over it with the editor, job queue and network manager it needs — torn down and made
// again by restart(), as a new run of the program over the same library.
namespace mt::test {

class GenerationFixture
{
public:
    bool open(const QString &projectName = QStringLiteral("Film"))
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid() || !start())
            return false;
        Project draft = projectNamed(projectName);
        draft.width = 320;
        draft.height = 240;
        draft.frameRate = {25, 1};
        Result<Project> created = m_library->projects().create(draft);
        if (!created)
            return false;
        project = created->id;
        return true;
    }

    // Drops the service and everything under it, then opens the same library again.
    bool restart()
    {
        stop();
        return start();
    }

    void stop()
    {
        m_service.reset();
        m_jobs.reset();
        m_editor.reset();
        m_history.reset();
        m_network.reset();
        m_library.reset();
    }

    // Runs the event loop until the task has settled (done, failed, cancelled, needs attention).
    bool waitSettled(qint64 taskId, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return !m_service->isWorking(taskId); }, timeoutMs);
    }

    GenerationService &service() { return *m_service; }
    Library &library() { return *m_library; }
    TimelineEditor &editor() { return *m_editor; }
    JobQueue &jobs() { return *m_jobs; }
    QNetworkAccessManager &network() { return *m_network; }
    Database &db() { return m_library->database(); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    qint64 project = 0;

private:
    bool start()
    {
        Result<std::unique_ptr<Library>> opened = Library::open(
                m_dir->filePath(QStringLiteral("library")));
        if (!opened)
            return false;
        m_library = std::move(opened).value();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<EditHistory>(m_library->database());
        m_editor = std::make_unique<TimelineEditor>(m_library->database(), *m_history);
        m_jobs = std::make_unique<JobQueue>(m_library->database());
        m_service = std::make_unique<GenerationService>(*m_library, *m_editor, *m_jobs, *m_network);
        m_service->setRetryTiming(5, 40);
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_editor;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<GenerationService> m_service;
};

} // namespace mt::test
