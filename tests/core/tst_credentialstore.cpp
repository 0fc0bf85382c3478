// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// API keys: where they are read from, the user-only fallback file, what is refused, base URLs,
// and the key never reaching the database or a log line on its way to a provider.
#include "generationfixture.h"
#include "scriptedprovider.h"

#include "generation/credentialstore.h"
#include "generation/providerregistry.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QString capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message + u'\n';
    }
    previousHandler(type, context, message);
}

} // namespace

class TstCredentialStore : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T waitFor(std::optional<T> &value)
    {
        [&] {
            QVERIFY(QTest::qWaitFor([&] { return value.has_value(); }, 10000));
        }();
        return *value;
    }

    CredentialStore::Lookup read(CredentialStore &store, const QString &provider)
    {
        std::optional<CredentialStore::Lookup> lookup;
        store.read(provider, [&](CredentialStore::Lookup l) { lookup = l; });
        return waitFor(lookup);
    }

    std::pair<Status, CredentialStore::Source> write(CredentialStore &store,
                                                     const QString &provider,
                                                     const QString &key)
    {
        std::optional<std::pair<Status, CredentialStore::Source>> result;
        store.write(provider, key, [&](Status s, CredentialStore::Source source) {
            result.emplace(s, source);
        });
        return waitFor(result);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("MOVIETOOL_MINIMAX_API_KEY");
        qunsetenv("MOVIETOOL_SCRIPTED_API_KEY");
        qunsetenv("MOVIETOOL_SCRIPTED_BASE_URL");
        previousHandler = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(u"mt.*.debug=true"_s);
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.minimax.io"_s << true;
        QTest::newRow("http remote") << u"http://api.minimax.io"_s << false;
        QTest::newRow("http private range") << u"http://192.168.1.5:8080"_s << false;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:9000/v1"_s << true;
        QTest::newRow("http 127.8.9.1") << u"http://127.8.9.1"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:9000"_s << true;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
    }

    void baseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedBaseUrl(QUrl(url)), allowed);
        qputenv("MOVIETOOL_SCRIPTED_BASE_URL", url.toUtf8());
        QCOMPARE(CredentialStore::baseUrlOverride(u"scripted"_s).ok(), allowed);
        qunsetenv("MOVIETOOL_SCRIPTED_BASE_URL");
    }

    void fallbackFileIsUserOnly()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(u"config/credentials.json"_s));
        store.setKeychainEnabled(false);
        QCOMPARE(read(store, u"minimax"_s).source, CredentialStore::Source::None);
        QVERIFY(!store.isUsingFallback());
        QSignalSpy warned(&store, &CredentialStore::fallbackInUse);

        const auto [status, source] = write(store, u"minimax"_s, u"  mm-key-123  \n"_s);
        QVERIFY(status.ok());
        QCOMPARE(source, CredentialStore::Source::File);
        QVERIFY(store.isUsingFallback());
        QCOMPARE(warned.count(), 1);
        const QFileInfo file(store.fallbackFile());
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const CredentialStore::Lookup lookup = read(store, u"minimax"_s);
        QCOMPARE(lookup.key, u"mm-key-123"_s);
        QCOMPARE(lookup.source, CredentialStore::Source::File);

        // A file someone opened up is narrowed again before it is read.
        QFile::setPermissions(store.fallbackFile(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                      | QFile::ReadOther);
        QCOMPARE(read(store, u"minimax"_s).key, u"mm-key-123"_s);
        QCOMPARE(QFileInfo(store.fallbackFile()).permissions() & QFile::ReadOther,
                 QFile::Permissions());

        // The environment wins, for headless use.
        qputenv("MOVIETOOL_MINIMAX_API_KEY", "env-key-456");
        const CredentialStore::Lookup fromEnvironment = read(store, u"minimax"_s);
        qunsetenv("MOVIETOOL_MINIMAX_API_KEY");
        QCOMPARE(fromEnvironment.key, u"env-key-456"_s);
        QCOMPARE(fromEnvironment.source, CredentialStore::Source::Environment);

        std::optional<Status> removed;
        store.remove(u"minimax"_s, [&](Status s) { removed = s; });
        QVERIFY(waitFor(removed).ok());
        QCOMPARE(read(store, u"minimax"_s).source, CredentialStore::Source::None);
    }

    void badKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   \n"_s;
        QTest::newRow("two words") << u"abc def"_s;
        QTest::newRow("control") << u"abc\u0007def"_s;
        QTest::newRow("too long") << QString(CredentialStore::MaxKeyLength + 1, u'k');
    }

    void badKeysAreRefused()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(u"credentials.json"_s));
        store.setKeychainEnabled(false);
        const auto [status, source] = write(store, u"segmind"_s, key);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Refused);
        QCOMPARE(source, CredentialStore::Source::None);
        QVERIFY(!QFile::exists(store.fallbackFile()));
    }

    void keyNeverReachesTheDatabaseOrTheLog()
    {
        const QString key = u"sk-secret-5f4e3d2c1b0a9988"_s;
        GenerationFixture f;
        QVERIFY(f.open());
        auto remote = std::make_shared<FakeRemote>();
        remote->scratch = f.path(u"scratch"_s);
        QDir().mkpath(remote->scratch);
        // The provider refuses the key, as a server would; its message names the provider only.
        remote->submitAnswers = {ProviderError{ProviderErrorKind::Auth,
                                               u"Scripted rejected the API key (1004). Check it "
                                               u"in Settings → Providers."_s,
                                               u"1004"_s}};
        f.service().registerProvider(std::make_unique<ScriptedProvider>(remote));
        CredentialStore store(f.path(u"config/credentials.json"_s));
        store.setKeychainEnabled(false);
        {
            QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        QVERIFY(write(store, u"scripted"_s, key).first.ok());
        std::optional<QStringList> problems;
        ProviderRegistry::configure(f.service(), store, [&](QStringList p) { problems = p; });
        QVERIFY(waitFor(problems).isEmpty());
        QCOMPARE(remote->config.apiKey, key); // it did reach the provider

        GenerationRequest request;
        request.provider = u"scripted"_s;
        request.prompt = u"A key must not leak"_s;
        request.projectId = f.project;
        Result<QList<GenerationTask>> tasks = f.service().generate(request);
        MT_VERIFY_OK(tasks);
        QVERIFY(f.waitSettled(tasks->first().id));
        const GenerationTask task = *f.service().tasks().get(tasks->first().id);
        QCOMPARE(task.state, TaskState::Failed);
        QVERIFY(!task.error.contains(key));
        const QString libraryRoot = f.library().paths().root;
        f.stop(); // closes the database: the WAL is checkpointed into the file

        QDirIterator files(libraryRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0);
        QMutexLocker lock(&logMutex);
        QVERIFY(capturedLog.contains(u"1004"_s)); // the log did see the failure
        QVERIFY(!capturedLog.contains(key));
    }
};

QTEST_GUILESS_MAIN(TstCredentialStore)
#include "tst_credentialstore.moc"
