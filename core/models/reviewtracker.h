// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/assetflag.h"
#include "domain/job.h"
#include "storage/flagstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace mt {

class Database;
class EditHistory;
class JobQueue;

// What the views that mark takes need to know about take review in one project, kept in memory
// so a bin of hundreds of assets or a long timeline can paint without a query per item: which
// assets have open (not dismissed) flags and their sentences, and which assets a "review" job is
// checking right now. It reloads when a review job finishes (the flags were replaced) and when the
// project's EditHistory changes (a dismissal, a restore or their undo), and says so with
// changed(). Main thread; made by each panel or model that shows flags, over the session's
// database, job queue and history, which outlive it.
class ReviewTracker : public QObject
{
    Q_OBJECT

public:
    // The job kind that reviews a take; its params carry "assetId".
    // How many of the newest done jobs are looked through for finished reviews on construction.
    static constexpr int RecentDoneJobs = 2000;

    ReviewTracker(Database &db, JobQueue &jobs, EditHistory &history, QObject *parent = nullptr);

    // Follows the project (0: none) and reloads.
    void setProjectId(qint64 projectId);
    qint64 projectId() const { return m_projectId; }

    int openCount(qint64 assetId) const { return int(m_open.value(assetId).size()); }
    // The sentences of the asset's open flags, oldest first.
    QStringList openMessages(qint64 assetId) const;
    // The open flags of the asset, oldest first.
    QList<AssetFlag> openFlags(qint64 assetId) const { return m_open.value(assetId); }
    // Asset id → its open flags' sentences, for every flagged asset of the project.
    QHash<qint64, QStringList> openMessagesByAsset() const;
    // A review job for the asset is queued or running.
    // A handful of reviews run at a time: a scan of them, without copying, is cheapest here
    // (called per item while painting).
    bool isReviewing(qint64 assetId) const
    {
        return std::find(m_reviewing.cbegin(), m_reviewing.cend(), assetId) != m_reviewing.cend();
    }
    // A review of the asset finished (its flags, or their absence, mean something).
    bool wasReviewed(qint64 assetId) const { return m_reviewed.contains(assetId); }
    // The asset a review job is about (its params' assetId); 0 for another kind.
    static qint64 reviewedAsset(const JobInfo &job);
    // "Frozen …\nSilent …": what a tooltip lists for a flagged asset.
    static QString tooltipOf(const QList<AssetFlag> &flags);

    // Reads the flags again (after a change the tracker cannot see).
    void reload();
    QString lastError() const { return m_lastError; }

signals:
    // The open flags or the reviews under way changed.
    void changed();

private:
    void onJobQueued(qint64 jobId);
    void onJobFinished(qint64 jobId);

    JobQueue &m_jobs;
    FlagStore m_flags;
    qint64 m_projectId = 0;
    QHash<qint64, QList<AssetFlag>> m_open; // asset id → open flags
    QHash<qint64, qint64> m_reviewing;      // review job id → asset id
    QSet<qint64> m_reviewed;                // assets with a done review
    QString m_lastError;
};

} // namespace mt
