// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace mt::minimax {

// MiniMax's v1 video answers as plain values (shared/api/minimax.md §2.4, §3, §4). Each parse
// function returns nullopt when the JSON is not that answer's shape; a non-zero base_resp is a
// valid answer whose other fields may be absent.

struct BaseResp
{
    int code = 0;
    QString message;
};

struct CreateAnswer
{
    BaseResp base;
    QString taskId; // digits, kept as text
};

struct QueryAnswer
{
    BaseResp base;
    QString status; // Preparing, Queueing, Processing, Success, Fail
    QString fileId; // empty unless Success (an empty string counts as absent)
    int width = 0;
    int height = 0;
};

struct FileAnswer
{
    BaseResp base;
    QString fileId; // a number or a string on the wire; digits here, never through a double
    QUrl downloadUrl;
};

std::optional<CreateAnswer> parseCreate(const QJsonObject &json);
std::optional<QueryAnswer> parseQuery(const QJsonObject &json);
std::optional<FileAnswer> parseFile(const QJsonObject &json, const QByteArray &rawBody);

} // namespace mt::minimax
