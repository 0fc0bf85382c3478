// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/job.h"
#include "etaestimator.h"
#include "jobcontext.h"
#include "jobowners.h"
#include "jobstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <array>
#include <functional>
#include <map>
#include <memory>

namespace mt {

class Database;

// Runs every libav operation (probe, thumbnails, trim, convert, merge, analyse, export) off the
// main thread and keeps its history in the jobs table.
//
// Work is registered per kind with a factory that turns a job's persisted parameters into the
// function to run, so a job can be run again from its row alone: retry() after a failure, or
// after a restart for the jobs the last run left unfinished (marked interrupted when the queue is
// constructed, see interruptedAtStart(); jobs of another program running on the same library at
// the same time are left to it, see JobOwners).
//
// Jobs run on the queue's own thread pools, never the global one: Heavy (export, convert, merge,
// trim: one thread by default — they saturate the disk and the cores by themselves) and Light
// (probe, thumbnails, analysis: QThread::idealThreadCount()). The queue starts a job only when
// its pool has a free thread, so a queued job is cancelled before it starts by just forgetting it.
//
// The work function gets plain values (what it captured from the parameters) and a JobContext;
// it must not touch the database or any main-thread object. Its progress and result come back as
// queued calls; only the main thread writes the database: the state at every change, progress at
// most every ProgressWriteIntervalMs per job. Signals carry ids and plain values only.
//
// Lives on the main thread; made by the composition root, given the Database (which must outlive
// it). Destroying the queue cancels what runs and waits for the work functions to return (they
// check cancellation per frame, so this is short); jobs that it stopped that way are recorded as
// interrupted, finished ones with their real outcome; no signal is emitted from the destructor.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    enum class Pool { Heavy, Light };

    // Runs on a pool thread. Returns the job's result, or why it failed; Error::cancelled (or any
    // error once the context is cancelled) ends the job as cancelled.
    using Work = std::function<Result<QJsonObject>(JobContext &)>;
    // Runs on the main thread: checks the parameters and makes the work. Refusing here refuses
    // submit() and retry() before anything is written or run.
    using WorkFactory = std::function<Result<Work>(const QJsonObject &params)>;

    static constexpr int ProgressSignalIntervalMs = 50;
    static constexpr int ProgressWriteIntervalMs = 500;

    explicit JobQueue(Database &db, QObject *parent = nullptr);
    ~JobQueue() override;

    // Registers (or replaces) how jobs of kind run and on which pool.
    void registerKind(const QString &kind, Pool pool, WorkFactory factory);
    bool hasKind(const QString &kind) const { return m_kinds.contains(kind); }

    void setMaxThreads(Pool pool, int count); // at least 1
    int maxThreads(Pool pool) const;

    // Queues a job of a registered kind; projectId 0: not about a project. Returns its id.
    Result<qint64> submit(const QString &kind,
                          const QString &title,
                          const QJsonObject &params,
                          qint64 projectId = 0);
    // A queued job ends as cancelled at once and never runs; a running one is asked to stop and
    // ends as cancelled when its work returns. Refused for an unknown or already ended job.
    Status cancel(qint64 id);
    void cancelAll(); // every queued and running job, as cancel() does

    // Runs a failed, cancelled or interrupted job again, in the same row: same id, its error,
    // result and times reset (the old error goes to the log). One row per piece of work, so the
    // jobs panel shows it once and whoever waits for an id (an import for its probe) keeps it.
    // Refused while the job is active, for a done job, or when the factory refuses the params.
    // Returns the id.
    Result<qint64> retry(qint64 id);

    Result<JobInfo> job(qint64 id) const { return m_store.get(id); }
    Result<QList<JobInfo>> jobs(std::optional<JobState> state = std::nullopt, int limit = 0) const
    {
        return m_store.list(state, limit);
    }
    bool isActive(qint64 id) const { return m_active.count(id) != 0; } // queued or running here
    int activeCount() const { return int(m_active.size()); }
    // The jobs the previous run of the program left queued or running, now interrupted.
    QList<qint64> interruptedAtStart() const { return m_interruptedAtStart; }

signals:
    void jobAdded(qint64 id);
    void jobRetried(qint64 id); // the row is queued again
    void jobStarted(qint64 id);
    // etaSeconds: -1 while unknown.
    void jobProgress(qint64 id, double fraction, const QString &stage, int etaSeconds);
    // errorMessage: for failed and cancelled jobs, empty when done.
    void jobFinished(qint64 id,
                     mt::JobState state,
                     const QJsonObject &result,
                     const QString &errorMessage);

private:
    struct Kind
    {
        Pool pool = Pool::Light;
        WorkFactory factory;
    };
    // What the worker and the main thread share. The worker writes result and then returned
    // before posting; the main thread reads them after the post arrives or after waitForDone().
    struct Run
    {
        explicit Run(qint64 id, std::function<void()> notify)
            : context(id, std::move(notify))
        {}
        JobContext context;
        Result<QJsonObject> result = Error::failed({});
        bool returned = false;
    };
    struct ActiveJob
    {
        Pool pool = Pool::Light;
        quint64 serial = 0; // tells this run's posts from an earlier run's of the same row
        Work work;          // until started
        std::shared_ptr<Run> run;
        bool running = false;
        bool cancelRequested = false;
        bool deliveryScheduled = false;
        bool writeScheduled = false;
        QElapsedTimer clock; // since the start
        qint64 lastSignalMs = -ProgressSignalIntervalMs;
        qint64 lastWriteMs = 0;
        JobProgress delivered; // the newest progress signalled
        EtaEstimator eta;
    };
    struct Outcome
    {
        JobState state;
        QJsonObject result;
        QString error;
    };

    static int poolIndex(Pool pool) { return pool == Pool::Heavy ? 0 : 1; }
    static void warnIfFailed(const Status &status, qint64 id, const char *what);
    QThreadPool &pool(Pool pool) { return pool == Pool::Heavy ? m_heavy : m_light; }
    ActiveJob *findActive(qint64 id, quint64 serial);
    void enqueue(qint64 id, Pool pool, Work work);
    void dispatch(Pool pool);
    void start(qint64 id, ActiveJob &job);
    static void runWork(
            JobQueue *queue, qint64 id, quint64 serial, std::shared_ptr<Run> run, Work work);
    void onWorkReturned(qint64 id, quint64 serial);
    void onProgressPosted(qint64 id, quint64 serial);
    void deliverProgress(qint64 id, quint64 serial);
    void writeProgress(qint64 id, quint64 serial);
    Outcome outcomeOf(const ActiveJob &job) const;
    void writeFinish(qint64 id, const ActiveJob &job, const Outcome &outcome);
    void recordShutdown();

    Database &m_db;
    JobStore m_store;
    JobOwners m_owners; // this run's claim on the rows it queues and runs
    QHash<QString, Kind> m_kinds;
    std::map<qint64, ActiveJob> m_active;   // std::map: references stay valid while others change
    std::array<QList<qint64>, 2> m_pending; // per pool, in submission order
    std::array<int, 2> m_running{};
    quint64 m_serial = 0;
    QList<qint64> m_interruptedAtStart;
    QThreadPool m_heavy;
    QThreadPool m_light;
};

} // namespace mt
