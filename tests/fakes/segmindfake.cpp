// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "segmindfake.h"

#include "fakemedia.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSize>

namespace mt::fake {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> textToVideo = {u"kling-text2video"_s, u"kling-1.6-text2video"_s};
const QSet<QString> imageToVideo = {u"kling-image2video"_s,
                                    u"kling-1.6-image2video"_s,
                                    u"kling-2.1"_s};
const QSet<QString> images = {u"fast-flux-schnell"_s, u"flux-schnell"_s};

HttpResponse error(int status, const QString &message)
{
    return HttpResponse::json(status, {{u"error"_s, message}});
}

QSize aspectFrame(const QString &ratio, int shortSide)
{
    const QStringList parts = ratio.split(u':');
    const int w = parts.value(0).toInt();
    const int h = parts.value(1).toInt();
    if (w <= 0 || h <= 0)
        return {};
    return w >= h ? QSize((shortSide * w / h) & ~15, shortSide)
                  : QSize(shortSide, (shortSide * h / w) & ~15);
}

// Kling takes duration as 5 or "5" (its pages disagree with themselves).
int durationOf(const QJsonValue &value)
{
    if (value.isUndefined())
        return 5;
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

} // namespace

QString SegmindFake::endpointOf(const HttpRequest &request) const
{
    static const QRegularExpression slugPath(u"^/segmind/(v1|v2)/([A-Za-z0-9._-]+)$"_s);
    static const QRegularExpression requestPath(
            u"^/segmind/v2/requests/([A-Za-z0-9-]+)(/status)?$"_s);
    if (request.method == "GET") {
        if (request.path == u"/segmind/v1/get-user-credits"_s)
            return u"segmind.credits"_s;
        if (const auto m = requestPath.match(request.path); m.hasMatch())
            return m.captured(2).isEmpty() ? u"segmind.result"_s : u"segmind.status"_s;
        if (request.path.startsWith(u"/files/segmind/"_s))
            return u"segmind.download"_s;
        return {};
    }
    if (const auto m = slugPath.match(request.path); m.hasMatch() && request.method == "POST")
        return m.captured(1) == u"v1"_s ? u"segmind.sync"_s : u"segmind.submit"_s;
    return {};
}

std::optional<HttpResponse> SegmindFake::refuseKey(const QString &endpoint,
                                                   const HttpRequest &request) const
{
    if (endpoint == u"segmind.download"_s)
        return std::nullopt; // public file URLs
    const QByteArray key = request.header("x-api-key");
    if (key.isEmpty())
        return error(401, u"Missing Authorization or x-api-key in header"_s);
    if (key != m_settings.segmindKey.toUtf8())
        return error(401,
                     u"Unauthorized. API key is invalid or may have expired. Please "
                     "check your API key."_s);
    return std::nullopt;
}

HttpResponse SegmindFake::httpError(const Fault &fault) const
{
    if (fault.status == 405) {
        HttpResponse page
                = HttpResponse::bytes("text/html",
                                      "<html><body><h1>405 Method Not Allowed</h1></body></html>");
        page.status = 405;
        return page;
    }
    QString message = fault.message;
    if (message.isEmpty()) {
        switch (fault.status) {
        case 401:
            message = u"Unauthorized. API key is invalid or may have expired."_s;
            break;
        case 403:
            message = u"Your team is not allowed to use this model."_s;
            break;
        case 406:
            message = u"Insufficient credits. Your balance is 0.10 credits, this request needs "
                      "0.28 credits."_s;
            break;
        case 410:
            message = u"This model has been retired."_s;
            break;
        case 429:
            message = u"Rate limit exceeded. Please try again later."_s;
            break;
        default:
            message = u"Internal server error"_s;
            break;
        }
    }
    HttpResponse response = error(fault.status, message);
    if (fault.retryAfter >= 0) {
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfter));
        response.setHeader("x-rate-limit-reset-at-utc",
                           QDateTime::currentDateTimeUtc()
                                   .addSecs(fault.retryAfter)
                                   .toString(Qt::ISODate)
                                   .toUtf8());
    }
    return response;
}

void SegmindFake::handle(const QString &endpoint,
                         const HttpRequest &request,
                         const std::optional<Fault> &fault,
                         HttpServer::Respond respond)
{
    if (endpoint == u"segmind.sync"_s || endpoint == u"segmind.submit"_s) {
        if (!request.header("content-type").startsWith("application/json")) {
            respond(error(406, u"Invalid content type"_s));
            return;
        }
    }
    if (endpoint == u"segmind.sync"_s) {
        sync(request, std::move(respond));
    } else if (endpoint == u"segmind.submit"_s) {
        respond(submit(request, fault));
    } else if (endpoint == u"segmind.credits"_s) {
        respond(HttpResponse::json(200, {{u"credits"_s, 9.72}}));
    } else if (endpoint == u"segmind.download"_s) {
        download(request, fault, std::move(respond));
    } else {
        static const QRegularExpression id(u"^/segmind/v2/requests/([A-Za-z0-9-]+)"_s);
        respond(status(id.match(request.path).captured(1), endpoint == u"segmind.result"_s));
    }
}

QString SegmindFake::invalid(const QString &slug, const QJsonObject &body, Job &job) const
{
    if (!textToVideo.contains(slug) && !imageToVideo.contains(slug) && !images.contains(slug))
        return u"Model %1 not found"_s.arg(slug);
    if (body.isEmpty())
        return u"Request body must be a JSON object"_s;
    const QJsonValue prompt = body.value(u"prompt"_s);
    const bool promptRequired = !imageToVideo.contains(slug);
    if ((promptRequired && !prompt.isString()) || (!prompt.isUndefined() && !prompt.isString())
        || (promptRequired && prompt.toString().trimmed().isEmpty()))
        return u"Prompt is Mandatory and must be string"_s;
    if (images.contains(slug)) {
        job.video = false;
        job.cost = 0.008;
        if (slug == u"flux-schnell"_s) {
            job.width = body.value(u"width"_s).toInt(1024);
            job.height = body.value(u"height"_s).toInt(1024);
            for (int side : {job.width, job.height})
                if (side < 512 || side > 2048 || side % 8 != 0)
                    return u"width and height must be multiples of 8 from 512 to 2048"_s;
        } else {
            const QString ratio = body.value(u"aspect_ratio"_s).toString(u"1:1"_s);
            static const QSet<QString> ratios = {u"1:1"_s,
                                                 u"16:9"_s,
                                                 u"21:9"_s,
                                                 u"2:3"_s,
                                                 u"3:2"_s,
                                                 u"4:5"_s,
                                                 u"5:4"_s,
                                                 u"9:16"_s,
                                                 u"9:21"_s};
            if (!ratios.contains(ratio))
                return u"aspect_ratio must be one of 1:1, 16:9, 21:9, 2:3, 3:2, 4:5, 5:4, 9:16, "
                       "9:21"_s;
            const QSize frame = aspectFrame(ratio, 768);
            job.width = frame.width();
            job.height = frame.height();
        }
        return {};
    }
    job.duration = durationOf(body.value(u"duration"_s));
    if (job.duration != 5 && job.duration != 10)
        return u"duration must be 5 or 10"_s;
    const QString mode = body.value(u"mode"_s).toString(u"std"_s);
    if (mode != u"std"_s && mode != u"pro"_s)
        return u"mode must be std or pro"_s;
    const double cfg = body.value(u"cfg_scale"_s).toDouble(0.5);
    if (cfg < 0 || cfg > 1)
        return u"cfg_scale must be between 0 and 1"_s;
    job.cost = (mode == u"pro"_s ? 0.49 : 0.28) * (job.duration / 5);
    const int shortSide = mode == u"pro"_s ? 1080 : 720;
    QSize frame = aspectFrame(body.value(u"aspect_ratio"_s).toString(u"16:9"_s), shortSide);
    if (!frame.isValid()
        || !QSet<QString>{u"16:9"_s, u"9:16"_s, u"1:1"_s}.contains(
                body.value(u"aspect_ratio"_s).toString(u"16:9"_s)))
        return u"aspect_ratio must be 16:9, 9:16 or 1:1"_s;
    if (imageToVideo.contains(slug)) {
        const QString image = body.value(u"image"_s).toString();
        if (image.isEmpty())
            return u"image is required"_s;
        if (!image.startsWith(u"http://"_s) && !image.startsWith(u"https://"_s)) {
            // Clients send raw base64 (no data: prefix) or a data URL.
            QByteArray bytes;
            if (const auto data = decodeDataUrl(image))
                bytes = data->second;
            else if (auto raw
                     = QByteArray::fromBase64Encoding(image.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors))
                bytes = *raw;
            const auto facts = readImage(bytes);
            if (!facts)
                return u"image must be a URL or a base64 JPG, PNG or WebP"_s;
            if (std::min(facts->width, facts->height) < 300)
                return u"image must be at least 300 px on its short side"_s;
            frame = facts->width >= facts->height
                            ? QSize((shortSide * facts->width / facts->height) & ~1, shortSide)
                            : QSize(shortSide, (shortSide * facts->height / facts->width) & ~1);
        }
    }
    job.width = frame.width();
    job.height = frame.height();
    return {};
}

void SegmindFake::sync(const HttpRequest &request, HttpServer::Respond respond)
{
    const QString slug = request.path.section(u'/', 3);
    Job job;
    if (const QString why = invalid(slug, request.json(), job); !why.isEmpty()) {
        respond(error(why.endsWith(u"not found"_s) ? 404 : 400, why));
        return;
    }
    job.flaw = FakeMedia::flawOf(request.json().value(u"prompt"_s).toString());
    const QString id = u"sync-%1"_s.arg(m_nextId++);
    auto deliver = [respond, job, id](const QByteArray &bytes, const QString &why) {
        if (bytes.isEmpty()) {
            respond(error(500, why));
            return;
        }
        HttpResponse response = HttpResponse::bytes(job.video ? "video/mp4" : "image/jpeg", bytes);
        response.setHeader("x-cost", QByteArray::number(job.cost, 'f', 3));
        response.setHeader("x-remaining-credits", QByteArray::number(10.0 - job.cost, 'f', 3));
        response.setHeader("x-request-id", id.toUtf8());
        respond(response);
    };
    if (job.video)
        m_settings.media->video(job.width, job.height, job.duration, deliver, job.flaw);
    else
        m_settings.media->image(job.width, job.height, deliver);
}

QJsonObject SegmindFake::urls(const QString &id) const
{
    const QString base = m_settings.origin + u"/segmind"_s;
    return {{u"request_id"_s, id},
            {u"poll_url"_s, base + u"/v1/requests/"_s + id},
            {u"status_url"_s, base + u"/v2/requests/"_s + id + u"/status"_s},
            {u"response_url"_s, base + u"/v2/requests/"_s + id}};
}

HttpResponse SegmindFake::submit(const HttpRequest &request, const std::optional<Fault> &fault)
{
    const QString slug = request.path.section(u'/', 3);
    const QJsonObject body = request.json();
    Job job;
    if (const QString why = invalid(slug, body, job); !why.isEmpty())
        return error(why.endsWith(u"not found"_s) ? 404 : 400, why);
    if (fault && fault->kind == u"stuck"_s)
        job.stuck = true;
    if (fault && fault->kind == u"fail-task"_s)
        job.failure = fault->message.isEmpty() ? u"Generation failed"_s : fault->message;
    if (body.value(u"prompt"_s).toString().contains(u"forbidden-content"_s))
        job.failure = u"Content moderation: the prompt was flagged as unsafe"_s;
    job.flaw = FakeMedia::flawOf(body.value(u"prompt"_s).toString(),
                                 fault && fault->kind == u"bad-take"_s ? fault->take : QString());
    const QString id = u"2c7f59ea-13f1-402c-9353-%1"_s.arg(m_nextId++, 12, 10, QLatin1Char('0'));
    m_jobs.insert(id, job);
    QJsonObject answer = urls(id);
    answer.insert(u"status"_s, u"QUEUED"_s);
    return HttpResponse::json(200, answer);
}

HttpResponse SegmindFake::status(const QString &id, bool full)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return error(404, u"Request %1 not found"_s.arg(id));
    Job &job = *it;
    if (!full)
        ++job.polls;
    QJsonObject answer = urls(id);
    if (job.stuck || job.polls == 0) {
        answer.insert(u"status"_s, u"QUEUED"_s);
        answer.insert(u"metrics"_s, QJsonObject{});
        return HttpResponse::json(200, answer);
    }
    if (job.polls <= m_settings.steps) {
        answer.insert(u"status"_s, job.polls == 1 ? u"QUEUED"_s : u"PROCESSING"_s);
        answer.insert(u"metrics"_s, QJsonObject{});
        return HttpResponse::json(200, answer);
    }
    if (!job.failure.isEmpty()) {
        return HttpResponse::json(422,
                                  {{u"status"_s, u"FAILED"_s},
                                   {u"request_id"_s, id},
                                   {u"error"_s, job.failure},
                                   {u"metrics"_s,
                                    QJsonObject{{u"inference_time"_s, 0.007},
                                                {u"queue_time"_s, 0.23},
                                                {u"total_time"_s, 0.24}}}});
    }
    QJsonObject metrics{{u"inference_time"_s, 120.5}};
    answer.insert(u"status"_s, u"COMPLETED"_s);
    if (full) {
        metrics.insert(u"cost"_s, job.cost);
        metrics.insert(u"remaining_credits"_s, 10.0 - job.cost);
        answer.insert(u"output"_s,
                      u"%1/files/segmind/%2.%3"_s.arg(m_settings.origin,
                                                      id,
                                                      job.video ? u"mp4"_s : u"jpg"_s));
    }
    answer.insert(u"metrics"_s, metrics);
    return HttpResponse::json(200, answer);
}

void SegmindFake::download(const HttpRequest &request,
                           const std::optional<Fault> &fault,
                           HttpServer::Respond respond)
{
    static const QRegularExpression name(u"^/files/segmind/([A-Za-z0-9-]+)\\.(mp4|jpg)$"_s);
    const auto match = name.match(request.path);
    const auto it = match.hasMatch() ? m_jobs.constFind(match.captured(1)) : m_jobs.constEnd();
    if (it == m_jobs.constEnd() || it->polls <= m_settings.steps || !it->failure.isEmpty()) {
        HttpResponse missing = HttpResponse::bytes("application/xml",
                                                   "<Error><Code>NoSuchKey</Code></Error>");
        missing.status = 404;
        respond(missing);
        return;
    }
    if (fault && fault->kind == u"expired-link"_s) {
        HttpResponse denied = HttpResponse::bytes("application/xml",
                                                  "<Error><Code>AccessDenied</Code></Error>");
        denied.status = 403;
        respond(denied);
        return;
    }
    const Job job = *it;
    auto deliver = [respond, job](const QByteArray &bytes, const QString &why) {
        if (bytes.isEmpty()) {
            HttpResponse failed = HttpResponse::bytes("text/plain", why.toUtf8());
            failed.status = 500;
            respond(failed);
            return;
        }
        respond(HttpResponse::bytes(job.video ? "video/mp4" : "image/jpeg", bytes));
    };
    if (job.video)
        m_settings.media->video(job.width, job.height, job.duration, deliver, job.flaw);
    else
        m_settings.media->image(job.width, job.height, deliver);
}

} // namespace mt::fake
