// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakeapiprocess.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace mt::test {

using namespace Qt::StringLiterals;

FakeApiProcess::~FakeApiProcess()
{
    stop();
}

bool FakeApiProcess::start(const QStringList &arguments)
{
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MT_FAKEAPI_PATH),
                    QStringList{u"--port"_s, u"0"_s, u"--exit-on-stdin-eof"_s} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"movietool-fakeapi did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    QByteArray line;
    while (!line.endsWith('\n') && !deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        line = m_process.readLine();
    }
    const QByteArray prefix = "movietool-fakeapi listening on port ";
    if (!line.startsWith(prefix)) {
        m_error = u"movietool-fakeapi said: "_s + QString::fromUtf8(line);
        stop();
        return false;
    }
    m_port = quint16(line.mid(prefix.size()).trimmed().toUInt());
    return m_port != 0;
}

void FakeApiProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl FakeApiProcess::minimaxBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/minimax"_s.arg(m_port));
}

QUrl FakeApiProcess::segmindBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/segmind"_s.arg(m_port));
}

int FakeApiProcess::request(const QByteArray &method,
                            const QByteArray &path,
                            const QByteArray &body,
                            QByteArray *answer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return 0;
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n\r\n" + body;
    socket.write(out);
    QByteArray in;
    const QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(deadline.remainingTime()));
        in += socket.readAll();
    }
    in += socket.readAll();
    const qsizetype split = in.indexOf("\r\n\r\n");
    if (split < 0)
        return 0;
    *answer = in.mid(split + 4);
    return in.left(in.indexOf('\r')).split(' ').value(1).toInt();
}

bool FakeApiProcess::addFault(const QJsonObject &fault)
{
    QByteArray answer;
    const int status = request("POST", "/_fake/fault", QJsonDocument(fault).toJson(), &answer);
    if (status != 200)
        m_error = QString::fromUtf8(answer);
    return status == 200;
}

bool FakeApiProcess::configure(const QJsonObject &config)
{
    QByteArray answer;
    return request("POST", "/_fake/config", QJsonDocument(config).toJson(), &answer) == 200;
}

bool FakeApiProcess::reset()
{
    QByteArray answer;
    return request("POST", "/_fake/reset", {}, &answer) == 200;
}

QJsonObject FakeApiProcess::stats()
{
    QByteArray answer;
    if (request("GET", "/_fake/stats", {}, &answer) != 200)
        return {};
    return QJsonDocument::fromJson(answer).object();
}

int FakeApiProcess::count(const QString &endpoint)
{
    return stats().value(u"endpoints"_s).toObject().value(endpoint).toInt();
}

int FakeApiProcess::promptCount(const QString &provider, const QString &prompt)
{
    return stats().value(u"prompts"_s).toObject().value(provider).toObject().value(prompt).toInt();
}

} // namespace mt::test
