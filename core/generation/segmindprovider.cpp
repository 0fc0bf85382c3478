// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "segmindprovider.h"

#include "segmindplan.h"
#include "segmindwire.h"

namespace mt {

using namespace Qt::StringLiterals;

SegmindProvider::SegmindProvider(QNetworkAccessManager &network, QObject *parent)
    : HttpProvider(network,
                   u"segmind"_s,
                   QUrl(u"https://api.segmind.com"_s),
                   {"x-api-key", {}},
                   parent)
{}

void SegmindProvider::configure(const ProviderConfig &config)
{
    HttpProvider::configure(config);
    m_urls.clear();
}

bool SegmindProvider::isOurs(const QUrl &url) const
{
    return isAllowedBaseUrl(url) && url.host() == baseUrl().host() && url.port() == baseUrl().port()
           && url.scheme() == baseUrl().scheme();
}

SegmindProvider::Urls SegmindProvider::urlsOf(const QString &requestId) const
{
    // Follow the URLs the submit answered with (§3); after a restart they are gone, and the
    // documented paths stand in.
    if (const auto it = m_urls.constFind(requestId); it != m_urls.constEnd())
        return *it;
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(requestId));
    return {endpointUrl(baseUrl(), u"/v2/requests/"_s + id + u"/status"_s),
            endpointUrl(baseUrl(), u"/v2/requests/"_s + id)};
}

std::optional<ProviderError> SegmindProvider::httpError(const HttpAnswer &answer,
                                                        bool submit,
                                                        bool polling) const
{
    if (auto failure = transportFailure(answer, submit))
        return failure;
    if (answer.status == 200 || (polling && answer.status == 422))
        return std::nullopt; // a FAILED job answers 422 with its state: the caller reads it
    const auto json = answer.jsonObject();
    ProviderError error = errorFor(answer.status,
                                   json ? segmind::errorText(*json) : QString(),
                                   polling);
    if (error.kind == ProviderErrorKind::RateLimited)
        error.retryAfterMs = answer.retryAfterMs();
    // Only HTTP 200 is billed, and Segmind documents a retry after a 5xx as safe: never
    // "may have reached" for an error answer.
    return error;
}

void SegmindProvider::submit(const GenerationRequest &request, Callback<SubmitReceipt> done)
{
    if (answeredUnconfigured(done))
        return;
    Result<segmind::Plan> planned = segmind::Plan::make(*this, request, true);
    if (!planned) {
        answerLater(done, refusal(planned.error()));
        return;
    }
    const segmind::Plan plan = std::move(planned).value();
    const QUrl url = endpointUrl(baseUrl(), u"/v2/"_s + plan.slug);
    submitJson(url, plan.body, [this, plan, done](const HttpAnswer &answer) {
        const auto submitted = readAnswer(answer,
                                          httpError(answer, true, false),
                                          true,
                                          segmind::parseSubmit);
        if (!submitted) {
            done(submitted.error());
            return;
        }
        // The key goes only to the host it was configured for.
        if (isOurs(submitted->statusUrl) && isOurs(submitted->responseUrl))
            m_urls.insert(submitted->requestId, {submitted->statusUrl, submitted->responseUrl});
        QJsonObject parameters = plan.parameters;
        parameters.insert(u"model"_s, plan.slug);
        done(SubmitReceipt{submitted->requestId, plan.prompt, parameters});
    });
}

void SegmindProvider::poll(const QString &remoteTaskId, Callback<RemoteStatus> done)
{
    if (answeredUnconfigured(done))
        return;
    getJson(urlsOf(remoteTaskId).status, [this, remoteTaskId, done](const HttpAnswer &answer) {
        const auto state = readAnswer(answer,
                                      httpError(answer, false, true),
                                      false,
                                      segmind::parseStatus);
        if (!state) {
            done(state.error());
            return;
        }
        if (answer.status == 422 && state->status != u"FAILED"_s) {
            done(ProviderHttp::unreadableAnswer(displayName(), answer, false));
            return;
        }
        RemoteStatus status;
        if (state->status == u"FAILED"_s) {
            status.state = RemoteStatus::State::Failed;
            status.error = failureFor(state->error);
            done(status);
        } else if (state->status == u"COMPLETED"_s) {
            fetchResult(remoteTaskId, done); // the output URL and the real cost
        } else {
            status.state = state->status == u"PROCESSING"_s ? RemoteStatus::State::Processing
                                                            : RemoteStatus::State::Queued;
            done(status);
        }
    });
}

void SegmindProvider::fetchResult(const QString &requestId, Callback<RemoteStatus> done)
{
    getJson(urlsOf(requestId).response, [this, done](const HttpAnswer &answer) {
        const auto result = readAnswer(answer,
                                       httpError(answer, false, true),
                                       false,
                                       segmind::parseStatus);
        if (!result) {
            done(result.error());
            return;
        }
        RemoteStatus status;
        if (result->status == u"FAILED"_s) {
            status.state = RemoteStatus::State::Failed;
            status.error = failureFor(result->error);
        } else if (result->status != u"COMPLETED"_s) {
            status.state = RemoteStatus::State::Processing;
        } else if (!isAllowedBaseUrl(result->output)) {
            ProviderError error = ProviderHttp::unreadableAnswer(displayName(), answer, false);
            error.message = tr("Segmind finished but gave no usable https link to the "
                               "result. Try again later.");
            done(error);
            return;
        } else {
            status.state = RemoteStatus::State::Succeeded;
            status.downloadUrl = result->output;
            status.cost = result->cost;
            status.progress = 1;
        }
        done(status);
    });
}

void SegmindProvider::resolveDownload(const QString &remoteTaskId,
                                      const RemoteStatus &,
                                      Callback<QUrl> done)
{
    if (answeredUnconfigured(done))
        return;
    // Always ask again: this is also how an expired link is replaced.
    fetchResult(remoteTaskId, [this, remoteTaskId, done](ProviderResult<RemoteStatus> result) {
        if (!result) {
            done(result.error());
            return;
        }
        if (result->state != RemoteStatus::State::Succeeded) {
            ProviderError error = result->state == RemoteStatus::State::Failed ? result->error
                                                                               : ProviderError{};
            if (result->state != RemoteStatus::State::Failed) {
                error.kind = ProviderErrorKind::NotFound;
                error.message = tr("Segmind job %1 has no result yet. Check its status again.")
                                        .arg(remoteTaskId);
            }
            done(error);
            return;
        }
        done(result->downloadUrl);
    });
}

void SegmindProvider::checkAccess(Callback<Access> done)
{
    const std::optional<Access> access = accessToCheck(done);
    if (!access)
        return;
    // The credit balance is free to read and needs the key.
    getJson(endpointUrl(baseUrl(), u"/v1/get-user-credits"_s),
            [this, done, access = *access](const HttpAnswer &answer) {
                Access result = access;
                if (auto error = httpError(answer, false, false)) {
                    result.reachable = answer.status > 0;
                    result.detail = error->message;
                    done(result);
                    return;
                }
                result.reachable = true;
                result.keyAccepted = true;
                const auto json = answer.jsonObject();
                // The success shape is not documented: show a number when one is there.
                for (const char *key : {"credits", "remaining_credits", "balance"}) {
                    const QJsonValue value = json ? json->value(QLatin1String(key)) : QJsonValue();
                    if (value.isDouble()) {
                        result.detail = tr("Balance %1 credits").arg(value.toDouble(), 0, 'f', 2);
                        break;
                    }
                }
                if (result.detail.isEmpty())
                    result.detail = tr("The key is accepted.");
                done(result);
            });
}

} // namespace mt
