// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "domain/project.h"
#include "jobs/etaestimator.h"
#include "jobs/jobcontext.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "jobs/outputfile.h"
#include "storage/database.h"
#include "storage/projectstore.h"
#include "storage/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <unistd.h>

using namespace mt;
using namespace Qt::StringLiterals;

// QVERIFY2 evaluates its message even on success, and a successful Result has no error().
#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

namespace {

// What the test's work functions share with the test: atomics and a locked set only, as any
// work function may (never the database, never a main-thread object).
struct Shared
{
    std::atomic<int> concurrent{0};
    std::atomic<int> maxConcurrent{0};
    std::atomic<int> started{0};
    std::atomic<int> arrived{0};
    std::atomic<int> flakyFailures{0};
    QMutex mutex;
    QSet<qint64> ran;
    QThread *mainThread = nullptr;

    bool hasRun(qint64 id)
    {
        QMutexLocker locker(&mutex);
        return ran.contains(id);
    }
};

// Marks a work function as running for the concurrency checks.
class Busy
{
public:
    Busy(Shared &shared, const JobContext &context)
        : m_shared(shared)
    {
        {
            QMutexLocker locker(&shared.mutex);
            shared.ran.insert(context.jobId());
        }
        const int now = ++shared.concurrent;
        int max = shared.maxConcurrent.load();
        while (now > max && !shared.maxConcurrent.compare_exchange_weak(max, now)) {
        }
        ++shared.started;
    }
    ~Busy() { --m_shared.concurrent; }

private:
    Shared &m_shared;
};

using Work = JobQueue::Work;

// "count": steps of progress "Step i", sleepMs each; the result is 1 + 2 + … + steps.
Result<Work> countWork(Shared *shared, const QJsonObject &params)
{
    const int steps = params.value(u"steps"_s).toInt();
    const int sleepMs = params.value(u"sleepMs"_s).toInt();
    if (steps <= 0)
        return Error::refused(u"steps must be positive"_s);
    return Work([=](JobContext &context) -> Result<QJsonObject> {
        Busy busy(*shared, context);
        int sum = 0;
        for (int i = 1; i <= steps; ++i) {
            if (context.isCancelled())
                return Error::cancelled({});
            context.setProgress(double(i) / steps, u"Step %1"_s.arg(i));
            sum += i;
            QThread::msleep(sleepMs);
        }
        return QJsonObject{{u"sum"_s, sum},
                           {u"onMainThread"_s, QThread::currentThread() == shared->mainThread}};
    });
}

// "block": runs until cancelled (checking like a decoder loop would: the flag libav's interrupt
// callback reads), then returns what params' "onCancel" says.
Result<Work> blockWork(Shared *shared, const QJsonObject &params)
{
    const QString onCancel = params.value(u"onCancel"_s).toString(u"cancelled"_s);
    const double progress = params.value(u"progress"_s).toDouble(-1);
    return Work([=](JobContext &context) -> Result<QJsonObject> {
        Busy busy(*shared, context);
        if (progress >= 0)
            context.setProgress(progress, u"Blocking"_s);
        while (!context.cancelFlag()->load())
            QThread::msleep(5);
        if (onCancel == u"ok"_s)
            return QJsonObject{{u"stopped"_s, true}};
        if (onCancel == u"failed"_s)
            return Error::failed(u"Immediate exit requested"_s); // what AVERROR_EXIT says
        if (onCancel == u"own"_s)
            return Error::cancelled(u"Stopped at a keyframe."_s);
        return Error::cancelled({});
    });
}

void registerKinds(JobQueue &queue, Shared *shared)
{
    using Pool = JobQueue::Pool;
    const auto count = [shared](const QJsonObject &params) {
        return countWork(shared, params);
    };
    const auto block = [shared](const QJsonObject &params) {
        return blockWork(shared, params);
    };
    queue.registerKind(u"count"_s, Pool::Light, count);
    queue.registerKind(u"count-heavy"_s, Pool::Heavy, count);
    queue.registerKind(u"block"_s, Pool::Light, block);
    queue.registerKind(u"block-heavy"_s, Pool::Heavy, block);
    queue.registerKind(u"fail"_s, Pool::Light, [](const QJsonObject &params) -> Result<Work> {
        const QString message = params.value(u"message"_s).toString();
        return Work(
                [message](JobContext &) -> Result<QJsonObject> { return Error::failed(message); });
    });
    queue.registerKind(u"throw"_s, Pool::Light, [](const QJsonObject &params) -> Result<Work> {
        const bool notStd = params.value(u"notStd"_s).toBool();
        return Work([notStd](JobContext &) -> Result<QJsonObject> {
            if (notStd)
                throw 42;
            throw std::runtime_error("vector too long");
        });
    });
    queue.registerKind(u"self-cancel"_s, Pool::Light, [](const QJsonObject &) -> Result<Work> {
        return Work([](JobContext &) -> Result<QJsonObject> {
            return Error::cancelled(u"The source went away."_s);
        });
    });
    queue.registerKind(u"flaky"_s, Pool::Light, [shared](const QJsonObject &) -> Result<Work> {
        return Work([shared](JobContext &) -> Result<QJsonObject> {
            if (shared->flakyFailures.fetch_sub(1) > 0)
                return Error::failed(u"The disk was busy."_s);
            return QJsonObject{{u"ok"_s, true}};
        });
    });
    // Two of these finish only when both run at the same time.
    queue.registerKind(u"rendezvous"_s, Pool::Light, [shared](const QJsonObject &) -> Result<Work> {
        return Work([shared](JobContext &context) -> Result<QJsonObject> {
            Busy busy(*shared, context);
            ++shared->arrived;
            QElapsedTimer clock;
            clock.start();
            while (shared->arrived.load() < 2 && clock.elapsed() < 5000)
                QThread::msleep(2);
            return QJsonObject{{u"met"_s, shared->arrived.load() >= 2}};
        });
    });
    queue.registerKind(u"spam"_s, Pool::Light, [](const QJsonObject &) -> Result<Work> {
        return Work([](JobContext &context) -> Result<QJsonObject> {
            constexpr int Calls = 200000;
            for (int i = 1; i <= Calls; ++i)
                context.setProgress(double(i) / Calls, u"Frames"_s);
            return QJsonObject{};
        });
    });
    // Ignores cancellation for 150 ms, like a muxer writing its trailer.
    queue.registerKind(u"slow-finish"_s, Pool::Light, [shared](const QJsonObject &) -> Result<Work> {
        return Work([shared](JobContext &context) -> Result<QJsonObject> {
            Busy busy(*shared, context);
            QThread::msleep(150);
            return QJsonObject{{u"finished"_s, true}};
        });
    });
}

JobState stateAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).value<JobState>();
}

} // namespace

// JobQueue, JobStore, JobContext and OutputFile with a real SQLite database and real threads.
class TestJobQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Shared> m_shared;
    std::unique_ptr<JobQueue> m_queue;

    std::unique_ptr<JobQueue> makeQueue()
    {
        auto queue = std::make_unique<JobQueue>(*m_db);
        registerKinds(*queue, m_shared.get());
        return queue;
    }

    qint64 submit(const QString &kind, const QJsonObject &params = {})
    {
        Result<qint64> id = m_queue->submit(kind, u"Test job"_s, params);
        if (!id) {
            qWarning() << id.error().message;
            return 0;
        }
        return id.value();
    }

    QString ownerOf(qint64 id)
    {
        Result<QSqlQuery> query = sql::exec(m_db->connection(),
                                            u"SELECT owner FROM jobs WHERE id = ?"_s,
                                            {id});
        return query && query->next() ? query->value(0).toString() : u"?"_s;
    }
    JobInfo row(qint64 id)
    {
        Result<JobInfo> job = m_queue ? m_queue->job(id) : JobStore(*m_db).get(id);
        return job ? job.value() : JobInfo{};
    }

    int rowCount() { return int(JobStore(*m_db).list()->size()); }

private slots:
    void init();
    void cleanup();

    void stateNames();
    void contextCoalescesProgress();
    void etaFollowsTheRate();

    void runsWorkAndReportsProgressInOrder();
    void progressIsCoalesced();
    void progressIsWrittenWhileRunning();
    void failureCarriesTheMessage();
    void exceptionsBecomeFailures();
    void refusesBeforeWriting();
    void projectIdIsStored();
    void cancelOfRunningJobIsPrompt();
    void cancelOutcomes_data();
    void cancelOutcomes();
    void cancelledQueuedJobNeverRuns();
    void cancelAll();
    void heavyJobsDoNotOverlap();
    void lightJobsRunTogether();
    void interruptedJobsAreRecoveredAndRetried();
    void anotherLiveRunsJobsAreLeftAlone();
    void retryRunsTheSameRowAgain();
    void destructionWithRunningJobs();
    void closedDatabase();

    void storeListsAndRefuses();

    void outputFileCommitRenames();
    void outputFileWithoutCommitLeavesNothing();
    void outputFileRefusesUnwritableFolders();
    void outputFileCommitFailures();
};

void TestJobQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    MT_VERIFY_OK(m_db->open(m_dir->filePath(u"library.sqlite"_s)));
    m_shared = std::make_unique<Shared>();
    m_shared->mainThread = QThread::currentThread();
    m_queue = makeQueue();
}

void TestJobQueue::cleanup()
{
    // The queue first: it waits for the work functions, which use m_shared.
    m_queue.reset();
    m_db.reset();
    m_shared.reset();
    m_dir.reset();
}

void TestJobQueue::stateNames()
{
    for (JobState state : {JobState::Queued,
                           JobState::Running,
                           JobState::Done,
                           JobState::Failed,
                           JobState::Cancelled,
                           JobState::Interrupted}) {
        QCOMPARE(jobStateFromName(jobStateName(state)), state);
    }
    QCOMPARE(jobStateName(JobState::Interrupted), u"interrupted"_s);
    QVERIFY(!jobStateFromName(u"paused"_s));
    QVERIFY(!isFinal(JobState::Queued) && !isFinal(JobState::Running));
    QVERIFY(isFinal(JobState::Done) && isFinal(JobState::Interrupted));
    QVERIFY(!isRetryable(JobState::Done) && !isRetryable(JobState::Running));
    QVERIFY(isRetryable(JobState::Failed) && isRetryable(JobState::Cancelled)
            && isRetryable(JobState::Interrupted));
}

void TestJobQueue::contextCoalescesProgress()
{
    int notified = 0;
    JobContext context(7, [&notified] { ++notified; });
    QCOMPARE(context.jobId(), 7);
    context.setProgress(0.1, u"Decoding"_s);
    context.setProgress(0.2);
    context.setProgress(0.3);
    QCOMPARE(notified, 1); // one event until the value is taken
    QVERIFY(context.hasPendingProgress());
    const JobProgress taken = context.takeProgress();
    QCOMPARE(taken.fraction, 0.3);
    QCOMPARE(taken.stage, u"Decoding"_s); // kept by the one-argument form
    QVERIFY(!context.hasPendingProgress());
    context.setProgress(1.5, u"Muxing"_s);
    QCOMPARE(notified, 2);
    QCOMPARE(context.progress().fraction, 1.0);
    context.setProgress(-0.5);
    QCOMPARE(context.progress().fraction, 0.0);
    context.setProgress(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(context.progress().fraction, 0.0);
    QCOMPARE(context.progress().stage, u"Muxing"_s);

    QVERIFY(!context.isCancelled());
    QVERIFY(!context.cancelFlag()->load());
    context.cancel();
    QVERIFY(context.isCancelled());
    QVERIFY(context.cancelFlag()->load());

    JobContext silent(8); // no notify function: only stores
    silent.setProgress(0.5, u"x"_s);
    QCOMPARE(silent.takeProgress().fraction, 0.5);
}

void TestJobQueue::etaFollowsTheRate()
{
    EtaEstimator eta;
    QCOMPARE(eta.update(0, 0.0), -1);    // starts on first use
    QCOMPARE(eta.update(500, 0.05), -1); // too early to say
    // 10 % a second: at 20 % after 2 s, 8 s are left.
    int left = -1;
    for (qint64 t = 1000; t <= 2000; t += 250)
        left = eta.update(t, t / 10000.0);
    QVERIFY2(left >= 7 && left <= 9, qPrintable(QString::number(left)));
    // Half as fast from now on (5 % a second): the estimate follows within a few time constants.
    double fraction = 0.2;
    qint64 t = 2000;
    while (t < 12000) {
        t += 250;
        fraction += 0.0125;
        left = eta.update(t, fraction);
    }
    QCOMPARE(fraction, 0.7);
    QVERIFY2(left >= 4 && left <= 7, qPrintable(QString::number(left))); // 6 s at 5 %/s
    while (fraction < 1.0) {
        t += 250;
        fraction = std::min(1.0, fraction + 0.0125);
        left = eta.update(t, fraction);
    }
    QCOMPARE(left, 0);

    EtaEstimator stalled;
    stalled.start(0);
    stalled.update(1000, 0.5);
    const int before = stalled.update(2000, 0.5);
    const int after = stalled.update(10000, 0.5);
    QVERIFY(before > 0);
    QVERIFY(after > before);                  // no progress: the estimate grows
    QCOMPARE(stalled.update(10250, 0.1), -1); // backwards: starts over

    EtaEstimator nothing;
    nothing.start(0, 0.3);
    QCOMPARE(nothing.update(5000, 0.3), -1); // no rate, no estimate
}

void TestJobQueue::runsWorkAndReportsProgressInOrder()
{
    QSignalSpy added(m_queue.get(), &JobQueue::jobAdded);
    QSignalSpy started(m_queue.get(), &JobQueue::jobStarted);
    QSignalSpy progress(m_queue.get(), &JobQueue::jobProgress);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    QThread *deliveredOn = nullptr;
    connect(m_queue.get(), &JobQueue::jobFinished, this, [&deliveredOn] {
        deliveredOn = QThread::currentThread();
    });

    const qint64 id = submit(u"count"_s, {{u"steps"_s, 10}, {u"sleepMs"_s, 20}});
    QVERIFY(id > 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), id);
    QVERIFY(m_queue->isActive(id));
    QCOMPARE(m_queue->activeCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toLongLong(), id);
    QVERIFY(progress.count() >= 1);
    double last = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QCOMPARE(args.at(0).toLongLong(), id);
        const double fraction = args.at(1).toDouble();
        QVERIFY(fraction >= last);
        last = fraction;
        QVERIFY(args.at(2).toString().startsWith(u"Step "_s));
        QVERIFY(args.at(3).toInt() >= -1);
    }
    // The last report arrives before the end, not lost in the throttle.
    QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    QCOMPARE(progress.last().at(2).toString(), u"Step 10"_s);

    QCOMPARE(finished.at(0).at(0).toLongLong(), id);
    QCOMPARE(stateAt(finished, 0), JobState::Done);
    const QJsonObject result = finished.at(0).at(2).toJsonObject();
    QCOMPARE(result.value(u"sum"_s).toInt(), 55);
    QCOMPARE(result.value(u"onMainThread"_s).toBool(), false);
    QVERIFY(finished.at(0).at(3).toString().isEmpty());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!m_queue->isActive(id));
    QCOMPARE(m_queue->activeCount(), 0);

    const JobInfo job = row(id);
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.kind, u"count"_s);
    QCOMPARE(job.title, u"Test job"_s);
    QCOMPARE(job.params.value(u"steps"_s).toInt(), 10);
    QCOMPARE(job.progress.fraction, 1.0);
    QCOMPARE(job.progress.stage, u"Step 10"_s);
    QCOMPARE(job.result, result);
    QVERIFY(job.error.isEmpty());
    QCOMPARE(job.projectId, 0);
    QVERIFY(job.createdAt.isValid() && job.startedAt.isValid() && job.finishedAt.isValid());
    QVERIFY(job.finishedAt >= job.startedAt);
}

void TestJobQueue::progressIsCoalesced()
{
    QSignalSpy progress(m_queue.get(), &JobQueue::jobProgress);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    QElapsedTimer clock;
    clock.start();
    const qint64 id = submit(u"spam"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(stateAt(finished, 0), JobState::Done);
    // 200,000 reports become at most one signal per interval (plus the first and the last).
    const qint64 bound = clock.elapsed() / JobQueue::ProgressSignalIntervalMs + 3;
    QVERIFY2(progress.count() <= bound,
             qPrintable(u"%1 signals, bound %2"_s.arg(progress.count()).arg(bound)));
    QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    QCOMPARE(row(id).progress.fraction, 1.0);
}

void TestJobQueue::progressIsWrittenWhileRunning()
{
    QSignalSpy progress(m_queue.get(), &JobQueue::jobProgress);
    const qint64 id = submit(u"block"_s, {{u"progress"_s, 0.5}});
    QTRY_COMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0).at(2).toString(), u"Blocking"_s);
    QCOMPARE(row(id).state, JobState::Running);
    // One report, then silence: the throttled write still happens, within the interval.
    QTRY_COMPARE_WITH_TIMEOUT(row(id).progress.fraction, 0.5, 5000);
    QCOMPARE(row(id).progress.stage, u"Blocking"_s);
    MT_VERIFY_OK(m_queue->cancel(id));
    QTRY_VERIFY(!m_queue->isActive(id));
    QCOMPARE(row(id).state, JobState::Cancelled);
    QCOMPARE(row(id).progress.fraction, 0.5); // where it stopped
}

void TestJobQueue::failureCarriesTheMessage()
{
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 id = submit(u"fail"_s, {{u"message"_s, u"The file ended early."_s}});
    const qint64 silent = submit(u"fail"_s, {{u"message"_s, QString()}});
    QTRY_COMPARE(finished.count(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stateAt(finished, i), JobState::Failed);
        QVERIFY(finished.at(i).at(2).toJsonObject().isEmpty());
        const qint64 which = finished.at(i).at(0).toLongLong();
        const QString message = finished.at(i).at(3).toString();
        if (which == id)
            QCOMPARE(message, u"The file ended early."_s);
        else
            QVERIFY(message.contains(u"without saying why"_s));
        QCOMPARE(row(which).error, message);
        QCOMPARE(row(which).state, JobState::Failed);
    }
    QVERIFY(row(silent).finishedAt.isValid());
}

void TestJobQueue::exceptionsBecomeFailures()
{
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 standard = submit(u"throw"_s);
    submit(u"throw"_s, {{u"notStd"_s, true}});
    QTRY_COMPARE(finished.count(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stateAt(finished, i), JobState::Failed);
        const QString message = finished.at(i).at(3).toString();
        QVERIFY(message.contains(u"internal error"_s));
        QCOMPARE(message.contains(u"vector too long"_s),
                 finished.at(i).at(0).toLongLong() == standard);
    }
}

void TestJobQueue::refusesBeforeWriting()
{
    QSignalSpy added(m_queue.get(), &JobQueue::jobAdded);
    Result<qint64> unknown = m_queue->submit(u"transmogrify"_s, u"?"_s, {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::Refused);
    QVERIFY(unknown.error().message.contains(u"transmogrify"_s));
    QVERIFY(!m_queue->hasKind(u"transmogrify"_s));
    QVERIFY(m_queue->hasKind(u"count"_s));

    Result<qint64> badParams = m_queue->submit(u"count"_s, u"?"_s, {{u"steps"_s, 0}});
    QVERIFY(!badParams);
    QCOMPARE(badParams.error().message, u"steps must be positive"_s);

    Result<qint64> noProject = m_queue->submit(u"count"_s, u"?"_s, {{u"steps"_s, 1}}, 999);
    QVERIFY(!noProject);
    QCOMPARE(noProject.error().kind, ErrorKind::Refused);
    QVERIFY(noProject.error().message.contains(u"999"_s));

    QCOMPARE(added.count(), 0);
    QCOMPARE(rowCount(), 0);

    Status unknownCancel = m_queue->cancel(12345);
    QVERIFY(!unknownCancel);
    QCOMPARE(unknownCancel.error().kind, ErrorKind::Refused);
    QVERIFY(!m_queue->retry(12345));
}

void TestJobQueue::projectIdIsStored()
{
    ProjectStore projects(*m_db);
    Project draft;
    draft.name = u"Film"_s;
    Result<Project> project = projects.create(draft);
    MT_VERIFY_OK(project);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    Result<qint64> id = m_queue->submit(u"count"_s, u"Probe"_s, {{u"steps"_s, 1}}, project->id);
    MT_VERIFY_OK(id);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(row(*id).projectId, project->id);
    // The history outlives the project (ON DELETE SET NULL).
    MT_VERIFY_OK(projects.remove(project->id));
    QCOMPARE(row(*id).projectId, 0);
    QCOMPARE(row(*id).state, JobState::Done);
}

void TestJobQueue::cancelOfRunningJobIsPrompt()
{
    QSignalSpy started(m_queue.get(), &JobQueue::jobStarted);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 id = submit(u"block"_s);
    QTRY_COMPARE(m_shared->started.load(), 1); // the work itself is looping
    QCOMPARE(started.count(), 1);
    QCOMPARE(row(id).state, JobState::Running);

    QElapsedTimer clock;
    clock.start();
    MT_VERIFY_OK(m_queue->cancel(id));
    MT_VERIFY_OK(m_queue->cancel(id)); // asking twice is fine while it stops
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(stateAt(finished, 0), JobState::Cancelled);
    QCOMPARE(finished.at(0).at(3).toString(), u"Cancelled."_s);
    QCOMPARE(row(id).state, JobState::Cancelled);
    QCOMPARE(row(id).error, u"Cancelled."_s);
    QCOMPARE(m_shared->concurrent.load(), 0);

    Status again = m_queue->cancel(id);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(u"already ended"_s));
}

void TestJobQueue::cancelOutcomes_data()
{
    QTest::addColumn<QString>("onCancel");
    QTest::addColumn<JobState>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("cancelled") << u"cancelled"_s << JobState::Cancelled << u"Cancelled."_s;
    // libav's "Immediate exit requested" is no message for a person.
    QTest::newRow("failed after cancel") << u"failed"_s << JobState::Cancelled << u"Cancelled."_s;
    QTest::newRow("own words") << u"own"_s << JobState::Cancelled << u"Stopped at a keyframe."_s;
    // Finished anyway: the result is real, so the job is done.
    QTest::newRow("too late") << u"ok"_s << JobState::Done << QString();
}

void TestJobQueue::cancelOutcomes()
{
    QFETCH(QString, onCancel);
    QFETCH(JobState, state);
    QFETCH(QString, message);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 id = submit(u"block"_s, {{u"onCancel"_s, onCancel}});
    QTRY_COMPARE(m_shared->started.load(), 1);
    MT_VERIFY_OK(m_queue->cancel(id));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stateAt(finished, 0), state);
    QCOMPARE(finished.at(0).at(3).toString(), message);
    QCOMPARE(row(id).state, state);

    // A work function may also end itself as cancelled.
    const qint64 self = submit(u"self-cancel"_s);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toLongLong(), self);
    QCOMPARE(stateAt(finished, 1), JobState::Cancelled);
    QCOMPARE(finished.at(1).at(3).toString(), u"The source went away."_s);
}

void TestJobQueue::cancelledQueuedJobNeverRuns()
{
    m_queue->setMaxThreads(JobQueue::Pool::Heavy, 1);
    QSignalSpy started(m_queue.get(), &JobQueue::jobStarted);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 blocker = submit(u"block-heavy"_s);
    const qint64 waiting = submit(u"count-heavy"_s, {{u"steps"_s, 1}});
    QTRY_COMPARE(m_shared->started.load(), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(row(waiting).state, JobState::Queued);
    QVERIFY(m_queue->isActive(waiting));

    MT_VERIFY_OK(m_queue->cancel(waiting));
    // At once, not when a thread frees up.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), waiting);
    QCOMPARE(stateAt(finished, 0), JobState::Cancelled);
    QVERIFY(!m_queue->isActive(waiting));

    MT_VERIFY_OK(m_queue->cancel(blocker));
    QTRY_COMPARE(finished.count(), 2);
    QTest::qWait(100); // time for a wrongly started job to show itself
    QVERIFY(!m_shared->hasRun(waiting));
    QCOMPARE(started.count(), 1);
    const JobInfo job = row(waiting);
    QCOMPARE(job.state, JobState::Cancelled);
    QVERIFY(!job.startedAt.isValid());
    QVERIFY(job.finishedAt.isValid());
}

void TestJobQueue::cancelAll()
{
    m_queue->setMaxThreads(JobQueue::Pool::Heavy, 1);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const QList<qint64> ids = {submit(u"block-heavy"_s),
                               submit(u"block-heavy"_s),
                               submit(u"block"_s)};
    QTRY_COMPARE(m_shared->started.load(), 2);
    m_queue->cancelAll();
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(m_queue->activeCount(), 0);
    for (qint64 id : ids)
        QCOMPARE(row(id).state, JobState::Cancelled);
    QVERIFY(!m_shared->hasRun(ids.at(1)));
}

void TestJobQueue::heavyJobsDoNotOverlap()
{
    m_queue->setMaxThreads(JobQueue::Pool::Heavy, 0); // at least one
    QCOMPARE(m_queue->maxThreads(JobQueue::Pool::Heavy), 1);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    for (int i = 0; i < 4; ++i)
        QVERIFY(submit(u"count-heavy"_s, {{u"steps"_s, 3}, {u"sleepMs"_s, 10}}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
    QCOMPARE(m_shared->started.load(), 4);
    QCOMPARE(m_shared->maxConcurrent.load(), 1);
    // In submission order.
    for (int i = 1; i < 4; ++i)
        QVERIFY(finished.at(i).at(0).toLongLong() > finished.at(i - 1).at(0).toLongLong());
}

void TestJobQueue::lightJobsRunTogether()
{
    QVERIFY(m_queue->maxThreads(JobQueue::Pool::Light) >= 1);
    m_queue->setMaxThreads(JobQueue::Pool::Light, 2);
    QCOMPARE(m_queue->maxThreads(JobQueue::Pool::Light), 2);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    submit(u"rendezvous"_s);
    submit(u"rendezvous"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    for (int i = 0; i < 2; ++i)
        QVERIFY(finished.at(i).at(2).toJsonObject().value(u"met"_s).toBool());
    QCOMPARE(m_shared->maxConcurrent.load(), 2);
}

void TestJobQueue::interruptedJobsAreRecoveredAndRetried()
{
    m_queue.reset();
    // What a crash leaves: a row running, one queued, one done.
    JobStore store(*m_db);
    JobInfo draft;
    draft.kind = u"count"_s;
    draft.params = {{u"steps"_s, 3}};
    Result<JobInfo> running = store.insert(draft);
    Result<JobInfo> queued = store.insert(draft);
    Result<JobInfo> done = store.insert(draft);
    MT_VERIFY_OK(running);
    MT_VERIFY_OK(queued);
    MT_VERIFY_OK(done);
    MT_VERIFY_OK(store.setRunning(running->id));
    MT_VERIFY_OK(store.setProgress(running->id, {0.4, u"Step 2"_s}));
    MT_VERIFY_OK(store.setRunning(done->id));
    MT_VERIFY_OK(store.finish(done->id, JobState::Done, {}, {{u"sum"_s, 6}}, {}));

    m_queue = makeQueue();
    QCOMPARE(m_queue->interruptedAtStart(), (QList<qint64>{running->id, queued->id}));
    for (qint64 id : {running->id, queued->id}) {
        const JobInfo job = row(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.error, JobStore::interruptedMessage());
        QVERIFY(job.finishedAt.isValid());
    }
    QCOMPARE(row(running->id).progress.fraction, 0.4);
    QCOMPARE(row(done->id).state, JobState::Done);
    QCOMPARE(m_queue->jobs(JobState::Interrupted)->size(), 2);

    // The work is rebuilt from the row's parameters alone.
    QSignalSpy retried(m_queue.get(), &JobQueue::jobRetried);
    QSignalSpy added(m_queue.get(), &JobQueue::jobAdded);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    Result<qint64> again = m_queue->retry(running->id);
    MT_VERIFY_OK(again);
    QCOMPARE(again.value(), running->id);
    QCOMPARE(retried.count(), 1);
    QCOMPARE(added.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stateAt(finished, 0), JobState::Done);
    QCOMPARE(finished.at(0).at(2).toJsonObject().value(u"sum"_s).toInt(), 6);
    const JobInfo job = row(running->id);
    QCOMPARE(job.state, JobState::Done);
    QVERIFY(job.error.isEmpty());
    QCOMPARE(rowCount(), 3);

    // Only failed, cancelled and interrupted jobs are retried.
    Result<qint64> doneAgain = m_queue->retry(done->id);
    QVERIFY(!doneAgain);
    QVERIFY(doneAgain.error().message.contains(u"done"_s));
    QCOMPARE(m_queue->interruptedAtStart().size(), 2);
}

void TestJobQueue::anotherLiveRunsJobsAreLeftAlone()
{
    // The editor runs a job while the CLI opens the same library: the CLI's queue must not
    // record the editor's job as interrupted.
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 running = submit(u"block"_s);
    QTRY_COMPARE(m_shared->started.load(), 1);
    JobStore ownerless(*m_db);
    JobInfo draft;
    draft.kind = u"count"_s;
    const qint64 queued = ownerless.insert(draft)->id;
    const QString owner = ownerOf(running);
    QVERIFY(!owner.isEmpty());
    QCOMPARE(ownerOf(queued), QString()); // written without an owner: as by an old version

    auto other = std::make_unique<JobQueue>(*m_db);
    QCOMPARE(other->interruptedAtStart(), QList<qint64>{queued}); // the old row only
    QCOMPARE(row(running).state, JobState::Running);
    QCOMPARE(ownerOf(running), owner);
    // Cancelling is for the program that runs it.
    const Status notOurs = other->cancel(running);
    QVERIFY(!notOurs);
    QVERIFY2(notOurs.error().message.contains(u"another Movie Tool program"_s),
             qPrintable(notOurs.error().message));
    QCOMPARE(row(running).state, JobState::Running);
    const QStringList locks = QDir(m_dir->filePath(u"locks"_s)).entryList(QDir::Files);
    QCOMPARE(locks.size(), 2); // one per live queue

    // The first run ends without finishing (a crash leaves its row running): the next queue to
    // start finds its lock free and records the job as interrupted.
    MT_VERIFY_OK(m_queue->cancel(running));
    QTRY_COMPARE(finished.count(), 1);
    MT_VERIFY_OK(sql::exec(m_db->connection(),
                           u"UPDATE jobs SET state = 'running' WHERE id = ?"_s,
                           {running}));
    m_queue.reset();
    other.reset();
    QVERIFY(QDir(m_dir->filePath(u"locks"_s)).entryList(QDir::Files).isEmpty());
    m_queue = makeQueue();
    QCOMPARE(m_queue->interruptedAtStart(), QList<qint64>{running});
}

void TestJobQueue::retryRunsTheSameRowAgain()
{
    m_shared->flakyFailures = 1;
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 id = submit(u"flaky"_s);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stateAt(finished, 0), JobState::Failed);
    QCOMPARE(row(id).error, u"The disk was busy."_s);

    MT_VERIFY_OK(m_queue->retry(id));
    QVERIFY(row(id).state == JobState::Queued || row(id).state == JobState::Running);
    QVERIFY(!row(id).finishedAt.isValid());
    Result<qint64> whileActive = m_queue->retry(id);
    QVERIFY(!whileActive);
    QVERIFY(whileActive.error().message.contains(u"not ended"_s));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toLongLong(), id);
    QCOMPARE(stateAt(finished, 1), JobState::Done);
    const JobInfo job = row(id);
    QCOMPARE(job.state, JobState::Done);
    QVERIFY(job.error.isEmpty());
    QCOMPARE(job.result.value(u"ok"_s).toBool(), true);
    QCOMPARE(rowCount(), 1);

    // A cancelled job too; a kind this program no longer knows is refused.
    const qint64 blocked = submit(u"block"_s);
    MT_VERIFY_OK(m_queue->cancel(blocked));
    QTRY_VERIFY(!m_queue->isActive(blocked));
    m_queue.reset();
    m_queue = std::make_unique<JobQueue>(*m_db);
    Result<qint64> unknownKind = m_queue->retry(blocked);
    QVERIFY(!unknownKind);
    QVERIFY(unknownKind.error().message.contains(u"block"_s));
    registerKinds(*m_queue, m_shared.get());
    // The factory checks the parameters again.
    JobInfo draft;
    draft.kind = u"count"_s; // without the steps its factory needs
    const qint64 badRow = JobStore(*m_db).insert(draft)->id;
    MT_VERIFY_OK(JobStore(*m_db).finish(badRow, JobState::Failed, {}, {}, u"x"_s));
    QVERIFY(!m_queue->retry(badRow));
    QCOMPARE(row(badRow).state, JobState::Failed);
}

void TestJobQueue::destructionWithRunningJobs()
{
    m_queue->setMaxThreads(JobQueue::Pool::Heavy, 1);
    m_queue->setMaxThreads(JobQueue::Pool::Light, 3);
    const qint64 running = submit(u"block"_s);
    const qint64 cancelled = submit(u"block"_s);
    const qint64 heavy = submit(u"block-heavy"_s);
    const qint64 queued = submit(u"block-heavy"_s);
    const qint64 finishing = submit(u"slow-finish"_s);
    QTRY_COMPARE(m_shared->started.load(), 4);
    MT_VERIFY_OK(m_queue->cancel(cancelled));

    QElapsedTimer clock;
    clock.start();
    m_queue.reset();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_shared->concurrent.load(), 0);
    QTest::qWait(50); // posts to the destroyed queue are dropped, not delivered

    QCOMPARE(row(running).state, JobState::Interrupted);
    QCOMPARE(row(heavy).state, JobState::Interrupted);
    QCOMPARE(row(queued).state, JobState::Interrupted);
    QVERIFY(!row(queued).startedAt.isValid());
    QCOMPARE(row(cancelled).state, JobState::Cancelled);
    QCOMPARE(row(finishing).state, JobState::Done); // its result is kept
    QCOMPARE(row(finishing).result.value(u"finished"_s).toBool(), true);
    QVERIFY(!m_shared->hasRun(queued));

    m_queue = makeQueue();
    QVERIFY(m_queue->interruptedAtStart().isEmpty()); // already recorded
    QCOMPARE(m_queue->jobs(JobState::Interrupted)->size(), 3);
}

void TestJobQueue::closedDatabase()
{
    // The database going away under a running job: the job still ends and says so.
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const qint64 id = submit(u"block"_s);
    QTRY_COMPARE(m_shared->started.load(), 1);
    m_db->close();
    MT_VERIFY_OK(m_queue->cancel(id));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(stateAt(finished, 0), JobState::Cancelled);
    m_queue.reset();

    // Nothing can be recorded, and nothing crashes.
    m_queue = makeQueue();
    QVERIFY(m_queue->interruptedAtStart().isEmpty());
    QVERIFY(!m_queue->submit(u"count"_s, u"?"_s, {{u"steps"_s, 1}}));
    QVERIFY(!m_queue->submit(u"count"_s, u"?"_s, {{u"steps"_s, 1}}, 1));
    QVERIFY(!m_queue->jobs());
    QVERIFY(!m_queue->cancel(1));
    QVERIFY(!m_queue->retry(1));
    QVERIFY(!JobStore(*m_db).requeue(1));
    QVERIFY(!JobStore(*m_db).setRunning(1));
}

void TestJobQueue::storeListsAndRefuses()
{
    JobStore store(*m_db);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        JobInfo draft;
        draft.kind = u"probe"_s;
        draft.title = u"Probe %1"_s.arg(i);
        draft.params = {{u"i"_s, i}};
        Result<JobInfo> job = store.insert(draft);
        MT_VERIFY_OK(job);
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(job->title, draft.title);
        ids.append(job->id);
    }
    MT_VERIFY_OK(store.setRunning(ids[1]));
    MT_VERIFY_OK(store.finish(ids[1], JobState::Failed, {0.3, u"Reading"_s}, {}, u"Broken."_s));
    MT_VERIFY_OK(store.setRunning(ids[2]));

    Result<QList<JobInfo>> all = store.list();
    MT_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().id, ids.last()); // recent first
    QCOMPARE(all->last().id, ids.first());
    QCOMPARE(store.list(std::nullopt, 2)->size(), 2);
    Result<QList<JobInfo>> failed = store.list(JobState::Failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().error, u"Broken."_s);
    QCOMPARE(failed->first().progress.stage, u"Reading"_s);
    QCOMPARE(store.list(JobState::Running)->size(), 1);

    // Refusals name what is wrong and write nothing.
    QVERIFY(!store.insert({}));
    JobInfo longKind;
    longKind.kind = QString(JobStore::MaxKindLength + 1, u'k');
    QVERIFY(!store.insert(longKind));
    QCOMPARE(store.list()->size(), 4);
    const qint64 missing = 999;
    QCOMPARE(store.get(missing).error().kind, ErrorKind::Refused);
    QVERIFY(!store.setRunning(missing));
    QVERIFY(!store.setProgress(missing, {}));
    QVERIFY(!store.finish(missing, JobState::Done, {}, {}, {}));
    QVERIFY(!store.requeue(missing));
    Status requeueRunning = store.requeue(ids[2]);
    QVERIFY(!requeueRunning);
    QVERIFY(requeueRunning.error().message.contains(u"running"_s));
    MT_VERIFY_OK(store.requeue(ids[1]));
    const JobInfo requeued = *store.get(ids[1]);
    QCOMPARE(requeued.state, JobState::Queued);
    QVERIFY(requeued.error.isEmpty() && requeued.progress.stage.isEmpty());
    QVERIFY(!requeued.startedAt.isValid() && !requeued.finishedAt.isValid());

    // Rows of a live run stay; rows of an ended run are interrupted.
    const auto alive = [](const QString &) {
        return true;
    };
    const auto ended = [](const QString &) {
        return false;
    };
    QCOMPARE(store.markInterrupted(alive)->size(), 0);
    Result<QList<qint64>> interrupted = store.markInterrupted(ended);
    MT_VERIFY_OK(interrupted);
    QCOMPARE(interrupted->size(), 4); // three queued, one running
    QCOMPARE(store.markInterrupted(ended)->size(), 0);
}

void TestJobQueue::outputFileCommitRenames()
{
    const QString target = m_dir->filePath(u"film.mp4"_s);
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old film");
    }
    OutputFile output(target);
    QCOMPARE(output.targetPath(), target);
    const QFileInfo temporary(output.temporaryPath());
    QCOMPARE(temporary.absolutePath(), QFileInfo(target).absolutePath()); // same file system
    QVERIFY(temporary.fileName().startsWith(u'.'));                       // hidden
    QCOMPARE(temporary.suffix(), u"mp4"_s);                               // muxers guess by it
    QVERIFY(OutputFile(target).temporaryPath() != output.temporaryPath());
    MT_VERIFY_OK(output.prepare(1024));
    QVERIFY(QFile::exists(output.temporaryPath()));
    {
        QFile file(output.temporaryPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("new film");
    }
    QVERIFY(!output.isCommitted());
    MT_VERIFY_OK(output.commit());
    QVERIFY(output.isCommitted());
    QVERIFY(!QFile::exists(output.temporaryPath()));
    QFile result(target);
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), QByteArray("new film"));

    Status twice = output.commit();
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(u"already"_s));

    OutputFile noSuffix(m_dir->filePath(u"README"_s));
    QVERIFY(QFileInfo(noSuffix.temporaryPath()).fileName().startsWith(u".README."_s));
    QVERIFY(noSuffix.temporaryPath().endsWith(u".part"_s));
}

void TestJobQueue::outputFileWithoutCommitLeavesNothing()
{
    const QString target = m_dir->filePath(u"cut.mkv"_s);
    QString temporary;
    {
        OutputFile output(target);
        temporary = output.temporaryPath();
        MT_VERIFY_OK(output.prepare());
        QFile file(temporary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a film");
    } // cancelled, failed or out of disk: nothing is left
    QVERIFY(!QFile::exists(temporary));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(u"cut"_s),
             QStringList());

    OutputFile discarded(target);
    MT_VERIFY_OK(discarded.prepare());
    discarded.discard();
    QVERIFY(!QFile::exists(discarded.temporaryPath()));
}

void TestJobQueue::outputFileRefusesUnwritableFolders()
{
    const QString missingFolder = m_dir->filePath(u"gone/film.mp4"_s);
    Status missing = OutputFile(missingFolder).prepare();
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::Refused);
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    QVERIFY(missing.error().message.contains(QDir::toNativeSeparators(m_dir->filePath(u"gone"_s))));

    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.mp4"_s));
    Status folder = OutputFile(m_dir->filePath(u"folder.mp4"_s)).prepare();
    QVERIFY(!folder);
    QVERIFY(folder.error().message.contains(u"is a folder"_s));

    // Permission bits do not stop root; a read-only file system does.
    QString readOnly;
    if (::geteuid() == 0) {
        readOnly = u"/sys/film.mp4"_s;
    } else {
        QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
        QFile::setPermissions(m_dir->filePath(u"locked"_s),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        readOnly = m_dir->filePath(u"locked/film.mp4"_s);
    }
    Status denied = OutputFile(readOnly).prepare();
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Refused);
    QVERIFY2(denied.error().message.contains(u"cannot write"_s), qPrintable(denied.error().message));

    OutputFile huge(m_dir->filePath(u"huge.mp4"_s));
    Status space = huge.prepare(std::numeric_limits<qint64>::max() / 2);
    QVERIFY(!space);
    QVERIFY(space.error().message.contains(u"free space"_s));
    QVERIFY(!QFile::exists(huge.temporaryPath()));
}

void TestJobQueue::outputFileCommitFailures()
{
    OutputFile nothing(m_dir->filePath(u"nothing.mp4"_s));
    Status empty = nothing.commit();
    QVERIFY(!empty);
    QVERIFY(empty.error().message.contains(u"Nothing was written"_s));

    // The target became a folder while the job wrote: the rename fails, nothing is left.
    const QString target = m_dir->filePath(u"taken.mp4"_s);
    OutputFile output(target);
    MT_VERIFY_OK(output.prepare());
    QVERIFY(QDir(m_dir->path()).mkpath(u"taken.mp4/inside"_s));
    Status renamed = output.commit();
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().kind, ErrorKind::Failed);
    QVERIFY(renamed.error().message.contains(u"could not be saved"_s));
    QVERIFY(!QFile::exists(output.temporaryPath()));
    QVERIFY(QFileInfo(target).isDir());
}

QTEST_GUILESS_MAIN(TestJobQueue)

#include "tst_jobqueue.moc"
