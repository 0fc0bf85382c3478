// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "httpprovider.h"

#include "credentialstore.h"

#include <QJsonDocument>

namespace mt {

using namespace Qt::StringLiterals;

HttpProvider::HttpProvider(QNetworkAccessManager &network,
                           const QString &logName,
                           QUrl defaultBaseUrl,
                           KeyHeader keyHeader,
                           QObject *parent)
    : Provider(parent)
    , m_http(network, logName)
    , m_defaultBaseUrl(std::move(defaultBaseUrl))
    , m_keyHeader(std::move(keyHeader))
    , m_baseUrl(m_defaultBaseUrl)
{}

void HttpProvider::configure(const ProviderConfig &config)
{
    m_config = config;
    m_baseUrl = config.baseUrl.isEmpty() ? m_defaultBaseUrl : config.baseUrl;
}

bool HttpProvider::isConfigured() const
{
    return !m_config.apiKey.isEmpty() && isAllowedBaseUrl(m_baseUrl);
}

void HttpProvider::setTimeouts(int apiMs, int submitMs)
{
    m_apiTimeoutMs = apiMs;
    m_submitTimeoutMs = submitMs;
}

void HttpProvider::submitJson(const QUrl &url, const QJsonObject &body, ProviderHttp::Done done)
{
    m_http.post(url,
                headers(true),
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                m_submitTimeoutMs,
                std::move(done));
}

void HttpProvider::getJson(const QUrl &url, ProviderHttp::Done done)
{
    m_http.get(url, headers(false), m_apiTimeoutMs, std::move(done));
}

ProviderHttp::Headers HttpProvider::headers(bool jsonBody) const
{
    ProviderHttp::Headers headers{{m_keyHeader.name,
                                   m_keyHeader.valuePrefix + m_config.apiKey.toUtf8()},
                                  {"Accept", "application/json"}};
    if (jsonBody)
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return headers;
}

ProviderError HttpProvider::unavailable() const
{
    ProviderError error;
    error.kind = ProviderErrorKind::Unavailable;
    if (m_config.apiKey.isEmpty()) {
        error.code = u"no-key"_s;
        error.message = tr("No API key for %1 is set. Add it in Settings → Providers, or set %2.")
                                .arg(displayName(), CredentialStore::environmentVariable(name()));
    } else {
        error.code = u"base-url"_s;
        error.message = tr("The base URL %1 of %2 is refused: only https is allowed, and plain "
                           "http only to this computer (loopback). Correct it in Settings → "
                           "Providers or %3.")
                                .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                                     displayName(),
                                     CredentialStore::baseUrlEnvironmentVariable(name()));
    }
    return error;
}

QString HttpProvider::quoted(const QString &serverText) const
{
    return redacted(serverText, m_config.apiKey).left(300);
}

std::optional<ProviderError> HttpProvider::transportFailure(const HttpAnswer &answer,
                                                            bool submit) const
{
    if (answer.status == 0 || answer.tooLarge || answer.timedOut
        || answer.networkError != QNetworkReply::NoError
        || (answer.status >= 300 && answer.status < 400))
        return ProviderHttp::transportError(displayName(), answer, submit);
    return std::nullopt;
}

ProviderError HttpProvider::refusal(const Error &error)
{
    ProviderError refused;
    refused.kind = ProviderErrorKind::Parameters;
    refused.code = u"refused"_s;
    refused.message = error.message;
    return refused;
}

std::optional<Provider::Access> HttpProvider::accessToCheck(const Callback<Access> &done)
{
    Access access;
    access.keyPresent = !m_config.apiKey.isEmpty();
    if (isConfigured())
        return access;
    access.detail = unavailable().message;
    answerLater(done, access);
    return std::nullopt;
}

} // namespace mt
