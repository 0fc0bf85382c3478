// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinetest.h"

#include "storage/flagstore.h"

#include <QRandomGenerator>

using namespace mt;
using namespace Qt::StringLiterals;

// The undo history as a property: thousands of random edits (valid and invalid, seeded and so
// reproducible; flag dismissals among them), then every one undone — after each step the database
// holds exactly the rows it held before that edit, across a restart of the program half-way — and
// every one redone, each step giving back exactly the rows after the edit. Set MT_PROPERTY_SEED /
// MT_PROPERTY_EDITS to replay or lengthen a run.
class TestTimelineProperty : public QObject
{
    Q_OBJECT

private:
    test::TimelineFixture m_fixture;
    QRandomGenerator m_random;

    TimelineEditor &editor() { return m_fixture.editor(); }

    double seconds(double max) { return m_random.bounded(max * 1000) / 1000.0; }
    template<typename T>
    T pick(const QList<T> &items)
    {
        return items.at(m_random.bounded(int(items.size())));
    }

    // One random edit; its outcome does not matter (refusals must simply change nothing).
    void randomEdit(const QString &before)
    {
        const Timeline timeline = *editor().store().load(m_fixture.project());
        const QList<qint64> assets{m_fixture.video,
                                   m_fixture.longVideo,
                                   m_fixture.still,
                                   m_fixture.music};
        const int clips = int(timeline.clips.size());
        const qint64 clip = clips ? timeline.clips[m_random.bounded(clips)].id : 0;
        int choice = m_random.bounded(15);
        if (clips == 0 && choice >= 3 && choice <= 9)
            choice = 0; // no clip to edit: add one
        else if (clips > 40 && choice < 3)
            choice = 5; // keep the timeline small enough to stay quick: remove one
        bool ok = true;
        switch (choice) {
        case 0:
        case 1:
        case 2: {
            ClipDraft draft{.assetId = pick(assets)};
            if (m_random.bounded(2))
                draft.position = m_random.bounded(clips + 2) - 1;
            if (m_random.bounded(2))
                draft.in = seconds(6);
            if (m_random.bounded(2))
                draft.out = seconds(9);
            if (m_random.bounded(3) == 0)
                draft.duration = seconds(5);
            ok = editor().addClip(m_fixture.project(), draft).ok();
            break;
        }
        case 3:
            ok = editor().moveClip(clip, m_random.bounded(clips + 1)).ok();
            break;
        case 4:
            ok = editor().trimClip(clip,
                                   m_random.bounded(2) ? std::optional(seconds(5)) : std::nullopt,
                                   m_random.bounded(2) ? std::optional(seconds(9)) : std::nullopt,
                                   m_random.bounded(3) ? std::nullopt : std::optional(seconds(6)))
                         .ok();
            break;
        case 5:
            ok = editor().removeClip(clip).ok();
            break;
        case 6:
            ok = editor().splitClip(clip, seconds(5)).ok();
            break;
        case 7:
            ok = editor().replaceAsset(clip, pick(assets)).ok();
            break;
        case 8:
            ok = editor().setTransition(clip,
                                        pick(QList<Transition>{Transition::Cut,
                                                               Transition::Crossfade,
                                                               Transition::DipToBlack}),
                                        seconds(3))
                         .ok();
            break;
        case 9:
            ok = editor().setVolume(clip, seconds(5)).ok();
            break;
        case 10:
            ok = editor().addAudio(m_fixture.project(),
                                   {.assetId = pick(assets),
                                    .start = seconds(20),
                                    .volume = seconds(2),
                                    .fadeIn = seconds(3)})
                         .ok();
            break;
        case 14: {
            // Dismissing or restoring a take-review flag is an edit of the history too.
            const QList<AssetFlag> flags = *FlagStore(*m_fixture.database())
                                                    .flags(pick(QList<qint64>{m_fixture.video,
                                                                              m_fixture.longVideo}));
            const AssetFlag flag = pick(flags);
            ok = editor().setFlagDismissed(flag.id, !flag.dismissed).ok();
            break;
        }
        case 11:
        case 12:
        case 13: {
            if (timeline.audio.isEmpty())
                break;
            const qint64 audio = pick(timeline.audio).id;
            if (choice == 13)
                ok = editor().removeAudio(audio).ok();
            else
                ok = editor().updateAudio(audio, {.start = seconds(30), .fadeOut = seconds(4)}).ok();
            break;
        }
        }
        if (!ok)
            QCOMPARE(m_fixture.dump(), before);
    }

private slots:
    void init()
    {
        QVERIFY(m_fixture.open());
        FlagStore flags(*m_fixture.database());
        for (const qint64 asset : {m_fixture.video, m_fixture.longVideo}) {
            QList<AssetFlag> found(2);
            found[0].kind = FlagKind::Frozen;
            found[0].from = 1;
            found[0].to = 2;
            found[1].kind = FlagKind::Size;
            MT_VERIFY_OK(flags.replaceFlags(asset, found));
        }
    }
    void cleanup() { m_fixture.close(); }
    void undoAllAndRedoAllGiveBackEveryState();
};

void TestTimelineProperty::undoAllAndRedoAllGiveBackEveryState()
{
    const quint32 seed = qEnvironmentVariableIsSet("MT_PROPERTY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("MT_PROPERTY_SEED"))
                                 : 20261125;
    const int edits = qEnvironmentVariableIsSet("MT_PROPERTY_EDITS")
                              ? qEnvironmentVariableIntValue("MT_PROPERTY_EDITS")
                              : 2000;
    m_random.seed(seed);
    qInfo("seed %u, %d edits", seed, edits);

    // states[k]: the rows after k recorded edits.
    QStringList states{m_fixture.dump()};
    for (int i = 0; i < edits; ++i) {
        const QString before = states.last();
        randomEdit(before);
        if (QTest::currentTestFailed())
            return;
        const QString after = m_fixture.dump();
        if (after != before)
            states.append(after);
    }
    const qsizetype recorded = states.size() - 1;
    QCOMPARE(m_fixture.history().entries(m_fixture.project())->size(), recorded);
    qInfo("%lld edits recorded", qlonglong(recorded));
    QVERIFY2(recorded > edits / 3, "most random edits should be valid");

    for (qsizetype k = recorded; k > 0; --k) {
        if (k == recorded / 2)
            QVERIFY(m_fixture.reopen()); // a restart half-way through undoing
        MT_VERIFY_OK(editor().undo(m_fixture.project()));
        QCOMPARE(m_fixture.dump(), states[k - 1]);
    }
    MT_VERIFY_REFUSED(editor().undo(m_fixture.project()), u"Nothing to undo"_s);
    for (qsizetype k = 1; k <= recorded; ++k) {
        if (k == recorded / 2)
            QVERIFY(m_fixture.reopen());
        MT_VERIFY_OK(editor().redo(m_fixture.project()));
        QCOMPARE(m_fixture.dump(), states[k]);
    }
    MT_VERIFY_REFUSED(editor().redo(m_fixture.project()), u"Nothing to redo"_s);
}

QTEST_GUILESS_MAIN(TestTimelineProperty)
#include "tst_timelineproperty.moc"
