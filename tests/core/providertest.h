// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

// What the HTTP provider tests share: waiting for one asynchronous provider call, images made at
// test time, and a record of every message a provider produced (none may contain the key).

#include "generation/provider.h"

#include <QColor>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>
#include <optional>

namespace mt::test {

// Every message a provider test saw, checked against the key at the end.
inline QStringList &seenMessages()
{
    static QStringList messages;
    return messages;
}

// The error message of a failed result, empty for a value (QVERIFY2 evaluates its message even
// when the check passes).
template<typename T>
QString why(const ProviderResult<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// Runs one provider call and waits for its callback. nullopt when it did not come in time.
// *sync is set when the callback ran inside the call itself, which the contract forbids;
// *calls counts the callbacks (exactly one is allowed).
template<typename T>
std::optional<ProviderResult<T>> await(const std::function<void(Provider::Callback<T>)> &call,
                                       int timeoutMs = 30000,
                                       bool *sync = nullptr,
                                       int *calls = nullptr)
{
    std::optional<ProviderResult<T>> result;
    bool inside = true;
    int count = 0;
    QEventLoop loop;
    call([&](ProviderResult<T> r) {
        ++count;
        if (inside && sync)
            *sync = true;
        if (!r.ok())
            seenMessages().append(r.error().message + r.error().code);
        result.emplace(std::move(r));
        loop.quit();
    });
    inside = false;
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (calls)
        *calls = count;
    return result;
}

// Polls until the task leaves Queued/Processing, at most `polls` times.
inline std::optional<ProviderResult<RemoteStatus>> pollToEnd(Provider &provider,
                                                             const QString &taskId,
                                                             int polls = 8)
{
    std::optional<ProviderResult<RemoteStatus>> status;
    for (int i = 0; i < polls; ++i) {
        status = await<RemoteStatus>([&](auto done) { provider.poll(taskId, done); });
        if (!status || !status->ok()
            || (status->value().state != RemoteStatus::State::Queued
                && status->value().state != RemoteStatus::State::Processing))
            return status;
    }
    return status;
}

// A plain GET (what GenerationService does with a download URL): status, content type, bytes.
struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

inline Fetched fetch(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched fetched{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->rawHeader("Content-Type"),
                    reply->readAll(),
                    reply->error()};
    reply->deleteLater();
    return fetched;
}

// An image of the given size saved in `format` ("png", "jpg", "bmp") at `path`; `padBytes` of
// zeros appended after the image data (to make a file over a size limit with a valid header).
inline bool makeImage(
        const QString &path, int width, int height, const char *format, qint64 padBytes = 0)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    if (!image.save(path, format))
        return false;
    if (padBytes > 0) {
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return false;
        const QByteArray zeros(1024 * 1024, '\0');
        for (qint64 left = padBytes; left > 0; left -= zeros.size())
            file.write(zeros.left(qsizetype(std::min<qint64>(left, zeros.size()))));
    }
    return true;
}

} // namespace mt::test
