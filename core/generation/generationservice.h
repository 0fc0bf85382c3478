// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationtask.h"
#include "generationtaskstore.h"
#include "provider.h"
#include "spendledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mt {

struct Asset;
class JobQueue;
class Library;
class TimelineEditor;

// Runs generations from request to clip, and never pays twice.
//
// Every request becomes a persisted task before anything is sent. The task is written as
// "submitting" before the provider is called and as "submitted" with the remote id as soon as the
// answer comes, so after a crash a task left "submitting" is known to be uncertain: resume() puts
// it in needs_attention (for remote providers) instead of submitting it again; submitted and
// processing tasks resume polling. Only retry() — a person's decision — submits a task again.
//
// Submits, polls and resolveDownload calls are paced per provider (requests per minute, tasks in
// flight); network errors, timeouts and 5xx are retried with exponential backoff and jitter, 429
// after its Retry-After. A finished remote task is downloaded (size-capped, into a temporary file
// in media/outputs), then a "generation-import" job probes, hashes and moves it into place off the
// main thread; the asset is registered with its provenance and cost and lands on the timeline:
// appended, or in the place of the clip it was generated for (TimelineEditor::replaceAsset keeps
// position and trims and the earlier take as an alternate). Takes of one batch become alternates
// of one clip. Each video take then gets a "review" job (ReviewJobs, when the queue has that
// kind) with what its request asked for; the take is usable before the review ends.
//
// Main thread. Made by the composition root with the library, the timeline editor, the job queue
// and the one QNetworkAccessManager; owns the providers registered with it. The library, editor,
// queue and network manager must outlive it.
class GenerationService : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxTakes = 8;
    static constexpr int MaxSubmitAttempts = 4; // attempts that surely did not reach the server
    static constexpr int MaxDownloadAttempts = 4;
    static constexpr qint64 MaxDownloadBytes = qint64(2) << 30;
    static constexpr QLatin1StringView ImportJobKind{"generation-import"};

    GenerationService(Library &library,
                      TimelineEditor &timeline,
                      JobQueue &jobs,
                      QNetworkAccessManager &network,
                      QObject *parent = nullptr);
    ~GenerationService() override;

    // Registers (or replaces) a provider under its name().
    void registerProvider(std::unique_ptr<Provider> provider);
    Provider *provider(const QString &name) const;
    QStringList providerNames() const;

    // Backoff of retries: base doubles per attempt up to cap, plus up to 25 % jitter. Tests make it
    // short; the defaults suit real services.
    void setRetryTiming(int baseMs, int capMs);
    static int backoffMs(int attempt, int baseMs, int capMs, double random01);
    // Paces a provider by these limits instead of its own (a local fake server in tests needs no
    // protection from bursts and answers at once; 10 s between polls would only slow the tests).
    void overrideLimits(const QString &providerName, const ProviderLimits &limits);
    ProviderLimits limitsOf(const Provider &provider) const;

    // Checks and completes the request (project size and frame rate, model defaults, paths of the
    // first frame and the character's image, shot number) and validates it with its provider.
    Result<GenerationRequest> prepare(GenerationRequest request) const;
    // prepare(), the budget, then `takes` queued tasks (takes after the first are variations of
    // the same shot), started as the provider's limits allow.
    Result<QList<GenerationTask>> generate(const GenerationRequest &request, int takes = 1);

    // Picks up the tasks a previous run left unfinished (see the class comment). Returns how many
    // it resumed; the ones put in needs_attention are not counted.
    Result<int> resume();
    // A queued or needs_attention task ends at once; a running one stops being polled or
    // downloaded (the provider may still finish and bill it: there is no remote cancel).
    Result<GenerationTask> cancel(qint64 taskId);
    // A person's decision on a failed, cancelled or needs_attention task: with a remote id whose
    // task did not fail, polling resumes (never a second submit); otherwise it is submitted again.
    Result<GenerationTask> retry(qint64 taskId);

    GenerationTaskStore &tasks() { return m_tasks; }
    SpendLedger &ledger() { return m_ledger; }
    // Tasks this service is working on (queued … downloading).
    bool isWorking(qint64 taskId) const { return m_work.count(taskId) != 0; }
    int workingCount() const { return int(m_work.size()); }

signals:
    void taskChanged(qint64 taskId, qint64 projectId);
    // done, failed, cancelled or needs_attention: this service stopped working on it.
    void taskSettled(qint64 taskId, mt::TaskState state);

private:
    // What the service keeps in memory about a task it works on.
    struct Work
    {
        qint64 notBeforeMs = 0;   // queued: not submitted before (a retry's backoff)
        bool callPending = false; // a provider call or download is under way
        bool cancelRequested = false;
        int retries = 0; // consecutive failed calls of the current phase
        int polls = 0;
        int downloadAttempts = 0;
        qint64 pollingSinceMs = 0;
        QTimer *timer = nullptr;
        QPointer<QNetworkReply> reply;
        QString downloadPath; // the temporary file the reply writes
        qint64 importJobId = 0;
        RemoteStatus status; // the Succeeded status being downloaded
    };

    void registerImportJob();
    Result<GenerationTask> save(GenerationTask task);
    void track(qint64 taskId);
    void settle(const GenerationTask &task);
    void schedulePump(qint64 delayMs = 0);
    void pump();
    // Milliseconds until the provider may be called again (0: now, and the call is counted).
    qint64 acquireSlot(const Provider &provider);
    int inFlight(const QString &provider) const;
    void armTimer(qint64 taskId, qint64 delayMs, void (GenerationService::*step)(qint64));

    void submit(GenerationTask task, Provider &provider);
    void onSubmitted(qint64 taskId, const ProviderResult<SubmitReceipt> &result);
    void poll(qint64 taskId);
    void onPolled(qint64 taskId, const ProviderResult<RemoteStatus> &result);
    void retryLater(qint64 taskId,
                    const ProviderError &error,
                    void (GenerationService::*step)(qint64));
    void fail(qint64 taskId, const QString &message, RemoteState remote);

    // generationdownload.cpp: from a finished remote task to a clip.
    void resolve(qint64 taskId);
    void download(qint64 taskId, const QUrl &url);
    // Stops a transfer without its finished handler, and removes what it wrote.
    void dropDownload(Work &work);
    void onDownloaded(qint64 taskId, QNetworkReply *reply, const QString &tempPath);
    void import(qint64 taskId, const QString &path, bool removeAfter);
    void onImported(qint64 jobId, const QJsonObject &result, const QString &error);
    Status finish(GenerationTask &task, const QJsonObject &staged);
    Result<qint64> place(const GenerationTask &task, qint64 assetId);
    Status recordProvenance(const GenerationTask &task, qint64 assetId);
    // Queues take review of a landed take (the "review" job kind, when registered) with what its
    // request asked for; never fails the task.
    void queueReview(const GenerationTask &task, const Asset &asset);

    Library &m_library;
    TimelineEditor &m_timeline;
    JobQueue &m_jobs;
    QNetworkAccessManager &m_network;
    GenerationTaskStore m_tasks;
    SpendLedger m_ledger;
    std::map<QString, std::unique_ptr<Provider>> m_providers;
    std::map<qint64, Work> m_work;
    QHash<QString, QList<qint64>> m_requestTimes; // per provider, ms of the calls in the last minute
    QHash<qint64, qint64> m_importJobs;           // job id → task id
    QHash<QString, ProviderLimits> m_limitOverrides;
    QTimer *m_pumpTimer = nullptr;
    int m_retryBaseMs = 2000;
    int m_retryCapMs = 120000;
};

} // namespace mt
