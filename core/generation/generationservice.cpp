// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationservice.h"

#include "generationlog.h"
#include "jobs/jobqueue.h"
#include "storage/library.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGeneration, "mt.generation", QtInfoMsg)

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int MaxPollIntervalMs = 60000;

} // namespace

GenerationService::GenerationService(Library &library,
                                     TimelineEditor &timeline,
                                     JobQueue &jobs,
                                     QNetworkAccessManager &network,
                                     QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_timeline(timeline)
    , m_jobs(jobs)
    , m_network(network)
    , m_tasks(library.database())
    , m_ledger(library.database(), library.settings())
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &GenerationService::pump);
    registerImportJob();
    connect(&m_jobs,
            &JobQueue::jobFinished,
            this,
            [this](qint64 jobId, JobState, const QJsonObject &result, const QString &error) {
                onImported(jobId, result, error);
            });
}

GenerationService::~GenerationService()
{
    for (auto &[id, work] : m_work) {
        dropDownload(work);
    }
}

void GenerationService::registerProvider(std::unique_ptr<Provider> provider)
{
    provider->setParent(nullptr);
    const QString name = provider->name();
    m_providers[name] = std::move(provider);
}

Provider *GenerationService::provider(const QString &name) const
{
    const auto found = m_providers.find(name);
    return found == m_providers.end() ? nullptr : found->second.get();
}

QStringList GenerationService::providerNames() const
{
    QStringList names;
    for (const auto &[name, provider] : m_providers)
        names << name;
    return names;
}

void GenerationService::setRetryTiming(int baseMs, int capMs)
{
    m_retryBaseMs = std::max(1, baseMs);
    m_retryCapMs = std::max(m_retryBaseMs, capMs);
}

void GenerationService::overrideLimits(const QString &providerName, const ProviderLimits &limits)
{
    m_limitOverrides.insert(providerName, limits);
}

ProviderLimits GenerationService::limitsOf(const Provider &provider) const
{
    return m_limitOverrides.value(provider.name(), provider.limits());
}

int GenerationService::backoffMs(int attempt, int baseMs, int capMs, double random01)
{
    const double exponential = double(baseMs) * std::pow(2.0, std::clamp(attempt, 0, 30));
    const double capped = std::min(exponential, double(capMs));
    // Jitter keeps many clients that failed together from coming back together.
    return int(capped * (1.0 + 0.25 * std::clamp(random01, 0.0, 1.0)));
}

Result<GenerationTask> GenerationService::save(GenerationTask task)
{
    Result<GenerationTask> saved = m_tasks.update(task);
    if (!saved)
        qCWarning(lcGeneration) << "could not save task" << task.id << saved.error().message;
    else
        emit taskChanged(saved->id, saved->projectId);
    return saved;
}

void GenerationService::track(qint64 taskId)
{
    Work &work = m_work[taskId];
    work = Work{};
}

void GenerationService::settle(const GenerationTask &task)
{
    const auto work = m_work.find(task.id);
    if (work != m_work.end()) {
        if (work->second.timer)
            work->second.timer->deleteLater();
        dropDownload(work->second);
        m_work.erase(work);
    }
    qCInfo(lcGeneration) << "task" << task.id << "settled as" << taskStateName(task.state);
    emit taskSettled(task.id, task.state);
    schedulePump(); // a slot in flight may have opened
}

void GenerationService::schedulePump(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, MaxPollIntervalMs));
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delay)
        return;
    m_pumpTimer->start(delay);
}

void GenerationService::pump()
{
    qint64 nextWake = -1;
    auto wakeIn = [&](qint64 ms) {
        nextWake = nextWake < 0 ? ms : std::min(nextWake, ms);
    };
    // Oldest first, so takes and batches go out in the order they were asked for.
    QList<qint64> queued;
    for (const auto &[id, work] : m_work) {
        if (!work.callPending && !work.timer)
            queued.append(id);
    }
    for (qint64 id : std::as_const(queued)) {
        const auto work = m_work.find(id);
        if (work == m_work.end())
            continue;
        Result<GenerationTask> task = m_tasks.get(id);
        if (!task || task->state != TaskState::Queued)
            continue;
        const qint64 waitMs = work->second.notBeforeMs - nowMs();
        if (waitMs > 0) {
            wakeIn(waitMs);
            continue;
        }
        Provider *chosen = provider(task->request.provider);
        if (!chosen) {
            fail(id,
                 tr("The provider “%1” is not available in this build.").arg(task->request.provider),
                 RemoteState::Unknown);
            continue;
        }
        if (inFlight(chosen->name()) >= std::max(1, limitsOf(*chosen).maxTasksInFlight))
            continue; // settle() pumps again when one ends
        const qint64 slotMs = acquireSlot(*chosen);
        if (slotMs > 0) {
            wakeIn(slotMs);
            continue;
        }
        submit(*task, *chosen);
    }
    if (nextWake >= 0)
        schedulePump(nextWake);
}

qint64 GenerationService::acquireSlot(const Provider &provider)
{
    const int perMinute = limitsOf(provider).requestsPerMinute;
    if (perMinute <= 0)
        return 0;
    QList<qint64> &times = m_requestTimes[provider.name()];
    const qint64 now = nowMs();
    while (!times.isEmpty() && times.first() <= now - 60000)
        times.removeFirst();
    if (times.size() >= perMinute)
        return times.first() + 60000 - now + 1;
    times.append(now);
    return 0;
}

int GenerationService::inFlight(const QString &providerName) const
{
    int count = 0;
    for (const auto &[id, work] : m_work) {
        const Result<GenerationTask> task = m_tasks.get(id);
        if (task && task->request.provider == providerName && task->state != TaskState::Queued)
            ++count;
    }
    return count;
}

void GenerationService::armTimer(qint64 taskId,
                                 qint64 delayMs,
                                 void (GenerationService::*step)(qint64))
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    if (work->second.timer)
        work->second.timer->deleteLater();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    work->second.timer = timer;
    connect(timer, &QTimer::timeout, this, [this, taskId, timer, step] {
        const auto found = m_work.find(taskId);
        if (found == m_work.end() || found->second.timer != timer)
            return;
        found->second.timer = nullptr;
        timer->deleteLater();
        (this->*step)(taskId);
    });
    timer->start(int(std::clamp<qint64>(delayMs, 0, m_retryCapMs + MaxPollIntervalMs)));
}

void GenerationService::submit(GenerationTask task, Provider &chosen)
{
    // Written before the request leaves: a crash from here on leaves "submitting", which resume()
    // never sends again by itself.
    task.state = TaskState::Submitting;
    task.attempts += 1;
    task.submitStartedAt = QDateTime::currentDateTimeUtc();
    task.error.clear();
    Result<GenerationTask> saved = save(task);
    if (!saved) {
        fail(task.id, saved.error().message, RemoteState::Unknown);
        return;
    }
    m_work[task.id].callPending = true;
    qCInfo(lcGeneration) << "submitting task" << task.id << "to" << chosen.name() << "model"
                         << task.request.model << "attempt" << task.attempts;
    QPointer<GenerationService> self(this);
    const qint64 id = task.id;
    chosen.submit(saved->request, [self, id](ProviderResult<SubmitReceipt> result) {
        if (self)
            self->onSubmitted(id, result);
    });
}

void GenerationService::onSubmitted(qint64 taskId, const ProviderResult<SubmitReceipt> &result)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    work->second.callPending = false;
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return;
    Provider *chosen = provider(task->request.provider);
    if (result) {
        task->state = TaskState::Submitted;
        task->remoteState = RemoteState::Queued;
        task->remoteTaskId = result->remoteTaskId;
        task->promptSent = result->promptSent;
        task->parametersSent = result->parametersSent;
        task->submittedAt = QDateTime::currentDateTimeUtc();
        if (work->second.cancelRequested) {
            task->state = TaskState::Cancelled;
            task->error = tr("Cancelled here after %1 accepted it; it may still finish and bill "
                             "it.")
                                  .arg(task->request.provider);
        }
        Result<GenerationTask> saved = save(*task);
        if (!saved) {
            // The remote id is in the log at least: without it the task could not be found again.
            qCCritical(lcGeneration) << "task" << taskId << "submitted as" << result->remoteTaskId
                                     << "but that could not be saved";
            return;
        }
        if (saved->state == TaskState::Cancelled) {
            settle(*saved);
            return;
        }
        work->second.retries = 0;
        work->second.pollingSinceMs = nowMs();
        armTimer(taskId, chosen ? limitsOf(*chosen).pollIntervalMs : 0, &GenerationService::poll);
        schedulePump();
        return;
    }

    const ProviderError &error = result.error();
    qCWarning(lcGeneration) << "submit of task" << taskId
                            << "failed:" << providerErrorKindName(error.kind) << error.code
                            << "reached server:" << error.mayHaveReachedServer;
    if (work->second.cancelRequested) {
        task->state = TaskState::Cancelled;
        if (Result<GenerationTask> saved = save(*task); saved)
            settle(*saved);
        return;
    }
    if (error.mayHaveReachedServer && chosen && chosen->isRemote()) {
        task->state = TaskState::NeedsAttention;
        task->error = tr("%1 may have received this request, but its answer was lost (%2). Check "
                         "your %1 account: if the video is not there, retry the task; otherwise "
                         "cancel it.")
                              .arg(chosen->displayName(), error.message);
        if (Result<GenerationTask> saved = save(*task); saved)
            settle(*saved);
        return;
    }
    if (error.isRetryable() && task->attempts < MaxSubmitAttempts) {
        task->state = TaskState::Queued;
        task->error = error.message;
        if (!save(*task))
            return;
        const int delay = error.retryAfterMs >= 0
                                  ? error.retryAfterMs
                                  : backoffMs(task->attempts - 1,
                                              m_retryBaseMs,
                                              m_retryCapMs,
                                              QRandomGenerator::global()->generateDouble());
        work->second.notBeforeMs = nowMs() + delay;
        schedulePump(delay);
        return;
    }
    fail(taskId, error.message, RemoteState::Unknown);
}

void GenerationService::poll(qint64 taskId)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return;
    Provider *chosen = provider(task->request.provider);
    if (!chosen) {
        fail(taskId,
             tr("The provider “%1” is not available in this build.").arg(task->request.provider),
             RemoteState::Unknown);
        return;
    }
    if (work->second.pollingSinceMs == 0)
        work->second.pollingSinceMs = nowMs();
    if (nowMs() - work->second.pollingSinceMs > qint64(limitsOf(*chosen).maxWaitSeconds) * 1000) {
        fail(taskId,
             tr("%1 has not finished this task in %2 minutes. Retry it later to look "
                "again (it will not be submitted twice).")
                     .arg(chosen->displayName())
                     .arg(limitsOf(*chosen).maxWaitSeconds / 60),
             task->remoteState);
        return;
    }
    if (const qint64 slotMs = acquireSlot(*chosen); slotMs > 0) {
        armTimer(taskId, slotMs, &GenerationService::poll);
        return;
    }
    work->second.callPending = true;
    ++work->second.polls;
    QPointer<GenerationService> self(this);
    chosen->poll(task->remoteTaskId, [self, taskId](ProviderResult<RemoteStatus> result) {
        if (self)
            self->onPolled(taskId, result);
    });
}

void GenerationService::onPolled(qint64 taskId, const ProviderResult<RemoteStatus> &result)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    work->second.callPending = false;
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return;
    Provider *chosen = provider(task->request.provider);
    if (!chosen)
        return;
    if (!result) {
        if (result.error().isRetryable()) {
            retryLater(taskId, result.error(), &GenerationService::poll);
            return;
        }
        // The remote task may still be running: retry() polls again rather than resubmitting.
        fail(taskId, result.error().message, task->remoteState);
        return;
    }
    work->second.retries = 0;
    const RemoteStatus &status = *result;
    switch (status.state) {
    case RemoteStatus::State::Queued:
    case RemoteStatus::State::Processing: {
        const bool processing = status.state == RemoteStatus::State::Processing;
        const TaskState state = processing ? TaskState::Processing : TaskState::Submitted;
        const RemoteState remote = processing ? RemoteState::Processing : RemoteState::Queued;
        if (task->state != state || task->remoteState != remote) {
            task->state = state;
            task->remoteState = remote;
            if (!save(*task))
                return;
        }
        // Polls space out the longer a task runs: most take minutes.
        const int interval = limitsOf(*chosen).pollIntervalMs;
        const double grown = interval * std::pow(1.25, std::min(work->second.polls, 20));
        armTimer(taskId,
                 qint64(std::min<double>(grown, std::max(interval, MaxPollIntervalMs))),
                 &GenerationService::poll);
        return;
    }
    case RemoteStatus::State::Failed:
        fail(taskId,
             status.error.message.isEmpty()
                     ? tr("%1 reported that the generation failed.").arg(chosen->displayName())
                     : status.error.message,
             RemoteState::Failed);
        return;
    case RemoteStatus::State::Succeeded:
        task->state = TaskState::Downloading;
        task->remoteState = RemoteState::Succeeded;
        if (!save(*task))
            return;
        work->second.status = status;
        work->second.downloadAttempts = 0;
        resolve(taskId);
        return;
    }
}

void GenerationService::retryLater(qint64 taskId,
                                   const ProviderError &error,
                                   void (GenerationService::*step)(qint64))
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    const int attempt = work->second.retries++;
    const int delay = error.retryAfterMs >= 0
                              ? error.retryAfterMs
                              : backoffMs(attempt,
                                          m_retryBaseMs,
                                          m_retryCapMs,
                                          QRandomGenerator::global()->generateDouble());
    qCInfo(lcGeneration) << "task" << taskId << providerErrorKindName(error.kind) << error.code
                         << "- trying again in" << delay << "ms";
    armTimer(taskId, delay, step);
}

void GenerationService::fail(qint64 taskId, const QString &message, RemoteState remote)
{
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return;
    task->state = TaskState::Failed;
    task->remoteState = remote;
    task->error = message;
    if (Result<GenerationTask> saved = save(*task); saved)
        settle(*saved);
}

} // namespace mt
