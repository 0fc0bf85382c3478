// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace mt::segmind {

// Segmind's v2 async answers as plain values (shared/api/segmind.md §3, §6). Each parse function
// returns nullopt when the JSON is not that answer's shape.

// POST /v2/<slug>: the SDK treats a missing request_id, status_url or response_url as an error.
struct SubmitAnswer
{
    QString requestId;
    QUrl statusUrl;
    QUrl responseUrl;
};

// GET /v2/requests/<id>/status and GET /v2/requests/<id> (the latter with output and cost).
// FAILED comes with HTTP 422 and the same shape.
struct StatusAnswer
{
    QString status; // QUEUED, PROCESSING, COMPLETED, FAILED
    QString error;  // FAILED: the reason
    QUrl output;    // COMPLETED result: the file's URL
    std::optional<double> cost;
};

std::optional<SubmitAnswer> parseSubmit(const QJsonObject &json);
std::optional<StatusAnswer> parseStatus(const QJsonObject &json);
// {"error":"..."}; empty when the body has none.
QString errorText(const QJsonObject &json);

} // namespace mt::segmind
