// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "httpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace mt::fake {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->busy)
        return;
    HttpRequest request;
    HttpResponse error;
    error.status = 0;
    if (!takeRequest(it->buffer, request, &error)) {
        if (error.status != 0)
            write(socket, error, false);
        return;
    }
    it->busy = true;
    const bool keepAlive = request.header("connection").toLower() != "close";
    QPointer<QTcpSocket> guard(socket);
    m_handler(request, [this, guard, keepAlive](HttpResponse response) {
        if (!guard)
            return;
        auto answer = [this, guard, keepAlive, response] {
            if (!guard)
                return;
            if (!response.noAnswer)
                write(guard, response, keepAlive);
            else if (response.closeAfter)
                guard->disconnectFromHost(); // the request was read, the answer is lost
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, answer);
        else
            answer();
    });
}

void HttpServer::write(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    socket->write(response.serialized(keepAlive));
    if (!keepAlive || response.closeAfter || response.sendBytes >= 0) {
        socket->disconnectFromHost();
        return;
    }
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->busy = false;
    if (!it->buffer.isEmpty())
        QTimer::singleShot(0, this, [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                readFrom(guard);
        });
}

bool HttpServer::takeRequest(QByteArray &buffer, HttpRequest &request, HttpResponse *error)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            *error = HttpResponse::json(413,
                                        {{QStringLiteral("error"),
                                          QStringLiteral("request headers too large")}});
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        *error = HttpResponse::json(400,
                                    {{QStringLiteral("error"),
                                      QStringLiteral("malformed request line")}});
        return false;
    }
    request.method = requestLine[0];
    const QUrl target = QUrl::fromEncoded(requestLine[1]);
    request.path = target.path();
    request.query = QUrlQuery(target);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
        if (name == "transfer-encoding") {
            *error = HttpResponse::json(411,
                                        {{QStringLiteral("error"),
                                          QStringLiteral("send a Content-Length")}});
            return false;
        }
    }
    if (length < 0 || length > MaxBodyBytes) {
        *error = HttpResponse::json(413,
                                    {{QStringLiteral("error"),
                                      QStringLiteral("request body too large")}});
        return false;
    }
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return false;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, total);
    return true;
}

} // namespace mt::fake
