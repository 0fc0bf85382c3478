// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "minimaxprovider.h"

#include "minimaxplan.h"

#include <QUrlQuery>

namespace mt {

using namespace Qt::StringLiterals;

MinimaxProvider::MinimaxProvider(QNetworkAccessManager &network, QObject *parent)
    : HttpProvider(network,
                   u"minimax"_s,
                   QUrl(u"https://api.minimax.io"_s),
                   {"Authorization", "Bearer "},
                   parent)
{}

std::optional<ProviderError> MinimaxProvider::httpError(const HttpAnswer &answer, bool submit) const
{
    if (auto failure = transportFailure(answer, submit))
        return failure;
    if (answer.status == 200)
        return std::nullopt;
    ProviderError error;
    error.code = u"HTTP %1"_s.arg(answer.status);
    // A rate-limited answer may still carry base_resp 1002; the HTTP status decides either way.
    if (answer.status == 429) {
        error.kind = ProviderErrorKind::RateLimited;
        error.retryAfterMs = answer.retryAfterMs();
        error.message = tr("MiniMax is limiting requests (HTTP 429). The task waits and tries "
                           "again.");
    } else if (answer.status == 401 || answer.status == 403) {
        error.kind = ProviderErrorKind::Auth;
        error.message = tr("MiniMax refused access (HTTP %1). Check the API key in Settings → "
                           "Providers.")
                                .arg(answer.status);
    } else if (answer.status == 404) {
        error.kind = ProviderErrorKind::Unavailable;
        error.message = tr("MiniMax's API was not found at %1 (HTTP 404). Check the base URL.")
                                .arg(baseUrl().toDisplayString(QUrl::RemoveUserInfo));
    } else if (answer.status >= 500) {
        error.kind = ProviderErrorKind::Server;
        // A gateway that gave up waiting (502, 504) may have passed the create on to MiniMax.
        error.mayHaveReachedServer = submit && (answer.status == 502 || answer.status == 504);
        error.message = tr("MiniMax's server failed (HTTP %1). The task waits and tries again.")
                                .arg(answer.status);
        if (error.mayHaveReachedServer)
            error.message += tr(" The request may have reached MiniMax; check its task list "
                                "before generating again, or it may be paid twice.");
    } else {
        error.kind = ProviderErrorKind::Parameters;
        error.message = tr("MiniMax refused the request (HTTP %1). Check the request's settings.")
                                .arg(answer.status);
    }
    return error;
}

void MinimaxProvider::submit(const GenerationRequest &request, Callback<SubmitReceipt> done)
{
    if (answeredUnconfigured(done))
        return;
    Result<minimax::Plan> planned = minimax::Plan::make(*this, request, true);
    if (!planned) {
        answerLater(done, refusal(planned.error()));
        return;
    }
    const minimax::Plan plan = std::move(planned).value();
    submitJson(endpointUrl(baseUrl(), u"/v1/video_generation"_s),
               plan.body,
               [this, plan, done](const HttpAnswer &answer) {
                   const auto created = readAnswer(answer,
                                                   httpError(answer, true),
                                                   true,
                                                   minimax::parseCreate);
                   if (!created) {
                       done(created.error());
                       return;
                   }
                   if (created->base.code != 0) {
                       // A documented refusal: no task was made, nothing is billed.
                       done(errorFor(created->base, false));
                       return;
                   }
                   done(SubmitReceipt{created->taskId, plan.prompt, plan.parameters});
               });
}

void MinimaxProvider::poll(const QString &remoteTaskId, Callback<RemoteStatus> done)
{
    if (answeredUnconfigured(done))
        return;
    QUrl url = endpointUrl(baseUrl(), u"/v1/query/video_generation"_s);
    url.setQuery(QUrlQuery{{u"task_id"_s, remoteTaskId}});
    getJson(url, [this, done](const HttpAnswer &answer) {
        const auto query = readAnswer(answer, httpError(answer, false), false, minimax::parseQuery);
        if (!query) {
            done(query.error());
            return;
        }
        RemoteStatus status;
        if (query->status == u"Fail"_s) {
            status.state = RemoteStatus::State::Failed;
            if (query->base.code != 0) {
                status.error = errorFor(query->base, false);
            } else {
                status.error.kind = ProviderErrorKind::Server;
                status.error.message = tr("MiniMax could not make the video and gave no reason. "
                                          "Generate it again.");
            }
            done(status);
            return;
        }
        if (query->base.code != 0) {
            done(errorFor(query->base, true));
            return;
        }
        if (query->status == u"Success"_s) {
            status.state = RemoteStatus::State::Succeeded;
            status.fileId = query->fileId;
            status.progress = 1;
        } else if (query->status == u"Processing"_s) {
            status.state = RemoteStatus::State::Processing;
        } else {
            status.state = RemoteStatus::State::Queued;
        }
        done(status);
    });
}

void MinimaxProvider::resolveDownload(const QString &remoteTaskId,
                                      const RemoteStatus &status,
                                      Callback<QUrl> done)
{
    if (answeredUnconfigured(done))
        return;
    if (status.fileId.isEmpty()) {
        ProviderError error;
        error.kind = ProviderErrorKind::NotFound;
        error.message = tr("MiniMax has not said which file task %1 made. Check its status again.")
                                .arg(remoteTaskId);
        answerLater(done, error);
        return;
    }
    QUrl url = endpointUrl(baseUrl(), u"/v1/files/retrieve"_s);
    url.setQuery(QUrlQuery{{u"file_id"_s, status.fileId}});
    getJson(url, [this, done](const HttpAnswer &answer) {
        const auto file = readAnswer(answer,
                                     httpError(answer, false),
                                     false,
                                     [&answer](const QJsonObject &json) {
                                         return minimax::parseFile(json, answer.body);
                                     });
        if (!file) {
            done(file.error());
            return;
        }
        if (file->base.code != 0) {
            done(errorFor(file->base, true));
            return;
        }
        if (!isAllowedBaseUrl(file->downloadUrl)) {
            ProviderError error;
            error.kind = ProviderErrorKind::Network;
            error.code = u"download-url"_s;
            error.message = tr("MiniMax gave a download link that is not https. It was not "
                               "followed; try again later.");
            done(error);
            return;
        }
        done(file->downloadUrl);
    });
}

void MinimaxProvider::checkAccess(Callback<Access> done)
{
    const std::optional<Access> access = accessToCheck(done);
    if (!access)
        return;
    // Querying a task that does not exist costs nothing and still checks the key: a wrong key
    // answers 1004/2049, a right one "invalid params".
    QUrl url = endpointUrl(baseUrl(), u"/v1/query/video_generation"_s);
    url.setQuery(QUrlQuery{{u"task_id"_s, u"0"_s}});
    getJson(url, [this, done, access = *access](const HttpAnswer &answer) {
        Access result = access;
        if (auto error = httpError(answer, false)) {
            result.reachable = answer.status > 0;
            result.detail = error->message;
            done(result);
            return;
        }
        const auto json = answer.jsonObject();
        const auto query = json ? minimax::parseQuery(*json) : std::nullopt;
        if (!query) {
            result.detail = ProviderHttp::unreadableAnswer(displayName(), answer, false).message;
            done(result);
            return;
        }
        result.reachable = true;
        const ProviderError error = errorFor(query->base, true);
        result.keyAccepted = query->base.code == 0 || error.kind != ProviderErrorKind::Auth;
        result.detail = result.keyAccepted ? tr("The key is accepted.") : error.message;
        done(result);
    });
}

} // namespace mt
