// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mt {

class JobQueue;

// The jobs panel's table: the jobs table's rows, newest first, kept current by JobQueue's
// signals (added, retried, started, progress with stage and ETA, finished) without reading the
// database again. The many small background jobs (kinds "probe" and "thumbnails", one per asset)
// are left out unless showBackgroundWork is set. Whatever is shown, it also sums up every active
// job (queued or running, background ones included) for the status bar's overall progress.
// Main thread; owned by the panel or window that shows it.
class JobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        StateColumn,
        ProgressColumn,
        StageColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // int (JobState)
        FractionRole,              // double 0..1
        OutputRole,                // QString: the file a done job wrote, empty when none
        KindRole,                  // QString: "export", "thumbnails", …
        ProblemsRole,              // int: the flags a done "review" job found (0 otherwise)
    };

    // How many rows are read from the jobs table at most (recent first).
    static constexpr int MaxLoadedJobs = 2000;

    explicit JobModel(JobQueue &queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool showBackgroundWork() const { return m_showBackground; }
    void setShowBackgroundWork(bool show);
    static bool isBackgroundKind(const QString &kind);

    int rowOf(qint64 jobId) const;
    const JobInfo &jobAt(int row) const { return m_rows.at(row).info; }
    // The file a done job wrote (its result's "output"), when it still exists; empty otherwise.
    static QString outputOf(const JobInfo &job);

    // Every queued or running job, shown or not.
    int activeCount() const { return int(m_active.size()); }
    int runningCount() const;
    // The mean progress of the active jobs, 0..1; 0 when none.
    double overallFraction() const;
    QString lastError() const { return m_lastError; }

    static QString stateText(JobState state);
    // The flags a done take review found ({"flags": N} in its result); 0 for other jobs.
    static int problemsOf(const JobInfo &job);
    static QString kindText(const QString &kind);
    // "0:42", "12:05", "1:02:03"; empty for an unknown ETA (< 0).
    static QString etaText(int seconds);

    void reload();

signals:
    // activeCount(), runningCount() or overallFraction() changed.
    void overallChanged();

private:
    struct Row
    {
        JobInfo info;
        int eta = -1;
    };
    struct Active
    {
        double fraction = 0;
        bool running = false;
    };

    void onAdded(qint64 id);
    void onRetried(qint64 id);
    void onStarted(qint64 id);
    void onProgress(qint64 id, double fraction, const QString &stage, int etaSeconds);
    void onFinished(qint64 id, JobState state, const QJsonObject &result, const QString &error);
    // Replaces (or inserts, newest first) the row of `info` when it is shown.
    void put(const JobInfo &info);
    void rowChanged(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    bool isShown(const JobInfo &info) const;

    JobQueue &m_queue;
    QList<Row> m_rows;
    QHash<qint64, Active> m_active;
    bool m_showBackground = false;
    QString m_lastError;
};

} // namespace mt
