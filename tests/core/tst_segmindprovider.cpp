// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// SegmindProvider against movietool-fakeapi on loopback: Kling text→video and image→video and a
// Flux portrait end to end, every fault the fake can play mapped to its typed error (and whether
// a submit may have reached the server), validation refusals that send nothing, the key in no
// message.
#include "providertestcase.h"
#include "testmedia.h"

#include <QTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TestSegmindProvider : public ProviderTestCase<SegmindProvider>
{
    Q_OBJECT

private:
    QJsonObject lastSubmit() { return lastBody(u"segmind.submit"_s); }
    // Submits, polls to the end and downloads; the fetched file.
    Fetched generate(SegmindProvider &provider,
                     const GenerationRequest &r,
                     std::optional<double> *cost = nullptr)
    {
        const auto receipt = submit(provider, r);
        if (!receipt || !receipt->ok())
            return {};
        const auto status = pollToEnd(provider, receipt->value().remoteTaskId);
        if (!status || !status->ok() || status->value().state != RemoteStatus::State::Succeeded)
            return {};
        if (cost)
            *cost = status->value().cost;
        const auto url = await<QUrl>([&](auto done) {
            provider.resolveDownload(receipt->value().remoteTaskId, status->value(), done);
        });
        if (!url || !url->ok())
            return {};
        return fetch(m_network, url->value());
    }

private slots:
    void initTestCase()
    {
        captureLogs();
        startFake({u"--steps"_s, u"1"_s});
    }
    void init() { QVERIFY(m_fake.reset()); }

    void textToVideoEndToEnd()
    {
        auto provider = makeProvider();
        GenerationRequest r = t2v(u"A knight walks through fog"_s);
        r.duration = 10;
        r.resolution = u"1080P"_s;
        r.frameSize = QSize(1080, 1920);
        r.extra = {{u"negative_prompt"_s, u"buildings"_s}};
        const auto receipt = submitOnce(*provider, r);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
        const QJsonObject sent = lastSubmit();
        QCOMPARE(sent.value(u"prompt"_s).toString(), r.prompt);
        QCOMPARE(sent.value(u"duration"_s).toString(), u"10"_s);
        QCOMPARE(sent.value(u"mode"_s).toString(), u"pro"_s);
        QCOMPARE(sent.value(u"aspect_ratio"_s).toString(), u"9:16"_s); // from the project
        QCOMPARE(sent.value(u"negative_prompt"_s).toString(), u"buildings"_s);
        QCOMPARE(receipt->value().parametersSent.value(u"model"_s).toString(),
                 u"kling-1.6-text2video"_s);

        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Succeeded);
        QVERIFY(status->value().downloadUrl.isValid());
        QVERIFY(status->value().cost.has_value());
        checkDownloadsVideo(*provider, receipt->value().remoteTaskId, status->value());
        checkCreatedOnce(r.prompt);
    }

    void cameraMoveUsesKlingCameraControl()
    {
        auto provider = makeProvider();
        GenerationRequest r = t2v(u"a castle on a hill"_s);
        r.cameraMoves = {u"pan-left"_s};
        const auto receipt = submit(*provider, r);
        QVERIFY(receipt && receipt->ok());
        const QJsonObject sent = lastSubmit();
        QCOMPARE(sent.value(u"camera_control_config"_s).toString(), u"pan"_s);
        QCOMPARE(sent.value(u"camera_control_config_value"_s).toInt(), -5);
        QCOMPARE(receipt->value().parametersSent.value(u"model"_s).toString(),
                 u"kling-text2video"_s);
    }

    void imageToVideo_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("fromCharacter");
        QTest::newRow("kling 1.6") << u"kling-1.6-image2video"_s << false;
        QTest::newRow("kling 1.0") << u"kling-image2video"_s << false;
        QTest::newRow("kling 2.1 from a character") << u"kling-2.1"_s << true;
    }
    void imageToVideo()
    {
        QFETCH(QString, model);
        QFETCH(bool, fromCharacter);
        auto provider = makeProvider();
        GenerationRequest r = request(GenerationMode::ImageToVideo, u"she turns and smiles"_s);
        r.model = model;
        if (fromCharacter) {
            r.characterName = u"Ada"_s;
            r.characterImagePath = media(u"still.png"_s);
        } else {
            r.firstFramePath = media(u"still.jpg"_s);
        }
        const auto receipt = submit(*provider, r);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
        const QString image = lastSubmit().value(u"image"_s).toString();
        // Raw base64 of the file: a JPEG starts /9j/, a PNG iVBOR.
        QVERIFY2(image.startsWith(fromCharacter ? u"iVBOR"_s : u"/9j/"_s), qPrintable(image));
        QCOMPARE(receipt->value().parametersSent.value(u"image"_s).toString(),
                 fromCharacter ? u"still.png"_s : u"still.jpg"_s);
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        QCOMPARE(status->value().state, RemoteStatus::State::Succeeded);
    }

    void portraitImage_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("fast-flux-schnell") << u"fast-flux-schnell"_s;
        QTest::newRow("flux-schnell") << u"flux-schnell"_s;
    }
    void portraitImage()
    {
        QFETCH(QString, model);
        auto provider = makeProvider();
        GenerationRequest r = request(GenerationMode::TextToImage,
                                      u"portrait of a red-haired knight, studio light"_s);
        r.model = model;
        r.frameSize = QSize(720, 1280);
        r.seed = 42;
        std::optional<double> cost;
        const Fetched image = generate(*provider, r, &cost);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.contentType, QByteArray("image/jpeg"));
        QVERIFY(image.body.startsWith("\xFF\xD8\xFF"));
        QVERIFY(cost && *cost > 0);
        const QJsonObject sent = lastSubmit();
        QCOMPARE(sent.value(u"seed"_s).toInt(), 42);
        if (model == u"flux-schnell"_s) {
            QCOMPARE(sent.value(u"height"_s).toInt(), 1024);
            QCOMPARE(sent.value(u"width"_s).toInt() % 8, 0);
        } else {
            QCOMPARE(sent.value(u"aspect_ratio"_s).toString(), u"9:16"_s);
        }
    }

    void submitHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("401") << 401 << QString() << -1 << ProviderErrorKind::Auth;
        QTest::newRow("403") << 403 << QString() << -1 << ProviderErrorKind::Auth;
        QTest::newRow("406 credits") << 406 << QString() << -1 << ProviderErrorKind::Balance;
        QTest::newRow("406 spend limit")
                << 406 << u"Team spend limit reached"_s << -1 << ProviderErrorKind::Balance;
        QTest::newRow("406 bad value")
                << 406 << u"mode must be std or pro"_s << -1 << ProviderErrorKind::Parameters;
        QTest::newRow("402") << 402 << u"Payment required"_s << -1 << ProviderErrorKind::Balance;
        QTest::newRow("400") << 400 << u"Prompt is Mandatory and must be string"_s << -1
                             << ProviderErrorKind::Parameters;
        QTest::newRow("404 model")
                << 404 << u"Model not found"_s << -1 << ProviderErrorKind::Parameters;
        QTest::newRow("410 retired") << 410 << QString() << -1 << ProviderErrorKind::Parameters;
        QTest::newRow("405 html") << 405 << QString() << -1 << ProviderErrorKind::Unavailable;
        QTest::newRow("429 reset in 5 s")
                << 429 << QString() << 5 << ProviderErrorKind::RateLimited;
        QTest::newRow("500") << 500 << QString() << -1 << ProviderErrorKind::Server;
        QTest::newRow("503") << 503 << QString() << -1 << ProviderErrorKind::Server;
    }
    void submitHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(int, retryAfter);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        QJsonObject f{{u"endpoint"_s, u"segmind.submit"_s},
                      {u"kind"_s, u"http"_s},
                      {u"status"_s, status},
                      {u"retryAfter"_s, retryAfter}};
        // A server that quotes the key back must not get it into our message.
        f.insert(u"message"_s, message.isEmpty() ? QString() : message + u" (key "_s + Key + u")"_s);
        fault(f);
        const auto receipt = submit(*provider, t2v(u"http error"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, kind);
        QCOMPARE(receipt->error().code, u"HTTP %1"_s.arg(status));
        QVERIFY(!receipt->error().mayHaveReachedServer); // only HTTP 200 is billed
        QVERIFY(!receipt->error().message.contains(Key));
        if (retryAfter > 0)
            QVERIFY(receipt->error().retryAfterMs > 0
                    && receipt->error().retryAfterMs <= retryAfter * 1000);
    }

    void lostAnswersOnSubmit_data() { addLostAnswerRows(); }
    void lostAnswersOnSubmit() { checkLostAnswerOnSubmit(); }

    void failedJob_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("moderation") << u"Content moderation: the prompt was flagged"_s
                                    << ProviderErrorKind::ContentPolicy;
        QTest::newRow("validation")
                << u"Prompt is Mandatory and must be string"_s << ProviderErrorKind::Parameters;
        QTest::newRow("model failure") << u"CUDA out of memory"_s << ProviderErrorKind::Server;
    }
    void failedJob()
    {
        QFETCH(QString, reason);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        fault({{u"endpoint"_s, u"segmind.submit"_s},
               {u"kind"_s, u"fail-task"_s},
               {u"message"_s, reason}});
        const auto receipt = submit(*provider, t2v(u"fails later"_s));
        QVERIFY(receipt && receipt->ok());
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok()); // HTTP 422 with a FAILED body is an answer, not an error
        QCOMPARE(status->value().state, RemoteStatus::State::Failed);
        QCOMPARE(status->value().error.kind, kind);
        QVERIFY(status->value().error.message.contains(reason));
    }

    void stuckJobStaysQueued() { checkStuckTaskStaysQueued(); }

    void pollFaults_data()
    {
        addPollTransportFaultRows();
        QTest::newRow("429") << QJsonObject{{u"kind"_s, u"http"_s},
                                            {u"status"_s, 429},
                                            {u"retryAfter"_s, 2}}
                             << ProviderErrorKind::RateLimited;
        QTest::newRow("502") << QJsonObject{{u"kind"_s, u"http"_s}, {u"status"_s, 502}}
                             << ProviderErrorKind::Server;
    }
    void pollFaults() { checkPollFault(); }

    void unknownJobIsNotFound() { checkUnknownTaskIsNotFound(u"no-such-job"_s); }

    void expiredOutputLinkIsAskedForAgain()
    {
        auto provider = makeProvider();
        const auto receipt = submit(*provider, t2v(u"expired link"_s));
        QVERIFY(receipt && receipt->ok());
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        fault({{u"endpoint"_s, u"segmind.download"_s}, {u"kind"_s, u"expired-link"_s}});
        QCOMPARE(fetch(m_network, status->value().downloadUrl).status, 403);
        const auto url = await<QUrl>([&](auto done) {
            provider->resolveDownload(receipt->value().remoteTaskId, status->value(), done);
        });
        QVERIFY(url && url->ok());
        QCOMPARE(fetch(m_network, url->value()).status, 200);
        QCOMPARE(m_fake.count(u"segmind.submit"_s), 1);
    }

    // The download faults the service meets: the fake plays them on the output URL.
    void downloadFaultsAreServed()
    {
        auto provider = makeProvider();
        const auto receipt = submit(*provider, t2v(u"download faults"_s));
        QVERIFY(receipt && receipt->ok());
        const auto status = pollToEnd(*provider, receipt->value().remoteTaskId);
        QVERIFY(status && status->ok());
        const QUrl url = status->value().downloadUrl;
        const Fetched whole = fetch(m_network, url);
        QCOMPARE(whole.status, 200);
        fault({{u"endpoint"_s, u"segmind.download"_s}, {u"kind"_s, u"truncated"_s}});
        const Fetched cut = fetch(m_network, url);
        QVERIFY(cut.error != QNetworkReply::NoError || cut.body.size() < whole.body.size());
        QVERIFY(cut.body.size() < whole.body.size());
        fault({{u"endpoint"_s, u"segmind.download"_s}, {u"kind"_s, u"wrong-content-type"_s}});
        const Fetched page = fetch(m_network, url);
        QVERIFY(page.contentType.startsWith("text/html"));
    }

    void wrongKeyAndAccess()
    {
        const QString wrong = u"sg-wrong-key-0123456789"_s;
        auto provider = makeProvider(wrong);
        const auto receipt = submit(*provider, t2v(u"wrong key"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Auth);
        QVERIFY(!receipt->error().message.contains(wrong));
        const auto denied = await<Provider::Access>([&](auto done) { provider->checkAccess(done); });
        QVERIFY(denied && denied->ok());
        QVERIFY(denied->value().keyPresent);
        QVERIFY(denied->value().reachable);
        QVERIFY(!denied->value().keyAccepted);

        auto good = makeProvider();
        const auto access = await<Provider::Access>([&](auto done) { good->checkAccess(done); });
        QVERIFY(access && access->ok());
        QVERIFY(access->value().keyAccepted);
        QVERIFY(access->value().detail.contains(u"9.72"_s));
        // Only the refused submit above reached a paid endpoint; checking access did not.
        QCOMPARE(m_fake.count(u"segmind.submit"_s), 1);
        QCOMPARE(m_fake.count(u"segmind.credits"_s), 2);
    }

    void unreachableAndNotConfigured()
    {
        checkUnreachableServerWasNotSent();

        SegmindProvider provider(m_network);
        provider.configure({QUrl(u"http://api.segmind.com"_s), Key});
        QVERIFY(!provider.isConfigured());
        const auto refused = submit(provider, t2v(u"clear text"_s));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, ProviderErrorKind::Unavailable);
        provider.configure({m_fake.segmindBaseUrl(), QString()});
        const auto noKey = submit(provider, t2v(u"no key"_s));
        QVERIFY(noKey && !noKey->ok());
        QCOMPARE(noKey->error().kind, ProviderErrorKind::Unavailable);
        QVERIFY(noKey->error().message.contains(u"MOVIETOOL_SEGMIND_API_KEY"_s));
    }

    // The fake's v1 sync endpoint (the provider uses v2): bytes and accounting headers, key and
    // content type checked, as §2 and §8 of the notes say.
    void fakeSyncEndpoint()
    {
        auto post = [&](const QByteArray &key, const QByteArray &type) {
            QNetworkRequest request(
                    QUrl(m_fake.segmindBaseUrl().toString() + u"/v1/fast-flux-schnell"_s));
            if (!key.isEmpty())
                request.setRawHeader("x-api-key", key);
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
            QNetworkReply *reply = m_network.post(request,
                                                  R"({"prompt":"a red fox","aspect_ratio":"1:1"})");
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return std::tuple{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->rawHeader("Content-Type"),
                              reply->rawHeader("x-cost"),
                              reply->readAll()};
        };
        const auto [status, type, cost, body] = post(Key.toUtf8(), "application/json");
        QCOMPARE(status, 200);
        QCOMPARE(type, QByteArray("image/jpeg"));
        QVERIFY(!cost.isEmpty());
        QVERIFY(body.startsWith("\xFF\xD8\xFF"));
        QCOMPARE(std::get<0>(post(QByteArray(), "application/json")), 401);
        QCOMPARE(std::get<0>(post(Key.toUtf8(), "text/plain")), 406);
        // Per-prompt counts leave out requests refused for their key.
        QCOMPARE(m_fake.promptCount(u"segmind"_s, u"a red fox"_s), 2);
    }

    void destroyedProviderCallsNothing() { checkDestroyedProviderCallsNothing(); }

    void cleanupTestCase()
    {
        checkKeyInNoLogLine();
        checkKeyInNoMessage();
    }
};

QTEST_GUILESS_MAIN(TestSegmindProvider)
#include "tst_segmindprovider.moc"
