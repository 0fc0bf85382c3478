// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// Take review end to end: `generate --wait` against movietool-fakeapi, which serves a bad take on
// request; the review job that runs when the take lands finds it, and `asset show --json` and
// `takes --json` say so. A clean take of the same batch gets no flag.
#include "clirunner.h"
#include "fakeapiprocess.h"

#include "storage/database.h"
#include "storage/library.h"

#include <QSqlQuery>

using namespace mt::test;
using namespace Qt::StringLiterals;

class TestCliReview : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    FakeApiProcess m_fake;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliRunner::defaultEnvironment();
        env.insert(u"MOVIETOOL_MINIMAX_BASE_URL"_s, m_fake.minimaxBaseUrl().toString());
        env.insert(u"MOVIETOOL_MINIMAX_API_KEY"_s, QString::fromLatin1(FakeApiProcess::MinimaxKey));
        // No keychain, no credentials file of the person running the tests.
        env.insert(u"MOVIETOOL_CREDENTIALS_FILE"_s, m_cli.filePath(u"credentials.json"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return env;
    }

    CliRunner::Run json(const QStringList &args, int expected = 0)
    {
        const CliRunner::Run run = m_cli.run(QStringList{u"--json"_s} + args, environment());
        if (run.status != expected)
            qWarning() << args << "exited" << run.status << run.err;
        return run;
    }

    // MiniMax T2V-01 at 720P for 6 s: the provider promises 1280×720, so size is checked too.
    QJsonArray generate(const QString &prompt, int takes)
    {
        const CliRunner::Run run = json({u"generate"_s,
                                         u"Film"_s,
                                         u"--provider"_s,
                                         u"minimax"_s,
                                         u"--mode"_s,
                                         u"t2v"_s,
                                         u"--model"_s,
                                         u"T2V-01"_s,
                                         u"--resolution"_s,
                                         u"720P"_s,
                                         u"--duration"_s,
                                         u"6"_s,
                                         u"--takes"_s,
                                         QString::number(takes),
                                         u"--prompt"_s,
                                         prompt,
                                         u"--wait"_s});
        [&] {
            QVERIFY2(run.status == 0, qPrintable(run.err));
        }();
        return run.array();
    }

    QJsonArray flagsOf(qint64 asset)
    {
        return json({u"asset"_s, u"show"_s, QString::number(asset)}).object()[u"flags"_s].toArray();
    }

private slots:
    void init()
    {
        QVERIFY(m_cli.reset());
        // Every task done at its first poll.
        QVERIFY2(m_fake.start({u"--steps"_s, u"0"_s}), qPrintable(m_fake.errorString()));
        QCOMPARE(json({u"project"_s, u"create"_s, u"Film"_s}).status, 0);
    }
    void cleanup() { m_fake.stop(); }

    void frozenTakeIsFlaggedCleanOneIsNot();
    void shortTakeAskedByPromptIsFlagged();
    void storyboardCardsAreReviewedWithoutFalseAlarms();
};

void TestCliReview::frozenTakeIsFlaggedCleanOneIsNot()
{
    // Of a batch of three, the first create gets a take that stops moving after 2 s, the second
    // one with damaged data half-way; the third is clean.
    QVERIFY(m_fake.addFault({{u"endpoint"_s, u"minimax.create"_s},
                             {u"kind"_s, u"bad-take"_s},
                             {u"take"_s, u"frozen"_s}}));
    QVERIFY(m_fake.addFault({{u"endpoint"_s, u"minimax.create"_s},
                             {u"kind"_s, u"bad-take"_s},
                             {u"take"_s, u"damaged"_s}}));
    const QJsonArray tasks = generate(u"A lake at dawn, mist on the water"_s, 3);
    QCOMPARE(tasks.size(), 3);
    QList<qint64> assets;
    qint64 clip = 0;
    for (const QJsonValue &task : tasks) {
        QCOMPARE(task[u"state"_s].toString(), u"done"_s);
        assets.append(task[u"asset"_s].toInteger());
        if (task[u"clip"_s].isDouble())
            clip = task[u"clip"_s].toInteger();
    }
    QVERIFY(clip > 0);

    // Each bad take has exactly its one flag; the clean one none.
    QMap<QString, QJsonObject> byKind;
    int clean = 0;
    for (const qint64 asset : assets) {
        const QJsonArray flags = flagsOf(asset);
        if (flags.isEmpty())
            ++clean;
        QVERIFY2(flags.size() <= 1, QJsonDocument(flags).toJson().constData());
        if (flags.size() == 1)
            byKind.insert(flags.first()[u"kind"_s].toString(), flags.first().toObject());
    }
    QCOMPARE(clean, 1);
    QCOMPARE(byKind.keys(), (QStringList{u"decode"_s, u"frozen"_s}));
    const QJsonObject frozen = byKind.value(u"frozen"_s);
    QVERIFY2(std::abs(frozen[u"from"_s].toDouble() - 2.0) < 0.2,
             qPrintable(QString::number(frozen[u"from"_s].toDouble())));
    QVERIFY(std::abs(frozen[u"to"_s].toDouble() - 6.0) < 0.2);
    QCOMPARE(frozen[u"dismissed"_s].toBool(), false);
    QVERIFY(frozen[u"message"_s].toString().contains(u"Frozen"_s));
    QVERIFY(byKind.value(u"decode"_s)[u"message"_s].toString().contains(u"Damaged"_s));

    // The clip's takes show it too: all three, two with an open flag, with their cost.
    const QJsonArray takes = json({u"takes"_s, QString::number(clip)}).array();
    QCOMPARE(takes.size(), 3);
    int open = 0;
    int inUse = 0;
    for (const QJsonValue &take : takes) {
        open += take[u"openFlags"_s].toInt();
        inUse += take[u"inUse"_s].toBool() ? 1 : 0;
        QCOMPARE(take[u"provider"_s].toString(), u"minimax"_s);
        QVERIFY(take[u"cost"_s].toDouble() > 0);
        QCOMPARE(take[u"duration"_s].toDouble(), 6.0);
    }
    QCOMPARE(open, 2);
    QCOMPARE(inUse, 1);
}

void TestCliReview::shortTakeAskedByPromptIsFlagged()
{
    const QJsonArray tasks = generate(u"A fox crossing a road fake-take:short"_s, 1);
    QCOMPARE(tasks.size(), 1);
    const QJsonArray flags = flagsOf(tasks.first()[u"asset"_s].toInteger());
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first()[u"kind"_s].toString(), u"duration"_s);
    QVERIFY2(flags.first()[u"message"_s].toString().contains(u"shorter"_s),
             qPrintable(flags.first()[u"message"_s].toString()));
}

void TestCliReview::storyboardCardsAreReviewedWithoutFalseAlarms()
{
    // A title card holds still by design, and one with a camera move moves: neither is a flag.
    for (const QStringList &extra : {QStringList{}, QStringList{u"--camera"_s, u"push-in"_s}}) {
        const CliRunner::Run run = json(QStringList{u"generate"_s,
                                                    u"Film"_s,
                                                    u"--provider"_s,
                                                    u"storyboard"_s,
                                                    u"--prompt"_s,
                                                    u"A quiet street at night"_s,
                                                    u"--duration"_s,
                                                    u"4"_s,
                                                    u"--wait"_s}
                                        + extra);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(flagsOf(run.array().first()[u"asset"_s].toInteger()).size(), 0);
    }
    // Both were reviewed (not skipped): a done review job each, with its count.
    auto library = mt::Library::open(m_cli.libraryDir());
    QVERIFY(library.ok());
    QSqlQuery query((*library)->database().connection());
    QVERIFY(query.exec(u"SELECT state, result FROM jobs WHERE kind = 'review'"_s));
    int reviews = 0;
    while (query.next()) {
        ++reviews;
        QCOMPARE(query.value(0).toString(), u"done"_s);
        QCOMPARE(QJsonDocument::fromJson(query.value(1).toByteArray())[u"flags"_s].toInt(-1), 0);
    }
    QCOMPARE(reviews, 2);
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
