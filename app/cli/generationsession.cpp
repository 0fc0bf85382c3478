// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationsession.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "generation/credentialstore.h"
#include "generation/generationservice.h"
#include "generation/providerregistry.h"
#include "jobs/jobqueue.h"
#include "jobs/reviewjobs.h"
#include "storage/library.h"
#include "storage/settingsstore.h"
#include "storage/timelinestore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace mt {

using namespace Qt::StringLiterals;

GenerationSession::GenerationSession() = default;

GenerationSession::~GenerationSession()
{
    // The service's providers refer to the queue and the network manager: it goes first.
    m_service.reset();
    m_credentials.reset();
    m_reviews.reset(); // it refers to the queue
    m_jobs.reset();
}

std::optional<int> GenerationSession::open(Cli &cli)
{
    m_cli = &cli;
    m_library = cli.library();
    if (!m_library)
        return cli.libraryStatus();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_history = std::make_unique<EditHistory>(m_library->database());
    m_editor = std::make_unique<TimelineEditor>(m_library->database(), *m_history);
    m_jobs = std::make_unique<JobQueue>(m_library->database());
    m_reviews = std::make_unique<ReviewJobs>(*m_jobs, *m_library);
    m_credentials = std::make_unique<CredentialStore>();
    m_service = std::make_unique<GenerationService>(*m_library, *m_editor, *m_jobs, *m_network);
    ProviderRegistry::registerBuiltIn(*m_service,
                                      {*m_jobs,
                                       *m_network,
                                       m_library->paths().cache() + u"/storyboard"_s});
    bool configured = false;
    ProviderRegistry::configure(
            *m_service,
            *m_credentials,
            [&](QStringList problems) {
                m_problems = problems;
                configured = true;
            },
            &m_library->settings());
    waitUntil([&] { return configured; });
    for (const QString &problem : std::as_const(m_problems))
        cli.progress(problem);
    return std::nullopt;
}

void GenerationSession::waitUntil(const std::function<bool()> &done)
{
    if (done())
        return;
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QMetaObject::Connection changed;
    if (m_service) {
        changed = QObject::connect(
                m_service.get(),
                &GenerationService::taskChanged,
                &loop,
                [this, check](qint64 taskId, qint64) {
                    if (const Result<GenerationTask> task = m_service->tasks().get(taskId)) {
                        m_cli->progress(
                                Cli::tr("Task %1: %2").arg(taskId).arg(taskStateName(task->state)));
                    }
                    check();
                });
    }
    // Callbacks that change no task (keys read, a job ending) are caught by a slow tick too.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, check);
    tick.start(50);
    loop.exec();
    QObject::disconnect(changed);
}

void GenerationSession::wait(const QList<qint64> &taskIds, bool untilSettled)
{
    waitUntil([&] {
        for (qint64 id : taskIds) {
            if (!m_service->isWorking(id))
                continue;
            if (untilSettled)
                return false;
            const Result<GenerationTask> task = m_service->tasks().get(id);
            if (!task)
                continue;
            Provider *provider = m_service->provider(task->request.provider);
            if (provider && !provider->isRemote())
                return false;
            if (task->state == TaskState::Queued || task->state == TaskState::Submitting)
                return false;
        }
        return m_reviews->pendingCount() == 0;
    });
}

QJsonObject GenerationSession::taskJson(const GenerationTask &task)
{
    QJsonObject json = task.toJson();
    if (task.resultAssetId > 0) {
        const Result<Timeline> timeline = TimelineStore(m_library->database()).load(task.projectId);
        if (timeline) {
            for (const Clip &clip : timeline->clips) {
                if (clip.assetId == task.resultAssetId)
                    json.insert(u"clip"_s, clip.id);
            }
        }
    }
    return json;
}

QString GenerationSession::taskLine(const GenerationTask &task)
{
    QString prompt = task.request.prompt;
    if (prompt.size() > 48)
        prompt = prompt.left(47) + u'…';
    QString line = Cli::tr("%1  %2  %3/%4  take %5  “%6”")
                           .arg(task.id, 4)
                           .arg(taskStateName(task.state), -15)
                           .arg(task.request.provider, task.request.model)
                           .arg(task.request.takeIndex + 1)
                           .arg(prompt);
    if (task.resultAssetId > 0)
        line += Cli::tr("  → asset %1").arg(task.resultAssetId);
    if (!task.error.isEmpty())
        line += u"\n      "_s + task.error;
    return line;
}

int GenerationSession::outcome(const QList<qint64> &taskIds)
{
    int status = ExitOk;
    for (qint64 id : taskIds) {
        const Result<GenerationTask> task = m_service->tasks().get(id);
        if (!task)
            continue;
        if (task->state == TaskState::Failed || task->state == TaskState::NeedsAttention) {
            status = ExitFailed;
            m_cli->progress(Cli::tr("Task %1 %2: %3")
                                    .arg(id)
                                    .arg(task->state == TaskState::Failed
                                                 ? Cli::tr("failed")
                                                 : Cli::tr("needs your decision"),
                                         task->error));
        }
    }
    return status;
}

} // namespace mt
