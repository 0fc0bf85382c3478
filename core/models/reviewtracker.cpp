// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "reviewtracker.h"

#include "jobs/reviewjobs.h"

#include "edit/edithistory.h"
#include "jobs/jobqueue.h"

namespace mt {

using namespace Qt::StringLiterals;

ReviewTracker::ReviewTracker(Database &db, JobQueue &jobs, EditHistory &history, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_flags(db)
{
    connect(&m_jobs, &JobQueue::jobAdded, this, &ReviewTracker::onJobQueued);
    connect(&m_jobs, &JobQueue::jobRetried, this, &ReviewTracker::onJobQueued);
    connect(&m_jobs, &JobQueue::jobFinished, this, [this](qint64 jobId, JobState state) {
        if (state == JobState::Done && m_reviewing.contains(jobId))
            m_reviewed.insert(m_reviewing.value(jobId));
        onJobFinished(jobId);
    });
    connect(&history, &EditHistory::changed, this, [this](qint64 projectId) {
        if (projectId == m_projectId)
            reload();
    });
    // Reviews the queue already has (queued before this view was made) show as under way, and
    // the takes already reviewed as checked.
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Done}) {
        // Done jobs pile up (a probe and thumbnails per asset): the recent ones are enough.
        const Result<QList<JobInfo>> jobsInState = m_jobs.jobs(state,
                                                               state == JobState::Done
                                                                       ? RecentDoneJobs
                                                                       : 0);
        if (!jobsInState)
            continue;
        for (const JobInfo &job : *jobsInState) {
            const qint64 asset = reviewedAsset(job);
            if (asset <= 0)
                continue;
            if (state == JobState::Done)
                m_reviewed.insert(asset);
            else if (m_jobs.isActive(job.id))
                m_reviewing.insert(job.id, asset);
        }
    }
}

void ReviewTracker::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void ReviewTracker::reload()
{
    m_open.clear();
    m_lastError.clear();
    if (m_projectId > 0) {
        const Result<QHash<qint64, int>> counts = m_flags.openFlagCounts(m_projectId);
        if (!counts) {
            m_lastError = counts.error().message;
        } else {
            for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
                if (it.value() <= 0)
                    continue;
                const Result<QList<AssetFlag>> flags = m_flags.flags(it.key());
                if (!flags) {
                    m_lastError = flags.error().message;
                    continue;
                }
                QList<AssetFlag> open;
                for (const AssetFlag &flag : *flags) {
                    if (!flag.dismissed)
                        open.append(flag);
                }
                if (!open.isEmpty())
                    m_open.insert(it.key(), open);
            }
        }
    }
    emit changed();
}

QStringList ReviewTracker::openMessages(qint64 assetId) const
{
    QStringList messages;
    for (const AssetFlag &flag : m_open.value(assetId))
        messages.append(flag.message);
    return messages;
}

QHash<qint64, QStringList> ReviewTracker::openMessagesByAsset() const
{
    QHash<qint64, QStringList> messages;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        messages.insert(it.key(), openMessages(it.key()));
    return messages;
}

qint64 ReviewTracker::reviewedAsset(const JobInfo &job)
{
    if (job.kind != ReviewJobs::Kind)
        return 0;
    return job.params.value(u"assetId"_s).toInteger();
}

QString ReviewTracker::tooltipOf(const QList<AssetFlag> &flags)
{
    QStringList lines;
    for (const AssetFlag &flag : flags) {
        if (!flag.dismissed)
            lines.append(u"⚠ "_s + flag.message);
    }
    return lines.join(u'\n');
}

void ReviewTracker::onJobQueued(qint64 jobId)
{
    const Result<JobInfo> job = m_jobs.job(jobId);
    if (!job)
        return;
    if (const qint64 asset = reviewedAsset(*job); asset > 0) {
        m_reviewing.insert(jobId, asset);
        emit changed();
    }
}

void ReviewTracker::onJobFinished(qint64 jobId)
{
    // A review's flags are in the database by now: ReviewJobs, made with the session before any
    // view, stores them in its own jobFinished slot, and slots run in the order they connected.
    if (m_reviewing.remove(jobId) > 0)
        reload();
}

} // namespace mt
