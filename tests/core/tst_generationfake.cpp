// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// End to end: GenerationService with the real MiniMax and Segmind providers, made and configured
// by ProviderRegistry (keys and base URLs from the environment, as headless runs get them),
// against movietool-fakeapi. Every mode's happy path ends with a probed asset in media/outputs,
// its provenance, its clip and exactly one paid request; every fault the fake can play is met
// the way the issue asks; the key reaches no database byte, log line or message.
#include "fakeapiprocess.h"
#include "generationfixture.h"
#include "providertest.h"

#include "generation/credentialstore.h"
#include "generation/providerregistry.h"
#include "media/mediaprobe.h"
#include "storage/characterstore.h"
#include "storage/medialibrary.h"
#include "storage/timelinestore.h"
#include "testmedia.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TstGenerationFake : public QObject
{
    Q_OBJECT

private:
    FakeApiProcess fake;
    GenerationFixture f;
    std::unique_ptr<CredentialStore> credentials;

    GenerationRequest request(const QString &provider,
                              GenerationMode mode = GenerationMode::TextToVideo,
                              const QString &prompt = u"A lighthouse in fog"_s)
    {
        GenerationRequest r;
        r.provider = provider;
        r.mode = mode;
        r.prompt = prompt;
        r.projectId = f.project;
        return r;
    }

    qint64 start(const GenerationRequest &r)
    {
        Result<QList<GenerationTask>> tasks = f.service().generate(r);
        if (!tasks.ok()) {
            qWarning() << "generate refused:" << tasks.error().message;
            return 0;
        }
        return tasks->first().id;
    }

    GenerationTask task(qint64 id) { return *f.service().tasks().get(id); }

    // Starts and waits until the service stops working on it.
    GenerationTask run(const GenerationRequest &r, int timeoutMs = 60000)
    {
        const qint64 id = start(r);
        if (id == 0)
            return {};
        if (!f.waitSettled(id, timeoutMs))
            qWarning() << "task" << id << "did not settle; it is" << taskStateName(task(id).state);
        return task(id);
    }

    qint64 imageAsset()
    {
        const Result<MediaLibrary::Imported> still
                = f.library().media().importFile(f.project, media(u"still.jpg"_s));
        return still ? still->asset.id : 0;
    }

    qint64 characterWithImage()
    {
        const Result<Character> character = f.library().characters().create(u"Mara"_s);
        if (!character)
            return 0;
        if (!f.library().media().addCharacterImage(character->id, media(u"still.png"_s), true))
            return 0;
        return character->id;
    }

    // Media files under media/outputs (temporary downloads included).
    QStringList outputFiles()
    {
        QStringList files;
        QDirIterator it(f.library().paths().outputs(), QDir::Files | QDir::Hidden);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // The task's result: a probed video in media/outputs, provenance, on the timeline.
    void verifyLanded(const GenerationTask &t)
    {
        QVERIFY2(t.state == TaskState::Done, qPrintable(taskStateName(t.state) + u": "_s + t.error));
        QVERIFY(t.error.isEmpty());
        const Result<Asset> asset = f.library().assets().get(t.resultAssetId);
        MT_VERIFY_OK(asset);
        QCOMPARE(asset->origin, AssetOrigin::Generated);
        QCOMPARE(asset->projectId, f.project);
        QVERIFY2(asset->relativePath.startsWith(u"media/outputs/"_s),
                 qPrintable(asset->relativePath));
        QVERIFY2(asset->relativePath.endsWith(u".mp4"_s), qPrintable(asset->relativePath));
        const QString file = f.library().paths().absolute(asset->relativePath);
        QVERIFY(QFile::exists(file));
        QVERIFY(asset->info.video.has_value());
        QVERIFY(asset->info.duration > 0);
        const Result<MediaInfo> probed = MediaProbe::probe(file);
        MT_VERIFY_OK(probed);
        QVERIFY(probed->video.has_value());

        QSqlQuery provenance(f.db().connection());
        QVERIFY(provenance.exec(u"SELECT provider, model, prompt, task_id, params FROM "
                                u"asset_provenance WHERE asset_id = %1"_s.arg(asset->id)));
        QVERIFY(provenance.next());
        QCOMPARE(provenance.value(0).toString(), t.request.provider);
        QCOMPARE(provenance.value(1).toString(), t.request.model);
        QCOMPARE(provenance.value(2).toString(), t.promptSent);
        QCOMPARE(provenance.value(3).toLongLong(), t.id);
        QVERIFY(!provenance.value(4).toString().isEmpty());

        const Result<Timeline> timeline = TimelineStore(f.db()).load(f.project);
        MT_VERIFY_OK(timeline);
        QCOMPARE(timeline->clips.size(), 1);
        QCOMPARE(timeline->clips.first().assetId, asset->id);
        // Nothing half-downloaded left behind.
        for (const QString &path : outputFiles())
            QVERIFY2(!path.endsWith(u".part"_s), qPrintable(path));
    }

    QString createEndpoint(const QString &provider)
    {
        return provider == u"minimax"_s ? u"minimax.create"_s : u"segmind.submit"_s;
    }

    void addFault(const QJsonObject &fault)
    {
        QVERIFY2(fake.addFault(fault), qPrintable(fake.errorString()));
    }

    // No file of the library (database, its journal, media) holds the key.
    void verifyKeyAbsent()
    {
        const QList<QByteArray> keys{FakeApiProcess::MinimaxKey, FakeApiProcess::SegmindKey};
        QDirIterator it(f.path(u"library"_s),
                        QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int databases = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (bytes.startsWith("SQLite format 3"))
                ++databases;
            for (const QByteArray &key : keys)
                QVERIFY2(!bytes.contains(key), qPrintable(path));
        }
        QVERIFY(databases > 0);
        const Result<QList<GenerationTask>> all = f.service().tasks().list(0);
        MT_VERIFY_OK(all);
        for (const GenerationTask &t : *all) {
            for (const QByteArray &key : keys) {
                QVERIFY(!t.error.contains(QString::fromLatin1(key)));
                QVERIFY(!QJsonDocument(t.toJson()).toJson().contains(key));
            }
        }
    }

private slots:
    void initTestCase()
    {
        captureLogs();
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        qputenv("MOVIETOOL_MINIMAX_API_KEY", FakeApiProcess::MinimaxKey);
        qputenv("MOVIETOOL_SEGMIND_API_KEY", FakeApiProcess::SegmindKey);
        qputenv("MOVIETOOL_MINIMAX_BASE_URL", fake.minimaxBaseUrl().toString().toUtf8());
        qputenv("MOVIETOOL_SEGMIND_BASE_URL", fake.segmindBaseUrl().toString().toUtf8());
    }

    void init()
    {
        QVERIFY(fake.reset());
        QVERIFY(f.open());
        ProviderRegistry::registerBuiltIn(f.service(), {f.jobs(), f.network(), f.path(u"work"_s)});
        credentials = std::make_unique<CredentialStore>(f.path(u"credentials.json"_s));
        credentials->setKeychainEnabled(false);
        bool configured = false;
        QStringList problems;
        ProviderRegistry::configure(f.service(), *credentials, [&](QStringList p) {
            problems = p;
            configured = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return configured; }, 10000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(f.service().provider(u"minimax"_s)->isConfigured());
        QVERIFY(f.service().provider(u"segmind"_s)->isConfigured());
        // The fake answers at once and needs no protection: poll often, no per-minute limit.
        for (const QString &name : {u"minimax"_s, u"segmind"_s})
            f.service().overrideLimits(name, ProviderLimits{0, 2, 50, 120});
    }

    void cleanup()
    {
        verifyKeyAbsent();
        f.stop();
        credentials.reset();
    }

    void cleanupTestCase()
    {
        QVERIFY(!seenLogLines().isEmpty()); // the capture works
        for (const QString &line : std::as_const(seenLogLines())) {
            QVERIFY2(!line.contains(QLatin1StringView(FakeApiProcess::MinimaxKey)),
                     qPrintable(line));
            QVERIFY2(!line.contains(QLatin1StringView(FakeApiProcess::SegmindKey)),
                     qPrintable(line));
        }
        fake.stop();
    }

    void happyPath_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("modeIndex");
        QTest::addColumn<QStringList>("moves");
        QTest::addColumn<QString>("model");       // expected, chosen by the service
        QTest::addColumn<QString>("promptStart"); // of the prompt as sent
        using M = GenerationMode;
        QTest::newRow("minimax t2v") << u"minimax"_s << int(M::TextToVideo) << QStringList()
                                     << u"MiniMax-Hailuo-2.3"_s << u"A lighthouse"_s;
        QTest::newRow("minimax i2v") << u"minimax"_s << int(M::ImageToVideo) << QStringList()
                                     << u"MiniMax-Hailuo-2.3"_s << u"A lighthouse"_s;
        QTest::newRow("minimax s2v") << u"minimax"_s << int(M::SubjectToVideo) << QStringList()
                                     << u"S2V-01"_s << u"A lighthouse"_s;
        QTest::newRow("minimax director t2v")
                << u"minimax"_s << int(M::TextToVideo) << QStringList{u"push-in"_s, u"Pan left"_s}
                << u"T2V-01-Director"_s << u"[Push in, Pan left] A lighthouse"_s;
        QTest::newRow("minimax director i2v")
                << u"minimax"_s << int(M::ImageToVideo) << QStringList{u"Tilt up"_s}
                << u"I2V-01-Director"_s << u"[Tilt up] A lighthouse"_s;
        QTest::newRow("segmind kling t2v") << u"segmind"_s << int(M::TextToVideo) << QStringList()
                                           << u"kling-1.6-text2video"_s << u"A lighthouse"_s;
        QTest::newRow("segmind kling i2v") << u"segmind"_s << int(M::ImageToVideo) << QStringList()
                                           << u"kling-1.6-image2video"_s << u"A lighthouse"_s;
    }

    void happyPath()
    {
        QFETCH(QString, provider);
        QFETCH(int, modeIndex);
        const auto mode = GenerationMode(modeIndex);
        QFETCH(QStringList, moves);
        QFETCH(QString, model);
        QFETCH(QString, promptStart);
        GenerationRequest r = request(provider, mode);
        r.cameraMoves = moves;
        if (mode == GenerationMode::ImageToVideo) {
            r.firstFrameAssetId = imageAsset();
            QVERIFY(r.firstFrameAssetId > 0);
        }
        if (mode == GenerationMode::SubjectToVideo) {
            r.characterId = characterWithImage();
            QVERIFY(r.characterId > 0);
        }
        const GenerationTask t = run(r);
        verifyLanded(t);
        QCOMPARE(t.request.model, model);
        QVERIFY2(t.promptSent.startsWith(promptStart), qPrintable(t.promptSent));
        QCOMPARE(fake.count(createEndpoint(provider)), 1);
        QCOMPARE(fake.promptCount(provider, t.promptSent), 1);
        // The images went out with the create request, as the wire protocol names them.
        const QJsonObject sent = fake.stats()
                                         .value(u"lastBodies"_s)
                                         .toObject()
                                         .value(createEndpoint(provider))
                                         .toObject();
        QCOMPARE(sent.value(u"prompt"_s).toString(), t.promptSent);
        if (mode == GenerationMode::ImageToVideo) {
            QCOMPARE(scalar(f.db(), u"SELECT reference_assets FROM asset_provenance"_s).toString(),
                     u"[%1]"_s.arg(r.firstFrameAssetId));
            const QString image = sent.value(provider == u"minimax"_s ? u"first_frame_image"_s
                                                                      : u"image"_s)
                                          .toString();
            QVERIFY2(!image.isEmpty(), QJsonDocument(sent).toJson().constData());
        }
        if (mode == GenerationMode::SubjectToVideo) {
            const QJsonArray subject = sent.value(u"subject_reference"_s).toArray();
            QCOMPARE(subject.size(), 1);
            QCOMPARE(subject.first().toObject().value(u"type"_s).toString(), u"character"_s);
            QVERIFY(subject.first()
                            .toObject()
                            .value(u"image"_s)
                            .toArray()
                            .first()
                            .toString()
                            .startsWith(u"data:image/png;base64,"_s));
        }
        QCOMPARE(count(f.db(), u"spend"_s), 1);
    }

    void rateLimitWaitsForRetryAfter()
    {
        addFault({{u"endpoint"_s, u"minimax.create"_s},
                  {u"kind"_s, u"http"_s},
                  {u"status"_s, 429},
                  {u"retryAfter"_s, 1}});
        QElapsedTimer clock;
        clock.start();
        const GenerationTask t = run(request(u"minimax"_s));
        verifyLanded(t);
        // The backoff would be milliseconds here; only Retry-After makes it wait a second.
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(fake.count(u"minimax.create"_s), 2); // the refused one made no task
        QCOMPARE(t.attempts, 2);
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        f.service().setRetryTiming(100, 1000);
        addFault({{u"endpoint"_s, u"minimax.create"_s},
                  {u"kind"_s, u"http"_s},
                  {u"status"_s, 500},
                  {u"times"_s, 2}});
        addFault({{u"endpoint"_s, u"minimax.query"_s},
                  {u"kind"_s, u"http"_s},
                  {u"status"_s, 503},
                  {u"times"_s, 2}});
        QElapsedTimer clock;
        clock.start();
        const GenerationTask t = run(request(u"minimax"_s));
        verifyLanded(t);
        QCOMPARE(fake.count(u"minimax.create"_s), 3);
        QCOMPARE(t.attempts, 3);
        // 100 + 200 ms before the third submit, 100 + 200 ms between the polls.
        QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
    }

    void segmindServerErrorIsRetried()
    {
        addFault({{u"endpoint"_s, u"segmind.submit"_s}, {u"kind"_s, u"http"_s}, {u"status"_s, 500}});
        addFault({{u"endpoint"_s, u"segmind.status"_s},
                  {u"kind"_s, u"http"_s},
                  {u"status"_s, 429},
                  {u"retryAfter"_s, 1}});
        const GenerationTask t = run(request(u"segmind"_s));
        verifyLanded(t);
        QCOMPARE(fake.count(u"segmind.submit"_s), 2);
    }

    void lostAnswerNeedsAttentionAndIsNeverResent()
    {
        addFault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, u"close"_s}});
        const qint64 id = start(request(u"minimax"_s));
        QVERIFY(id > 0);
        QVERIFY(f.waitSettled(id));
        QCOMPARE(task(id).state, TaskState::NeedsAttention);
        QVERIFY2(task(id).error.contains(u"retry"_s), qPrintable(task(id).error));
        QCOMPARE(fake.count(u"minimax.create"_s), 1);
        // Neither time nor a restart sends it again.
        QTest::qWait(300);
        MT_VERIFY_OK(f.service().resume());
        QTest::qWait(300);
        QCOMPARE(fake.count(u"minimax.create"_s), 1);
        QCOMPARE(count(f.db(), u"assets"_s), 0);

        // The person decides.
        MT_VERIFY_OK(f.service().retry(id));
        QVERIFY(f.waitSettled(id));
        verifyLanded(task(id));
        QCOMPARE(fake.count(u"minimax.create"_s), 2);
    }

    void malformedAnswerToCreateNeedsAttention()
    {
        addFault({{u"endpoint"_s, u"segmind.submit"_s}, {u"kind"_s, u"malformed-json"_s}});
        const qint64 id = start(request(u"segmind"_s));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(task(id).state, TaskState::NeedsAttention);
        QTest::qWait(300);
        QCOMPARE(fake.count(u"segmind.submit"_s), 1);
    }

    void failedTaskSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("advice");
        const auto minimax = [](int code) {
            return QJsonObject{{u"endpoint"_s, u"minimax.create"_s},
                               {u"kind"_s, u"fail-task"_s},
                               {u"code"_s, code}};
        };
        QTest::newRow("1027 output flagged")
                << u"minimax"_s << minimax(1027) << u"Change the prompt"_s;
        QTest::newRow("1026 input flagged") << u"minimax"_s << minimax(1026) << u"Change"_s;
        QTest::newRow("1008 balance") << u"minimax"_s << minimax(1008) << u"Top it up"_s;
        QTest::newRow("2056 quota") << u"minimax"_s << minimax(2056) << u"Wait for the quota"_s;
        QTest::newRow("1004 key") << u"minimax"_s << minimax(1004) << u"Settings"_s;
        QTest::newRow("1042 characters") << u"minimax"_s << minimax(1042) << u"plain text"_s;
        QTest::newRow("create 1008") << u"minimax"_s
                                     << QJsonObject{{u"endpoint"_s, u"minimax.create"_s},
                                                    {u"kind"_s, u"base-resp"_s},
                                                    {u"code"_s, 1008}}
                                     << u"Top it up"_s;
        QTest::newRow("segmind failed")
                << u"segmind"_s
                << QJsonObject{{u"endpoint"_s, u"segmind.submit"_s},
                               {u"kind"_s, u"fail-task"_s},
                               {u"message"_s, u"Prompt is Mandatory and must be string"_s}}
                << u"Prompt is Mandatory"_s;
        QTest::newRow("segmind credits") << u"segmind"_s
                                         << QJsonObject{{u"endpoint"_s, u"segmind.submit"_s},
                                                        {u"kind"_s, u"http"_s},
                                                        {u"status"_s, 406}}
                                         << u"Segmind"_s;
    }

    void failedTaskSaysWhatToDo()
    {
        QFETCH(QString, provider);
        QFETCH(QJsonObject, fault);
        QFETCH(QString, advice);
        addFault(fault);
        const GenerationTask t = run(request(provider));
        QVERIFY2(t.state == TaskState::Failed,
                 qPrintable(taskStateName(t.state) + u" "_s + t.error));
        QVERIFY2(t.error.contains(advice), qPrintable(t.error));
        QCOMPARE(fake.count(createEndpoint(provider)), 1); // a refusal is not sent again
        QCOMPARE(count(f.db(), u"assets"_s), 0);
        QCOMPARE(count(f.db(), u"spend"_s), 0);
    }

    void stuckInQueueBacksOffAndCancels()
    {
        addFault({{u"endpoint"_s, u"minimax.create"_s}, {u"kind"_s, u"stuck"_s}});
        const qint64 id = start(request(u"minimax"_s));
        QVERIFY(QTest::qWaitFor([&] { return fake.count(u"minimax.query"_s) >= 2; }, 5000));
        QTest::qWait(1500);
        // 50 ms apart throughout would be 30 polls in 1.5 s; growing by a quarter each, far fewer.
        const int polls = fake.count(u"minimax.query"_s);
        QVERIFY2(polls >= 3 && polls <= 16, qPrintable(QString::number(polls)));
        QCOMPARE(task(id).state, TaskState::Submitted);
        MT_VERIFY_OK(f.service().cancel(id));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(task(id).state, TaskState::Cancelled);
        QVERIFY(!task(id).error.isEmpty()); // it may still be billed: said so
        const int atCancel = fake.count(u"minimax.query"_s);
        QTest::qWait(500);
        QCOMPARE(fake.count(u"minimax.query"_s), atCancel);
        QCOMPARE(fake.count(u"minimax.create"_s), 1);
    }

    void expiredLinkIsResolvedAgain_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("endpoint"); // where the link expires
        QTest::addColumn<QString>("resolver"); // the call that gives a fresh link
        QTest::addColumn<int>("resolves");     // its calls: one more than on a happy path
        QTest::newRow("minimax retrieve")
                << u"minimax"_s << u"minimax.retrieve"_s << u"minimax.retrieve"_s << 2;
        QTest::newRow("minimax download")
                << u"minimax"_s << u"minimax.download"_s << u"minimax.retrieve"_s << 2;
        QTest::newRow("segmind download") << u"segmind"_s << u"segmind.download"_s
                                          << u"segmind.result"_s << 3; // poll reads the result too
    }

    void expiredLinkIsResolvedAgain()
    {
        QFETCH(QString, provider);
        QFETCH(QString, endpoint);
        QFETCH(QString, resolver);
        QFETCH(int, resolves);
        addFault({{u"endpoint"_s, endpoint}, {u"kind"_s, u"expired-link"_s}});
        const GenerationTask t = run(request(provider));
        verifyLanded(t);
        QCOMPARE(fake.count(resolver), resolves);
        QCOMPARE(fake.count(createEndpoint(provider)), 1);
    }

    void truncatedDownloadIsRetried()
    {
        addFault({{u"endpoint"_s, u"minimax.download"_s}, {u"kind"_s, u"truncated"_s}});
        const GenerationTask t = run(request(u"minimax"_s));
        verifyLanded(t);
        // Qt may send a GET cut short once more by itself; the service asked again at least once.
        QVERIFY(fake.count(u"minimax.download"_s) >= 2);
        QCOMPARE(count(f.db(), u"assets"_s), 1);
    }

    void truncatedEveryTimeFailsClearly()
    {
        addFault({{u"endpoint"_s, u"segmind.download"_s},
                  {u"kind"_s, u"truncated"_s},
                  {u"times"_s, 20}});
        const GenerationTask t = run(request(u"segmind"_s));
        QCOMPARE(t.state, TaskState::Failed);
        QVERIFY2(t.error.contains(u"could not be downloaded"_s)
                         && t.error.contains(u"ended early"_s) && t.error.contains(u"Retry"_s),
                 qPrintable(t.error));
        QVERIFY(fake.count(u"segmind.download"_s) >= GenerationService::MaxDownloadAttempts);
        QVERIFY(fake.count(u"segmind.download"_s) <= 2 * GenerationService::MaxDownloadAttempts);
        QCOMPARE(count(f.db(), u"assets"_s), 0);
        QCOMPARE(outputFiles(), QStringList());
        QCOMPARE(fake.count(u"segmind.submit"_s), 1);
    }

    void wrongContentTypeIsRefused()
    {
        addFault({{u"endpoint"_s, u"minimax.download"_s}, {u"kind"_s, u"wrong-content-type"_s}});
        const GenerationTask t = run(request(u"minimax"_s));
        QCOMPARE(t.state, TaskState::Failed);
        QVERIFY2(t.error.contains(u"text/html"_s) && t.error.contains(u"Retry"_s),
                 qPrintable(t.error));
        QCOMPARE(fake.count(u"minimax.download"_s), 1); // refused, not fetched again
        QCOMPARE(count(f.db(), u"assets"_s), 0);
        QCOMPARE(count(f.db(), u"clips"_s), 0);
        QCOMPARE(outputFiles(), QStringList());
        QCOMPARE(fake.count(u"minimax.create"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TstGenerationFake)
#include "tst_generationfake.moc"
