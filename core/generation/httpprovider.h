// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "provider.h"
#include "providerhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>
#include <type_traits>

class QNetworkAccessManager;

namespace mt {

// What the HTTP providers (MiniMax, Segmind) share around their own APIs: the key and base URL
// they are configured with (the provider's default host when none is set; https only, plain http
// only to loopback), the transfer timeouts, the headers that carry the key under the provider's
// own header, the "unavailable" error that says where to set the key or fix the base URL, the
// refusal of a request before anything is sent, and answers that must still arrive after the call
// returned. Each subclass adds its API: endpoints, wire format, the meaning of its errors.
//
// Lives on the main thread; the base of its provider, which GenerationService's registry owns.
// The QNetworkAccessManager it is given must outlive it. Follows the Provider contract.
class HttpProvider : public Provider
{
    Q_OBJECT

public:
    void configure(const ProviderConfig &config) override;
    bool isConfigured() const override;

    // Transfer timeouts: API calls, and the create call (which may carry a large image).
    void setTimeouts(int apiMs, int submitMs);

protected:
    // How the key travels: the header's name, and what goes before the key in its value
    // ("Authorization: Bearer <key>", "x-api-key: <key>").
    struct KeyHeader
    {
        QByteArray name;
        QByteArray valuePrefix;
    };

    // `logName`: the provider's registry name, for the transport's log lines.
    HttpProvider(QNetworkAccessManager &network,
                 const QString &logName,
                 QUrl defaultBaseUrl,
                 KeyHeader keyHeader,
                 QObject *parent);

    const QUrl &baseUrl() const { return m_baseUrl; } // the configured one, else the default

    // The create call, the only one that can cost money: `body` as JSON, with the key, under the
    // submit timeout (the body may carry an image).
    void submitJson(const QUrl &url, const QJsonObject &body, ProviderHttp::Done done);
    // A call that only reads (status, result, file link, balance), with the key, under the API
    // timeout.
    void getJson(const QUrl &url, ProviderHttp::Done done);
    // Why the provider cannot work (no key, or a refused base URL), with where to fix it.
    ProviderError unavailable() const;
    // A server's own words, fit to quote to people: the key taken out, at most 300 characters.
    QString quoted(const QString &serverText) const;
    // The error for an exchange with no HTTP answer to read (no connection, timeout, reset, body
    // over the cap, redirect); nullopt when there is an answer.
    std::optional<ProviderError> transportFailure(const HttpAnswer &answer, bool submit) const;
    // An answer read as its API documents it: `statusError` (the subclass's reading of the
    // transport and HTTP status) when there is one, else the JSON body through `parse` (a wire
    // function: the answer, or nullopt when the body is not what the API sends), else the
    // unreadable-answer error. `submit`: the call may have cost money.
    template<typename Parse>
    auto readAnswer(const HttpAnswer &answer,
                    std::optional<ProviderError> statusError,
                    bool submit,
                    Parse parse) const
            -> ProviderResult<typename std::invoke_result_t<Parse, const QJsonObject &>::value_type>
    {
        if (statusError)
            return *statusError;
        const std::optional<QJsonObject> json = answer.jsonObject();
        auto parsed = json ? parse(*json) : std::nullopt;
        if (!parsed)
            return ProviderHttp::unreadableAnswer(displayName(), answer, submit);
        return std::move(*parsed);
    }
    // A request that validation refused, as the error of the submit that sent nothing.
    static ProviderError refusal(const Error &error);

    // Calls `done` with `result` later on this thread (never inside the call, as the contract
    // says), unless this provider is destroyed first.
    template<typename T>
    void answerLater(const Callback<T> &done, std::type_identity_t<ProviderResult<T>> result)
    {
        m_http.later([done, result] { done(result); });
    }
    // true, having arranged for `done` to get the unavailable() error, when the provider is not
    // configured: the call must then send nothing.
    template<typename T>
    bool answeredUnconfigured(const Callback<T> &done)
    {
        if (isConfigured())
            return false;
        answerLater(done, unavailable());
        return true;
    }
    // The start of checkAccess(): whether a key is there. When the provider is not configured,
    // `done` gets that (with the reason) later and this is nullopt.
    std::optional<Access> accessToCheck(const Callback<Access> &done);

private:
    // The key header and Accept: application/json; `jsonBody`: Content-Type too.
    ProviderHttp::Headers headers(bool jsonBody) const;

    ProviderHttp m_http;
    QUrl m_defaultBaseUrl;
    KeyHeader m_keyHeader;
    ProviderConfig m_config;
    QUrl m_baseUrl;
    int m_apiTimeoutMs = 30000;
    int m_submitTimeoutMs = 120000;
};

} // namespace mt
