// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/job.h"
#include "jobqueue.h"
#include "media/takereview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace mt {

class Library;

// Take review as the "review" kind of the JobQueue: an asset checked against what was asked of
// it (TakeReview), its flags stored in the library (FlagStore::replaceFlags).
//
//   review {assetId, duration?, width?, height?, audioRequested?, referenceImage?, stillExpected?}
//          → {flags: N, assetId, found: [AssetFlag::toJson()]}
//
// stillExpected: the take is a still picture by design (a storyboard title card without camera
// moves), so a picture that never moves is not a flag.
//
// The parameters are checked on the main thread when the job is submitted (the asset must be a
// video of the library; width and height come together; a reference image must be a readable
// file). The work (Light pool) analyses the file; only when the job has ended done does the main
// thread write the flags, then emits reviewed(). A failed or cancelled review writes nothing
// and changes nothing else: the take stays usable, it just has no verdict.
//
// Main thread; owned by the session next to the queue and the library, which outlive it. The
// GenerationService queues a review for every take it lands when this kind is registered.
class ReviewJobs : public QObject
{
    Q_OBJECT

public:
    static inline const QString Kind = QStringLiteral("review");

    ReviewJobs(JobQueue &queue, Library &library, QObject *parent = nullptr);

    // Queues a review of the asset; the job's id.
    Result<qint64> review(qint64 assetId,
                          const TakeExpectations &expected,
                          bool stillExpected = false);
    // The parameters and title of such a job, for whoever submits it to the queue directly.
    static QJsonObject paramsOf(qint64 assetId,
                                const TakeExpectations &expected,
                                bool stillExpected = false);
    static QString titleOf(const QString &assetName);
    static Result<qint64> submit(JobQueue &queue,
                                 qint64 projectId,
                                 qint64 assetId,
                                 const QString &assetName,
                                 const TakeExpectations &expected,
                                 bool stillExpected = false);

    // Review jobs queued or running in this session.
    int pendingCount() const { return int(m_pending.size()); }

signals:
    // A review ended done and the asset's flags are stored (`flags` of them).
    void reviewed(qint64 assetId, qint64 jobId, int flags);

private:
    Result<JobQueue::Work> work(const QJsonObject &params);
    void onJobFinished(qint64 jobId,
                       JobState state,
                       const QJsonObject &result,
                       const QString &error);

    JobQueue &m_queue;
    Library &m_library;
    QSet<qint64> m_pending;
};

} // namespace mt
