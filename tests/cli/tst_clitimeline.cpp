// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "clirunner.h"
#include "testmedia.h"

using namespace Qt::StringLiterals;

// `movietool-cli timeline …` end to end: each command a new process, so every undo and redo
// here also crosses a restart of the program.
class TestCliTimeline : public QObject
{
    Q_OBJECT

private:
    using Run = mt::test::CliRunner::Run;
    mt::test::CliRunner m_cli;

    QJsonObject show() { return m_cli.json({u"timeline"_s, u"show"_s, u"Film"_s}).object(); }

    QList<qint64> clipIds()
    {
        QList<qint64> ids;
        for (const QJsonValue &clip : show()[u"clips"_s].toArray())
            ids.append(clip[u"id"_s].toInteger());
        return ids;
    }

    QJsonObject edit(const QStringList &args, int expected = 0)
    {
        return m_cli.json(QStringList{u"timeline"_s} + args, expected).object();
    }

private slots:
    void init();
    void buildAFilm();
    void undoAndRedoAcrossProcesses();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
};

void TestCliTimeline::init()
{
    QVERIFY(m_cli.reset());
    m_cli.json({u"project"_s, u"create"_s, u"Film"_s});
    m_cli.json({u"project"_s, u"create"_s, u"Other"_s});
    // Assets 1–4 in Film, 5 in Other.
    m_cli.json({u"import"_s,
                u"Film"_s,
                mt::test::media(u"h264_aac.mp4"_s),
                mt::test::media(u"shot_720p.mp4"_s),
                mt::test::media(u"still.png"_s),
                mt::test::media(u"tone.wav"_s)});
    m_cli.json({u"import"_s, u"Other"_s, mt::test::media(u"no_audio.mp4"_s)});
}

void TestCliTimeline::buildAFilm()
{
    QJsonObject clip = edit({u"add"_s, u"Film"_s, u"1"_s});
    QCOMPARE(clip[u"duration"_s].toDouble(), 2.0);
    QCOMPARE(clip[u"filmDuration"_s].toDouble(), 2.0);
    clip = edit({u"add"_s, u"Film"_s, u"3"_s, u"--duration"_s, u"1.5"_s});
    QCOMPARE(clip[u"kind"_s].toString(), u"image"_s);
    clip = edit({u"add"_s,
                 u"Film"_s,
                 u"2"_s,
                 u"--at"_s,
                 u"0"_s,
                 u"--in"_s,
                 u"1"_s,
                 u"--out"_s,
                 u"0:04.5"_s});
    QCOMPARE(clip[u"position"_s].toInt(), 0);
    QCOMPARE(clip[u"duration"_s].toDouble(), 3.5);
    const qint64 shot = clip[u"id"_s].toInteger();
    QCOMPARE(show()[u"duration"_s].toDouble(), 3.5 + 2 + 1.5);

    clip = edit({u"transition"_s,
                 u"Film"_s,
                 QString::number(shot),
                 u"crossfade"_s,
                 u"--duration"_s,
                 u"0.5"_s});
    QCOMPARE(clip[u"transition"_s].toString(), u"crossfade"_s);
    QCOMPARE(clip[u"filmDuration"_s].toDouble(), 6.5);

    clip = edit({u"split"_s, u"Film"_s, QString::number(shot), u"1"_s});
    QCOMPARE(clip[u"in"_s].toDouble(), 2.0);
    QCOMPARE(clip[u"transition"_s].toString(), u"crossfade"_s);
    QCOMPARE(clipIds().size(), 4);
    edit({u"move"_s, u"Film"_s, QString::number(shot), u"3"_s});
    QCOMPARE(clipIds().last(), shot);
    edit({u"trim"_s, u"Film"_s, QString::number(shot), u"--out"_s, u"1.5"_s});
    edit({u"volume"_s, u"Film"_s, QString::number(shot), u"0.5"_s});
    clip = edit({u"replace"_s, u"Film"_s, QString::number(shot), u"1"_s});
    QCOMPARE(clip[u"asset"_s].toInteger(), 1);
    QCOMPARE(clip[u"volume"_s].toDouble(), 0.5);

    QJsonObject music = edit({u"music"_s,
                              u"Film"_s,
                              u"4"_s,
                              u"--start"_s,
                              u"1"_s,
                              u"--volume"_s,
                              u"0.3"_s,
                              u"--fade-out"_s,
                              u"0.5"_s});
    QCOMPARE(music[u"role"_s].toString(), u"music"_s);
    QCOMPARE(music[u"start"_s].toDouble(), 1.0);
    music = edit({u"audio"_s,
                  u"Film"_s,
                  QString::number(music[u"id"_s].toInteger()),
                  u"--start"_s,
                  u"2"_s});
    QCOMPARE(music[u"start"_s].toDouble(), 2.0);
    QCOMPARE(music[u"volume"_s].toDouble(), 0.3);
    QCOMPARE(show()[u"audio"_s].toArray().size(), 1);

    const QJsonArray history = m_cli.json({u"timeline"_s, u"history"_s, u"Film"_s}).array();
    QCOMPARE(history.size(), 11);
    QCOMPARE(history.last()[u"command"_s].toString(), u"audio"_s);

    // The text form names the clips in order.
    const Run text = m_cli.run({u"timeline"_s, u"show"_s, u"Film"_s});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains("4 clip(s)") && text.out.contains("still.png")
                     && text.out.contains("music"),
             text.out.constData());
}

void TestCliTimeline::undoAndRedoAcrossProcesses()
{
    const QJsonObject empty = show();
    edit({u"add"_s, u"Film"_s, u"1"_s});
    edit({u"add"_s, u"Film"_s, u"2"_s});
    const QJsonObject two = show();
    const qint64 first = clipIds().first();
    edit({u"remove"_s, u"Film"_s, QString::number(first)});
    QCOMPARE(clipIds().size(), 1);

    QJsonObject undone = edit({u"undo"_s, u"Film"_s});
    QCOMPARE(undone[u"undone"_s].toString(), u"remove"_s);
    QCOMPARE(show(), two);
    edit({u"undo"_s, u"Film"_s});
    edit({u"undo"_s, u"Film"_s});
    QCOMPARE(show(), empty);
    edit({u"undo"_s, u"Film"_s}, 2);
    edit({u"redo"_s, u"Film"_s});
    edit({u"redo"_s, u"Film"_s});
    QCOMPARE(show(), two);
    // A new edit ends what could be redone.
    edit({u"add"_s, u"Film"_s, u"3"_s});
    const Run nothing = m_cli.run({u"timeline"_s, u"redo"_s, u"Film"_s});
    QCOMPARE(nothing.status, 2);
    QVERIFY(nothing.err.contains(u"Nothing to redo"_s));
}

void TestCliTimeline::refusalsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("asset of another project")
            << QStringList{u"add"_s, u"Film"_s, u"5"_s} << 2 << u"another project"_s;
    QTest::newRow("sound as a clip")
            << QStringList{u"add"_s, u"Film"_s, u"4"_s} << 2 << u"only sound"_s;
    QTest::newRow("in past the end")
            << QStringList{u"add"_s, u"Film"_s, u"1"_s, u"--in"_s, u"5"_s} << 2 << u"in point"_s;
    QTest::newRow("not a time") << QStringList{u"add"_s, u"Film"_s, u"1"_s, u"--in"_s, u"soon"_s}
                                << 1 << u"--in"_s;
    QTest::newRow("unknown project") << QStringList{u"show"_s, u"Nope"_s} << 2 << u"Nope"_s;
    QTest::newRow("clip of another project")
            << QStringList{u"trim"_s, u"Other"_s, u"1"_s, u"--in"_s, u"1"_s} << 2
            << u"not on the timeline"_s;
    QTest::newRow("unknown clip") << QStringList{u"split"_s, u"Film"_s, u"99"_s, u"1"_s} << 2
                                  << u"No clip with id 99"_s;
    QTest::newRow("trim without times")
            << QStringList{u"trim"_s, u"Film"_s, u"1"_s} << 1 << u"--in"_s;
    QTest::newRow("transition kind")
            << QStringList{u"transition"_s, u"Film"_s, u"1"_s, u"wipe"_s} << 1 << u"crossfade"_s;
    QTest::newRow("last clip transition")
            << QStringList{u"transition"_s, u"Film"_s, u"1"_s, u"crossfade"_s} << 2
            << u"last one"_s;
    QTest::newRow("music without sound")
            << QStringList{u"music"_s, u"Film"_s, u"3"_s} << 2 << u"no sound"_s;
}

void TestCliTimeline::refusalsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, reason);
    edit({u"add"_s, u"Film"_s, u"1"_s});
    const QJsonObject before = show();
    const Run refused = m_cli.run(QStringList{u"timeline"_s} + args);
    QCOMPARE(refused.status, status);
    QVERIFY2(refused.err.contains(reason), qPrintable(refused.err));
    QCOMPARE(show(), before);
    QCOMPARE(m_cli.json({u"timeline"_s, u"history"_s, u"Film"_s}).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_clitimeline.moc"
