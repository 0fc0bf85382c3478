// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "segmindwire.h"

#include <QJsonArray>

namespace mt::segmind {

using namespace Qt::StringLiterals;

std::optional<SubmitAnswer> parseSubmit(const QJsonObject &json)
{
    SubmitAnswer answer{json.value(u"request_id"_s).toString(),
                        QUrl(json.value(u"status_url"_s).toString(), QUrl::StrictMode),
                        QUrl(json.value(u"response_url"_s).toString(), QUrl::StrictMode)};
    if (answer.requestId.isEmpty() || !answer.statusUrl.isValid() || !answer.responseUrl.isValid())
        return std::nullopt;
    return answer;
}

std::optional<StatusAnswer> parseStatus(const QJsonObject &json)
{
    StatusAnswer answer;
    answer.status = json.value(u"status"_s).toString();
    static const QStringList known = {u"QUEUED"_s, u"PROCESSING"_s, u"COMPLETED"_s, u"FAILED"_s};
    if (!known.contains(answer.status))
        return std::nullopt;
    answer.error = json.value(u"error"_s).toString();
    // "output" is the file's URL for media models; some models answer a list of URLs.
    QJsonValue output = json.value(u"output"_s);
    if (output.isArray())
        output = output.toArray().first();
    if (output.isString())
        answer.output = QUrl(output.toString(), QUrl::StrictMode);
    const QJsonValue cost = json.value(u"metrics"_s).toObject().value(u"cost"_s);
    if (cost.isDouble())
        answer.cost = cost.toDouble();
    return answer;
}

QString errorText(const QJsonObject &json)
{
    return json.value(u"error"_s).toString();
}

} // namespace mt::segmind
