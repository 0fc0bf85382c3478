// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// GenerationService's state machine against a scripted provider: persisted before sending,
// exactly-once submission across restarts, needs-attention, retries and their backoff, limits,
// placement on the timeline, provenance and the ledger.
#include "generationfixture.h"
#include "scriptedprovider.h"
#include "testhttpserver.h"

#include "generation/spendledger.h"
#include "storage/medialibrary.h"
#include "storage/timelinestore.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TstGenerationService : public QObject
{
    Q_OBJECT

private:
    GenerationFixture f;
    std::shared_ptr<FakeRemote> remote;
    std::unique_ptr<TestHttpServer> server;
    QList<int> downloadStatuses; // answered before the file, in order
    bool oversize = false;

    void install() { f.service().registerProvider(std::make_unique<ScriptedProvider>(remote)); }

    GenerationRequest request(const QString &prompt = u"A lighthouse in fog"_s)
    {
        GenerationRequest r;
        r.provider = u"scripted"_s;
        r.mode = GenerationMode::TextToVideo;
        r.prompt = prompt;
        r.projectId = f.project;
        return r;
    }

    qint64 generateOne(const GenerationRequest &r)
    {
        Result<QList<GenerationTask>> tasks = f.service().generate(r);
        if (!tasks.ok()) {
            qWarning() << tasks.error().message;
            return 0;
        }
        return tasks->first().id;
    }

    TaskState stateOf(qint64 id) { return f.service().tasks().get(id)->state; }

    QString storedState(qint64 id)
    {
        return scalar(f.db(), u"SELECT state FROM generation_tasks WHERE id = %1"_s.arg(id))
                .toString();
    }

private slots:
    void init()
    {
        QVERIFY(f.open());
        remote = std::make_shared<FakeRemote>();
        remote->scratch = f.path(u"scratch"_s);
        QVERIFY(QDir().mkpath(remote->scratch));
        downloadStatuses.clear();
        oversize = false;
        server = std::make_unique<TestHttpServer>([this](const QString &path) {
            if (!downloadStatuses.isEmpty())
                return TestHttpServer::Answer{downloadStatuses.takeFirst(), "gone", "text/plain"};
            if (oversize)
                return TestHttpServer::Answer{200, QByteArray(3 * 1024 * 1024, 'x')};
            const int n = path.section(u'/', -1).mid(1).toInt();
            return TestHttpServer::Answer{200,
                                          readAll(media(remote->media.at((n - 1)
                                                                         % remote->media.size())))};
        });
        QVERIFY(server->isListening());
        remote->downloadBase = server->baseUrl();
        install();
    }

    void cleanup()
    {
        f.stop();
        server.reset();
    }

    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no jitter") << 0 << 0.0 << 1000;
        QTest::newRow("doubles") << 2 << 0.0 << 4000;
        QTest::newRow("jitter adds up to a quarter") << 1 << 1.0 << 2500;
        QTest::newRow("capped") << 10 << 0.0 << 30000;
        QTest::newRow("capped with jitter") << 12 << 1.0 << 37500;
    }

    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(int, expected);
        QCOMPARE(GenerationService::backoffMs(attempt, 1000, 30000, random), expected);
    }

    void happyPathPersistsBeforeSendingAndLandsOnTheTimeline()
    {
        QString stateWhileSending;
        remote->onSubmit = [&](const GenerationRequest &) {
            stateWhileSending = scalar(f.db(), u"SELECT state FROM generation_tasks"_s).toString();
        };
        GenerationRequest r = request();
        r.cameraMoves = {u"push-in"_s, u"PAN LEFT"_s};
        const qint64 id = generateOne(r);
        QVERIFY(id > 0);
        QCOMPARE(storedState(id), u"queued"_s);
        QVERIFY(f.waitSettled(id));

        QCOMPARE(stateWhileSending, u"submitting"_s);
        QCOMPARE(remote->submits, 1);
        QVERIFY(remote->polls >= 3);
        const GenerationTask task = *f.service().tasks().get(id);
        QCOMPARE(task.state, TaskState::Done);
        QCOMPARE(task.remoteTaskId, u"r1"_s);
        QCOMPARE(task.request.cameraMoves, (QStringList{u"Push in"_s, u"Pan left"_s}));
        QCOMPARE(task.request.duration, 6.0);
        QCOMPARE(task.request.resolution, u"720P"_s);
        QVERIFY(task.resultAssetId > 0);

        const Result<Asset> asset = f.library().assets().get(task.resultAssetId);
        MT_VERIFY_OK(asset);
        QCOMPARE(asset->origin, AssetOrigin::Generated);
        QVERIFY(!asset->isPlaceholder);
        QVERIFY(QFile::exists(f.library().paths().absolute(asset->relativePath)));
        QVERIFY(asset->relativePath.startsWith(u"media/outputs/"_s));
        QVERIFY(asset->relativePath.endsWith(u".mp4"_s)); // from the answer's content type

        const Result<Timeline> timeline = TimelineStore(f.db()).load(f.project);
        QCOMPARE(timeline->clips.size(), 1);
        QCOMPARE(timeline->clips.first().assetId, task.resultAssetId);

        QSqlQuery provenance(f.db().connection());
        QVERIFY(provenance.exec(u"SELECT provider, model, prompt, seed, params, task_id FROM "
                                u"asset_provenance WHERE asset_id = %1"_s.arg(task.resultAssetId)));
        QVERIFY(provenance.next());
        QCOMPARE(provenance.value(0).toString(), u"scripted"_s);
        QCOMPARE(provenance.value(1).toString(), u"m1"_s);
        QCOMPARE(provenance.value(2).toString(), u"A lighthouse in fog [Push in, Pan left]"_s);
        QCOMPARE(provenance.value(3).toLongLong(), 42);
        const QJsonObject params = QJsonDocument::fromJson(provenance.value(4).toByteArray())
                                           .object();
        QCOMPARE(params.value(u"duration"_s).toDouble(), 6.0);
        QCOMPARE(params.value(u"take"_s).toInt(), 1);
        QCOMPARE(provenance.value(5).toLongLong(), id);

        QCOMPARE(count(f.db(), u"spend"_s), 1);
        QCOMPARE(scalar(f.db(), u"SELECT amount FROM spend"_s).toDouble(), 0.42);
        QCOMPARE(server->hits(u"/result/r1"_s), 1);
        // No temporary download is left beside the result.
        QCOMPARE(QDir(f.library().paths().outputs())
                         .entryList(QDir::Files | QDir::Hidden)
                         .filter(u".part"_s)
                         .size(),
                 0);
    }

    void crashWhileSubmittingNeedsAttentionNeverResubmits()
    {
        remote->holdSubmits = true;
        const qint64 id = generateOne(request());
        QVERIFY(QTest::qWaitFor([&] { return remote->submits == 1; }, 5000));
        QCOMPARE(storedState(id), u"submitting"_s);

        // The program dies with the answer lost.
        QVERIFY(f.restart());
        remote->holdSubmits = false;
        install();
        const Result<int> resumed = f.service().resume();
        MT_VERIFY_OK(resumed);
        QCOMPARE(*resumed, 0);
        QCOMPARE(stateOf(id), TaskState::NeedsAttention);
        QCOMPARE(storedState(id), u"uncertain"_s);
        QVERIFY(f.service().tasks().get(id)->error.contains(u"retry"_s));
        QTest::qWait(100);
        QCOMPARE(remote->submits, 1);

        // A second resume does not touch it either.
        MT_VERIFY_OK(f.service().resume());
        QTest::qWait(50);
        QCOMPARE(remote->submits, 1);

        // The person decides to send it again.
        MT_VERIFY_OK(f.service().retry(id));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 2);
    }

    void restartWhileProcessingResumesPolling()
    {
        remote->processingPolls = 1000000;
        const qint64 id = generateOne(request());
        QVERIFY(QTest::qWaitFor([&] { return stateOf(id) == TaskState::Processing; }, 5000));
        QCOMPARE(storedState(id), u"submitted"_s);

        QVERIFY(f.restart());
        remote->processingPolls = 0;
        install();
        const Result<int> resumed = f.service().resume();
        MT_VERIFY_OK(resumed);
        QCOMPARE(*resumed, 1);
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 1);
        QCOMPARE(count(f.db(), u"assets"_s), 1);
        QCOMPARE(count(f.db(), u"clips"_s), 1);
    }

    void submitErrorsThatSurelyDidNotArriveAreRetried()
    {
        remote->submitAnswers = {ProviderError{ProviderErrorKind::Network, u"refused"_s},
                                 ProviderError{ProviderErrorKind::Server, u"busy"_s, u"HTTP 503"_s},
                                 std::nullopt};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 3);
        QCOMPARE(f.service().tasks().get(id)->attempts, 3);
    }

    void submitThatMayHaveArrivedNeedsAttention()
    {
        ProviderError lost{ProviderErrorKind::Timeout, u"no answer in time"_s};
        lost.mayHaveReachedServer = true;
        remote->submitAnswers = {lost};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::NeedsAttention);
        QTest::qWait(100);
        QCOMPARE(remote->submits, 1);
    }

    void retryAfterIsHonoured()
    {
        ProviderError limited{ProviderErrorKind::RateLimited, u"slow down"_s, u"HTTP 429"_s};
        limited.retryAfterMs = 400;
        remote->submitAnswers = {limited};
        QElapsedTimer timer;
        timer.start();
        const qint64 id = generateOne(request());
        QVERIFY(QTest::qWaitFor([&] { return remote->submits == 2; }, 5000));
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
    }

    void terminalSubmitErrorFails()
    {
        remote->submitAnswers = {ProviderError{ProviderErrorKind::Auth,
                                               u"Scripted rejected the API key (1004). Check it in "
                                               u"Settings → Providers."_s,
                                               u"1004"_s}};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        const GenerationTask task = *f.service().tasks().get(id);
        QCOMPARE(task.state, TaskState::Failed);
        QVERIFY(task.error.contains(u"API key"_s));
        QCOMPARE(remote->submits, 1);
        QCOMPARE(count(f.db(), u"spend"_s), 0);
    }

    void pollErrorsAreRetried()
    {
        remote->pollErrors = {ProviderError{ProviderErrorKind::Server, u"500"_s},
                              ProviderError{ProviderErrorKind::Network, u"reset"_s},
                              ProviderError{ProviderErrorKind::RateLimited, u"429"_s}};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 1);
    }

    void remoteFailureThenRetrySubmitsAgain()
    {
        remote->failRemote = true;
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        GenerationTask task = *f.service().tasks().get(id);
        QCOMPARE(task.state, TaskState::Failed);
        QVERIFY(task.error.contains(u"flagged"_s));
        QCOMPARE(task.remoteState, RemoteState::Failed);

        remote->failRemote = false;
        MT_VERIFY_OK(f.service().retry(id));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 2);
    }

    void pollFailureThenRetryPollsAgain()
    {
        remote->pollFailure = ProviderError{ProviderErrorKind::Auth, u"key expired"_s};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Failed);
        MT_VERIFY_OK(f.service().retry(id));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 1); // the running generation was found again, not paid twice
    }

    void expiredDownloadLinkIsResolvedAgain()
    {
        downloadStatuses = {404, 500};
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 1);
        QCOMPARE(remote->resolves, 3);
        QCOMPARE(server->hits(u"/result/r1"_s), 3);
    }

    void downloadThatNeverWorksFailsAndRetryDoesNotResubmit()
    {
        downloadStatuses = QList<int>(GenerationService::MaxDownloadAttempts, 503);
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Failed);
        QVERIFY(f.service().tasks().get(id)->error.contains(u"HTTP 503"_s));
        MT_VERIFY_OK(f.service().retry(id));
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        QCOMPARE(remote->submits, 1);
    }

    void oversizedDownloadIsRefused()
    {
        MT_VERIFY_OK(
                f.library().settings().setMaxImportFileSize(SettingsStore::MinMaxImportFileSize));
        oversize = true;
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Failed);
        QVERIFY(f.service().tasks().get(id)->error.contains(u"larger than 1 MB"_s));
        QCOMPARE(count(f.db(), u"assets"_s), 0);
        QCOMPARE(QDir(f.library().paths().outputs()).entryList(QDir::Files | QDir::Hidden).size(),
                 0);
    }

    void aServerNeverNamesALocalFile()
    {
        remote->downloadBase = u"file:///etc"_s; // "file:///etc/result/r1"
        const qint64 id = generateOne(request());
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Failed);
        QVERIFY(f.service().tasks().get(id)->error.contains(u"not on the web"_s));
        QCOMPARE(count(f.db(), u"assets"_s), 0);
    }

    void takesRespectTasksInFlightAndShareOneClip()
    {
        remote->limits.maxTasksInFlight = 1;
        int maxInFlight = 0;
        remote->onSubmit = [&](const GenerationRequest &) {
            const int n = count(f.db(),
                                u"generation_tasks WHERE state IN ('submitting', 'submitted', "
                                u"'downloading')"_s);
            maxInFlight = std::max(maxInFlight, n);
        };
        Result<QList<GenerationTask>> tasks = f.service().generate(request(), 3);
        MT_VERIFY_OK(tasks);
        QCOMPARE(tasks->size(), 3);
        for (const GenerationTask &task : *tasks)
            QVERIFY(f.waitSettled(task.id));
        for (const GenerationTask &task : *tasks)
            QCOMPARE(stateOf(task.id), TaskState::Done);
        QCOMPARE(maxInFlight, 1);
        QCOMPARE(remote->submits, 3);
        QCOMPARE(count(f.db(), u"assets"_s), 3);
        QCOMPARE(count(f.db(), u"clips"_s), 1);
        QCOMPARE(count(f.db(), u"clip_takes"_s), 2);
        QCOMPARE(scalar(f.db(), u"SELECT asset_id FROM clips"_s).toLongLong(),
                 f.service().tasks().get(tasks->last().id)->resultAssetId);
    }

    void requestsPerMinuteAreLimited()
    {
        remote->limits.requestsPerMinute = 1;
        remote->holdSubmits = true;
        Result<QList<GenerationTask>> tasks = f.service().generate(request(), 2);
        MT_VERIFY_OK(tasks);
        QTest::qWait(300);
        QCOMPARE(remote->submits, 1);
        QCOMPARE(stateOf(tasks->last().id), TaskState::Queued);
    }

    void replacesTheClipItWasGeneratedFor()
    {
        const Result<MediaLibrary::Imported> footage
                = f.library().media().importFile(f.project, media(u"join_c.mp4"_s));
        MT_VERIFY_OK(footage);
        ClipDraft draft;
        draft.assetId = footage->asset.id;
        draft.in = 0.5;
        const Result<Clip> clip = f.editor().addClip(f.project, draft);
        MT_VERIFY_OK(clip);
        GenerationRequest r = request();
        r.replaceClipId = clip->id;
        const qint64 id = generateOne(r);
        QVERIFY(f.waitSettled(id));
        QCOMPARE(stateOf(id), TaskState::Done);
        const Result<Clip> after = TimelineStore(f.db()).clip(clip->id);
        MT_VERIFY_OK(after);
        QCOMPARE(after->assetId, f.service().tasks().get(id)->resultAssetId);
        QCOMPARE(after->in, 0.5);
        QCOMPARE(count(f.db(), u"clips"_s), 1);
        QCOMPARE(*TimelineStore(f.db()).takes(clip->id), QList<qint64>{footage->asset.id});
    }

    void cancelQueuedNeverSubmits()
    {
        remote->limits.maxTasksInFlight = 1;
        remote->holdSubmits = true;
        Result<QList<GenerationTask>> tasks = f.service().generate(request(), 2);
        MT_VERIFY_OK(tasks);
        QVERIFY(QTest::qWaitFor([&] { return remote->submits == 1; }, 5000));
        const Result<GenerationTask> cancelled = f.service().cancel(tasks->last().id);
        MT_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->state, TaskState::Cancelled);
        QTest::qWait(100);
        QCOMPARE(remote->submits, 1);
        MT_VERIFY_REFUSED(f.service().cancel(tasks->last().id), u"already"_s);
    }

    void invalidRequestWritesNothing()
    {
        MT_VERIFY_REFUSED(f.service().generate(request(QString(101, u'x'))), u"shorten"_s);
        GenerationRequest r = request();
        r.cameraMoves = {u"barrel roll"_s};
        MT_VERIFY_REFUSED(f.service().generate(r), u"not a camera move"_s);
        r = request();
        r.provider = u"minimax"_s;
        MT_VERIFY_REFUSED(f.service().generate(r), u"not available in this build"_s);
        MT_VERIFY_REFUSED(f.service().generate(request(), 0), u"takes"_s);
        QCOMPARE(count(f.db(), u"generation_tasks"_s), 0);
        QCOMPARE(remote->submits, 0);
    }

    void budgetRefusesPaidTasks()
    {
        MT_VERIFY_OK(f.service().ledger().setMonthlyBudget(1.0));
        remote->holdSubmits = true;
        MT_VERIFY_OK(f.service().generate(request(), 2)); // 2 × 0.5: exactly the budget
        MT_VERIFY_REFUSED(f.service().generate(request()), u"budget"_s);
        QCOMPARE(count(f.db(), u"generation_tasks"_s), 2);

        // A price from the person's table wins over the provider's list price.
        MT_VERIFY_OK(f.service().ledger().setPrices(
                QJsonObject{{u"scripted"_s, QJsonObject{{u"m1"_s, 0.0}}}}));
        MT_VERIFY_OK(f.service().generate(request()));
        MT_VERIFY_REFUSED(f.service().ledger().setPrices(
                                  QJsonObject{{u"scripted"_s, QJsonObject{{u"m1"_s, -1}}}}),
                          u"0 or more"_s);
    }
};

QTEST_GUILESS_MAIN(TstGenerationService)
#include "tst_generationservice.moc"
