// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// movietool-cli generate, tasks, providers, costs: the storyboard end to end, exit statuses, and
// a key that never shows up where it must not.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace mt::test;
using namespace Qt::StringLiterals;

class TstCliGenerate : public QObject
{
    Q_OBJECT

private:
    CliRunner cli;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliRunner::defaultEnvironment();
        env.insert(u"MOVIETOOL_CREDENTIALS_FILE"_s, cli.filePath(u"config/credentials.json"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // headless: no Secret Service
        env.remove(u"MOVIETOOL_MINIMAX_API_KEY"_s);
        env.remove(u"MOVIETOOL_SEGMIND_API_KEY"_s);
        // Nothing leaves this machine: once the HTTP providers are in the build, a stored key would
        // send them to their real hosts. Port 1 on loopback refuses at once.
        env.insert(u"MOVIETOOL_MINIMAX_BASE_URL"_s, u"http://127.0.0.1:1"_s);
        env.insert(u"MOVIETOOL_SEGMIND_BASE_URL"_s, u"http://127.0.0.1:1"_s);
        return env;
    }

    CliRunner::Run json(const QStringList &args, int expected = 0) const
    {
        const CliRunner::Run r = cli.run(QStringList{u"--json"_s} + args, environment());
        if (r.status != expected)
            qWarning() << args << "exited" << r.status << "stderr:" << r.err;
        return r;
    }

private slots:
    void init()
    {
        QVERIFY(cli.reset());
        QCOMPARE(json({u"project"_s,
                       u"create"_s,
                       u"Film"_s,
                       u"--width"_s,
                       u"320"_s,
                       u"--height"_s,
                       u"240"_s,
                       u"--fps"_s,
                       u"25"_s})
                         .status,
                 0);
    }

    void storyboardGenerateWaitPutsAShotOnTheTimeline()
    {
        const CliRunner::Run run = json({u"generate"_s,
                                         u"Film"_s,
                                         u"--provider"_s,
                                         u"storyboard"_s,
                                         u"--mode"_s,
                                         u"t2v"_s,
                                         u"--prompt"_s,
                                         u"A lighthouse in the fog"_s,
                                         u"--camera"_s,
                                         u"push-in"_s,
                                         u"--duration"_s,
                                         u"2"_s,
                                         u"--wait"_s});
        QCOMPARE(run.status, 0);
        const QJsonArray tasks = run.array();
        QCOMPARE(tasks.size(), 1);
        const QJsonObject task = tasks.first().toObject();
        QCOMPARE(task.value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(task.value(u"promptSent"_s).toString(), u"A lighthouse in the fog [Push in]"_s);
        const qint64 asset = task.value(u"asset"_s).toInteger();
        QVERIFY(asset > 0);
        QVERIFY(task.value(u"clip"_s).toInteger() > 0);

        const QJsonObject shown = json({u"asset"_s, u"show"_s, QString::number(asset)}).object();
        QCOMPARE(shown.value(u"origin"_s).toString(), u"storyboard"_s);
        QVERIFY(shown.value(u"placeholder"_s).toBool());
        const CliRunner::Run timeline = json({u"timeline"_s, u"show"_s, u"Film"_s});
        QCOMPARE(timeline.status, 0);
        QVERIFY2(timeline.out.contains("\"assetId\": " + QByteArray::number(asset))
                         || timeline.out.contains("\"asset\": " + QByteArray::number(asset)),
                 timeline.out.constData());

        const QJsonObject probe
                = json({u"probe"_s, shown.value(u"path"_s).toString()}).array().first().toObject();
        QVERIFY2(std::abs(probe.value(u"duration"_s).toDouble() - 2.0) < 0.05,
                 QJsonDocument(probe).toJson().constData());

        const QJsonArray listed = json({u"tasks"_s, u"list"_s, u"Film"_s}).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject one = json({u"tasks"_s,
                                      u"show"_s,
                                      QString::number(task.value(u"id"_s).toInteger())})
                                        .object();
        QCOMPARE(one.value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(json({u"tasks"_s, u"resume"_s}).array().size(), 0);

        const QJsonObject costs = json({u"costs"_s, u"Film"_s}).object();
        QCOMPARE(costs.value(u"total"_s).toDouble(), 0.0);
    }

    // The first task's state as stored (processing is stored as submitted), read-only.
    QString storedTaskState()
    {
        const QString name = u"tst_cligenerate_reader"_s;
        QString state;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(cli.libraryDir() + u"/library.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
            if (db.open()) {
                QSqlQuery query(u"SELECT state FROM generation_tasks ORDER BY id LIMIT 1"_s, db);
                if (query.next())
                    state = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return state;
    }

    void killedWhileWaitingThenResumedMakesOneShot()
    {
        QProcess generate;
        generate.setProcessEnvironment(environment());
        generate.start(QStringLiteral(MT_CLI_PATH),
                       {u"--library"_s,
                        cli.libraryDir(),
                        u"--quiet"_s,
                        u"generate"_s,
                        u"Film"_s,
                        u"--prompt"_s,
                        u"A long slow push over the harbour"_s,
                        u"--camera"_s,
                        u"Push in"_s,
                        u"--duration"_s,
                        u"40"_s,
                        u"--wait"_s});
        QVERIFY(generate.waitForStarted());
        // Killed once the task is under way (past submitting), as a crash would. The state is read
        // from the database file, not through a second CLI process: that one would open the
        // library's job queue while `generate` still runs and record its job as interrupted.
        QVERIFY(QTest::qWaitFor([&] { return storedTaskState() == u"submitted"_s; }, 30000));
        generate.kill();
        QVERIFY(generate.waitForFinished(10000));
        const QString state = json({u"tasks"_s, u"list"_s})
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(u"state"_s)
                                      .toString();
        QVERIFY2(state == u"submitted"_s || state == u"processing"_s, qPrintable(state));

        const CliRunner::Run resumed = json({u"tasks"_s, u"resume"_s});
        QCOMPARE(resumed.status, 0);
        QCOMPARE(resumed.array().size(), 1);
        QCOMPARE(resumed.array().first().toObject().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(json({u"asset"_s, u"list"_s, u"Film"_s}).array().size(), 1);
        const CliRunner::Run timeline = json({u"timeline"_s, u"show"_s, u"Film"_s});
        QCOMPARE(timeline.out.count("\"asset\": "), 1);
        QCOMPARE(json({u"tasks"_s, u"resume"_s}).array().size(), 0);
    }

    void takesBecomeAlternatesOfOneClip()
    {
        const CliRunner::Run run = json({u"generate"_s,
                                         u"Film"_s,
                                         u"--prompt"_s,
                                         u"Two takes"_s,
                                         u"--duration"_s,
                                         u"1"_s,
                                         u"--takes"_s,
                                         u"2"_s,
                                         u"--wait"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.array().size(), 2);
        // Whichever take lands last holds the clip; the other is its alternate. Which one that
        // is depends on which render finishes first.
        int onTheTimeline = 0;
        for (const QJsonValue &take : run.array()) {
            if (take.toObject().value(u"clip"_s).toInteger() > 0)
                ++onTheTimeline;
        }
        QCOMPARE(onTheTimeline, 1);
        const CliRunner::Run timeline = json({u"timeline"_s, u"show"_s, u"Film"_s});
        QCOMPARE(timeline.status, 0);
    }

    void exitStatuses()
    {
        QCOMPARE(json({u"generate"_s, u"Film"_s}, 1).status, 1); // no --prompt
        QCOMPARE(json({u"generate"_s, u"Film"_s, u"--prompt"_s, u"x"_s, u"--provider"_s, u"acme"_s},
                      1)
                         .status,
                 1);
        QCOMPARE(json({u"generate"_s, u"Nope"_s, u"--prompt"_s, u"x"_s}, 2).status, 2);
        const CliRunner::Run camera = json({u"generate"_s,
                                            u"Film"_s,
                                            u"--prompt"_s,
                                            u"x"_s,
                                            u"--camera"_s,
                                            u"barrel-roll"_s},
                                           2);
        QCOMPARE(camera.status, 2);
        QVERIFY(camera.err.contains(u"not a camera move"_s));
        // Until the HTTP providers are merged this build says so; after, the missing key.
        const CliRunner::Run minimax = json({u"generate"_s,
                                             u"Film"_s,
                                             u"--provider"_s,
                                             u"minimax"_s,
                                             u"--prompt"_s,
                                             u"x"_s},
                                            2);
        QCOMPARE(minimax.status, 2);
        QVERIFY2(minimax.err.contains(u"not available in this build"_s)
                         || minimax.err.contains(u"API key"_s),
                 qPrintable(minimax.err));
        QCOMPARE(json({u"tasks"_s, u"show"_s, u"99"_s}, 2).status, 2);
        QCOMPARE(json({u"tasks"_s, u"cancel"_s, u"x"_s}, 1).status, 1);
        QCOMPARE(json({u"generate"_s, u"Film"_s, u"--prompt"_s, u"x"_s, u"--duration"_s, u"90"_s}, 2)
                         .status,
                 2);
    }

    void providersListAndCheck()
    {
        const QJsonArray providers = json({u"providers"_s, u"list"_s}).array();
        QStringList names;
        for (const QJsonValue &provider : providers)
            names << provider.toObject().value(u"name"_s).toString();
        QCOMPARE(names, (QStringList{u"minimax"_s, u"segmind"_s, u"storyboard"_s}));
        QVERIFY(providers.last().toObject().value(u"available"_s).toBool());
        const CliRunner::Run check = json({u"providers"_s, u"check"_s, u"storyboard"_s});
        QCOMPARE(check.status, 0);
        QVERIFY(check.array().first().toObject().value(u"ok"_s).toBool());
    }

    void setKeyKeepsTheKeyOutOfEverything()
    {
        const QString key = u"sk-test-6c1f0e5d9b7a4e21"_s;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(MT_CLI_PATH),
                      {u"--library"_s,
                       cli.libraryDir(),
                       u"--json"_s,
                       u"providers"_s,
                       u"set-key"_s,
                       u"minimax"_s});
        QVERIFY(process.waitForStarted());
        process.write((key + u"\n"_s).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"stored"_s).toString(), u"file"_s);
        QVERIFY(err.contains("keychain")); // the visible warning
        QVERIFY(!out.contains(key.toUtf8()));
        QVERIFY(!err.contains(key.toUtf8()));

        const QString file = cli.filePath(u"config/credentials.json"_s);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        // Whatever the commands print, and the library's files, never contain it.
        QByteArray everything = out + err;
        for (const QStringList &args : {QStringList{u"providers"_s, u"list"_s},
                                        QStringList{u"providers"_s, u"check"_s},
                                        QStringList{u"generate"_s,
                                                    u"Film"_s,
                                                    u"--provider"_s,
                                                    u"minimax"_s,
                                                    u"--prompt"_s,
                                                    u"x"_s},
                                        QStringList{u"tasks"_s, u"list"_s}}) {
            const CliRunner::Run r = cli.run(QStringList{u"--json"_s} + args, environment());
            everything += r.out + r.err.toUtf8();
        }
        QVERIFY(!everything.contains(key.toUtf8()));
        const QDir library(cli.libraryDir());
        for (const QString &name : library.entryList(QDir::Files)) {
            QFile db(library.filePath(name));
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY2(!db.readAll().contains(key.toUtf8()), qPrintable(name));
        }

        // Not a key: refused, nothing stored.
        QProcess bad;
        bad.setProcessEnvironment(environment());
        bad.start(QStringLiteral(MT_CLI_PATH),
                  {u"--library"_s, cli.libraryDir(), u"providers"_s, u"set-key"_s, u"segmind"_s});
        bad.write("two words\n");
        bad.closeWriteChannel();
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCliGenerate)
#include "tst_cligenerate.moc"
