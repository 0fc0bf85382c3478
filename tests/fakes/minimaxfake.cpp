// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "minimaxfake.h"

#include "fakemedia.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSize>

#include <map>

namespace mt::fake {

using namespace Qt::StringLiterals;

namespace {

struct Model
{
    bool textToVideo = false;
    bool imageToVideo = false;
    bool subject = false;
    bool lastFrame = false;
    // resolution → allowed durations
    std::map<QString, QList<int>> resolutions;
    QString defaultResolution;
};

const std::map<QString, Model> &models()
{
    static const std::map<QString, Model> table = {
            {u"MiniMax-Hailuo-2.3"_s,
             {true, true, false, false, {{u"768P"_s, {6, 10}}, {u"1080P"_s, {6}}}, u"768P"_s}},
            {u"MiniMax-Hailuo-2.3-Fast"_s,
             {false, true, false, false, {{u"768P"_s, {6, 10}}, {u"1080P"_s, {6}}}, u"768P"_s}},
            {u"MiniMax-Hailuo-02"_s,
             {true,
              true,
              false,
              true,
              {{u"512P"_s, {6, 10}}, {u"768P"_s, {6, 10}}, {u"1080P"_s, {6}}},
              u"768P"_s}},
            {u"T2V-01-Director"_s, {true, false, false, false, {{u"720P"_s, {6}}}, u"720P"_s}},
            {u"T2V-01"_s, {true, false, false, false, {{u"720P"_s, {6}}}, u"720P"_s}},
            {u"I2V-01-Director"_s, {false, true, false, false, {{u"720P"_s, {6}}}, u"720P"_s}},
            {u"I2V-01"_s, {false, true, false, false, {{u"720P"_s, {6}}}, u"720P"_s}},
            {u"I2V-01-live"_s, {false, true, false, false, {{u"720P"_s, {6}}}, u"720P"_s}},
            {u"S2V-01"_s, {false, false, true, false, {{u"720P"_s, {6}}}, u"720P"_s}},
    };
    return table;
}

QSize frameOf(const QString &resolution)
{
    if (resolution == u"512P"_s)
        return {912, 512};
    if (resolution == u"768P"_s)
        return {1366, 768};
    if (resolution == u"1080P"_s)
        return {1920, 1080};
    return {1280, 720};
}

// Checks one image field as §6 of the notes says; its size when it is a data URL.
QString checkImage(const QString &field, const QString &value, QSize *size)
{
    if (value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s))
        return {};
    const auto data = decodeDataUrl(value);
    if (!data)
        return u"%1 must be a public URL or a base64 data URL"_s.arg(field);
    const auto facts = readImage(data->second);
    if (!facts)
        return u"%1 is not a JPG, PNG or WebP image"_s.arg(field);
    if (data->second.size() >= 20 * 1024 * 1024)
        return u"%1 is larger than 20 MB"_s.arg(field);
    const int shortSide = std::min(facts->width, facts->height);
    const int longSide = std::max(facts->width, facts->height);
    if (shortSide <= 300)
        return u"%1 short side must be over 300 px"_s.arg(field);
    if (longSide * 2 > shortSide * 5)
        return u"%1 aspect ratio must be between 2:5 and 5:2"_s.arg(field);
    *size = {facts->width, facts->height};
    return {};
}

} // namespace

HttpResponse minimaxAnswer(int code, const QString &message, QJsonObject fields)
{
    fields.insert(u"base_resp"_s, QJsonObject{{u"status_code"_s, code}, {u"status_msg"_s, message}});
    return HttpResponse::json(200, fields);
}

QString MinimaxFake::endpointOf(const HttpRequest &request) const
{
    const QString &path = request.path;
    if (path == u"/minimax/v1/video_generation"_s && request.method == "POST")
        return u"minimax.create"_s;
    if (path == u"/minimax/v1/query/video_generation"_s && request.method == "GET")
        return u"minimax.query"_s;
    if (path == u"/minimax/v1/files/retrieve"_s && request.method == "GET")
        return u"minimax.retrieve"_s;
    if (path.startsWith(u"/files/minimax/"_s) && request.method == "GET")
        return u"minimax.download"_s;
    return {};
}

std::optional<HttpResponse> MinimaxFake::refuseKey(const QString &endpoint,
                                                   const HttpRequest &request) const
{
    if (endpoint == u"minimax.download"_s)
        return std::nullopt; // a CDN link, no key
    const QByteArray auth = request.header("authorization");
    if (auth == "Bearer " + m_settings.minimaxKey.toUtf8())
        return std::nullopt;
    if (auth.startsWith("Bearer wrong-region"))
        return minimaxAnswer(2049, u"invalid api key"_s);
    return minimaxAnswer(1004,
                         u"login fail: Please carry the API secret key in the "
                         "'Authorization' field of the request header"_s);
}

HttpResponse MinimaxFake::httpError(const Fault &fault) const
{
    HttpResponse response;
    if (fault.status == 429) {
        response = minimaxAnswer(1002, fault.message.isEmpty() ? u"rate limit"_s : fault.message);
        response.status = 429;
    } else {
        // Gateways in front of the API answer errors with their own HTML page.
        response = HttpResponse::bytes(
                "text/html",
                "<html><head><title>" + QByteArray::number(fault.status) + ' '
                        + reasonPhrase(fault.status) + "</title></head><body><center><h1>"
                        + QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status)
                        + "</h1></center><hr><center>nginx</center></body></html>");
        response.status = fault.status;
    }
    if (fault.retryAfter >= 0)
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfter));
    return response;
}

void MinimaxFake::handle(const QString &endpoint,
                         const HttpRequest &request,
                         const std::optional<Fault> &fault,
                         HttpServer::Respond respond)
{
    if (fault && fault->kind == u"base-resp"_s) {
        respond(minimaxAnswer(fault->code,
                              fault->message.isEmpty() ? u"error"_s : fault->message,
                              {{u"task_id"_s, u""_s}}));
        return;
    }
    if (endpoint == u"minimax.create"_s)
        respond(create(request, fault));
    else if (endpoint == u"minimax.query"_s)
        respond(query(request));
    else if (endpoint == u"minimax.retrieve"_s)
        respond(retrieve(request, fault));
    else
        download(request, fault, std::move(respond));
}

QString MinimaxFake::invalid(const QJsonObject &body, Task &task) const
{
    if (!body.value(u"model"_s).isString())
        return u"invalid params, model is required"_s;
    const QString modelName = body.value(u"model"_s).toString();
    const auto model = models().find(modelName);
    if (model == models().end())
        return u"invalid params, unknown model %1"_s.arg(modelName);
    const Model &m = model->second;
    const QString prompt = body.value(u"prompt"_s).toString();
    if (body.contains(u"prompt"_s) && !body.value(u"prompt"_s).isString())
        return u"invalid params, prompt must be a string"_s;
    if (prompt.size() > 2000)
        return u"invalid params, prompt is longer than 2000 characters"_s;
    const bool hasFirst = body.contains(u"first_frame_image"_s);
    const bool hasSubject = body.contains(u"subject_reference"_s);
    if (m.textToVideo && !m.imageToVideo && prompt.isEmpty())
        return u"invalid params, prompt is required"_s;
    if (!m.textToVideo && m.imageToVideo && !hasFirst)
        return u"invalid params, first_frame_image is required for %1"_s.arg(modelName);
    if (!m.imageToVideo && hasFirst)
        return u"invalid params, %1 does not take first_frame_image"_s.arg(modelName);
    if (m.textToVideo && m.imageToVideo && !hasFirst && prompt.isEmpty())
        return u"invalid params, prompt is required"_s;
    if (body.contains(u"last_frame_image"_s) && (!m.lastFrame || !hasFirst))
        return u"invalid params, last_frame_image needs MiniMax-Hailuo-02 and a first frame"_s;
    if (m.subject != hasSubject)
        return m.subject ? u"invalid params, subject_reference is required"_s
                         : u"invalid params, %1 does not take subject_reference"_s.arg(modelName);
    for (const char *key : {"prompt_optimizer", "fast_pretreatment", "aigc_watermark"})
        if (body.contains(QLatin1String(key)) && !body.value(QLatin1String(key)).isBool())
            return u"invalid params, %1 must be a boolean"_s.arg(QLatin1String(key));
    const QString resolution = body.value(u"resolution"_s).toString(m.defaultResolution);
    const auto allowed = m.resolutions.find(resolution);
    if (allowed == m.resolutions.end())
        return u"invalid params, %1 does not support resolution %2"_s.arg(modelName, resolution);
    const QJsonValue durationValue = body.value(u"duration"_s);
    if (!durationValue.isUndefined() && !durationValue.isDouble())
        return u"invalid params, duration must be an integer"_s;
    const int duration = durationValue.toInt(6);
    if (!allowed->second.contains(duration))
        return u"invalid params, %1 at %2 does not support %3 s"_s.arg(modelName, resolution)
                .arg(duration);
    QSize frame = frameOf(resolution);
    QSize image;
    if (hasFirst) {
        if (QString e = checkImage(u"first_frame_image"_s,
                                   body.value(u"first_frame_image"_s).toString(),
                                   &image);
            !e.isEmpty())
            return u"invalid params, "_s + e;
    }
    if (body.contains(u"last_frame_image"_s)) {
        QSize ignored;
        if (QString e = checkImage(u"last_frame_image"_s,
                                   body.value(u"last_frame_image"_s).toString(),
                                   &ignored);
            !e.isEmpty())
            return u"invalid params, "_s + e;
    }
    if (hasSubject) {
        const QJsonArray subjects = body.value(u"subject_reference"_s).toArray();
        const QJsonObject subject = subjects.first().toObject();
        const QJsonArray images = subject.value(u"image"_s).toArray();
        if (subjects.size() != 1 || subject.value(u"type"_s).toString() != u"character"_s
            || images.size() != 1)
            return u"invalid params, subject_reference takes one character with one image"_s;
        QSize ignored;
        if (QString e = checkImage(u"subject_reference.image"_s,
                                   images.first().toString(),
                                   &ignored);
            !e.isEmpty())
            return u"invalid params, "_s + e;
    }
    if (image.isValid()) {
        // Image to video keeps the first frame's aspect ratio at the resolution's height.
        const int shortSide = frame.height();
        frame = image.width() >= image.height()
                        ? QSize((shortSide * image.width() / image.height()) & ~1, shortSide)
                        : QSize(shortSide, (shortSide * image.height() / image.width()) & ~1);
    }
    task.duration = duration;
    task.width = frame.width();
    task.height = frame.height();
    return {};
}

HttpResponse MinimaxFake::create(const HttpRequest &request, const std::optional<Fault> &fault)
{
    if (!request.header("content-type").startsWith("application/json"))
        return minimaxAnswer(2013, u"invalid params, send Content-Type: application/json"_s);
    const QJsonObject body = request.json();
    if (body.isEmpty())
        return minimaxAnswer(2013, u"invalid params, the body is not a JSON object"_s);
    Task task;
    if (const QString why = invalid(body, task); !why.isEmpty())
        return minimaxAnswer(2013, why, {{u"task_id"_s, u""_s}});
    if (body.value(u"prompt"_s).toString().contains(u"forbidden-content"_s))
        return minimaxAnswer(1026, u"input new_sensitive"_s, {{u"task_id"_s, u""_s}});
    if (fault && fault->kind == u"stuck"_s)
        task.stuck = true;
    if (fault && fault->kind == u"fail-task"_s)
        task.failCode = fault->code != 0 ? fault->code : 1027;
    task.flaw = FakeMedia::flawOf(body.value(u"prompt"_s).toString(),
                                  fault && fault->kind == u"bad-take"_s ? fault->take : QString());
    const QString id = QString::number(m_nextId++);
    task.fileId = QString::number(m_nextId * 3 + 7).left(15);
    m_tasks.insert(id, task);
    return minimaxAnswer(0, u"success"_s, {{u"task_id"_s, id}});
}

HttpResponse MinimaxFake::query(const HttpRequest &request)
{
    const QString id = request.query.queryItemValue(u"task_id"_s);
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return minimaxAnswer(2013, u"invalid params, task not found"_s);
    Task &task = *it;
    ++task.polls;
    static const QStringList running = {u"Preparing"_s, u"Queueing"_s, u"Processing"_s};
    QJsonObject answer{{u"task_id"_s, id}, {u"file_id"_s, u""_s}};
    if (task.stuck) {
        answer.insert(u"status"_s, u"Queueing"_s);
        return minimaxAnswer(0, u"success"_s, answer);
    }
    if (task.polls <= m_settings.steps) {
        const int step = (task.polls - 1) * int(running.size()) / std::max(1, m_settings.steps);
        answer.insert(u"status"_s, running.value(step, u"Processing"_s));
        return minimaxAnswer(0, u"success"_s, answer);
    }
    if (task.failCode != 0) {
        answer.insert(u"status"_s, u"Fail"_s);
        const QString message = task.failCode == 1027   ? u"output new_sensitive"_s
                                : task.failCode == 1026 ? u"input new_sensitive"_s
                                                        : u"task failed"_s;
        return minimaxAnswer(task.failCode, message, answer);
    }
    answer.insert(u"status"_s, u"Success"_s);
    answer.insert(u"file_id"_s, task.fileId);
    answer.insert(u"video_width"_s, task.width);
    answer.insert(u"video_height"_s, task.height);
    return minimaxAnswer(0, u"success"_s, answer);
}

HttpResponse MinimaxFake::retrieve(const HttpRequest &request, const std::optional<Fault> &fault)
{
    const QString fileId = request.query.queryItemValue(u"file_id"_s);
    bool known = false;
    for (const Task &task : std::as_const(m_tasks))
        known = known
                || (task.fileId == fileId && task.polls > m_settings.steps && !task.stuck
                    && task.failCode == 0);
    if (!known)
        return minimaxAnswer(2013, u"invalid params, file not found"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expires = fault && fault->kind == u"expired-link"_s
                                   ? now - 1
                                   : now + m_settings.downloadTtlSeconds;
    const QString url = u"%1/files/minimax/%2.mp4?expires=%3"_s.arg(m_settings.origin, fileId)
                                .arg(expires);
    // file_id comes back as a number here, as the real API sometimes does.
    const QJsonObject file{{u"file_id"_s, fileId.toLongLong()},
                           {u"bytes"_s, 0},
                           {u"created_at"_s, now},
                           {u"filename"_s, u"output_aigc.mp4"_s},
                           {u"purpose"_s, u"video_generation"_s},
                           {u"download_url"_s, url}};
    return minimaxAnswer(0, u"success"_s, {{u"file"_s, file}});
}

void MinimaxFake::download(const HttpRequest &request,
                           const std::optional<Fault> &fault,
                           HttpServer::Respond respond)
{
    static const QRegularExpression name(u"^/files/minimax/(\\d+)\\.mp4$"_s);
    const auto match = name.match(request.path);
    const Task *found = nullptr;
    for (const Task &task : std::as_const(m_tasks))
        if (match.hasMatch() && task.fileId == match.captured(1))
            found = &task;
    const qint64 expires = request.query.queryItemValue(u"expires"_s).toLongLong();
    if (!found) {
        HttpResponse missing = HttpResponse::bytes("application/xml",
                                                   "<Error><Code>NoSuchKey</Code></Error>");
        missing.status = 404;
        respond(missing);
        return;
    }
    if ((fault && fault->kind == u"expired-link"_s)
        || expires < QDateTime::currentSecsSinceEpoch()) {
        HttpResponse denied
                = HttpResponse::bytes("application/xml",
                                      "<Error><Code>AccessDenied</Code><Message>Request has "
                                      "expired</Message></Error>");
        denied.status = 403;
        respond(denied);
        return;
    }
    m_settings.media->video(
            found->width,
            found->height,
            found->duration,
            [respond](const QByteArray &bytes, const QString &error) {
                if (bytes.isEmpty()) {
                    HttpResponse failed = HttpResponse::bytes("text/plain", error.toUtf8());
                    failed.status = 500;
                    respond(failed);
                    return;
                }
                respond(HttpResponse::bytes("video/mp4", bytes));
            },
            found->flaw);
}

} // namespace mt::fake
