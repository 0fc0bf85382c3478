// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "minimaxwire.h"
#include "provider.h"
#include "providerhttp.h"

class QNetworkAccessManager;

namespace mt {

namespace minimax {
struct Plan;
}

// MiniMax (Hailuo) video generation over its v1 HTTP API (shared/api/minimax.md): text→video,
// image→video (the first frame sent as a data URL), subject→video (S2V-01 with the character's
// image), the Director models' camera commands (picked from cameraMoveNames(), at most three,
// written as one bracket at the head of the prompt: they run together), prompt optimizer,
// resolution × duration per model. submit = POST /v1/video_generation, poll = GET
// /v1/query/video_generation, resolveDownload = GET /v1/files/retrieve (a fresh, short-lived
// link each time). Business errors come as base_resp codes and map to ProviderErrorKind with
// messages that say what to do.
//
// Lives on the main thread; owned by GenerationService's registry; uses the shared
// QNetworkAccessManager it is given (which must outlive it). Follows the Provider contract.
class MinimaxProvider : public Provider
{
    Q_OBJECT

public:
    static constexpr int MaxPromptLength = 2000; // what the server takes, camera commands included

    explicit MinimaxProvider(QNetworkAccessManager &network, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("minimax"); }
    QString displayName() const override { return tr("MiniMax (Hailuo)"); }
    QList<ProviderModel> models() const override;
    QString defaultModel(GenerationMode mode) const override;
    ProviderLimits limits() const override;

    void configure(const ProviderConfig &config) override;
    bool isConfigured() const override;

    Status validate(const GenerationRequest &request) const override;
    double estimatedCost(const GenerationRequest &request) const override;
    std::optional<QSize> promisedFrameSize(const GenerationRequest &request) const override;

    void submit(const GenerationRequest &request, Callback<SubmitReceipt> done) override;
    void poll(const QString &remoteTaskId, Callback<RemoteStatus> done) override;
    void resolveDownload(const QString &remoteTaskId,
                         const RemoteStatus &status,
                         Callback<QUrl> done) override;
    void checkAccess(Callback<Access> done) override;

    // Transfer timeouts: API calls, and the create call (which may carry a 27 MB data URL).
    void setTimeouts(int apiMs, int submitMs);

    // The prompt as sent: "[Pan left, Zoom in] <prompt>" for camera moves, else the prompt.
    static QString promptWithCameraMoves(const GenerationRequest &request);
    // The error a non-zero base_resp code means, with a message that says what to do.
    // `polling`: the code came from a status query (2013 there means an unknown task).
    ProviderError errorFor(const minimax::BaseResp &base, bool polling) const;

private:
    friend struct minimax::Plan; // validation reads modelOf()
    ProviderHttp::Headers headers(bool json) const;
    // Maps an answer that is not a usable 200 to its error; nullopt when it is usable.
    std::optional<ProviderError> httpError(const HttpAnswer &answer, bool submit) const;
    ProviderError unavailable() const;
    QString modelOf(const GenerationRequest &request) const;

    ProviderHttp m_http;
    ProviderConfig m_config;
    QUrl m_baseUrl;
    int m_apiTimeoutMs = 30000;
    int m_submitTimeoutMs = 120000;
};

} // namespace mt
