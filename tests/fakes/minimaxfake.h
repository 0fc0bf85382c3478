// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "fakeprotocol.h"

#include <QHash>

namespace mt::fake {

// The MiniMax (Hailuo) v1 video API as shared/api/minimax.md describes it, under /minimax:
//   POST /minimax/v1/video_generation            create a task (every mode)
//   GET  /minimax/v1/query/video_generation      ?task_id=  Preparing/Queueing/Processing →
//   Success|Fail GET  /minimax/v1/files/retrieve              ?file_id=  download_url with an
//   expiry GET  /files/minimax/<file_id>.mp4?expires=N  the "CDN": a real MP4, no key needed
// Business errors are HTTP 200 with base_resp.status_code: 1004 wrong key, 2049 a key that starts
// with "wrong-region", 2013 invalid parameters (model × resolution × duration, prompt over 2000
// characters, images outside the limits), 1026 a prompt containing "forbidden-content".
// Main thread of the fake; owned by FakeApiServer.
class MinimaxFake : public FakeProtocol
{
public:
    explicit MinimaxFake(const FakeSettings &settings)
        : m_settings(settings)
    {}

    QString provider() const override { return QStringLiteral("minimax"); }
    QString endpointOf(const HttpRequest &request) const override;
    std::optional<HttpResponse> refuseKey(const QString &endpoint,
                                          const HttpRequest &request) const override;
    HttpResponse httpError(const Fault &fault) const override;
    void handle(const QString &endpoint,
                const HttpRequest &request,
                const std::optional<Fault> &fault,
                HttpServer::Respond respond) override;
    void reset() override { m_tasks.clear(); }

private:
    struct Task
    {
        QString fileId;
        int duration = 6;
        int width = 1280;
        int height = 720;
        int polls = 0;
        bool stuck = false;
        int failCode = 0;
        QString flaw; // a bad take (FakeMedia::video), empty for a clean one
    };

    HttpResponse create(const HttpRequest &request, const std::optional<Fault> &fault);
    HttpResponse query(const HttpRequest &request);
    HttpResponse retrieve(const HttpRequest &request, const std::optional<Fault> &fault);
    void download(const HttpRequest &request,
                  const std::optional<Fault> &fault,
                  HttpServer::Respond respond);
    // Why the create request is invalid (a 2013 message), or empty.
    QString invalid(const QJsonObject &body, Task &task) const;

    const FakeSettings &m_settings;
    QHash<QString, Task> m_tasks; // by task_id
    quint64 m_nextId = 106916112212032;
};

// {"base_resp":{"status_code":code,"status_msg":message}} plus the given fields.
HttpResponse minimaxAnswer(int code, const QString &message, QJsonObject fields = {});

} // namespace mt::fake
