// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace mt::fake {

// A minimal HTTP/1.1 server on a QTcpServer, written by hand so that the fake API has full
// control over the bytes on the wire (truncated bodies, wrong lengths, answers that never come).
// Requests with a Content-Length body and keep-alive connections; one request at a time per
// connection (QNetworkAccessManager does not pipeline). Lives on the main thread of
// movietool-fakeapi, owned by FakeApiServer.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Respond = std::function<void(HttpResponse)>;
    // Called once per request; calls respond exactly once, now or later.
    using Handler = std::function<void(const HttpRequest &, Respond)>;

    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024; // data-URL images reach ~27 MB
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being answered
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    void write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);
    // Parses one complete request off the front of the buffer; false while it is incomplete.
    // An error answer is set in *error for a request that cannot be parsed.
    static bool takeRequest(QByteArray &buffer, HttpRequest &request, HttpResponse *error);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace mt::fake
