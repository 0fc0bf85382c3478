// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "generation/provider.h"
#include "testmedia.h"

#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// A provider whose "server" is a script the test writes: what submits answer, how many polls a
// task stays queued, which errors come first. The server's state (FakeRemote) outlives the
// provider, so a test can drop the service and start another over the same library and server,
// as a restart of the program does, and count what the server received across both.
namespace mt::test {

struct FakeRemote
{
    int submits = 0;
    int polls = 0;
    int resolves = 0;
    bool holdSubmits = false;                          // never answer a submit (the program dies)
    QList<std::optional<ProviderError>> submitAnswers; // consumed in order; nullopt: accepted
    QList<ProviderError> pollErrors;                   // answered before any status
    int queuedPolls = 1;                               // polls that answer Queued, then Processing
    int processingPolls = 1;                           // … then Succeeded (or Failed)
    bool failRemote = false;
    std::optional<ProviderError> pollFailure; // a non-retryable poll error, once
    QStringList media{QStringLiteral("h264_aac.mp4"),
                      QStringLiteral("join_a.mp4"),
                      QStringLiteral("join_b.mp4"),
                      QStringLiteral("join_c.mp4")};
    ProviderLimits limits{0, 8, 5, 60};
    QHash<QString, int> pollsOf; // remote id → polls answered
    std::function<void(const GenerationRequest &)> onSubmit;
    QString scratch;       // where results are copied before the service takes them
    ProviderConfig config; // as the service configured it
    QString downloadBase;  // results are served from here (TestHttpServer)
};

class ScriptedProvider : public Provider
{
public:
    ScriptedProvider(std::shared_ptr<FakeRemote> remote)
        : m_remote(std::move(remote))
    {}

    QString name() const override { return QStringLiteral("scripted"); }
    QString displayName() const override { return QStringLiteral("Scripted"); }
    QList<ProviderModel> models() const override
    {
        ProviderModel model;
        model.id = QStringLiteral("m1");
        model.displayName = QStringLiteral("Model one");
        model.modes = {GenerationMode::TextToVideo, GenerationMode::ImageToVideo};
        model.resolutions = {{QStringLiteral("720P"), {6}}};
        model.defaultResolution = QStringLiteral("720P");
        model.defaultDuration = 6;
        model.cameraMoves = true;
        model.maxCameraMoves = 3;
        model.maxPromptLength = 100;
        return {model};
    }
    QString defaultModel(GenerationMode mode) const override
    {
        return mode == GenerationMode::TextToVideo || mode == GenerationMode::ImageToVideo
                       ? QStringLiteral("m1")
                       : QString();
    }
    ProviderLimits limits() const override { return m_remote->limits; }
    void configure(const ProviderConfig &config) override { m_remote->config = config; }
    bool isConfigured() const override { return true; }
    Status validate(const GenerationRequest &request) const override
    {
        if (request.prompt.size() > 100)
            return Error::refused(QStringLiteral("The prompt is longer than 100 characters; "
                                                 "shorten it."));
        return {};
    }
    double estimatedCost(const GenerationRequest &) const override { return 0.5; }

    void submit(const GenerationRequest &request, Callback<SubmitReceipt> done) override
    {
        const int n = ++m_remote->submits;
        if (m_remote->onSubmit)
            m_remote->onSubmit(request);
        if (m_remote->holdSubmits)
            return;
        std::optional<ProviderError> error;
        if (!m_remote->submitAnswers.isEmpty())
            error = m_remote->submitAnswers.takeFirst();
        QString prompt = request.prompt;
        if (!request.cameraMoves.isEmpty())
            prompt += QStringLiteral(" [") + request.cameraMoves.join(QStringLiteral(", "))
                      + QLatin1Char(']');
        later([=] {
            if (error)
                done(*error);
            else
                done(SubmitReceipt{QStringLiteral("r%1").arg(n),
                                   prompt,
                                   QJsonObject{{QStringLiteral("model"), request.model},
                                               {QStringLiteral("prompt"), prompt}}});
        });
    }

    void poll(const QString &remoteTaskId, Callback<RemoteStatus> done) override
    {
        ++m_remote->polls;
        if (!m_remote->pollErrors.isEmpty()) {
            const ProviderError error = m_remote->pollErrors.takeFirst();
            later([=] { done(error); });
            return;
        }
        if (m_remote->pollFailure) {
            const ProviderError error = *m_remote->pollFailure;
            m_remote->pollFailure.reset();
            later([=] { done(error); });
            return;
        }
        const int seen = m_remote->pollsOf[remoteTaskId]++;
        RemoteStatus status;
        if (seen < m_remote->queuedPolls) {
            status.state = RemoteStatus::State::Queued;
        } else if (seen < m_remote->queuedPolls + m_remote->processingPolls) {
            status.state = RemoteStatus::State::Processing;
        } else if (m_remote->failRemote) {
            status.state = RemoteStatus::State::Failed;
            status.error = {ProviderErrorKind::ContentPolicy,
                            QStringLiteral("The result was flagged; change the prompt."),
                            QStringLiteral("1027")};
        } else {
            status.state = RemoteStatus::State::Succeeded;
            status.fileId = remoteTaskId + QStringLiteral("-file");
            status.seed = 42;
            status.cost = 0.42;
        }
        later([=] { done(status); });
    }

    void resolveDownload(const QString &remoteTaskId,
                         const RemoteStatus &,
                         Callback<QUrl> done) override
    {
        ++m_remote->resolves;
        const QUrl url(m_remote->downloadBase + QStringLiteral("/result/") + remoteTaskId);
        later([=] { done(url); });
    }

    void checkAccess(Callback<Access> done) override
    {
        later([=] { done(Access{true, true, true, {}}); });
    }

private:
    // Answers come later, never from inside the call (the interface's contract).
    void later(std::function<void()> answer) { QTimer::singleShot(1, this, std::move(answer)); }

    std::shared_ptr<FakeRemote> m_remote;
};

} // namespace mt::test
