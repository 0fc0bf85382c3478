// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// The CLI against movietool-fakeapi as a person would run it: `generate --wait` killed (SIGKILL)
// while it polls, `tasks resume` finishing the job with exactly one paid request and one asset;
// a reached budget refusing `generate` before anything is sent.
#include "clirunner.h"
#include "fakeapiprocess.h"

#include <QDeadlineTimer>

using namespace mt::test;
using namespace Qt::StringLiterals;

class TstCliGenerateKill : public QObject
{
    Q_OBJECT

private:
    CliRunner cli;
    FakeApiProcess fake;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliRunner::defaultEnvironment();
        env.insert(u"MOVIETOOL_MINIMAX_BASE_URL"_s, fake.minimaxBaseUrl().toString());
        env.insert(u"MOVIETOOL_MINIMAX_API_KEY"_s, QString::fromLatin1(FakeApiProcess::MinimaxKey));
        // No keychain, no credentials file of the person running the tests.
        env.insert(u"MOVIETOOL_CREDENTIALS_FILE"_s, cli.filePath(u"credentials.json"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return env;
    }

    CliRunner::Run json(const QStringList &args) const
    {
        return cli.run(QStringList{u"--json"_s} + args, environment());
    }

    // The CLI's arguments with the test's library.
    QStringList withLibrary(const QStringList &args) const
    {
        return QStringList{u"--library"_s, cli.libraryDir()} + args;
    }

    QJsonArray tasks()
    {
        const CliRunner::Run run = json({u"tasks"_s, u"list"_s, u"Film"_s});
        return run.status == 0 ? run.array() : QJsonArray();
    }

private slots:
    void init()
    {
        QVERIFY(cli.reset());
        // The first poll reports the task still running (polls are 10 s apart in the CLI), so the
        // killed run has something to come back to.
        QVERIFY2(fake.start({u"--steps"_s, u"1"_s}), qPrintable(fake.errorString()));
        const CliRunner::Run created = json({u"project"_s,
                                             u"create"_s,
                                             u"Film"_s,
                                             u"--width"_s,
                                             u"320"_s,
                                             u"--height"_s,
                                             u"240"_s});
        QVERIFY2(created.status == 0, qPrintable(created.err));
    }

    void cleanup() { fake.stop(); }

    void killedWhilePollingResumesWithoutPayingTwice()
    {
        QProcess generate;
        generate.setProcessEnvironment(environment());
        generate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generate.start(QStringLiteral(MT_CLI_PATH),
                       withLibrary({u"--json"_s,
                                    u"generate"_s,
                                    u"Film"_s,
                                    u"--provider"_s,
                                    u"minimax"_s,
                                    u"--mode"_s,
                                    u"t2v"_s,
                                    u"--prompt"_s,
                                    u"A lighthouse in fog"_s,
                                    u"--wait"_s}));
        QVERIFY(generate.waitForStarted(10000));

        // Killed once the task is submitted: the fake has it and the library knows its remote id.
        QString state;
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (fake.count(u"minimax.create"_s) == 1) {
                const QJsonArray list = tasks();
                state = list.isEmpty() ? QString()
                                       : list.first().toObject().value(u"state"_s).toString();
                if (state == u"submitted"_s || state == u"processing"_s)
                    break;
            }
            QVERIFY2(generate.state() == QProcess::Running, "generate ended before it was killed");
            QTest::qWait(100);
        }
        QVERIFY2(state == u"submitted"_s || state == u"processing"_s, qPrintable(state));
        generate.kill(); // SIGKILL: no cleanup of any kind
        QVERIFY(generate.waitForFinished(10000));
        QCOMPARE(generate.exitStatus(), QProcess::CrashExit);
        QCOMPARE(json({u"asset"_s, u"list"_s, u"Film"_s}).array().size(), 0);

        // A new run picks it up, polls on and lands the shot, without a second create.
        const CliRunner::Run resumed = json({u"tasks"_s, u"resume"_s});
        QVERIFY2(resumed.status == 0, qPrintable(resumed.err));
        const QJsonArray list = resumed.array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"state"_s).toString(), u"done"_s);

        QCOMPARE(fake.count(u"minimax.create"_s), 1);
        QCOMPARE(fake.promptCount(u"minimax"_s, u"A lighthouse in fog"_s), 1);
        const CliRunner::Run assets = json({u"asset"_s, u"list"_s, u"Film"_s});
        QCOMPARE(assets.status, 0);
        QCOMPARE(assets.array().size(), 1);
        const QJsonObject asset = assets.array().first().toObject();
        QCOMPARE(asset.value(u"origin"_s).toString(), u"generated"_s);
        QVERIFY2(asset.value(u"relativePath"_s).toString().startsWith(u"media/outputs/"_s),
                 qPrintable(asset.value(u"relativePath"_s).toString()));
        QVERIFY(QFile::exists(asset.value(u"path"_s).toString()));
        const CliRunner::Run after = json({u"tasks"_s, u"list"_s, u"Film"_s});
        QCOMPARE(after.array().size(), 1);
        QCOMPARE(after.array().first().toObject().value(u"state"_s).toString(), u"done"_s);
        // Nothing is left to resume.
        const CliRunner::Run again = json({u"tasks"_s, u"resume"_s});
        QCOMPARE(again.status, 0);
        QCOMPARE(again.array().size(), 0);
        QCOMPARE(fake.count(u"minimax.create"_s), 1);
    }

    void reachedBudgetRefusesAndSendsNothing()
    {
        const CliRunner::Run budget = json({u"costs"_s, u"Film"_s, u"--set-budget"_s, u"0.01"_s});
        QVERIFY2(budget.status == 0, qPrintable(budget.err));
        const CliRunner::Run refused = json({u"generate"_s,
                                             u"Film"_s,
                                             u"--provider"_s,
                                             u"minimax"_s,
                                             u"--prompt"_s,
                                             u"A lighthouse in fog"_s,
                                             u"--wait"_s});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(u"budget"_s, Qt::CaseInsensitive), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QLatin1StringView(FakeApiProcess::MinimaxKey)));
        QCOMPARE(fake.count(u"minimax.create"_s), 0);
        QCOMPARE(fake.stats().value(u"endpoints"_s).toObject().size(), 0); // nothing at all
        QCOMPARE(tasks().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCliGenerateKill)
#include "tst_cligeneratekill.moc"
