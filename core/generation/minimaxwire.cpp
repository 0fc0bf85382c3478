// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "minimaxwire.h"

#include <QRegularExpression>

namespace mt::minimax {

using namespace Qt::StringLiterals;

namespace {

std::optional<BaseResp> parseBase(const QJsonObject &json)
{
    const QJsonValue base = json.value(u"base_resp"_s);
    if (!base.isObject() || !base.toObject().value(u"status_code"_s).isDouble())
        return std::nullopt;
    return BaseResp{base.toObject().value(u"status_code"_s).toInt(),
                    base.toObject().value(u"status_msg"_s).toString()};
}

} // namespace

std::optional<CreateAnswer> parseCreate(const QJsonObject &json)
{
    const auto base = parseBase(json);
    if (!base)
        return std::nullopt;
    CreateAnswer answer{*base, json.value(u"task_id"_s).toString()};
    if (answer.base.code == 0 && answer.taskId.isEmpty())
        return std::nullopt; // success without a task id is not a create answer
    return answer;
}

std::optional<QueryAnswer> parseQuery(const QJsonObject &json)
{
    const auto base = parseBase(json);
    if (!base)
        return std::nullopt;
    QueryAnswer answer;
    answer.base = *base;
    answer.status = json.value(u"status"_s).toString();
    answer.fileId = json.value(u"file_id"_s).toString();
    answer.width = json.value(u"video_width"_s).toInt();
    answer.height = json.value(u"video_height"_s).toInt();
    static const QStringList known = {u"Preparing"_s,
                                      u"Queueing"_s,
                                      u"Processing"_s,
                                      u"Success"_s,
                                      u"Fail"_s};
    if (answer.base.code == 0 && !known.contains(answer.status))
        return std::nullopt;
    if (answer.status == u"Success"_s && answer.fileId.isEmpty())
        return std::nullopt;
    return answer;
}

std::optional<FileAnswer> parseFile(const QJsonObject &json, const QByteArray &rawBody)
{
    const auto base = parseBase(json);
    if (!base)
        return std::nullopt;
    FileAnswer answer;
    answer.base = *base;
    if (answer.base.code != 0)
        return answer;
    const QJsonObject file = json.value(u"file"_s).toObject();
    const QJsonValue id = file.value(u"file_id"_s);
    if (id.isString()) {
        answer.fileId = id.toString();
    } else if (id.isDouble()) {
        // QJsonValue holds numbers as doubles, which lose digits past 2^53: read them from the
        // raw text instead.
        static const QRegularExpression digits(u"\"file_id\"\\s*:\\s*(\\d+)"_s);
        answer.fileId = digits.match(QString::fromUtf8(rawBody)).captured(1);
    }
    answer.downloadUrl = QUrl(file.value(u"download_url"_s).toString(), QUrl::StrictMode);
    if (!answer.downloadUrl.isValid() || answer.downloadUrl.host().isEmpty())
        return std::nullopt;
    return answer;
}

} // namespace mt::minimax
