// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "httpprovider.h"

#include <QHash>

class QNetworkAccessManager;

namespace mt {

namespace segmind {
struct Plan;
}

// Segmind's serverless API (shared/api/segmind.md) for Kling text→video and image→video and the
// Flux Schnell image models (character portraits, first frames). Every call goes through the v2
// queue: submit = POST /v2/<slug> (one billed job; there is no idempotency key), poll = GET the
// status URL it returned (and the result once COMPLETED, for the output URL and real cost),
// resolveDownload = GET the result again (a fresh output URL). A FAILED job answers HTTP 422 with
// its reason in the body. Errors are HTTP statuses with {"error": text}; they map to
// ProviderErrorKind by status and, where Segmind overloads one (406), by the text.
// Resolutions stand for Kling's mode: 720P = std, 1080P = pro. One camera move on
// kling-text2video, through its camera_control_config.
//
// Lives on the main thread; owned by GenerationService's registry; uses the shared
// QNetworkAccessManager it is given (which must outlive it). Follows the Provider contract; the
// key, base URL and timeouts are HttpProvider's.
class SegmindProvider : public HttpProvider
{
    Q_OBJECT

public:
    static constexpr int MaxPromptLength = 2500; // Kling's own limit (Segmind's pages give none)

    explicit SegmindProvider(QNetworkAccessManager &network, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("segmind"); }
    QString displayName() const override { return tr("Segmind (Kling, Flux)"); }
    QList<ProviderModel> models() const override;
    QString defaultModel(GenerationMode mode) const override;
    ProviderLimits limits() const override;

    // Also forgets the URLs earlier submits answered with: they belong to the old host.
    void configure(const ProviderConfig &config) override;

    Status validate(const GenerationRequest &request) const override;
    double estimatedCost(const GenerationRequest &request) const override;

    void submit(const GenerationRequest &request, Callback<SubmitReceipt> done) override;
    void poll(const QString &remoteTaskId, Callback<RemoteStatus> done) override;
    void resolveDownload(const QString &remoteTaskId,
                         const RemoteStatus &status,
                         Callback<QUrl> done) override;
    void checkAccess(Callback<Access> done) override;

    // The error an HTTP error answer means. `polling`: 404 is then an unknown request id.
    ProviderError errorFor(int httpStatus, const QString &serverText, bool polling) const;
    // The error a FAILED job's reason means.
    ProviderError failureFor(const QString &serverText) const;

private:
    friend struct segmind::Plan; // validation reads modelOf()

    struct Urls
    {
        QUrl status;
        QUrl response;
    };

    QString modelOf(const GenerationRequest &request) const;
    std::optional<ProviderError> httpError(const HttpAnswer &answer,
                                           bool submit,
                                           bool polling) const;
    Urls urlsOf(const QString &requestId) const;
    // Only URLs on the base URL's host get the key.
    bool isOurs(const QUrl &url) const;
    void fetchResult(const QString &requestId, Callback<RemoteStatus> done);

    QHash<QString, Urls> m_urls; // the URLs each submit answered with, by request id
};

} // namespace mt
