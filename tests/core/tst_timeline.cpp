// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinetest.h"

#include "edit/timelineundostack.h"

#include <QSignalSpy>

using namespace mt;
using namespace Qt::StringLiterals;

// Every timeline edit on a real SQLite library: what it writes, what it refuses, and that undo
// puts back exactly the rows there were and redo exactly the rows the edit made.
class TestTimeline : public QObject
{
    Q_OBJECT

private:
    test::TimelineFixture m_fixture;

    TimelineEditor &editor() { return m_fixture.editor(); }
    qint64 project() const { return m_fixture.project(); }
    Timeline timeline() { return *m_fixture.editor().store().load(project()); }

    QList<qint64> clipAssets()
    {
        QList<qint64> assets;
        for (const Clip &clip : timeline().clips)
            assets.append(clip.assetId);
        return assets;
    }

    // Undo then redo the last edit: the database must go back to `before` and then to what it
    // was after the edit, to the byte.
    void checkUndoRedo(const QString &before, const QString &command)
    {
        const QString after = m_fixture.dump();
        QVERIFY(before != after);
        const Result<EditEntry> undone = editor().undo(project());
        MT_VERIFY_OK(undone);
        QCOMPARE(undone->command, command);
        QCOMPARE(m_fixture.dump(), before);
        MT_VERIFY_OK(editor().redo(project()));
        QCOMPARE(m_fixture.dump(), after);
    }

    Clip add(qint64 asset, ClipDraft draft = {})
    {
        draft.assetId = asset;
        Result<Clip> clip = editor().addClip(project(), draft);
        if (!clip)
            qWarning() << clip.error().message;
        return clip ? *clip : Clip{};
    }

private slots:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void addAndInsert();
    void addRefusals_data();
    void addRefusals();
    void moveClip();
    void trimVideoAndStill();
    void splitVideoAndStill();
    void removeRipples();
    void replaceKeepsPlaceAndTrims();
    void transitionsAndDurations();
    void volume();
    void music();
    void newEditDropsRedo();
    void nothingToUndoOrRedo();
    void historySurvivesRestart();
    void stepRefusedWhenRowsChangedOutside();
    void stepRefusedWhenAssetIsGone();
    void takesOfRemovedAssetsAreLeftOut();
    void idsAreNeverReused();
    void undoStackDrivesTheHistory();
    void undoStackRebuildsAndReportsFailures();
};

void TestTimeline::addAndInsert()
{
    const QString empty = m_fixture.dump();
    const Clip first = add(m_fixture.video);
    QCOMPARE(first.position, 0);
    QCOMPARE(first.in, 0.0);
    QVERIFY(!first.out);
    checkUndoRedo(empty, u"add"_s);

    QString before = m_fixture.dump();
    const Clip still = add(m_fixture.still, {.duration = 2.0});
    QCOMPARE(still.position, 1);
    QCOMPARE(still.stillDuration, std::optional<double>(2.0));
    checkUndoRedo(before, u"add"_s);

    before = m_fixture.dump();
    const Clip inserted = add(m_fixture.longVideo, {.position = 0, .in = 1.0, .out = 5.0});
    QCOMPARE(inserted.position, 0);
    checkUndoRedo(before, u"insert"_s);

    QCOMPARE(clipAssets(), (QList<qint64>{m_fixture.longVideo, m_fixture.video, m_fixture.still}));
    const Timeline film = timeline();
    QCOMPARE(film.clipDuration(film.clips[0]), 4.0);
    QCOMPARE(film.clipStart(2), 8.5);
    QCOMPARE(film.duration(), 4.0 + 4.5 + 2.0);
    // A still without a duration shows for the default.
    QCOMPARE(*add(m_fixture.still).stillDuration, TimelineEditor::DefaultStillDuration);
}

void TestTimeline::addRefusals_data()
{
    QTest::addColumn<int>("asset"); // 0 video, 1 still, 2 music, 3 other project's, 4 unknown
    QTest::addColumn<ClipDraft>("draft");
    QTest::addColumn<QString>("reason");

    QTest::newRow("sound only") << 2 << ClipDraft{} << u"only sound"_s;
    QTest::newRow("other project") << 3 << ClipDraft{} << u"another project"_s;
    QTest::newRow("unknown asset") << 4 << ClipDraft{} << u"999"_s;
    QTest::newRow("in past the end") << 0 << ClipDraft{.in = 4.5} << u"in point 4.500"_s;
    QTest::newRow("negative in") << 0 << ClipDraft{.in = -1.0} << u"in point"_s;
    QTest::newRow("out before in") << 0 << ClipDraft{.in = 2.0, .out = 1.0} << u"out point"_s;
    QTest::newRow("out past the end") << 0 << ClipDraft{.out = 5.0} << u"out point"_s;
    QTest::newRow("position") << 0 << ClipDraft{.position = 3} << u"Position 3"_s;
    QTest::newRow("still with in") << 1 << ClipDraft{.in = 1.0} << u"no in and out"_s;
    QTest::newRow("still too short") << 1 << ClipDraft{.duration = 0.0} << u"an hour"_s;
    QTest::newRow("video with duration") << 0 << ClipDraft{.duration = 2.0} << u"in and out"_s;
}

void TestTimeline::addRefusals()
{
    QFETCH(int, asset);
    QFETCH(ClipDraft, draft);
    QFETCH(QString, reason);
    const qint64 ids[] = {m_fixture.video,
                          m_fixture.still,
                          m_fixture.music,
                          m_fixture.otherProjectVideo,
                          999};
    draft.assetId = ids[asset];
    const QString before = m_fixture.dump();
    MT_VERIFY_REFUSED(editor().addClip(project(), draft), reason);
    QCOMPARE(m_fixture.dump(), before);
    QVERIFY(m_fixture.history().entries(project())->isEmpty());
}

void TestTimeline::moveClip()
{
    const Clip a = add(m_fixture.video);
    const Clip b = add(m_fixture.longVideo);
    const Clip c = add(m_fixture.still);
    QString before = m_fixture.dump();
    MT_VERIFY_OK(editor().moveClip(a.id, 2));
    QCOMPARE(clipAssets(), (QList<qint64>{b.assetId, c.assetId, a.assetId}));
    checkUndoRedo(before, u"move"_s);
    before = m_fixture.dump();
    MT_VERIFY_OK(editor().moveClip(a.id, 1));
    QCOMPARE(clipAssets(), (QList<qint64>{b.assetId, a.assetId, c.assetId}));
    checkUndoRedo(before, u"move"_s);

    MT_VERIFY_REFUSED(editor().moveClip(c.id, 3), u"choose 0 to 2"_s);
    MT_VERIFY_REFUSED(editor().moveClip(4242, 0), u"No clip with id 4242"_s);
    // A move to where it is changes nothing and records nothing.
    const qsizetype entries = m_fixture.history().entries(project())->size();
    MT_VERIFY_OK(editor().moveClip(c.id, 2));
    QCOMPARE(m_fixture.history().entries(project())->size(), entries);
}

void TestTimeline::trimVideoAndStill()
{
    const Clip video = add(m_fixture.video);
    const Clip still = add(m_fixture.still);
    QString before = m_fixture.dump();
    Result<Clip> trimmed = editor().trimClip(video.id, 0.5, 3.0);
    MT_VERIFY_OK(trimmed);
    QCOMPARE(trimmed->in, 0.5);
    QCOMPARE(*trimmed->out, 3.0);
    checkUndoRedo(before, u"trim"_s);
    // Only the in point: the out point stays.
    trimmed = editor().trimClip(video.id, 1.0, std::nullopt);
    QCOMPARE(trimmed->in, 1.0);
    QCOMPARE(*trimmed->out, 3.0);

    before = m_fixture.dump();
    trimmed = editor().trimClip(still.id, std::nullopt, std::nullopt, 5.0);
    MT_VERIFY_OK(trimmed);
    QCOMPARE(*trimmed->stillDuration, 5.0);
    checkUndoRedo(before, u"trim"_s);

    MT_VERIFY_REFUSED(editor().trimClip(video.id, 3.5, std::nullopt), u"out point"_s);
    MT_VERIFY_REFUSED(editor().trimClip(video.id, std::nullopt, 9.0), u"out point 9.000"_s);
    MT_VERIFY_REFUSED(editor().trimClip(still.id, 1.0, std::nullopt), u"no in and out"_s);
    MT_VERIFY_REFUSED(editor().trimClip(video.id, std::nullopt, std::nullopt, 2.0), u"in and out"_s);
}

void TestTimeline::splitVideoAndStill()
{
    const Clip video = add(m_fixture.longVideo, {.in = 1.0, .out = 7.0});
    const Clip still = add(m_fixture.still, {.duration = 4.0});
    MT_VERIFY_OK(editor().setTransition(video.id, Transition::Crossfade, 1.0));
    QString before = m_fixture.dump();
    const double length = timeline().duration();

    Result<Clip> second = editor().splitClip(video.id, 2.5);
    MT_VERIFY_OK(second);
    Timeline film = timeline();
    QCOMPARE(film.clips.size(), 3);
    QCOMPARE(film.clips[0].in, 1.0);
    QCOMPARE(*film.clips[0].out, 3.5);
    QCOMPARE(film.clips[0].transition, Transition::Cut);
    QCOMPARE(film.clips[1].id, second->id);
    QCOMPARE(second->in, 3.5);
    QCOMPARE(*second->out, 7.0);
    // The transition to the next clip stays at the end, with the second part.
    QCOMPARE(second->transition, Transition::Crossfade);
    QCOMPARE(film.duration(), length);
    checkUndoRedo(before, u"split"_s);

    before = m_fixture.dump();
    second = editor().splitClip(still.id, 1.5);
    MT_VERIFY_OK(second);
    QCOMPARE(*second->stillDuration, 2.5);
    QCOMPARE(*editor().store().clip(still.id)->stillDuration, 1.5);
    checkUndoRedo(before, u"split"_s);

    MT_VERIFY_REFUSED(editor().splitClip(still.id, 1.5), u"empty part"_s);
    MT_VERIFY_REFUSED(editor().splitClip(video.id, 0), u"empty part"_s);
}

void TestTimeline::removeRipples()
{
    const Clip a = add(m_fixture.video);
    const Clip b = add(m_fixture.longVideo);
    const Clip c = add(m_fixture.still);
    MT_VERIFY_OK(editor().replaceAsset(b.id, m_fixture.video)); // b gets a take
    const QString before = m_fixture.dump();
    MT_VERIFY_OK(editor().removeClip(b.id));
    Timeline film = timeline();
    QCOMPARE(film.clips.size(), 2);
    QCOMPARE(film.clips[1].id, c.id);
    QCOMPARE(film.clips[1].position, 1);
    QCOMPARE(m_fixture.count(u"clip_takes"_s), 0);
    // Undo brings the clip back with its id, place and takes.
    checkUndoRedo(before, u"remove"_s);
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(timeline().clips[1].id, b.id);
    QCOMPARE(*editor().store().takes(b.id), QList<qint64>{m_fixture.longVideo});
    Q_UNUSED(a);
}

void TestTimeline::replaceKeepsPlaceAndTrims()
{
    add(m_fixture.video);
    const Clip clip = add(m_fixture.longVideo, {.in = 1.0, .out = 4.0});
    add(m_fixture.still);
    MT_VERIFY_OK(editor().setVolume(clip.id, 0.5));
    QString before = m_fixture.dump();
    Result<Clip> replaced = editor().replaceAsset(clip.id, m_fixture.video);
    MT_VERIFY_OK(replaced);
    QCOMPARE(replaced->position, 1);
    QCOMPARE(replaced->in, 1.0);
    QCOMPARE(*replaced->out, 4.0);
    QCOMPARE(replaced->volume, 0.5);
    QCOMPARE(*editor().store().takes(clip.id), QList<qint64>{m_fixture.longVideo});
    checkUndoRedo(before, u"replace"_s);

    // Swapping the take back: the one in use becomes the alternate.
    replaced = editor().replaceAsset(clip.id, m_fixture.longVideo);
    MT_VERIFY_OK(replaced);
    QCOMPARE(*editor().store().takes(clip.id), QList<qint64>{m_fixture.video});

    // A still in a video's place keeps the clip's length.
    replaced = editor().replaceAsset(clip.id, m_fixture.still);
    MT_VERIFY_OK(replaced);
    QCOMPARE(*replaced->stillDuration, 3.0);
    MT_VERIFY_REFUSED(editor().replaceAsset(clip.id, m_fixture.still), u"already"_s);
    MT_VERIFY_REFUSED(editor().replaceAsset(clip.id, m_fixture.music), u"only sound"_s);
    MT_VERIFY_REFUSED(editor().replaceAsset(clip.id, m_fixture.otherProjectVideo),
                      u"another project"_s);
}

void TestTimeline::transitionsAndDurations()
{
    const Clip a = add(m_fixture.video);                    // 4.5 s
    const Clip b = add(m_fixture.longVideo);                // 8 s
    const Clip c = add(m_fixture.still, {.duration = 2.0}); // 2 s
    QCOMPARE(timeline().duration(), 14.5);
    const QString before = m_fixture.dump();
    MT_VERIFY_OK(editor().setTransition(a.id, Transition::Crossfade, 1.0));
    checkUndoRedo(before, u"transition"_s);
    // A crossfade overlaps the clips: the film is shorter by it, the next clip starts earlier.
    QCOMPARE(timeline().duration(), 13.5);
    QCOMPARE(timeline().clipStart(1), 3.5);
    // A dip to black does not overlap.
    MT_VERIFY_OK(editor().setTransition(b.id, Transition::DipToBlack, 1.0));
    QCOMPARE(timeline().duration(), 13.5);
    // Back to a cut: no duration.
    Result<Clip> cut = editor().setTransition(a.id, Transition::Cut, 5.0);
    QCOMPARE(cut->transitionDuration, 0.0);
    QCOMPARE(timeline().duration(), 14.5);

    MT_VERIFY_REFUSED(editor().setTransition(c.id, Transition::Crossfade, 1.0), u"last one"_s);
    MT_VERIFY_REFUSED(editor().setTransition(b.id, Transition::Crossfade, 2.5), u"at most 2.000"_s);
    MT_VERIFY_REFUSED(editor().setTransition(b.id, Transition::Crossfade, 0), u"more than 0"_s);
    // A clip trimmed shorter than its crossfade since: the overlap shrinks with it.
    MT_VERIFY_OK(editor().setTransition(b.id, Transition::Crossfade, 2.0));
    MT_VERIFY_OK(editor().trimClip(b.id, 0.0, 1.5));
    QCOMPARE(timeline().overlapAfter(1), 1.5);
    QCOMPARE(timeline().transitionAfter(1), 1.5);
    MT_VERIFY_OK(editor().setTransition(b.id, Transition::DipToBlack, 1.0));
    MT_VERIFY_OK(editor().trimClip(b.id, 0.0, 0.4));
    QCOMPARE(timeline().transitionAfter(1), 0.8); // half of it on each side at most
    QCOMPARE(timeline().transitionAfter(0), 0.0); // a cut
    QCOMPARE(timeline().transitionAfter(2), 0.0); // the last clip
}

void TestTimeline::volume()
{
    const Clip clip = add(m_fixture.video);
    const QString before = m_fixture.dump();
    QCOMPARE(editor().setVolume(clip.id, 2.0)->volume, 2.0);
    checkUndoRedo(before, u"volume"_s);
    MT_VERIFY_REFUSED(editor().setVolume(clip.id, 4.5), u"from 0"_s);
    MT_VERIFY_REFUSED(editor().setVolume(clip.id, -0.1), u"from 0"_s);
}

void TestTimeline::music()
{
    add(m_fixture.video);
    QString before = m_fixture.dump();
    Result<AudioClip> song = editor().addAudio(project(),
                                               {.assetId = m_fixture.music,
                                                .start = 1.0,
                                                .volume = 0.4,
                                                .fadeIn = 2.0,
                                                .fadeOut = 3.0});
    MT_VERIFY_OK(song);
    QCOMPARE(song->role, AudioRole::Music);
    QCOMPARE(song->start, 1.0);
    QCOMPARE(song->fadeOut, 3.0);
    checkUndoRedo(before, u"music"_s);
    // The film lasts as long as its picture; the music stops with it.
    QCOMPARE(timeline().duration(), 4.5);
    QCOMPARE(timeline().audioDuration(*song), 60.0);

    before = m_fixture.dump();
    Result<AudioClip> changed = editor().updateAudio(song->id, {.in = 10.0, .out = 20.0});
    MT_VERIFY_OK(changed);
    QCOMPARE(changed->volume, 0.4);
    QCOMPARE(timeline().audioDuration(*changed), 10.0);
    checkUndoRedo(before, u"audio"_s);

    before = m_fixture.dump();
    MT_VERIFY_OK(editor().removeAudio(song->id));
    checkUndoRedo(before, u"audio-remove"_s);

    // A voice from a video's sound.
    Result<AudioClip> voice = editor().addAudio(project(),
                                                {.assetId = m_fixture.video,
                                                 .role = AudioRole::Voice});
    MT_VERIFY_OK(voice);
    QCOMPARE(m_fixture.history().entries(project())->last().command, u"voice"_s);

    MT_VERIFY_REFUSED(editor().addAudio(project(), {.assetId = m_fixture.still}), u"no sound"_s);
    MT_VERIFY_REFUSED(editor().addAudio(project(),
                                        {.assetId = m_fixture.music,
                                         .fadeIn = 40.0,
                                         .fadeOut = 30.0}),
                      u"fades"_s);
    MT_VERIFY_REFUSED(editor().addAudio(project(), {.assetId = m_fixture.music, .start = -1.0}),
                      u"0 s of the film"_s);
    MT_VERIFY_REFUSED(editor().updateAudio(voice->id, {.volume = 5.0}), u"volume"_s);
}

void TestTimeline::newEditDropsRedo()
{
    add(m_fixture.video);
    add(m_fixture.longVideo);
    MT_VERIFY_OK(editor().undo(project()));
    const QString afterUndo = m_fixture.dump();
    add(m_fixture.still);
    const QList<EditEntry> entries = *m_fixture.history().entries(project());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].sequence, 2);
    QVERIFY(!entries[1].undone);
    MT_VERIFY_REFUSED(editor().redo(project()), u"Nothing to redo"_s);
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(m_fixture.dump(), afterUndo);
}

void TestTimeline::nothingToUndoOrRedo()
{
    MT_VERIFY_REFUSED(editor().undo(project()), u"Nothing to undo"_s);
    MT_VERIFY_REFUSED(editor().redo(project()), u"Nothing to redo"_s);
}

void TestTimeline::historySurvivesRestart()
{
    const QString empty = m_fixture.dump();
    const Clip a = add(m_fixture.video);
    MT_VERIFY_OK(editor().trimClip(a.id, 1.0, 2.0));
    const QString trimmed = m_fixture.dump();
    MT_VERIFY_OK(editor().undo(project()));
    const QString added = m_fixture.dump();
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.dump(), added);
    MT_VERIFY_OK(editor().redo(project()));
    QCOMPARE(m_fixture.dump(), trimmed);
    MT_VERIFY_OK(editor().undo(project()));
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(m_fixture.dump(), empty);
}

void TestTimeline::stepRefusedWhenRowsChangedOutside()
{
    const Clip a = add(m_fixture.video);
    QVERIFY(m_fixture.run(u"UPDATE clips SET volume = 3 WHERE id = %1"_s.arg(a.id)));
    const QString changed = m_fixture.dump();
    MT_VERIFY_REFUSED(editor().undo(project()), u"changed outside"_s);
    QCOMPARE(m_fixture.dump(), changed);
    QVERIFY(!m_fixture.history().entries(project())->first().undone);
}

void TestTimeline::stepRefusedWhenAssetIsGone()
{
    const Clip a = add(m_fixture.longVideo);
    MT_VERIFY_OK(editor().removeClip(a.id));
    MT_VERIFY_OK(m_fixture.history().entries(project())); // two entries
    QVERIFY(m_fixture.run(u"DELETE FROM assets WHERE id = %1"_s.arg(m_fixture.longVideo)));
    MT_VERIFY_REFUSED(editor().undo(project()), u"removed from the library"_s);
    QCOMPARE(m_fixture.count(u"clips"_s), 0);
}

void TestTimeline::idsAreNeverReused()
{
    // The last clip of this project is removed; a clip of another project must not take its
    // id, or undoing the removal would have nowhere to go.
    const Clip a = add(m_fixture.video);
    MT_VERIFY_OK(editor().removeClip(a.id));
    const qint64 other
            = AssetStore(*m_fixture.database()).get(m_fixture.otherProjectVideo)->projectId;
    Result<Clip> elsewhere = editor().addClip(other, {.assetId = m_fixture.otherProjectVideo});
    MT_VERIFY_OK(elsewhere);
    QVERIFY(elsewhere->id != a.id);
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(timeline().clips.first().id, a.id);
}

void TestTimeline::takesOfRemovedAssetsAreLeftOut()
{
    const Clip clip = add(m_fixture.longVideo);
    MT_VERIFY_OK(editor().replaceAsset(clip.id, m_fixture.video)); // longVideo becomes a take
    MT_VERIFY_OK(editor().removeClip(clip.id));
    // The take's asset leaves the library; the clip's own asset stays.
    MT_VERIFY_OK(AssetStore(*m_fixture.database()).remove(m_fixture.longVideo));
    MT_VERIFY_OK(editor().undo(project()));
    QCOMPARE(timeline().clips.size(), 1);
    QCOMPARE(timeline().clips.first().assetId, m_fixture.video);
    QCOMPARE(*editor().store().takes(clip.id), QList<qint64>());
    MT_VERIFY_OK(editor().redo(project()));
    QCOMPARE(timeline().clips.size(), 0);
}

void TestTimeline::undoStackDrivesTheHistory()
{
    TimelineUndoStack stack(editor());
    MT_VERIFY_OK(stack.setProject(project()));
    QCOMPARE(stack.count(), 0);
    const QString empty = m_fixture.dump();
    qint64 clipId = 0;
    MT_VERIFY_OK(stack.perform(u"add"_s, [&]() -> Status {
        Result<Clip> clip = editor().addClip(project(), {.assetId = m_fixture.video});
        if (!clip)
            return clip.error();
        clipId = clip->id;
        return {};
    }));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"Add clip"_s);
    const QString added = m_fixture.dump();
    MT_VERIFY_OK(stack.perform(u"volume"_s, [&]() -> Status {
        return editor().setVolume(clipId, 2).ok() ? Status() : Error::failed({});
    }));
    const QString louder = m_fixture.dump();

    // A refused edit and an edit that changes nothing push no command.
    const Status refused = stack.perform(u"volume"_s, [&]() -> Status {
        Result<Clip> clip = editor().setVolume(clipId, 9);
        return clip ? Status() : Status(clip.error());
    });
    QVERIFY(!refused);
    MT_VERIFY_OK(stack.perform(u"volume"_s, [&]() -> Status {
        return editor().setVolume(clipId, 2).ok() ? Status() : Error::failed({});
    }));
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(m_fixture.dump(), added);
    // A refused edit now must not cost the redo (QUndoStack drops it before learning).
    QVERIFY(!stack.perform(u"volume"_s, [&]() -> Status {
        Result<Clip> clip = editor().setVolume(clipId, 9);
        return clip ? Status() : Status(clip.error());
    }));
    QVERIFY(stack.canRedo());
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(m_fixture.dump(), empty);
    QVERIFY(!stack.canUndo());
    stack.redo();
    stack.redo();
    QCOMPARE(m_fixture.dump(), louder);
    QCOMPARE(stack.index(), 2);
}

void TestTimeline::undoStackRebuildsAndReportsFailures()
{
    const Clip a = add(m_fixture.video);
    add(m_fixture.longVideo);
    MT_VERIFY_OK(editor().undo(project()));
    QVERIFY(m_fixture.reopen());

    // After a restart the stack shows the history: one edit to undo, one to redo.
    TimelineUndoStack stack(editor());
    MT_VERIFY_OK(stack.setProject(project()));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.index(), 1);
    QCOMPARE(stack.redoText(), u"Add clip"_s);

    // An edit made elsewhere (the CLI) rebuilds the stack.
    MT_VERIFY_OK(editor().setVolume(a.id, 3));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.undoText(), u"Set volume"_s);

    // A step the history refuses is reported, and the stack matches the database again.
    QSignalSpy failed(&stack, &TimelineUndoStack::failed);
    QVERIFY(m_fixture.run(u"UPDATE clips SET volume = 1.5 WHERE id = %1"_s.arg(a.id)));
    stack.undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"changed outside"_s));
    QTRY_COMPARE(stack.index(), 2);
    QCOMPARE(stack.undoText(), u"Set volume"_s);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
