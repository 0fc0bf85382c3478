// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinetest.h"

#include "storage/flagstore.h"

#include <QSignalSpy>

using namespace mt;
using namespace Qt::StringLiterals;

// Take review's flags in the library: what a review's result writes (and keeps across a second
// review), what it refuses, the open counts the editor marks assets with, and that dismissing a
// flag is an edit like any other — undone and redone exactly, also after a restart, mixed with
// timeline edits.
class TestFlagStore : public QObject
{
    Q_OBJECT

private:
    test::TimelineFixture m_fixture;

    FlagStore flags() { return FlagStore(*m_fixture.database()); }
    TimelineEditor &editor() { return m_fixture.editor(); }
    qint64 project() const { return m_fixture.project(); }

    static AssetFlag finding(const QString &kind,
                             double from,
                             std::optional<double> to,
                             const QString &message = {})
    {
        AssetFlag flag;
        flag.kind = kind;
        flag.from = from;
        flag.to = to;
        flag.message = message.isEmpty() ? u"%1 from %2"_s.arg(kind).arg(from) : message;
        return flag;
    }

    // The video's flags after a review that found a frozen stretch and a wrong size.
    QList<AssetFlag> reviewVideo()
    {
        const QList<AssetFlag> found{finding(FlagKind::Frozen, 3.2, 6.0),
                                     finding(FlagKind::Size, 0, std::nullopt)};
        const Status stored = flags().replaceFlags(m_fixture.video, found);
        if (!stored)
            qWarning() << stored.error().message;
        return *flags().flags(m_fixture.video);
    }

private slots:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void storesAReviewsFlags();
    void refusesMalformedFlags();
    void secondReviewKeepsWhatItFindsAgain();
    void countsOpenFlagsPerAsset();
    void dismissIsUndoable();
    void dismissIsUndoableAfterRestart();
    void undoSkipsAFlagAReviewReplaced();
    void dismissMixesWithTimelineEdits();
};

void TestFlagStore::storesAReviewsFlags()
{
    const QList<AssetFlag> stored = reviewVideo();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].kind, FlagKind::Frozen);
    QCOMPARE(stored[0].assetId, m_fixture.video);
    QCOMPARE(stored[0].from, 3.2);
    QCOMPARE(stored[0].to, std::optional<double>(6.0));
    QVERIFY(!stored[0].dismissed);
    QVERIFY(stored[0].id > 0);
    QCOMPARE(stored[1].kind, FlagKind::Size);
    QVERIFY(!stored[1].to.has_value());
    QVERIFY(stored[0].id < stored[1].id); // oldest first

    const Result<AssetFlag> one = flags().flag(stored[1].id);
    MT_VERIFY_OK(one);
    QCOMPARE(*one, stored[1]);
    QCOMPARE(one->toJson().value(u"to"_s).type(), QJsonValue::Null);
    MT_VERIFY_REFUSED(flags().flag(9999), u"No flag with id 9999"_s);

    QVERIFY(flags().flags(m_fixture.longVideo)->isEmpty());
    // A clean second review clears them.
    MT_VERIFY_OK(flags().replaceFlags(m_fixture.video, {}));
    QVERIFY(flags().flags(m_fixture.video)->isEmpty());

    // The flags go with their asset.
    reviewVideo();
    QVERIFY(m_fixture.run(u"DELETE FROM assets WHERE id = %1"_s.arg(m_fixture.video)));
    QCOMPARE(m_fixture.count(u"asset_flags"_s), 0);
}

void TestFlagStore::refusesMalformedFlags()
{
    reviewVideo();
    const QString before = m_fixture.dump();
    MT_VERIFY_REFUSED(flags().replaceFlags(m_fixture.video, {finding(u"Frozen!"_s, 0, 1)}),
                      u"is not a kind of flag"_s);
    MT_VERIFY_REFUSED(flags().replaceFlags(m_fixture.video,
                                           {finding(FlagKind::Black, 0, 1),
                                            finding(FlagKind::Black, 2, 1)}),
                      u"end no earlier than it starts"_s);
    MT_VERIFY_REFUSED(flags().replaceFlags(m_fixture.video, {finding(FlagKind::Black, -1, 1)}),
                      u"start at 0 s or later"_s);
    MT_VERIFY_REFUSED(flags().replaceFlags(m_fixture.video,
                                           {finding(FlagKind::Black, 0, 1, QString(5000, u'x'))}),
                      u"at most 2000"_s);
    MT_VERIFY_REFUSED(flags().replaceFlags(4242, {finding(FlagKind::Black, 0, 1)}),
                      u"No asset with id 4242"_s);
    QCOMPARE(m_fixture.dump(), before);
}

void TestFlagStore::secondReviewKeepsWhatItFindsAgain()
{
    const QList<AssetFlag> first = reviewVideo();
    MT_VERIFY_OK(editor().setFlagDismissed(first[0].id, true));
    // The same frozen stretch (to the rounding of a frame time) with new words, the size flag
    // gone, a black stretch new.
    MT_VERIFY_OK(flags().replaceFlags(m_fixture.video,
                                      {finding(FlagKind::Frozen, 3.2001, 5.9999, u"Frozen."_s),
                                       finding(FlagKind::Black, 0, 0.5)}));
    const QList<AssetFlag> second = *flags().flags(m_fixture.video);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second[0].id, first[0].id);
    QVERIFY(second[0].dismissed);
    QCOMPARE(second[0].message, u"Frozen."_s);
    QCOMPARE(second[1].kind, FlagKind::Black);
    QVERIFY(!second[1].dismissed);
    QCOMPARE(m_fixture.count(u"asset_flags WHERE kind = 'size'"_s), 0);

    // The reworded flag is still the one dismissed: undo restores it, with its new words, and
    // redo dismisses it again.
    MT_VERIFY_OK(editor().undo(project()));
    QVERIFY(!flags().flag(first[0].id)->dismissed);
    QCOMPARE(flags().flag(first[0].id)->message, u"Frozen."_s);
    MT_VERIFY_OK(editor().redo(project()));
    QVERIFY(flags().flag(first[0].id)->dismissed);
}

void TestFlagStore::countsOpenFlagsPerAsset()
{
    const QList<AssetFlag> video = reviewVideo();
    MT_VERIFY_OK(flags().replaceFlags(m_fixture.longVideo, {finding(FlagKind::Silent, 0, 8)}));
    MT_VERIFY_OK(
            flags().replaceFlags(m_fixture.otherProjectVideo, {finding(FlagKind::Black, 0, 1)}));
    QHash<qint64, int> counts = *flags().openFlagCounts(project());
    QCOMPARE(counts, (QHash<qint64, int>{{m_fixture.video, 2}, {m_fixture.longVideo, 1}}));
    MT_VERIFY_OK(editor().setFlagDismissed(video[1].id, true));
    MT_VERIFY_OK(editor().setFlagDismissed(flags().flags(m_fixture.longVideo)->first().id, true));
    counts = *flags().openFlagCounts(project());
    QCOMPARE(counts, (QHash<qint64, int>{{m_fixture.video, 1}}));
}

void TestFlagStore::dismissIsUndoable()
{
    const QList<AssetFlag> stored = reviewVideo();
    QSignalSpy changed(&m_fixture.history(), &EditHistory::changed);
    const QString before = m_fixture.dump();

    const Result<AssetFlag> dismissed = editor().setFlagDismissed(stored[0].id, true);
    MT_VERIFY_OK(dismissed);
    QVERIFY(dismissed->dismissed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), project());
    const QString after = m_fixture.dump();
    QVERIFY(after != before);
    QCOMPARE(m_fixture.history().entries(project())->last().command, u"dismiss-flag"_s);
    QCOMPARE(TimelineEditor::commandTitle(u"dismiss-flag"_s), u"Dismiss flag"_s);
    QCOMPARE(TimelineEditor::commandTitle(u"restore-flag"_s), u"Restore flag"_s);

    // Dismissing it again changes nothing and records nothing.
    MT_VERIFY_OK(editor().setFlagDismissed(stored[0].id, true));
    QCOMPARE(m_fixture.history().entries(project())->size(), 1);

    const Result<EditEntry> undone = editor().undo(project());
    MT_VERIFY_OK(undone);
    QCOMPARE(undone->command, u"dismiss-flag"_s);
    QCOMPARE(m_fixture.dump(), before);
    QVERIFY(!flags().flag(stored[0].id)->dismissed);
    MT_VERIFY_OK(editor().redo(project()));
    QCOMPARE(m_fixture.dump(), after);

    // Restoring is an edit too.
    const Result<AssetFlag> restored = editor().setFlagDismissed(stored[0].id, false);
    MT_VERIFY_OK(restored);
    QVERIFY(!restored->dismissed);
    QCOMPARE(m_fixture.history().entries(project())->last().command, u"restore-flag"_s);
    QCOMPARE(m_fixture.dump(), before);
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(m_fixture.dump(), after);

    MT_VERIFY_REFUSED(editor().setFlagDismissed(31337, true), u"No flag with id 31337"_s);
}

void TestFlagStore::dismissIsUndoableAfterRestart()
{
    const QList<AssetFlag> stored = reviewVideo();
    const QString before = m_fixture.dump();
    MT_VERIFY_OK(editor().setFlagDismissed(stored[1].id, true));
    const QString after = m_fixture.dump();
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.dump(), after);
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(m_fixture.dump(), before);
    QVERIFY(m_fixture.reopen());
    MT_VERIFY_OK(editor().redo(project()));
    QCOMPARE(m_fixture.dump(), after);
    QVERIFY(flags().flag(stored[1].id)->dismissed);
}

void TestFlagStore::undoSkipsAFlagAReviewReplaced()
{
    const QList<AssetFlag> stored = reviewVideo();
    const Clip clip = *editor().addClip(project(), {.assetId = m_fixture.longVideo});
    MT_VERIFY_OK(editor().setFlagDismissed(stored[0].id, true));
    // A new review finds something else: the dismissed flag is gone.
    MT_VERIFY_OK(flags().replaceFlags(m_fixture.video, {finding(FlagKind::Black, 0, 2)}));
    const QString reviewed = m_fixture.dump();
    // Undoing the dismissal has nothing left to take back; the new flag stays as the review
    // wrote it, and the edit before it undoes as usual.
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(m_fixture.dump(), reviewed);
    MT_VERIFY_OK(editor().undo(project()));
    QVERIFY(!editor().store().clip(clip.id).ok());
    MT_VERIFY_OK(editor().redo(project()));
    MT_VERIFY_OK(editor().redo(project()));
    QCOMPARE(m_fixture.dump(), reviewed);
}

void TestFlagStore::dismissMixesWithTimelineEdits()
{
    const QList<AssetFlag> stored = reviewVideo();
    QStringList states{m_fixture.dump()};
    const Clip clip = *editor().addClip(project(), {.assetId = m_fixture.video});
    states.append(m_fixture.dump());
    MT_VERIFY_OK(editor().setFlagDismissed(stored[0].id, true));
    states.append(m_fixture.dump());
    MT_VERIFY_OK(editor().replaceAsset(clip.id, m_fixture.longVideo));
    states.append(m_fixture.dump());
    MT_VERIFY_OK(editor().setFlagDismissed(stored[1].id, true));
    states.append(m_fixture.dump());
    MT_VERIFY_OK(editor().setFlagDismissed(stored[0].id, false));
    states.append(m_fixture.dump());
    for (qsizetype k = states.size() - 1; k > 0; --k) {
        MT_VERIFY_OK(editor().undo(project()));
        QCOMPARE(m_fixture.dump(), states[k - 1]);
    }
    for (qsizetype k = 1; k < states.size(); ++k) {
        MT_VERIFY_OK(editor().redo(project()));
        QCOMPARE(m_fixture.dump(), states[k]);
    }
}

QTEST_GUILESS_MAIN(TestFlagStore)
#include "tst_flagstore.moc"
