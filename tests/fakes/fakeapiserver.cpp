// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakeapiserver.h"

#include "minimaxfake.h"
#include "segmindfake.h"

#include <cstdio>

namespace mt::fake {

using namespace Qt::StringLiterals;

FakeApiServer::FakeApiServer(FakeSettings settings, bool verbose, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http([this](const HttpRequest &r, HttpServer::Respond respond) {
        dispatch(r, std::move(respond));
    })
    , m_verbose(verbose)
{
    m_settings.media = &m_media;
    m_protocols.push_back(std::make_unique<MinimaxFake>(m_settings));
    m_protocols.push_back(std::make_unique<SegmindFake>(m_settings));
}

FakeApiServer::~FakeApiServer() = default;

bool FakeApiServer::listen(quint16 port)
{
    if (!m_http.listen(port))
        return false;
    m_settings.origin = u"http://127.0.0.1:%1"_s.arg(m_http.port());
    return true;
}

QString FakeApiServer::minimaxBaseUrl() const
{
    return m_settings.origin + u"/minimax"_s;
}

QString FakeApiServer::segmindBaseUrl() const
{
    return m_settings.origin + u"/segmind"_s;
}

void FakeApiServer::dispatch(const HttpRequest &request, HttpServer::Respond respond)
{
    auto answer = [this, request, respond](HttpResponse response) {
        if (m_verbose)
            std::fprintf(stderr,
                         "%s %s -> %d%s\n",
                         request.method.constData(),
                         qPrintable(request.path),
                         response.status,
                         response.noAnswer ? " (no answer)" : "");
        respond(std::move(response));
    };
    if (request.path.startsWith(u"/_fake/"_s)) {
        answer(control(request));
        return;
    }
    for (const auto &protocol : m_protocols) {
        const QString endpoint = protocol->endpointOf(request);
        if (endpoint.isEmpty())
            continue;
        const QJsonObject body = request.json();
        const QString prompt = body.value(u"prompt"_s).toString();
        m_stats.count(endpoint, body);
        if (auto refused = protocol->refuseKey(endpoint, request)) {
            m_stats.countUnauthorized();
            answer(*refused);
            return;
        }
        const bool paid = endpoint == u"minimax.create"_s || endpoint == u"segmind.submit"_s
                          || endpoint == u"segmind.sync"_s;
        if (paid)
            m_stats.countPaid(protocol->provider(), prompt);
        const std::optional<Fault> fault = m_faults.take(endpoint, prompt);
        if (fault && fault->kind == u"http"_s) {
            answer(protocol->httpError(*fault));
            return;
        }
        protocol->handle(endpoint, request, fault, [fault, answer](HttpResponse response) {
            if (fault)
                applyAfter(*fault, response);
            answer(std::move(response));
        });
        return;
    }
    answer(HttpResponse::json(404, {{u"error"_s, u"no such endpoint: "_s + request.path}}));
}

void FakeApiServer::applyAfter(const Fault &fault, HttpResponse &response)
{
    if (fault.kind == u"slow"_s) {
        response.delayMs = fault.delayMs;
    } else if (fault.kind == u"hang"_s) {
        response.noAnswer = true;
    } else if (fault.kind == u"close"_s) {
        response.noAnswer = true;
        response.closeAfter = true;
    } else if (fault.kind == u"malformed-json"_s) {
        response.status = 200;
        response.contentType = "application/json";
        if (response.body.size() < 4)
            response.body = "{\"task_id\":\"1\",\"base_resp\":{\"status_code\":0}}";
        response.body.truncate(response.body.size() / 2);
    } else if (fault.kind == u"truncated"_s) {
        response.sendBytes = response.body.size() / 2;
    } else if (fault.kind == u"wrong-content-type"_s) {
        response.status = 200;
        response.contentType = "text/html; charset=utf-8";
        response.body = "<!DOCTYPE html><html><body><h1>Welcome to the hotel network</h1>"
                        "<p>Please sign in to continue.</p></body></html>";
    }
}

HttpResponse FakeApiServer::control(const HttpRequest &request)
{
    const QString what = request.path.mid(7);
    if (what == u"stats"_s && request.method == "GET")
        return HttpResponse::json(200, m_stats.toJson());
    if (request.method != "POST")
        return HttpResponse::json(405, {{u"error"_s, u"use POST"_s}});
    const QJsonObject body = request.json();
    if (what == u"fault"_s) {
        QString why;
        auto fault = Fault::fromJson(body, &why);
        if (!fault)
            return HttpResponse::json(400, {{u"error"_s, why}});
        m_faults.add(*fault);
        return HttpResponse::json(200, {{u"ok"_s, true}});
    }
    if (what == u"config"_s) {
        m_settings.steps = body.value(u"steps"_s).toInt(m_settings.steps);
        m_settings.downloadTtlSeconds = body.value(u"downloadTtl"_s)
                                                .toInt(m_settings.downloadTtlSeconds);
        return HttpResponse::json(200, {{u"ok"_s, true}});
    }
    if (what == u"reset"_s) {
        m_faults.clear();
        m_stats.clear();
        for (const auto &protocol : m_protocols)
            protocol->reset();
        return HttpResponse::json(200, {{u"ok"_s, true}});
    }
    return HttpResponse::json(404, {{u"error"_s, u"no such control endpoint"_s}});
}

} // namespace mt::fake
