// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "faultplan.h"
#include "httpserver.h"

#include <QString>

#include <optional>

namespace mt::fake {

class FakeMedia;

// What both protocols share: where the server is, how it behaves, the media it renders.
// Changed at run time by POST /_fake/config. Owned by FakeApiServer.
struct FakeSettings
{
    QString minimaxKey = QStringLiteral("test-minimax-key");
    QString segmindKey = QStringLiteral("test-segmind-key");
    int steps = 2;                 // polls that report a task still running before it ends
    int downloadTtlSeconds = 3600; // MiniMax download links (the real API: 1 h or 9 h)
    QString origin;                // http://127.0.0.1:PORT, for URLs the fake hands out
    FakeMedia *media = nullptr;
};

// One provider's wire protocol. FakeApiServer counts requests, checks keys through it, takes the
// fault for the request and applies the generic ones (see FaultPlan); the protocol applies the
// ones only it understands (base-resp, stuck, fail-task, expired-link). Main thread of the fake.
class FakeProtocol
{
public:
    virtual ~FakeProtocol() = default;

    virtual QString provider() const = 0;
    // The endpoint name (see FaultPlan) of a request, or empty when it is not one of this
    // protocol's.
    virtual QString endpointOf(const HttpRequest &request) const = 0;
    // The answer to a request with a missing or wrong key, or nullopt when the key is right.
    virtual std::optional<HttpResponse> refuseKey(const QString &endpoint,
                                                  const HttpRequest &request) const = 0;
    // The answer for an "http" fault: this provider's error body for that status.
    virtual HttpResponse httpError(const Fault &fault) const = 0;
    virtual void handle(const QString &endpoint,
                        const HttpRequest &request,
                        const std::optional<Fault> &fault,
                        HttpServer::Respond respond)
            = 0;
    // Forget every task.
    virtual void reset() = 0;
};

// A JPEG, PNG or WebP's size from its bytes, or an invalid size when they are none of those.
struct ImageFacts
{
    QByteArray format; // "jpeg", "png", "webp"
    int width = 0;
    int height = 0;
};
std::optional<ImageFacts> readImage(const QByteArray &bytes);

// Splits "data:image/png;base64,AAAA" into its media type and decoded bytes.
std::optional<std::pair<QByteArray, QByteArray>> decodeDataUrl(const QString &url);

} // namespace mt::fake
