// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/job.h"
#include "jobqueue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace mt {

class Library;

// A file an import could not take, and why, in words for a person.
struct RefusedFile
{
    QString path;
    QString reason;
};

// How an import job ended, once its files were registered on the main thread.
struct ImportReport
{
    qint64 jobId = 0;
    qint64 projectId = 0;
    JobState state = JobState::Done;
    QString error;          // why the job failed or was cancelled; empty when done
    QList<qint64> assetIds; // imported (or already in the project), in the order given
    QList<RefusedFile> refused;
};

// Imports files and folders into a project off the main thread, as the "import" kind of the
// JobQueue: {projectId, paths: [..]} → {projectId, staged: [..], refused: [{path, error}]}.
//
// The work (Light pool) expands folders recursively (hidden files skipped), then runs
// MediaLibrary::stage() per file: validate, probe, hash and copy into media/uploads. A refused
// file is listed with its reason and the rest go on. Only when the job has ended done does the
// main thread register the staged files (MediaLibrary::registerAsset), so a cancelled or failed
// import registers nothing; files it had already copied are orphans that MediaLibrary::cleanup()
// moves to the trash (deleting them here could pull a file from under a concurrent import of the
// same content).
//
// Main thread; owned by the session next to the queue and the library, which outlive it.
class ImportJobs : public QObject
{
    Q_OBJECT

public:
    static inline const QString Kind = QStringLiteral("import");

    ImportJobs(JobQueue &queue, Library &library, QObject *parent = nullptr);

    // Queues an import of files and folders into the project; the job's id.
    Result<qint64> import(qint64 projectId, const QStringList &paths);

signals:
    // An import job ended; for a done one its staged files are registered by now.
    void importFinished(const mt::ImportReport &report);

private:
    Result<JobQueue::Work> work(const QJsonObject &params);
    void onJobFinished(qint64 jobId,
                       JobState state,
                       const QJsonObject &result,
                       const QString &error);

    JobQueue &m_queue;
    Library &m_library;
};

} // namespace mt
