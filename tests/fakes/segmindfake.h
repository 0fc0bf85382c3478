// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "fakeprotocol.h"

#include <QHash>

namespace mt::fake {

// The Segmind serverless API as shared/api/segmind.md describes it, under /segmind:
//   POST /segmind/v1/<slug>                 sync: the media bytes, x-cost, x-remaining-credits
//   POST /segmind/v2/<slug>                 async: {request_id, status:QUEUED,
//   poll/status/response_url} GET  /segmind/v2/requests/<id>/status   QUEUED → PROCESSING →
//   COMPLETED; FAILED = HTTP 422 GET  /segmind/v2/requests/<id>          the result, "output" = URL
//   of the file GET  /files/segmind/<id>.mp4|.jpg       the file, no key needed
// Slugs: kling-text2video, kling-1.6-text2video (T2V), kling-image2video, kling-1.6-image2video,
// kling-2.1 (I2V, field "image"), fast-flux-schnell and flux-schnell (images). Keys in x-api-key
// (401 otherwise), JSON bodies only (406 otherwise), missing or bad fields 400, unknown slug 404,
// a prompt containing "forbidden-content" accepted and FAILED later. Main thread of the fake;
// owned by FakeApiServer.
class SegmindFake : public FakeProtocol
{
public:
    explicit SegmindFake(const FakeSettings &settings)
        : m_settings(settings)
    {}

    QString provider() const override { return QStringLiteral("segmind"); }
    QString endpointOf(const HttpRequest &request) const override;
    std::optional<HttpResponse> refuseKey(const QString &endpoint,
                                          const HttpRequest &request) const override;
    HttpResponse httpError(const Fault &fault) const override;
    void handle(const QString &endpoint,
                const HttpRequest &request,
                const std::optional<Fault> &fault,
                HttpServer::Respond respond) override;
    void reset() override { m_jobs.clear(); }

private:
    struct Job
    {
        bool video = true;
        int width = 1280;
        int height = 720;
        int duration = 5;
        double cost = 0.28;
        int polls = 0;
        bool stuck = false;
        QString failure; // non-empty: the job ends FAILED with this error
        QString flaw;    // a bad take (FakeMedia::video), empty for a clean one
    };

    // Validates the body for the slug; fills the job or says what is wrong.
    QString invalid(const QString &slug, const QJsonObject &body, Job &job) const;
    void sync(const HttpRequest &request, HttpServer::Respond respond);
    HttpResponse submit(const HttpRequest &request, const std::optional<Fault> &fault);
    HttpResponse status(const QString &id, bool full);
    void download(const HttpRequest &request,
                  const std::optional<Fault> &fault,
                  HttpServer::Respond respond);
    QJsonObject urls(const QString &id) const;

    const FakeSettings &m_settings;
    QHash<QString, Job> m_jobs; // by request_id
    int m_nextId = 1;
};

} // namespace mt::fake
