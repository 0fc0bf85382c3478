// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationrequest.h"

#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace mt {

// What went wrong talking to a provider. The kind decides what GenerationService does next:
// retry later (RateLimited, Server, Network, Timeout), or stop and tell the person what to change
// (everything else).
enum class ProviderErrorKind {
    Auth,    // key missing, wrong, expired, or for another region (MiniMax 1004/2049, HTTP 401)
    Balance, // out of credit or over the plan's quota (MiniMax 1008/2056, Segmind 406 credits)
    ContentPolicy, // prompt, image or result flagged by moderation (MiniMax 1026/1027)
    Parameters,    // the request itself is wrong (MiniMax 2013, HTTP 400/406/422 validation)
    NotFound,      // unknown or expired remote task id, or a download link that no longer works
    RateLimited,   // too many requests (MiniMax 1002/2045, HTTP 429): retryAfterMs says when
    Server,        // 5xx or a provider code that means "retry later" (MiniMax 1000/1001/1024/…)
    Network,       // connection refused/reset, DNS, TLS, malformed or oversized response
    Timeout,       // no answer in time
    Unavailable,   // the provider cannot work here: no key set, base URL refused, local failure
};

QString providerErrorKindName(ProviderErrorKind kind); // "auth", "balance", … for logs and JSON

// A typed error from a provider. message is translated and says what to do ("MiniMax rejected the
// API key (1004). Check it in Settings → Providers."); it never contains the key. code is the
// provider's own code or the HTTP status, for the log and task rows.
struct ProviderError
{
    ProviderErrorKind kind = ProviderErrorKind::Network;
    QString message;
    QString code;          // "1004", "HTTP 406", "" when there is none
    int retryAfterMs = -1; // RateLimited: from Retry-After / x-rate-limit-reset-at-utc; -1: unknown
    // Submit only: true when the request may have reached the server (the connection was made and
    // the body may have been sent, but no answer was read: timeout after sending, connection reset,
    // unparseable 200). The service then never resubmits by itself: the task needs the person's
    // decision, because the generation may be running and billed. False when the request surely
    // was not accepted (refused before sending, connection refused, DNS failure, or any error
    // answer that the provider documents as not billed: 4xx, MiniMax non-zero base_resp).
    bool mayHaveReachedServer = false;

    // Whether trying the same call again later can succeed (network, timeout, 5xx, rate limit).
    bool isRetryable() const;
    Error toError() const; // Parameters/ContentPolicy → refused, else failed; same message
};

// The value of an asynchronous provider call, or its ProviderError.
template<typename T>
class ProviderResult
{
public:
    ProviderResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    ProviderResult(ProviderError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *std::get_if<0>(&m_data); }
    const T *operator->() const { return std::get_if<0>(&m_data); }
    const T &operator*() const { return value(); }
    const ProviderError &error() const { return *std::get_if<1>(&m_data); }

private:
    std::variant<T, ProviderError> m_data;
};

// A model and what it allows, for validation and for the UI's choices (the generate dialog offers
// only combinations a model takes).
struct ProviderModel
{
    struct Resolution
    {
        QString name;         // "768P"
        QList<int> durations; // seconds allowed at this resolution, e.g. {6, 10}
    };

    QString id;                  // as sent on the wire: "MiniMax-Hailuo-2.3", "kling-2.1"
    QString displayName;         // for people
    QList<GenerationMode> modes; // what it can make
    QList<Resolution> resolutions;
    QString defaultResolution;
    int defaultDuration = 0;  // seconds
    bool cameraMoves = false; // honours GenerationRequest::cameraMoves
    int maxCameraMoves = 0;   // how many moves one request may carry (0: none)
    int maxPromptLength = 0;  // characters; 0: no limit known
    bool takesSeed = false;
};

// Per-provider pacing that GenerationService enforces (the provider itself never waits).
struct ProviderLimits
{
    int requestsPerMinute = 5;  // every HTTP call counts: submit, poll, resolveDownload
    int maxTasksInFlight = 2;   // submitted and not yet finished
    int pollIntervalMs = 10000; // first poll delay; the service backs off from there
    int maxWaitSeconds = 1800;  // a task still not finished after this fails as timed out
};

// Where and as whom a provider talks. The key comes from CredentialStore and lives only in memory.
struct ProviderConfig
{
    QUrl baseUrl;   // empty: the provider's default host
    QString apiKey; // empty: not configured
};

// true for https URLs, and for http only when the host is loopback (127.0.0.0/8, ::1, localhost):
// plain http to anywhere else would send the key in clear.
bool isAllowedBaseUrl(const QUrl &url);

// The answer to a submit: the provider's id for the task, and what was actually sent, for
// provenance (the prompt with its bracketed camera commands, every parameter; never the key, and
// image payloads replaced by their file names).
struct SubmitReceipt
{
    QString remoteTaskId; // MiniMax task_id, Segmind request_id, storyboard's own id
    QString promptSent;
    QJsonObject parametersSent;
};

// Where a remote task stands. Succeeded carries what resolveDownload() needs.
struct RemoteStatus
{
    enum class State { Queued, Processing, Succeeded, Failed };

    State state = State::Queued;
    QString fileId;   // MiniMax file_id, when Succeeded
    QUrl downloadUrl; // when the status answer already has it (Segmind output, storyboard file)
    std::optional<qint64> seed; // the seed used, when the provider reports it
    std::optional<double> cost; // the real cost, when the provider reports it (USD)
    double progress = -1;       // 0..1 when known
    ProviderError error;        // when Failed: kind, code and message of the failure
};

// One generation service behind one interface: MiniMax, Segmind, the offline storyboard.
//
// Contract (every implementation follows it; GenerationService relies on it):
// - Lives on the main thread, owned by GenerationService's registry. HTTP providers get the one
//   shared QNetworkAccessManager in their constructor; they set a transfer timeout on every
//   request, cap every response body, and release replies with deleteLater.
// - Nothing blocks. submit/poll/resolveDownload/checkAccess return at once and call `done` exactly
//   once, later, on the main thread — never from inside the call itself. After the provider is
//   destroyed no callback runs (abort outstanding replies and drop their callbacks).
// - A provider does no retries, no waiting and no rate limiting: it maps one attempt to one
//   result. GenerationService owns retries, backoff, Retry-After, limits and persistence.
// - A provider never writes the database or files outside the paths it is given, never logs the
//   key, and puts no key or Authorization header into any message, code or log line.
// - validate() refuses, with a translated message that says what to change, everything the
//   provider's documentation says the server would refuse: unknown model, mode the model lacks,
//   resolution × duration combination, prompt length, camera moves on a model without them,
//   missing/unsupported first frame or character image (format, size, aspect limits). submit() is
//   only called with a request that validate() accepted.
// - submit() sends exactly one creation request. It is the only call that can cost money.
// - poll() and resolveDownload() are safe to repeat (they only read). resolveDownload() is called
//   for a Succeeded status and again when a download answered 403/404 (an expired link).
class Provider : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(ProviderResult<T>)>;

    // What checkAccess() found out.
    struct Access
    {
        bool keyPresent = false;
        bool keyAccepted = false;
        bool reachable = false;
        QString detail; // translated, e.g. "Balance 12.34 credits"
    };

    using QObject::QObject;

    virtual QString name() const = 0;        // registry name, lower case: "minimax"
    virtual QString displayName() const = 0; // "MiniMax (Hailuo)"
    // false for providers that run here (storyboard): free, and safe to run again after a restart.
    virtual bool isRemote() const { return true; }
    virtual bool needsKey() const { return isRemote(); }
    virtual QList<ProviderModel> models() const = 0;
    virtual QString defaultModel(GenerationMode mode) const = 0; // empty: mode not offered
    virtual ProviderLimits limits() const { return {}; }

    // Key and base URL; called by the service before the first call and whenever they change.
    virtual void configure(const ProviderConfig &config) = 0;
    virtual bool isConfigured() const = 0;

    // Synchronous and pure: may read the reference images' headers (size, format), nothing more.
    virtual Status validate(const GenerationRequest &request) const = 0;
    // What the request would cost, in USD, by the provider's own list prices (0 for free ones);
    // Settings may override it with the person's price table.
    virtual double estimatedCost(const GenerationRequest &request) const = 0;
    // What a take of the request will be, as far as the provider promises it exactly: take review
    // flags a take that differs. The frame size only where the provider's output size is known to
    // the pixel (a guess would flag good takes); sound only where the model makes it.
    virtual std::optional<QSize> promisedFrameSize(const GenerationRequest &) const
    {
        return std::nullopt;
    }
    virtual bool promisesSound(const GenerationRequest &) const { return false; }

    virtual void submit(const GenerationRequest &request, Callback<SubmitReceipt> done) = 0;
    virtual void poll(const QString &remoteTaskId, Callback<RemoteStatus> done) = 0;
    // The URL to GET the result from (no auth header is sent with it; a file: URL for local
    // results, which the service moves instead of downloading).
    virtual void resolveDownload(const QString &remoteTaskId,
                                 const RemoteStatus &status,
                                 Callback<QUrl> done)
            = 0;
    // Key present, key accepted, endpoint reachable; must not cost money.
    virtual void checkAccess(Callback<Access> done) = 0;
};

} // namespace mt
