// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/job.h"
#include "export/exportplanner.h"
#include "storage/exportstore.h"

#include <QObject>

namespace mt {

class JobQueue;
class Library;

// Exports as jobs, for the editor's one-click export and its Export dialog: start() checks the
// request and plans on the main thread (refusals come back at once, nothing queued), the
// "export" job renders on the queue's heavy pool, and when it is done the service records the
// Export row and says so. A retried or interrupted export plans again from its parameters.
// Main thread; made by the composition root after the queue.
class ExportService : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Kind = "export";

    ExportService(Library &library, JobQueue &queue, QObject *parent = nullptr);

    // Queues the export; the job's id.
    Result<qint64> start(const ExportRequest &request);

signals:
    void exported(qint64 jobId, const mt::ExportRecord &record);
    void exportFailed(qint64 jobId, qint64 projectId, const QString &message);

private:
    Result<ExportPlan> plan(const ExportRequest &request) const;
    void onJobFinished(qint64 id, JobState state, const QJsonObject &result, const QString &error);

    Library &m_library;
    JobQueue &m_queue;
};

} // namespace mt
