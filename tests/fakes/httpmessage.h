// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace mt::fake {

// One HTTP/1.1 request as the fake server received it: plain values, parsed by HttpServer.
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

// What to write back, and how to misbehave while writing it. Built by the protocol handlers and
// changed by faults (see FaultPlan) before HttpServer writes it.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    int delayMs = 0;          // answer this much later
    bool noAnswer = false;    // keep the connection open and never answer (a client timeout)
    bool closeAfter = false;  // close the connection after writing (with noAnswer: at once)
    qsizetype sendBytes = -1; // >= 0: announce the full length, send only this many, then close

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse bytes(QByteArray contentType, QByteArray body);
    void setHeader(const QByteArray &name, const QByteArray &value);

    // The bytes on the wire: status line, headers, Content-Length and (part of) the body.
    QByteArray serialized(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

} // namespace mt::fake
