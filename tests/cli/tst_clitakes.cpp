// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "clirunner.h"
#include "testmedia.h"

#include "storage/flagstore.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

// Take review through `movietool-cli`: `asset show` with its flags, `takes CLIP` and `takes use`,
// `asset dismiss-flag`/`restore-flag`, and `timeline undo` taking back a swap and a dismissal —
// each command a process of its own. The flags here are written as a review would write them
// (FlagStore); tst_clireview makes a review find them.
class TestCliTakes : public QObject
{
    Q_OBJECT

private:
    mt::test::CliRunner m_cli;
    qint64 m_clip = 0;
    qint64 m_flag = 0;

    QJsonArray takes() { return m_cli.json({u"takes"_s, QString::number(m_clip)}).array(); }
    QJsonObject flagOfAsset1()
    {
        const QJsonObject asset = m_cli.json({u"asset"_s, u"show"_s, u"1"_s}).object();
        return asset[u"flags"_s].toArray().first().toObject();
    }

private slots:
    void init();
    void listAndUseTakes();
    void showDismissAndRestoreFlags();
};

void TestCliTakes::init()
{
    QVERIFY(m_cli.reset());
    m_cli.json({u"project"_s, u"create"_s, u"Film"_s});
    // Assets 1 and 2 (videos), 3 (a still).
    m_cli.json({u"import"_s,
                u"Film"_s,
                mt::test::media(u"h264_aac.mp4"_s),
                mt::test::media(u"shot_720p.mp4"_s),
                mt::test::media(u"still.png"_s)});
    m_clip = m_cli.json({u"timeline"_s, u"add"_s, u"Film"_s, u"1"_s}).object()[u"id"_s].toInteger();
    QVERIFY(m_clip > 0);
    // Take 2 replaces take 1, which stays an alternate.
    m_cli.json({u"timeline"_s, u"replace"_s, u"Film"_s, QString::number(m_clip), u"2"_s});
    {
        auto library = mt::Library::open(m_cli.libraryDir());
        QVERIFY(library.ok());
        mt::AssetFlag frozen;
        frozen.kind = mt::FlagKind::Frozen;
        frozen.from = 0.5;
        frozen.to = 1.5;
        frozen.message = u"Frozen from 0.5 s to 1.5 s: the provider may have padded a short "
                         u"clip."_s;
        QVERIFY(mt::FlagStore((*library)->database()).replaceFlags(1, {frozen}).ok());
        m_flag = mt::FlagStore((*library)->database()).flags(1)->first().id;
    }
}

void TestCliTakes::listAndUseTakes()
{
    QJsonArray list = takes();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][u"asset"_s].toInteger(), 1);
    QCOMPARE(list[0][u"inUse"_s].toBool(), false);
    QCOMPARE(list[0][u"openFlags"_s].toInt(), 1);
    QCOMPARE(list[0][u"flags"_s].toArray().first()[u"kind"_s].toString(), u"frozen"_s);
    QCOMPARE(list[0][u"duration"_s].toDouble(), 2.0);
    QVERIFY(list[0][u"cost"_s].isNull()); // imported, not generated: no cost
    QCOMPARE(list[1][u"asset"_s].toInteger(), 2);
    QCOMPARE(list[1][u"inUse"_s].toBool(), true);
    QCOMPARE(list[1][u"openFlags"_s].toInt(), 0);
    QCOMPARE(list[1][u"width"_s].toInt(), 1280);

    mt::test::CliRunner::Run text = m_cli.run({u"takes"_s, QString::number(m_clip)});
    QCOMPARE(text.status, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"* asset 2"_s) && out.contains(u"open flags (1): frozen"_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"Frozen from 0.5 s"_s), qPrintable(out));

    const QJsonObject used = m_cli.json({u"takes"_s, u"use"_s, QString::number(m_clip), u"1"_s})
                                     .object();
    QCOMPARE(used[u"asset"_s].toInteger(), 1);
    QCOMPARE(used[u"previous"_s].toInteger(), 2);
    list = takes();
    QCOMPARE(list[0][u"inUse"_s].toBool(), true);
    QCOMPARE(list[1][u"inUse"_s].toBool(), false);

    // Not a take of the clip: refused, nothing changes.
    mt::test::CliRunner::Run refused
            = m_cli.json({u"takes"_s, u"use"_s, QString::number(m_clip), u"3"_s}, 2);
    QVERIFY2(refused.err.contains(u"Asset 3 is not a take of clip"_s), qPrintable(refused.err));
    m_cli.json({u"takes"_s, u"use"_s, QString::number(m_clip), u"1"_s}, 2); // already in use
    m_cli.json({u"takes"_s, u"use"_s, u"999"_s, u"1"_s}, 2);                // no such clip
    m_cli.json({u"takes"_s, u"use"_s, QString::number(m_clip), u"one"_s}, 1);
    QCOMPARE(takes(), list);

    // The swap is an edit: undone and redone through the timeline.
    QCOMPARE(m_cli.json({u"timeline"_s, u"undo"_s, u"Film"_s}).object()[u"undone"_s].toString(),
             u"replace"_s);
    QCOMPARE(takes()[1][u"inUse"_s].toBool(), true);
    m_cli.json({u"timeline"_s, u"redo"_s, u"Film"_s});
    QCOMPARE(takes()[0][u"inUse"_s].toBool(), true);
}

void TestCliTakes::showDismissAndRestoreFlags()
{
    QJsonObject flag = flagOfAsset1();
    QCOMPARE(flag[u"id"_s].toInteger(), m_flag);
    QCOMPARE(flag[u"kind"_s].toString(), u"frozen"_s);
    QCOMPARE(flag[u"from"_s].toDouble(), 0.5);
    QCOMPARE(flag[u"to"_s].toDouble(), 1.5);
    QCOMPARE(flag[u"dismissed"_s].toBool(), false);
    QVERIFY(flag[u"message"_s].toString().startsWith(u"Frozen from"_s));
    QCOMPARE(m_cli.json({u"asset"_s, u"show"_s, u"2"_s}).object()[u"flags"_s].toArray().size(), 0);
    const QJsonArray assets = m_cli.json({u"asset"_s, u"list"_s, u"Film"_s}).array();
    QCOMPARE(assets[0][u"openFlags"_s].toInt(), 1);
    QCOMPARE(assets[1][u"openFlags"_s].toInt(), 0);
    const mt::test::CliRunner::Run text = m_cli.run({u"asset"_s, u"show"_s, u"1"_s});
    QVERIFY2(QString::fromUtf8(text.out).contains(u"frozen  0.500–1.500 s: Frozen from"_s),
             text.out.constData());

    const QString id = QString::number(m_flag);
    QCOMPARE(m_cli.json({u"asset"_s, u"dismiss-flag"_s, id}).object()[u"dismissed"_s].toBool(),
             true);
    QCOMPARE(flagOfAsset1()[u"dismissed"_s].toBool(), true);
    QCOMPARE(takes()[0][u"openFlags"_s].toInt(), 0);
    QCOMPARE(m_cli.json({u"asset"_s, u"list"_s, u"Film"_s}).array()[0][u"openFlags"_s].toInt(), 0);
    // Again: nothing to do, no second edit.
    m_cli.json({u"asset"_s, u"dismiss-flag"_s, id});
    QCOMPARE(m_cli.json({u"timeline"_s, u"undo"_s, u"Film"_s}).object()[u"undone"_s].toString(),
             u"dismiss-flag"_s);
    QCOMPARE(flagOfAsset1()[u"dismissed"_s].toBool(), false);
    m_cli.json({u"timeline"_s, u"redo"_s, u"Film"_s});
    QCOMPARE(flagOfAsset1()[u"dismissed"_s].toBool(), true);
    QCOMPARE(m_cli.json({u"asset"_s, u"restore-flag"_s, id}).object()[u"dismissed"_s].toBool(),
             false);
    QCOMPARE(m_cli.json({u"timeline"_s, u"undo"_s, u"Film"_s}).object()[u"undone"_s].toString(),
             u"restore-flag"_s);
    QCOMPARE(flagOfAsset1()[u"dismissed"_s].toBool(), true);

    const mt::test::CliRunner::Run unknown = m_cli.json({u"asset"_s, u"dismiss-flag"_s, u"999"_s},
                                                        2);
    QVERIFY2(unknown.err.contains(u"No flag with id 999"_s), qPrintable(unknown.err));
    m_cli.json({u"asset"_s, u"restore-flag"_s, u"frozen"_s}, 1);
}

QTEST_GUILESS_MAIN(TestCliTakes)
#include "tst_clitakes.moc"
