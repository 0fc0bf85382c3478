// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// MinimaxProvider against movietool-fakeapi on loopback: every mode end to end, every fault the
// fake can play mapped to its typed error (and whether a submit may have reached the server),
// validation refusals that send nothing, and the key in no message.
#include "fakeapiprocess.h"
#include "generation/minimaxprovider.h"
#include "providertest.h"
#include "testmedia.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

namespace {

const QString Key = QString::fromLatin1(FakeApiProcess::MinimaxKey);

GenerationRequest t2v(const QString &prompt)
{
    GenerationRequest request;
    request.provider = u"minimax"_s;
    request.mode = GenerationMode::TextToVideo;
    request.prompt = prompt;
    return request;
}

} // namespace

class TestMinimaxProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MinimaxProvider> makeProvider(const QString &key = Key)
    {
        auto provider = std::make_unique<MinimaxProvider>(m_network);
        provider->configure({m_fake.minimaxBaseUrl(), key});
        return provider;
    }
    std::optional<ProviderResult<SubmitReceipt>> submit(MinimaxProvider &provider,
                                                        const GenerationRequest &request)
    {
        return await<SubmitReceipt>([&](auto done) { provider.submit(request, done); });
    }
    QJsonObject lastCreate()
    {
        return m_fake.stats().value(u"lastBodies"_s).toObject().value(u"minimax.create"_s).toObject();
    }
    void fault(const QJsonObject &f)
    {
        QVERIFY2(m_fake.addFault(f), qPrintable(m_fake.errorString()));
    }

    QNetworkAccessManager m_network;
    FakeApiProcess m_fake;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fake.start({u"--steps"_s, u"1"_s}), qPrintable(m_fake.errorString()));
        QVERIFY(m_dir.isValid());
    }
    void init() { QVERIFY(m_fake.reset()); }

    void textToVideoEndToEnd()
    {
        auto provider = makeProvider();
        QVERIFY(provider->isConfigured());
        bool sync = false;
        int calls = 0;
        GenerationRequest request = t2v(u"A cat walks along a wall at dusk"_s);
        request.resolution = u"1080P"_s;
        request.promptOptimizer = false;
        const auto receipt = await<SubmitReceipt>([&](auto done) { provider->submit(request, done); },
                                                  30000,
                                                  &sync,
                                                  &calls);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
        QVERIFY(!sync);
        QCOMPARE(calls, 1);
        QVERIFY(!receipt->value().remoteTaskId.isEmpty());
        QCOMPARE(receipt->value().promptSent, request.prompt);

        const QJsonObject sent = lastCreate();
        QCOMPARE(sent.value(u"model"_s).toString(), u"MiniMax-Hailuo-2.3"_s);
        QCOMPARE(sent.value(u"resolution"_s).toString(), u"1080P"_s);
        QCOMPARE(sent.value(u"duration"_s).toInt(), 6);
        QCOMPARE(sent.value(u"prompt_optimizer"_s), QJsonValue(false));
        QCOMPARE(receipt->value().parametersSent.value(u"model"_s).toString(),
                 u"MiniMax-Hailuo-2.3"_s);

        // First poll: still running; then done with a file.
        const auto first = await<RemoteStatus>(
                [&](auto done) { provider->poll(receipt->value().remoteTaskId, done); });
        QVERIFY(first && first->ok());
        QVERIFY(first->value().state == RemoteStatus::State::Queued
                || first->value().state == RemoteStatus::State::Processing);
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Succeeded);
        QVERIFY(!status->value().fileId.isEmpty());

        const auto url = await<QUrl>([&](auto done) {
            provider->resolveDownload(receipt->value().remoteTaskId, status->value(), done);
        });
        QVERIFY(url && url->ok());
        const Fetched video = fetch(m_network, url->value());
        QCOMPARE(video.status, 200);
        QCOMPARE(video.contentType, QByteArray("video/mp4"));
        QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));

        QCOMPARE(m_fake.promptCount(u"minimax"_s, request.prompt), 1);
        QCOMPARE(m_fake.count(u"minimax.create"_s), 1);
    }

    void directorCameraMoves()
    {
        auto provider = makeProvider();
        GenerationRequest request = t2v(u"the lighthouse beam sweeps the fog"_s);
        request.cameraMoves = {u"push-in"_s, u"PEDESTAL_UP"_s};
        QVERIFY(provider->validate(request));
        const auto receipt = submit(*provider, request);
        QVERIFY(receipt && receipt->ok());
        const QString expected = u"[Push in, Pedestal up] the lighthouse beam sweeps the fog"_s;
        QCOMPARE(receipt->value().promptSent, expected);
        QCOMPARE(lastCreate().value(u"prompt"_s).toString(), expected);
        // No model asked for: camera moves pick the Director model.
        QCOMPARE(lastCreate().value(u"model"_s).toString(), u"T2V-01-Director"_s);
        QCOMPARE(lastCreate().value(u"resolution"_s).toString(), u"720P"_s);
    }

    void imageToVideoSendsDataUrl_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("jpg") << u"still.jpg"_s << u"image/jpeg"_s;
        QTest::newRow("png") << u"still.png"_s << u"image/png"_s;
        QTest::newRow("webp") << u"still.webp"_s << u"image/webp"_s;
    }
    void imageToVideoSendsDataUrl()
    {
        QFETCH(QString, image);
        QFETCH(QString, mediaType);
        auto provider = makeProvider();
        GenerationRequest request;
        request.mode = GenerationMode::ImageToVideo;
        request.model = u"I2V-01-Director"_s;
        request.cameraMoves = {u"Zoom in"_s};
        request.firstFramePath = media(image);
        const auto receipt = submit(*provider, request);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
        const QString sent = lastCreate().value(u"first_frame_image"_s).toString();
        QVERIFY2(sent.startsWith(u"data:"_s + mediaType + u";base64,"_s), qPrintable(sent));
        // Provenance names the file, never carries the payload.
        QCOMPARE(receipt->value().parametersSent.value(u"first_frame_image"_s).toString(), image);
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Succeeded);
    }

    void imageToVideoFromCharacter()
    {
        auto provider = makeProvider();
        GenerationRequest request;
        request.mode = GenerationMode::ImageToVideo;
        request.prompt = u"she turns and smiles"_s;
        request.characterName = u"Ada"_s;
        request.characterImagePath = media(u"still.png"_s);
        request.duration = 10;
        const auto receipt = submit(*provider, request);
        QVERIFY(receipt && receipt->ok());
        QCOMPARE(lastCreate().value(u"duration"_s).toInt(), 10);
        QVERIFY(lastCreate()
                        .value(u"first_frame_image"_s)
                        .toString()
                        .startsWith(u"data:image/png;base64,"_s));
    }

    void subjectToVideo()
    {
        auto provider = makeProvider();
        GenerationRequest request;
        request.mode = GenerationMode::SubjectToVideo;
        request.prompt = u"The woman rides a bicycle through a market"_s;
        request.characterName = u"Ada"_s;
        request.characterImagePath = media(u"still.jpg"_s);
        const auto receipt = submit(*provider, request);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
        const QJsonObject sent = lastCreate();
        QCOMPARE(sent.value(u"model"_s).toString(), u"S2V-01"_s);
        const QJsonArray subjects = sent.value(u"subject_reference"_s).toArray();
        QCOMPARE(subjects.size(), 1);
        QCOMPARE(subjects.first().toObject().value(u"type"_s).toString(), u"character"_s);
        QVERIFY(subjects.first()
                        .toObject()
                        .value(u"image"_s)
                        .toArray()
                        .first()
                        .toString()
                        .startsWith(u"data:image/jpeg;base64,"_s));
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Succeeded);
    }

    // A refused create (non-zero base_resp) made no task: never "may have reached".
    void createErrorCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("1004 key") << 1004 << ProviderErrorKind::Auth;
        QTest::newRow("2049 region") << 2049 << ProviderErrorKind::Auth;
        QTest::newRow("1008 balance") << 1008 << ProviderErrorKind::Balance;
        QTest::newRow("2056 quota") << 2056 << ProviderErrorKind::Balance;
        QTest::newRow("1026 input") << 1026 << ProviderErrorKind::ContentPolicy;
        QTest::newRow("1027 output") << 1027 << ProviderErrorKind::ContentPolicy;
        QTest::newRow("1042 characters") << 1042 << ProviderErrorKind::Parameters;
        QTest::newRow("2013 params") << 2013 << ProviderErrorKind::Parameters;
        QTest::newRow("1002 rate") << 1002 << ProviderErrorKind::RateLimited;
        QTest::newRow("2045 growth") << 2045 << ProviderErrorKind::RateLimited;
        QTest::newRow("1000 unknown") << 1000 << ProviderErrorKind::Server;
        QTest::newRow("1033 system") << 1033 << ProviderErrorKind::Server;
        QTest::newRow("4242 undocumented") << 4242 << ProviderErrorKind::Unavailable;
    }
    void createErrorCodes()
    {
        QFETCH(int, code);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        // The server echoes the key in its message: it must not reach ours.
        fault({{u"endpoint"_s, u"minimax.create"_s},
               {u"kind"_s, u"base-resp"_s},
               {u"code"_s, code},
               {u"message"_s, u"bad request for key "_s + Key}});
        const auto receipt = submit(*provider, t2v(u"codes"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, kind);
        QCOMPARE(receipt->error().code, QString::number(code));
        QVERIFY(!receipt->error().mayHaveReachedServer);
        QVERIFY(receipt->error().message.contains(QString::number(code))
                || kind == ProviderErrorKind::Server || kind == ProviderErrorKind::RateLimited);
        QVERIFY(!receipt->error().message.contains(Key));
        QCOMPARE(m_fake.count(u"minimax.create"_s), 1);
    }

    // A task that fails later reports the code on the query.
    void failedTask_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("1027 output flagged") << 1027 << ProviderErrorKind::ContentPolicy;
        QTest::newRow("1026 input flagged") << 1026 << ProviderErrorKind::ContentPolicy;
        QTest::newRow("1008 balance") << 1008 << ProviderErrorKind::Balance;
        QTest::newRow("1000 server") << 1000 << ProviderErrorKind::Server;
    }
    void failedTask()
    {
        QFETCH(int, code);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        fault({{u"endpoint"_s, u"minimax.create"_s},
               {u"kind"_s, u"fail-task"_s},
               {u"code"_s, code}});
        const auto receipt = submit(*provider, t2v(u"fails later"_s));
        QVERIFY(receipt && receipt->ok());
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Failed);
        QCOMPARE(status->value().error.kind, kind);
        QCOMPARE(status->value().error.code, QString::number(code));
        QVERIFY(!status->value().error.message.isEmpty());
    }

    void stuckTaskStaysQueued()
    {
        auto provider = makeProvider();
        fault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, u"stuck"_s}});
        const auto receipt = submit(*provider, t2v(u"stuck"_s));
        QVERIFY(receipt && receipt->ok());
        for (int i = 0; i < 4; ++i) {
            const auto status = await<RemoteStatus>(
                    [&](auto done) { provider->poll(receipt->value().remoteTaskId, done); });
            QVERIFY(status && status->ok());
            QCOMPARE(status->value().state, RemoteStatus::State::Queued);
        }
    }

    void httpFaultsOnSubmit_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::addColumn<bool>("maybeSent");
        QTest::addColumn<int>("retryAfterMs");
        QTest::newRow("429 Retry-After 7")
                << 429 << 7 << ProviderErrorKind::RateLimited << false << 7000;
        QTest::newRow("429 no Retry-After")
                << 429 << -1 << ProviderErrorKind::RateLimited << false << -1;
        QTest::newRow("500") << 500 << -1 << ProviderErrorKind::Server << false << -1;
        QTest::newRow("503") << 503 << -1 << ProviderErrorKind::Server << false << -1;
        QTest::newRow("504 gateway timeout")
                << 504 << -1 << ProviderErrorKind::Server << true << -1;
        QTest::newRow("401") << 401 << -1 << ProviderErrorKind::Auth << false << -1;
    }
    void httpFaultsOnSubmit()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(ProviderErrorKind, kind);
        QFETCH(bool, maybeSent);
        QFETCH(int, retryAfterMs);
        auto provider = makeProvider();
        fault({{u"endpoint"_s, u"minimax.create"_s},
               {u"kind"_s, u"http"_s},
               {u"status"_s, status},
               {u"retryAfter"_s, retryAfter}});
        const auto receipt = submit(*provider, t2v(u"http fault"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, kind);
        QCOMPARE(receipt->error().mayHaveReachedServer, maybeSent);
        QCOMPARE(receipt->error().retryAfterMs, retryAfterMs);
        QCOMPARE(receipt->error().code, u"HTTP %1"_s.arg(status));
    }

    // Faults where the request was read but its answer lost or unreadable: maybe sent.
    void lostAnswersOnSubmit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ProviderErrorKind>("errorKind");
        QTest::newRow("timeout after sending") << u"hang"_s << ProviderErrorKind::Timeout;
        QTest::newRow("connection closed") << u"close"_s << ProviderErrorKind::Network;
        QTest::newRow("malformed JSON") << u"malformed-json"_s << ProviderErrorKind::Network;
        QTest::newRow("truncated body") << u"truncated"_s << ProviderErrorKind::Network;
        QTest::newRow("captive portal page")
                << u"wrong-content-type"_s << ProviderErrorKind::Network;
    }
    void lostAnswersOnSubmit()
    {
        QFETCH(QString, kind);
        QFETCH(ProviderErrorKind, errorKind);
        auto provider = makeProvider();
        provider->setTimeouts(1500, 1500);
        fault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, kind}});
        const auto receipt = submit(*provider, t2v(u"lost answer"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, errorKind);
        QVERIFY(receipt->error().mayHaveReachedServer);
        QVERIFY(receipt->error().message.contains(u"paid twice"_s));
        // The server got it exactly once; the provider never retries by itself.
        QCOMPARE(m_fake.promptCount(u"minimax"_s, u"lost answer"_s), 1);
    }

    void slowAnswerWithinTimeoutSucceeds()
    {
        auto provider = makeProvider();
        provider->setTimeouts(5000, 5000);
        fault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, u"slow"_s}, {u"delayMs"_s, 800}});
        const auto receipt = submit(*provider, t2v(u"slow"_s));
        QVERIFY(receipt && receipt->ok());
    }

    void pollFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("timeout") << QJsonObject{{u"kind"_s, u"hang"_s}}
                                 << ProviderErrorKind::Timeout;
        QTest::newRow("malformed")
                << QJsonObject{{u"kind"_s, u"malformed-json"_s}} << ProviderErrorKind::Network;
        QTest::newRow("web page") << QJsonObject{{u"kind"_s, u"wrong-content-type"_s}}
                                  << ProviderErrorKind::Network;
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"http"_s}, {u"status"_s, 500}}
                             << ProviderErrorKind::Server;
        QTest::newRow("1002") << QJsonObject{{u"kind"_s, u"base-resp"_s}, {u"code"_s, 1002}}
                              << ProviderErrorKind::RateLimited;
    }
    void pollFaults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        provider->setTimeouts(1500, 1500);
        const auto receipt = submit(*provider, t2v(u"poll faults"_s));
        QVERIFY(receipt && receipt->ok());
        fault.insert(u"endpoint"_s, u"minimax.query"_s);
        this->fault(fault);
        const auto status = await<RemoteStatus>(
                [&](auto done) { provider->poll(receipt->value().remoteTaskId, done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().kind, kind);
        QVERIFY(!status->error().mayHaveReachedServer); // polls never cost
        QVERIFY(status->error().isRetryable());
    }

    void unknownTaskIsNotFound()
    {
        auto provider = makeProvider();
        const auto status = await<RemoteStatus>(
                [&](auto done) { provider->poll(u"999999999999999"_s, done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().kind, ProviderErrorKind::NotFound);
    }

    void expiredLinkGetsAFreshOne()
    {
        auto provider = makeProvider();
        const auto receipt = submit(*provider, t2v(u"expired link"_s));
        QVERIFY(receipt && receipt->ok());
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        fault({{u"endpoint"_s, u"minimax.retrieve"_s}, {u"kind"_s, u"expired-link"_s}});
        const auto stale = await<QUrl>([&](auto done) {
            provider->resolveDownload(receipt->value().remoteTaskId, status->value(), done);
        });
        QVERIFY(stale && stale->ok());
        QCOMPARE(fetch(m_network, stale->value()).status, 403);
        // The service asks again after a 403; the new link works.
        const auto fresh = await<QUrl>([&](auto done) {
            provider->resolveDownload(receipt->value().remoteTaskId, status->value(), done);
        });
        QVERIFY(fresh && fresh->ok());
        QVERIFY(fresh->value() != stale->value());
        QCOMPARE(fetch(m_network, fresh->value()).status, 200);
        QCOMPARE(m_fake.count(u"minimax.create"_s), 1);
    }

    void wrongKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong") << u"sk-wrong-key-123456"_s << u"1004"_s;
        QTest::newRow("other region") << u"wrong-region-key-abcdef"_s << u"2049"_s;
    }
    void wrongKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, code);
        auto provider = makeProvider(key);
        const auto receipt = submit(*provider, t2v(u"wrong key"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Auth);
        QCOMPARE(receipt->error().code, code);
        QVERIFY(!receipt->error().message.contains(key));
        const auto access = await<Provider::Access>([&](auto done) { provider->checkAccess(done); });
        QVERIFY(access && access->ok());
        QVERIFY(access->value().keyPresent);
        QVERIFY(access->value().reachable);
        QVERIFY(!access->value().keyAccepted);
        QVERIFY(!access->value().detail.contains(key));
        seenMessages().append(QString(access->value().detail).replace(key, u"<wrong key>"_s));
    }

    void checkAccessWithGoodKey()
    {
        auto provider = makeProvider();
        const auto access = await<Provider::Access>([&](auto done) { provider->checkAccess(done); });
        QVERIFY(access && access->ok());
        QVERIFY(access->value().keyAccepted);
        QVERIFY(access->value().reachable);
        QCOMPARE(m_fake.count(u"minimax.create"_s), 0); // checking costs nothing
    }

    void unreachableServerWasNotSent()
    {
        MinimaxProvider provider(m_network);
        // A port nobody listens on: the fake's own, after it closes, would race; use port 9.
        provider.configure({QUrl(u"http://127.0.0.1:9/minimax"_s), Key});
        const auto receipt = submit(provider, t2v(u"nobody home"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Network);
        QVERIFY(!receipt->error().mayHaveReachedServer);
        QVERIFY(receipt->error().isRetryable());
    }

    void plainHttpOnlyToLoopback()
    {
        MinimaxProvider provider(m_network);
        provider.configure({QUrl(u"http://api.minimax.io"_s), Key});
        QVERIFY(!provider.isConfigured());
        const auto receipt = submit(provider, t2v(u"clear text"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Unavailable);
        QVERIFY(receipt->error().message.contains(u"https"_s));
        provider.configure({QUrl(u"https://api.minimax.io"_s), Key});
        QVERIFY(provider.isConfigured());
        provider.configure({QUrl(u"http://localhost:1/minimax"_s), Key});
        QVERIFY(provider.isConfigured());
        provider.configure({m_fake.minimaxBaseUrl(), QString()});
        QVERIFY(!provider.isConfigured());
    }

    void validationRefusesBeforeSending_data()
    {
        QTest::addColumn<GenerationRequest>("request");
        QTest::addColumn<QString>("says");
        auto i2v = [](const QString &path) {
            GenerationRequest r;
            r.mode = GenerationMode::ImageToVideo;
            r.model = u"I2V-01"_s;
            r.firstFramePath = path;
            return r;
        };
        GenerationRequest r = t2v(u"x"_s);
        r.model = u"video-99"_s;
        QTest::newRow("unknown model") << r << u"no model"_s;
        r = t2v(u"x"_s);
        r.model = u"I2V-01"_s;
        QTest::newRow("mode the model lacks") << r << u"cannot make"_s;
        r = t2v(u"x"_s);
        r.resolution = u"1080P"_s;
        r.duration = 10;
        QTest::newRow("10 s at 1080P") << r << u"768P"_s;
        r = t2v(u"x"_s);
        r.duration = 7;
        QTest::newRow("7 s") << r << u"6 or 10"_s;
        r = t2v(u"x"_s);
        r.resolution = u"512P"_s;
        QTest::newRow("512P on 2.3") << r << u"512P"_s;
        r = t2v(QString(2001, u'a'));
        QTest::newRow("prompt 2001") << r << u"Shorten it by 1"_s;
        r = t2v(QString(1990, u'a'));
        r.cameraMoves = {u"Pan left"_s};
        QTest::newRow("camera command pushes it over") << r << u"Shorten it by"_s;
        r = t2v(u"a cat [Pan left]"_s);
        QTest::newRow("typed bracket") << r << u"square brackets"_s;
        r = t2v(u"x"_s);
        r.model = u"MiniMax-Hailuo-2.3"_s;
        r.cameraMoves = {u"Pan left"_s};
        QTest::newRow("moves on a model without them") << r << u"T2V-01-Director"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Pan left"_s, u"Zoom in"_s, u"Tilt up"_s, u"Shake"_s};
        QTest::newRow("four moves") << r << u"at most 3"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Pan left"_s, u"Pan right"_s};
        QTest::newRow("opposite moves") << r << u"cannot run at the same time"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Dolly zoom"_s};
        QTest::newRow("free text move") << r << u"not a camera move"_s;
        r = t2v(u"  "_s);
        QTest::newRow("empty prompt") << r << u"empty"_s;
        QTest::newRow("small image") << i2v(u"small.png"_s) << u"over 300 px"_s;
        QTest::newRow("narrow image") << i2v(u"narrow.png"_s) << u"Crop it"_s;
        QTest::newRow("bmp image") << i2v(u"image.bmp"_s) << u"Convert it"_s;
        QTest::newRow("image over 20 MB") << i2v(u"big.png"_s) << u"at most 20 MB"_s;
        QTest::newRow("missing image") << i2v(u"nothing.png"_s) << u"missing"_s;
        r = i2v(QString());
        QTest::newRow("no first frame") << r << u"needs a first frame"_s;
        r = GenerationRequest();
        r.mode = GenerationMode::SubjectToVideo;
        r.prompt = u"x"_s;
        QTest::newRow("s2v without character") << r << u"character"_s;
        r = t2v(u"x"_s);
        r.mode = GenerationMode::TextToImage;
        QTest::newRow("images") << r << u"Segmind"_s;
        r = t2v(u"x"_s);
        r.extra = {{u"seed_strength"_s, 1}};
        QTest::newRow("unknown option") << r << u"no option"_s;
    }
    void validationRefusesBeforeSending()
    {
        QFETCH(GenerationRequest, request);
        QFETCH(QString, says);
        QVERIFY(makeImage(m_dir.filePath(u"small.png"_s), 300, 300, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"narrow.png"_s), 1600, 400, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"image.bmp"_s), 640, 360, "bmp"));
        QVERIFY(makeImage(m_dir.filePath(u"big.png"_s), 640, 360, "png", 21 * 1024 * 1024));
        if (!request.firstFramePath.isEmpty())
            request.firstFramePath = m_dir.filePath(request.firstFramePath);
        auto provider = makeProvider();
        const Status status = provider->validate(request);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(says), qPrintable(status.error().message));
        QCOMPARE(status.error().kind, ErrorKind::Refused);
        const auto receipt = submit(*provider, request);
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Parameters);
        QVERIFY(!receipt->error().mayHaveReachedServer);
        QCOMPARE(m_fake.count(u"minimax.create"_s), 0);
    }

    void destroyedProviderCallsNothing()
    {
        auto provider = makeProvider();
        fault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, u"slow"_s}, {u"delayMs"_s, 500}});
        bool called = false;
        provider->submit(t2v(u"abandoned"_s), [&](auto) { called = true; });
        QTRY_COMPARE(m_fake.count(u"minimax.create"_s), 1);
        provider.reset();
        QTest::qWait(1000);
        QVERIFY(!called);
    }

    void costs()
    {
        auto provider = makeProvider();
        GenerationRequest request = t2v(u"x"_s);
        QCOMPARE(provider->estimatedCost(request), 0.28);
        request.duration = 10;
        QCOMPARE(provider->estimatedCost(request), 0.56);
        request.duration = 6;
        request.resolution = u"1080P"_s;
        QCOMPARE(provider->estimatedCost(request), 0.49);
    }

    void cleanupTestCase()
    {
        QVERIFY(!seenMessages().isEmpty());
        for (const QString &message : std::as_const(seenMessages())) {
            QVERIFY2(!message.contains(Key), qPrintable(message));
            QVERIFY(!message.contains(u"Bearer"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestMinimaxProvider)
#include "tst_minimaxprovider.moc"
