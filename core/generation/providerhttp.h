// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace mt {

// One HTTP exchange's outcome as plain values: the answer, or why there was none.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;       // Retry-After, raw
    QByteArray rateLimitResetAt; // x-rate-limit-reset-at-utc (Segmind), raw
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // Qt's words, for the log only
    bool timedOut = false;    // no bytes moved for the transfer timeout
    bool tooLarge = false;    // the body passed the size cap and the transfer was aborted
    bool requestSent = false; // the request went out on a connection: the server may have it

    bool isJson() const;
    // The body as a JSON object, or nullopt when it is not one.
    std::optional<QJsonObject> jsonObject() const;
    // Milliseconds to wait, from Retry-After (seconds or an HTTP date) or
    // x-rate-limit-reset-at-utc (ISO 8601); -1 when neither says.
    int retryAfterMs() const;
};

// The transport both HTTP providers share: requests on the injected QNetworkAccessManager with a
// transfer timeout, no redirects (a redirect could carry the key to another host), TLS verified
// (Qt's default; nothing here ignores SSL errors), a cap on every response body, replies released
// with deleteLater. Outstanding replies are aborted, without their callbacks, when this is
// destroyed. Headers are never logged. Main thread; a member of its provider.
class ProviderHttp : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(const HttpAnswer &)>;

    static constexpr qint64 DefaultMaxBodyBytes = 1024
                                                  * 1024; // API answers are a few hundred bytes

    ProviderHttp(QNetworkAccessManager &network, QString providerName, QObject *parent = nullptr);
    ~ProviderHttp() override;

    void get(const QUrl &url, const Headers &headers, int timeoutMs, Done done);
    void post(const QUrl &url,
              const Headers &headers,
              const QByteArray &body,
              int timeoutMs,
              Done done);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Runs `work` later on this thread, unless this object is destroyed first: for answers that
    // need no request (refusals), which must still arrive after the call returns.
    void later(std::function<void()> work);

    // A ProviderError for an exchange that got no usable HTTP answer (no connection, timeout,
    // reset, body over the cap, redirect). `submit`: the call may cost money, so say whether the
    // server may have received it.
    static ProviderError transportError(const QString &providerDisplayName,
                                        const HttpAnswer &answer,
                                        bool submit);
    // The error for an answer that is not the JSON the API documents (a captive portal's page, a
    // proxy's error, a cut body). For a submit answered 2xx the server may have made the task.
    static ProviderError unreadableAnswer(const QString &providerDisplayName,
                                          const HttpAnswer &answer,
                                          bool submit);

private:
    QNetworkRequest request(const QUrl &url, const Headers &headers, int timeoutMs) const;
    void track(QNetworkReply *reply, Done done);

    QNetworkAccessManager &m_network;
    QString m_providerName;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    QList<QPointer<QNetworkReply>> m_replies;
};

// `path` appended to the base URL's own path, so a base with a path (a proxy, the fake server's
// /minimax) works like the bare host.
QUrl endpointUrl(const QUrl &base, const QString &path);

// The text with every occurrence of the key replaced: server messages are quoted to people, and a
// key must never reach a message even if a server echoes it.
QString redacted(QString text, const QString &key);

} // namespace mt
