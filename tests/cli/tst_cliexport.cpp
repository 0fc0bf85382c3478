// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "clirunner.h"
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

// `movietool-cli export` end to end: one-click export into the project's folder without ever
// overwriting, forced render modes, and a batch that goes on past a failure.
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    using Run = mt::test::CliRunner::Run;
    mt::test::CliRunner m_cli;

private slots:
    void init();
    void oneClickExportNeverOverwrites();
    void forcedModes();
    void batchGoesOnPastFailures();
};

void TestCliExport::init()
{
    QVERIFY(m_cli.reset());
    m_cli.json(
            {u"project"_s, u"create"_s, u"Film"_s, u"--width"_s, u"640"_s, u"--height"_s, u"360"_s});
    m_cli.json({u"import"_s,
                u"Film"_s,
                mt::test::media(u"join_a.mp4"_s),
                mt::test::media(u"join_b.mp4"_s)});
    m_cli.json({u"timeline"_s, u"add"_s, u"Film"_s, u"1"_s});
    m_cli.json({u"timeline"_s, u"add"_s, u"Film"_s, u"2"_s});
}

void TestCliExport::oneClickExportNeverOverwrites()
{
    const QJsonObject first = m_cli.json({u"export"_s, u"Film"_s}).object();
    const QString path = first[u"output"_s].toString();
    QVERIFY2(path.startsWith(QDir(m_cli.libraryDir()).absoluteFilePath(u"media/exports/1/Film "_s)),
             qPrintable(path));
    QVERIFY(path.endsWith(u".mp4"_s));
    QCOMPARE(first[u"method"_s].toString(), u"copy"_s);
    QCOMPARE(first[u"frames"_s].toInt(), 120);
    QCOMPARE(first[u"size"_s].toInteger(), QFileInfo(path).size());
    QVERIFY(first[u"export"_s].toInteger() > 0);

    const QJsonObject second = m_cli.json({u"export"_s, u"Film"_s}).object();
    QVERIFY(second[u"output"_s].toString() != path);
    QVERIFY(second[u"output"_s].toString().endsWith(u" (2).mp4"_s));
    QVERIFY(QFileInfo::exists(path));

    // The text form says what was written and how.
    const Run text = m_cli.run({u"export"_s,
                                u"Film"_s,
                                m_cli.filePath(u"named.mp4"_s),
                                u"--render"_s,
                                u"full"_s,
                                u"--quiet"_s});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains("named.mp4") && text.out.contains("full"), text.out.constData());
}

void TestCliExport::forcedModes()
{
    m_cli.json({u"timeline"_s, u"trim"_s, u"Film"_s, u"1"_s, u"--in"_s, u"0.5"_s});
    const QString out = m_cli.filePath(u"copy.mp4"_s);
    Run refused = m_cli.run({u"export"_s, u"Film"_s, out, u"--render"_s, u"copy"_s});
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains(u"render mode “smart”"_s), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(out));
    refused = m_cli.run({u"export"_s, u"Film"_s, out, u"--render"_s, u"fast"_s});
    QCOMPARE(refused.status, 1);
    const QJsonObject smart = m_cli.json({u"export"_s, u"Film"_s, out, u"--render"_s, u"smart"_s})
                                      .object();
    QCOMPARE(smart[u"method"_s].toString(), u"smart"_s);
    QCOMPARE(smart[u"frames"_s].toInt(), 45 + 60);
    // With music under it, auto renders in full and says why.
    m_cli.json({u"import"_s, u"Film"_s, mt::test::media(u"tone.wav"_s)});
    m_cli.json({u"timeline"_s, u"music"_s, u"Film"_s, u"3"_s});
    const QJsonObject full = m_cli.json({u"export"_s, u"Film"_s, m_cli.filePath(u"music.mp4"_s)})
                                     .object();
    QCOMPARE(full[u"method"_s].toString(), u"full"_s);
    QVERIFY(full[u"reason"_s].toString().contains(u"music"_s));
}

void TestCliExport::batchGoesOnPastFailures()
{
    m_cli.json({u"project"_s, u"create"_s, u"Empty"_s});
    const QString batch = m_cli.filePath(u"batch.json"_s);
    QFile file(batch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            QJsonDocument(QJsonArray{
                                  QJsonObject{{u"project"_s, u"Film"_s}, {u"preset"_s, u"webm"_s}},
                                  QJsonObject{{u"project"_s, u"Empty"_s}},
                                  QJsonObject{{u"project"_s, u"Nope"_s}},
                                  QJsonObject{{u"project"_s, 1}, {u"render"_s, u"full"_s}},
                          })
                    .toJson());
    file.close();
    const Run run = m_cli.run({u"--json"_s, u"export"_s, u"--batch"_s, batch});
    QCOMPARE(run.status, 2);
    const QJsonObject summary = run.object();
    QCOMPARE(summary[u"done"_s].toInt(), 2);
    QCOMPARE(summary[u"failed"_s].toInt(), 2);
    const QJsonArray exports = summary[u"exports"_s].toArray();
    QCOMPARE(exports.size(), 4);
    QVERIFY(exports[0][u"output"_s].toString().endsWith(u".webm"_s));
    QVERIFY(exports[1][u"error"_s].toString().contains(u"empty"_s));
    QVERIFY(exports[2][u"error"_s].toString().contains(u"Nope"_s));
    QCOMPARE(exports[3][u"method"_s].toString(), u"full"_s);
    QVERIFY(QFileInfo::exists(exports[3][u"output"_s].toString()));

    const Run bad = m_cli.run({u"export"_s, u"--batch"_s, m_cli.filePath(u"none.json"_s)});
    QCOMPARE(bad.status, 2);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
