// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "providerhttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstring>
#include <memory>

namespace mt {

namespace {

// A request body Qt cannot read twice. Qt's HTTP stack silently sends a request again when a
// connection closes before any answer (QHttpNetworkConnectionChannel's reconnect attempts),
// POSTs included: for a paid create that would be a second generation. With a sequential body
// it is not allowed to buffer, the resend fails (ContentReSendError) and the submit reports that
// it may have reached the server instead.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // no second reading: see above
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_at + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_bytes.size() - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

} // namespace

Q_LOGGING_CATEGORY(lcProviderHttp, "mt.generation.http", QtInfoMsg)

using namespace Qt::StringLiterals;

bool HttpAnswer::isJson() const
{
    return contentType.isEmpty() || contentType.toLower().contains("json");
}

std::optional<QJsonObject> HttpAnswer::jsonObject() const
{
    if (!isJson())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

int HttpAnswer::retryAfterMs() const
{
    const QByteArray value = retryAfter.trimmed();
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!value.isEmpty()) {
        // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
        const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value).chopped(4),
                                                     u"ddd, dd MMM yyyy HH:mm:ss"_s);
        if (at.isValid()) {
            const QDateTime utc(at.date(), at.time(), Qt::UTC);
            return int(std::max<qint64>(0, now.msecsTo(utc)));
        }
    }
    if (!rateLimitResetAt.isEmpty()) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(rateLimitResetAt.trimmed()),
                                                   Qt::ISODateWithMs);
        if (at.isValid())
            return int(std::max<qint64>(0, now.msecsTo(at)));
    }
    return -1;
}

ProviderHttp::ProviderHttp(QNetworkAccessManager &network, QString providerName, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_providerName(std::move(providerName))
{}

ProviderHttp::~ProviderHttp()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkRequest ProviderHttp::request(const QUrl &url, const Headers &headers, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

void ProviderHttp::get(const QUrl &url, const Headers &headers, int timeoutMs, Done done)
{
    track(m_network.get(request(url, headers, timeoutMs)), std::move(done));
}

void ProviderHttp::post(
        const QUrl &url, const Headers &headers, const QByteArray &body, int timeoutMs, Done done)
{
    QNetworkRequest post = request(url, headers, timeoutMs);
    post.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    post.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = m_network.post(post, device);
    device->setParent(reply);
    track(reply, std::move(done));
}

void ProviderHttp::later(std::function<void()> work)
{
    QTimer::singleShot(0, this, std::move(work));
}

void ProviderHttp::track(QNetworkReply *reply, Done done)
{
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    auto answer = std::make_shared<HttpAnswer>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const qint64 cap = m_maxBodyBytes;
    connect(reply, &QNetworkReply::requestSent, this, [answer] { answer->requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [answer](qint64 sent, qint64) {
        if (sent > 0)
            answer->requestSent = true;
    });
    auto overCap = [reply, answer, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if ((length.isValid() && length.toLongLong() > cap)
            || answer->body.size() + reply->bytesAvailable() > cap) {
            answer->tooLarge = true;
            reply->abort();
            return true;
        }
        return false;
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, overCap);
    connect(reply, &QNetworkReply::readyRead, this, [reply, answer, overCap] {
        if (!overCap())
            answer->body += reply->readAll();
    });
    connect(reply,
            &QNetworkReply::finished,
            this,
            [this, reply, answer, timer, done = std::move(done)] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                if (!answer->tooLarge && reply->isOpen())
                    answer->body += reply->readAll();
                answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer->contentType = reply->rawHeader("Content-Type");
                answer->retryAfter = reply->rawHeader("Retry-After");
                answer->rateLimitResetAt = reply->rawHeader("x-rate-limit-reset-at-utc");
                answer->networkError = reply->error();
                answer->networkErrorText = reply->errorString();
                if (answer->networkError == QNetworkReply::OperationCanceledError
                    && !answer->tooLarge)
                    answer->timedOut = true; // only the transfer timeout cancels a tracked reply
                // An HTTP error status is an answer, not a transport failure: keep its body.
                if (answer->status >= 400 && answer->status < 600 && !answer->tooLarge
                    && !answer->timedOut)
                    answer->networkError = QNetworkReply::NoError;
                if (answer->status > 0)
                    answer->requestSent = true;
                qCInfo(lcProviderHttp).noquote()
                        << m_providerName << reply->url().path() << "->" << answer->status
                        << (answer->networkError == QNetworkReply::NoError
                                    ? QString()
                                    : answer->networkErrorText)
                        << "in" << timer->elapsed() << "ms"
                        << (answer->tooLarge ? "(body over cap)" : "");
                done(*answer);
            });
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    return url;
}

QString redacted(QString text, const QString &key)
{
    if (key.size() >= 4)
        text.replace(key, u"[key]"_s);
    return text;
}

ProviderError ProviderHttp::transportError(const QString &providerDisplayName,
                                           const HttpAnswer &answer,
                                           bool submit)
{
    ProviderError error;
    error.mayHaveReachedServer = submit && answer.requestSent;
    const QString maybe = error.mayHaveReachedServer
                                  ? tr(" The request may have reached %1; check its task list "
                                       "before generating again, or it may be paid twice.")
                                            .arg(providerDisplayName)
                                  : QString();
    if (answer.tooLarge) {
        error.kind = ProviderErrorKind::Network;
        error.code = u"body-too-large"_s;
        error.message = tr("%1 sent an answer far larger than its API does; it was cut off. "
                           "Check the base URL in Settings → Providers.")
                                .arg(providerDisplayName)
                        + maybe;
        return error;
    }
    if (answer.timedOut) {
        error.kind = ProviderErrorKind::Timeout;
        error.code = u"timeout"_s;
        error.message = tr("%1 did not answer in time. Check the network and try again later.")
                                .arg(providerDisplayName)
                        + maybe;
        return error;
    }
    error.kind = ProviderErrorKind::Network;
    error.code = u"network-%1"_s.arg(int(answer.networkError));
    switch (answer.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        error.mayHaveReachedServer = false;
        error.message = tr("Cannot reach %1. Check the network connection and the base URL.")
                                .arg(providerDisplayName);
        return error;
    case QNetworkReply::SslHandshakeFailedError:
        error.mayHaveReachedServer = false;
        error.message = tr("The secure connection to %1 failed: its certificate could not be "
                           "verified. Check the system clock and any proxy that inspects HTTPS.")
                                .arg(providerDisplayName);
        return error;
    case QNetworkReply::ProtocolUnknownError:
        error.mayHaveReachedServer = false;
        error.kind = ProviderErrorKind::Unavailable;
        error.message = tr("The base URL of %1 is not an http(s) address. Correct it in "
                           "Settings → Providers.")
                                .arg(providerDisplayName);
        return error;
    default:
        break;
    }
    if (answer.status >= 300 && answer.status < 400) {
        error.message = tr("%1 answered with a redirect (HTTP %2), which is not followed so that "
                           "the key goes nowhere else. Check the base URL.")
                                .arg(providerDisplayName)
                                .arg(answer.status);
        return error;
    }
    error.message = tr("The connection to %1 failed. Check the network and try again.")
                            .arg(providerDisplayName)
                    + maybe;
    return error;
}

ProviderError ProviderHttp::unreadableAnswer(const QString &providerDisplayName,
                                             const HttpAnswer &answer,
                                             bool submit)
{
    ProviderError error;
    error.kind = ProviderErrorKind::Network;
    error.code = answer.status > 0 ? u"HTTP %1"_s.arg(answer.status) : QString();
    error.mayHaveReachedServer = submit && answer.status >= 200 && answer.status < 300;
    if (!answer.isJson())
        error.message = tr("%1 answered with a web page instead of its API's data; a network "
                           "sign-in page or a proxy may be in the way. Check the connection and "
                           "the base URL.")
                                .arg(providerDisplayName);
    else
        error.message = tr("%1 sent an answer that cannot be read; it may have been cut off. "
                           "Try again later.")
                                .arg(providerDisplayName);
    if (error.mayHaveReachedServer)
        error.message += tr(" The request may have reached %1; check its task list before "
                            "generating again, or it may be paid twice.")
                                 .arg(providerDisplayName);
    return error;
}

} // namespace mt
