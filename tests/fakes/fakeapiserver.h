// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "fakemedia.h"
#include "fakeprotocol.h"
#include "fakestats.h"
#include "faultplan.h"
#include "httpserver.h"

#include <QObject>

#include <memory>
#include <vector>

namespace mt::fake {

// movietool-fakeapi: both providers' wire protocols on one loopback port, plus the control
// endpoints tests use (no key needed):
//   GET  /_fake/stats    what was received (see FakeStats)
//   POST /_fake/fault    queue a fault (see FaultPlan), answers 400 with the reason if it is bad
//   POST /_fake/config   {"steps":N,"downloadTtl":S}: polls before a task ends, link lifetime
//   POST /_fake/reset    forget tasks, faults and counts
// Routes a request to its protocol, counts it, checks its key, takes its fault and applies the
// faults that are the same for every endpoint. Main thread of the fake; owned by main().
class FakeApiServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeApiServer(FakeSettings settings, bool verbose, QObject *parent = nullptr);
    ~FakeApiServer() override;

    bool listen(quint16 port);
    quint16 port() const { return m_http.port(); }
    QString errorString() const { return m_http.errorString(); }
    QString minimaxBaseUrl() const;
    QString segmindBaseUrl() const;

private:
    void dispatch(const HttpRequest &request, HttpServer::Respond respond);
    HttpResponse control(const HttpRequest &request);
    static void applyAfter(const Fault &fault, HttpResponse &response);

    FakeMedia m_media;
    FakeSettings m_settings;
    HttpServer m_http;
    FaultPlan m_faults;
    FakeStats m_stats;
    std::vector<std::unique_ptr<FakeProtocol>> m_protocols;
    bool m_verbose = false;
};

} // namespace mt::fake
