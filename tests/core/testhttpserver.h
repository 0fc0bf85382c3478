// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A tiny HTTP/1.1 file server on 127.0.0.1 for download tests: GET of a path answers what the
// route function returns (status and body), one request per connection. Counts requests per
// path. Only loopback: the test machine's network is not ours.
namespace mt::test {

class TestHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "video/mp4";
    };
    using Route = std::function<Answer(const QString &path)>;

    explicit TestHttpServer(Route route)
        : m_route(std::move(route))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    int hits(const QString &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            ++m_hits[path];
            const Answer answer = m_route(path);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n"
                                  + "Content-Type: " + answer.contentType + "\r\n"
                                  + "Content-Length: " + QByteArray::number(answer.body.size())
                                  + "\r\nConnection: close\r\n\r\n" + answer.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    Route m_route;
    QHash<QString, int> m_hits;
};

} // namespace mt::test
