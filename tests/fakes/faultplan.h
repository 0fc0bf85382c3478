// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mt::fake {

// One way to misbehave, for the next request(s) to one endpoint. Set through
// POST /_fake/fault with a JSON object of the same fields, e.g.
//   {"endpoint":"minimax.create","kind":"http","status":429,"retryAfter":2}
//   {"endpoint":"minimax.create","kind":"fail-task","code":1027}
//   {"endpoint":"segmind.download","kind":"truncated","times":3}
//
// Endpoints: minimax.create, minimax.query, minimax.retrieve, minimax.download, segmind.sync
// (POST /v1/<slug>), segmind.submit (POST /v2/<slug>), segmind.status, segmind.result,
// segmind.download, segmind.credits.
//
// Kinds, for any endpoint:
//   http               answer `status` (default 500) with the provider's error body; `retryAfter`
//                      seconds adds Retry-After (and x-rate-limit-reset-at-utc on Segmind); the
//                      request is NOT processed (no task is made)
//   slow               answer after `delayMs` (default 3000), processed normally
//   hang               process the request (a create makes its task), then never answer
//   close              process the request, then close the connection without an answer
//   malformed-json     process the request, answer 200 with JSON cut in the middle
//   truncated          announce the whole body, send half of it, close
//   oversized          process the request, answer 200 with 3 MB of JSON (a body-cap check)
//   wrong-content-type answer 200 text/html with an HTML page
// Kinds for one protocol:
//   base-resp          (MiniMax) HTTP 200 with base_resp.status_code = `code`, not processed
//   stuck              (create/submit) the task never leaves the queue
//   fail-task          (create/submit) the task fails: MiniMax base_resp `code` (default 1027),
//                      Segmind error `message`
//   expired-link       (minimax.retrieve) the download URL it returns has already expired;
//                      (*.download) answer 403 as an expired signed URL does
//   bad-take           (create/submit/sync) the task succeeds, but its video is a bad take for
//                      take review to flag: `take` is black, frozen, silent, short, wrong-size,
//                      truncated or damaged (FakeMedia::video). A prompt with
//                      "fake-take:<take>" in it does the same without a fault.
// `times` (default 1) is how many matching requests it applies to; `prompt`, if set, limits it to
// requests whose prompt contains that text.
struct Fault
{
    QString endpoint;
    QString kind;
    int times = 1;
    int status = 500;
    int retryAfter = -1;
    int delayMs = 3000;
    int code = 0;
    QString message;
    QString prompt;
    QString take; // bad-take: which flaw

    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
};

// The faults waiting to be applied, in the order they were added. Main thread of the fake.
class FaultPlan
{
public:
    void add(Fault fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    // The first fault for this endpoint (and prompt), used up by one; nullopt when none.
    std::optional<Fault> take(const QString &endpoint, const QString &prompt);

private:
    QList<Fault> m_faults;
};

} // namespace mt::fake
