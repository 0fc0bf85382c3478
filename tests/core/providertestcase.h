// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

// What the HTTP provider tests (tst_minimax*, tst_segmind*) share: the fake API they talk to, a
// network manager, a temporary folder, providers configured against the fake, faults, the fake's
// record of what was sent, the requests they start from, and the checks every HTTP provider must
// pass the same way (refusals send nothing, lost answers, poll faults, a destroyed provider, the
// key in no message or log line).

#include "fakeapiprocess.h"
#include "generation/minimaxprovider.h"
#include "generation/segmindprovider.h"
#include "providertest.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace mt::test {

using namespace Qt::StringLiterals;

// Where movietool-fakeapi plays a provider, its key there, and what a request for it carries.
template<typename P>
struct FakeApiFor;

template<>
struct FakeApiFor<MinimaxProvider>
{
    static constexpr const char *key = FakeApiProcess::MinimaxKey;
    static QUrl baseUrl(const FakeApiProcess &fake) { return fake.minimaxBaseUrl(); }
    static QString provider() { return QStringLiteral("minimax"); }
    static QString createEndpoint() { return QStringLiteral("minimax.create"); }
    static QString statusEndpoint() { return QStringLiteral("minimax.query"); }
    static QSize frameSize() { return {}; } // MiniMax takes no picture size
};

template<>
struct FakeApiFor<SegmindProvider>
{
    static constexpr const char *key = FakeApiProcess::SegmindKey;
    static QUrl baseUrl(const FakeApiProcess &fake) { return fake.segmindBaseUrl(); }
    static QString provider() { return QStringLiteral("segmind"); }
    static QString createEndpoint() { return QStringLiteral("segmind.submit"); }
    static QString statusEndpoint() { return QStringLiteral("segmind.status"); }
    static QSize frameSize() { return {1280, 720}; } // the project's picture: aspect ratios
};

// The base of a provider's test class (in place of QObject; the test keeps its own slots, which
// start the fake in initTestCase and reset it in init, and call the checks below that every HTTP
// provider must pass the same way). Main thread.
template<typename P>
class ProviderTestCase : public QObject
{
protected:
    static inline const QString Key = QString::fromLatin1(FakeApiFor<P>::key);

    // A provider talking to the fake with `key`.
    std::unique_ptr<P> makeProvider(const QString &key = Key)
    {
        auto provider = std::make_unique<P>(m_network);
        provider->configure({FakeApiFor<P>::baseUrl(m_fake), key});
        return provider;
    }
    // initTestCase's start: the fake, run with `arguments`, and the temporary folder.
    void startFake(const QStringList &arguments = {})
    {
        QVERIFY2(m_fake.start(arguments), qPrintable(m_fake.errorString()));
        QVERIFY(m_dir.isValid());
    }

    std::optional<ProviderResult<SubmitReceipt>> submit(P &provider, const GenerationRequest &r)
    {
        return await<SubmitReceipt>([&](auto done) { provider.submit(r, done); });
    }
    // submit(), holding the provider to the contract: exactly one answer, never from inside the
    // call. nullopt, with the test failed, when it broke that.
    std::optional<ProviderResult<SubmitReceipt>> submitOnce(P &provider, const GenerationRequest &r)
    {
        bool sync = false;
        int calls = 0;
        auto receipt = await<SubmitReceipt>([&](auto done) { provider.submit(r, done); },
                                            30000,
                                            &sync,
                                            &calls);
        if (sync || calls != 1) {
            QTest::qFail(sync ? "submit() answered from inside the call"
                              : "submit() did not answer exactly once",
                         __FILE__,
                         __LINE__);
            return std::nullopt;
        }
        return receipt;
    }
    // The body the fake last received on `endpoint` ("minimax.create").
    QJsonObject lastBody(const QString &endpoint)
    {
        return m_fake.stats()
                .value(QStringLiteral("lastBodies"))
                .toObject()
                .value(endpoint)
                .toObject();
    }
    // Makes the fake play `fault` (see tests/fakes/faultplan.h).
    void fault(const QJsonObject &fault)
    {
        QVERIFY2(m_fake.addFault(fault), qPrintable(m_fake.errorString()));
    }

    static GenerationRequest request(GenerationMode mode, const QString &prompt)
    {
        GenerationRequest r;
        r.provider = FakeApiFor<P>::provider();
        r.mode = mode;
        r.prompt = prompt;
        r.frameSize = FakeApiFor<P>::frameSize();
        return r;
    }
    static GenerationRequest t2v(const QString &prompt)
    {
        return request(GenerationMode::TextToVideo, prompt);
    }

    // A request the API would refuse is refused by validate() and by submit() (later, as the
    // contract says), and nothing reaches the server. Relative image paths are in m_dir.
    void checkRefusedBeforeSending(GenerationRequest request, const QString &says)
    {
        if (!request.firstFramePath.isEmpty() && !QFileInfo(request.firstFramePath).isAbsolute())
            request.firstFramePath = m_dir.filePath(request.firstFramePath);
        auto provider = makeProvider();
        const Status status = provider->validate(request);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(says), qPrintable(status.error().message));
        QCOMPARE(status.error().kind, ErrorKind::Refused);
        const auto receipt = submitOnce(*provider, request); // even a refusal arrives later
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Parameters);
        QVERIFY(!receipt->error().mayHaveReachedServer);
        QCOMPARE(m_fake.count(FakeApiFor<P>::createEndpoint()), 0);
    }

    // The result of a succeeded task downloads as an MP4 video.
    void checkDownloadsVideo(P &provider, const QString &taskId, const RemoteStatus &status)
    {
        const auto url = await<QUrl>(
                [&](auto done) { provider.resolveDownload(taskId, status, done); });
        QVERIFY(url && url->ok());
        const Fetched video = fetch(m_network, url->value());
        QCOMPARE(video.status, 200);
        QCOMPARE(video.contentType, QByteArray("video/mp4"));
        QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    }
    // The server was asked to create exactly once, with `prompt`.
    void checkCreatedOnce(const QString &prompt)
    {
        QCOMPARE(m_fake.promptCount(FakeApiFor<P>::provider(), prompt), 1);
        QCOMPARE(m_fake.count(FakeApiFor<P>::createEndpoint()), 1);
    }

    // Rows (kind, errorKind) of the faults in which the create request was read but its answer
    // was lost or cannot be read.
    static void addLostAnswerRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ProviderErrorKind>("errorKind");
        QTest::newRow("timeout after sending") << u"hang"_s << ProviderErrorKind::Timeout;
        QTest::newRow("connection closed") << u"close"_s << ProviderErrorKind::Network;
        QTest::newRow("malformed JSON") << u"malformed-json"_s << ProviderErrorKind::Network;
        QTest::newRow("truncated body") << u"truncated"_s << ProviderErrorKind::Network;
        QTest::newRow("body over the cap") << u"oversized"_s << ProviderErrorKind::Network;
        QTest::newRow("captive portal page")
                << u"wrong-content-type"_s << ProviderErrorKind::Network;
    }
    // A lost answer to a submit may have made a paid task: the error says so, and the server got
    // the request exactly once (the provider never retries by itself).
    void checkLostAnswerOnSubmit()
    {
        QFETCH(QString, kind);
        QFETCH(ProviderErrorKind, errorKind);
        auto provider = makeProvider();
        provider->setTimeouts(1500, 1500);
        fault({{u"endpoint"_s, FakeApiFor<P>::createEndpoint()}, {u"kind"_s, kind}});
        const auto receipt = submit(*provider, t2v(u"lost answer"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, errorKind);
        QVERIFY(receipt->error().mayHaveReachedServer);
        QVERIFY(receipt->error().message.contains(u"paid twice"_s));
        QCOMPARE(m_fake.promptCount(FakeApiFor<P>::provider(), u"lost answer"_s), 1);
    }

    // Columns (fault, kind) and the rows of the transport faults a poll can meet; the test adds
    // its API's own.
    static void addPollTransportFaultRows()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::newRow("timeout") << QJsonObject{{u"kind"_s, u"hang"_s}}
                                 << ProviderErrorKind::Timeout;
        QTest::newRow("malformed")
                << QJsonObject{{u"kind"_s, u"malformed-json"_s}} << ProviderErrorKind::Network;
        QTest::newRow("web page") << QJsonObject{{u"kind"_s, u"wrong-content-type"_s}}
                                  << ProviderErrorKind::Network;
        QTest::newRow("body over the cap")
                << QJsonObject{{u"kind"_s, u"oversized"_s}} << ProviderErrorKind::Network;
    }
    // A poll that meets the fetched fault fails with its kind, retryably, and never costs.
    void checkPollFault()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(ProviderErrorKind, kind);
        auto provider = makeProvider();
        provider->setTimeouts(1500, 1500);
        const auto receipt = submit(*provider, t2v(u"poll faults"_s));
        QVERIFY(receipt && receipt->ok());
        fault.insert(u"endpoint"_s, FakeApiFor<P>::statusEndpoint());
        this->fault(fault);
        const auto status = await<RemoteStatus>(
                [&](auto done) { provider->poll(receipt->value().remoteTaskId, done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().kind, kind);
        QVERIFY(!status->error().mayHaveReachedServer); // polls never cost
        QVERIFY(status->error().isRetryable());
    }

    // Polling a task id the server never gave out is NotFound (not retried).
    void checkUnknownTaskIsNotFound(const QString &taskId)
    {
        auto provider = makeProvider();
        const auto status = await<RemoteStatus>([&](auto done) { provider->poll(taskId, done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().kind, ProviderErrorKind::NotFound);
    }

    void checkStuckTaskStaysQueued()
    {
        auto provider = makeProvider();
        fault({{u"endpoint"_s, FakeApiFor<P>::createEndpoint()}, {u"kind"_s, u"stuck"_s}});
        const auto receipt = submit(*provider, t2v(u"stuck"_s));
        QVERIFY(receipt && receipt->ok());
        for (int i = 0; i < 4; ++i) {
            const auto status = await<RemoteStatus>(
                    [&](auto done) { provider->poll(receipt->value().remoteTaskId, done); });
            QVERIFY(status && status->ok());
            QCOMPARE(status->value().state, RemoteStatus::State::Queued);
        }
    }

    // A server nobody listens on: a network error, retryable, and surely not sent.
    void checkUnreachableServerWasNotSent()
    {
        P provider(m_network);
        // A port nobody listens on: the fake's own, after it closes, would race; use port 9.
        provider.configure({QUrl(u"http://127.0.0.1:9/"_s + FakeApiFor<P>::provider()), Key});
        const auto receipt = submit(provider, t2v(u"nobody home"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Network);
        QVERIFY(!receipt->error().mayHaveReachedServer);
        QVERIFY(receipt->error().isRetryable());
    }

    // A provider destroyed while its request is under way calls nobody back.
    void checkDestroyedProviderCallsNothing()
    {
        auto provider = makeProvider();
        const QString endpoint = FakeApiFor<P>::createEndpoint();
        fault({{u"endpoint"_s, endpoint}, {u"kind"_s, u"slow"_s}, {u"delayMs"_s, 500}});
        bool called = false;
        provider->submit(t2v(u"abandoned"_s), [&](auto) { called = true; });
        QTRY_COMPARE(m_fake.count(endpoint), 1);
        provider.reset();
        QTest::qWait(1000);
        QVERIFY(!called);
    }

    // No message a provider produced carries the key.
    static void checkKeyInNoMessage()
    {
        for (const QString &message : std::as_const(seenMessages()))
            QVERIFY2(!message.contains(Key), qPrintable(message));
    }
    // Every HTTP exchange was logged, and no log line carries the key (after captureLogs()).
    static void checkKeyInNoLogLine()
    {
        QVERIFY(std::any_of(seenLogLines().cbegin(), seenLogLines().cend(), [](const QString &line) {
            return line.startsWith(u"mt.generation.http"_s);
        }));
        for (const QString &line : std::as_const(seenLogLines()))
            QVERIFY2(!line.contains(Key), qPrintable(line));
    }

    QNetworkAccessManager m_network;
    FakeApiProcess m_fake;
    QTemporaryDir m_dir;
};

} // namespace mt::test
