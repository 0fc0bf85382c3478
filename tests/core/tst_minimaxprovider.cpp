// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// MinimaxProvider against movietool-fakeapi on loopback: every mode end to end, every fault the
// fake can play mapped to its typed error (and whether a submit may have reached the server),
// validation refusals that send nothing, and the key in no message.
#include "providertestcase.h"
#include "testmedia.h"

#include <QJsonArray>
#include <QTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TestMinimaxProvider : public ProviderTestCase<MinimaxProvider>
{
    Q_OBJECT

private:
    QJsonObject lastCreate() { return lastBody(u"minimax.create"_s); }

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
        QVERIFY(provider->isConfigured());
        GenerationRequest request = t2v(u"A cat walks along a wall at dusk"_s);
        request.resolution = u"1080P"_s;
        request.promptOptimizer = false;
        const auto receipt = submitOnce(*provider, request);
        QVERIFY(receipt);
        QVERIFY2(receipt->ok(), qPrintable(why(*receipt)));
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

        checkDownloadsVideo(*provider, receipt->value().remoteTaskId, status->value());
        checkCreatedOnce(request.prompt);
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

    void stuckTaskStaysQueued() { checkStuckTaskStaysQueued(); }

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
    void lostAnswersOnSubmit_data() { addLostAnswerRows(); }
    void lostAnswersOnSubmit() { checkLostAnswerOnSubmit(); }

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
        addPollTransportFaultRows();
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"http"_s}, {u"status"_s, 500}}
                             << ProviderErrorKind::Server;
        QTest::newRow("1002") << QJsonObject{{u"kind"_s, u"base-resp"_s}, {u"code"_s, 1002}}
                              << ProviderErrorKind::RateLimited;
    }
    void pollFaults() { checkPollFault(); }

    void unknownTaskIsNotFound() { checkUnknownTaskIsNotFound(u"999999999999999"_s); }

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

    void unreachableServerWasNotSent() { checkUnreachableServerWasNotSent(); }

    void destroyedProviderCallsNothing() { checkDestroyedProviderCallsNothing(); }

    void cleanupTestCase()
    {
        checkKeyInNoLogLine();
        checkKeyInNoMessage();
        for (const QString &message : std::as_const(seenMessages()))
            QVERIFY(!message.contains(u"Bearer"_s));
    }
};

QTEST_GUILESS_MAIN(TestMinimaxProvider)
#include "tst_minimaxprovider.moc"
