// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "provider.h"

namespace mt {

class JobQueue;

// The offline provider, and the default when no key is set: a shot is a storyboard card rendered
// here (StoryboardRenderer) at the project's size and frame rate for the requested duration,
// with the prompt, shot number, camera moves and the first frame or character image moving the
// way the camera would. Results are placeholders (origin "storyboard") to be generated for real
// later, in place.
//
// Each submit is a "storyboard" job on the JobQueue (libav and frame drawing stay off the main
// thread); the remote task id is "job-<id>" and a poll reads the job's state. Free, so it is not
// remote: after a restart its unfinished tasks are simply rendered again.
// Main thread; owned by GenerationService. The queue must outlive it.
class StoryboardProvider : public Provider
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView Name{"storyboard"};
    static constexpr QLatin1StringView JobKind{"storyboard"};
    static constexpr QLatin1StringView ModelId{"card"};
    static constexpr int MaxPromptLength = 2000;

    // workFolder: where shots are written before the service moves them into the library.
    StoryboardProvider(JobQueue &jobs, const QString &workFolder, QObject *parent = nullptr);

    // Registers the "storyboard" job kind (also for a queue without a provider, so its history
    // can be retried).
    static void registerJobKind(JobQueue &jobs);

    QString name() const override { return QString(Name); }
    QString displayName() const override { return tr("Storyboard (offline)"); }
    bool isRemote() const override { return false; }
    QList<ProviderModel> models() const override;
    QString defaultModel(GenerationMode mode) const override;
    ProviderLimits limits() const override;
    void configure(const ProviderConfig &) override {}
    bool isConfigured() const override { return true; }
    Status validate(const GenerationRequest &request) const override;
    double estimatedCost(const GenerationRequest &) const override { return 0; }
    // Cards are rendered at the project's picture size.
    std::optional<QSize> promisedFrameSize(const GenerationRequest &request) const override
    {
        return request.frameSize;
    }

    void submit(const GenerationRequest &request, Callback<SubmitReceipt> done) override;
    void poll(const QString &remoteTaskId, Callback<RemoteStatus> done) override;
    void resolveDownload(const QString &remoteTaskId,
                         const RemoteStatus &status,
                         Callback<QUrl> done) override;
    void checkAccess(Callback<Access> done) override;

private:
    template<typename T>
    void later(Callback<T> done, ProviderResult<T> result);

    JobQueue &m_jobs;
    QString m_workFolder;
};

} // namespace mt
