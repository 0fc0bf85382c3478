// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"
#include "uitest.h"

#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "generation/generationservice.h"
#include "jobs/jobqueue.h"
#include "models/assetmodel.h"
#include "models/jobmodel.h"
#include "models/takemodel.h"
#include "panels/jobspanel.h"
#include "panels/mediabinpanel.h"
#include "panels/takecard.h"
#include "panels/takestrippanel.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"
#include "storage/database.h"
#include "storage/flagstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <atomic>

using namespace Qt::StringLiterals;

namespace mt {

// The take strip and the flag markers over a real session: a clip with a clean take in use and
// two alternates that take review flagged (flags written with FlagStore, as a review job would);
// "Use this take" and "Dismiss" are undoable edits through the session's undo stack; the bin,
// the timeline and the jobs panel mark what review found.
class TestTakeStrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    qint64 m_projectId = 0;
    qint64 m_clean = 0;  // in use
    qint64 m_frozen = 0; // alternate, two flags
    qint64 m_black = 0;  // alternate, one flag
    qint64 m_clipId = 0;

    qint64 import(const QString &name)
    {
        const auto imported = m_session->library().media().importFile(m_projectId,
                                                                      test::media(name),
                                                                      AssetOrigin::Generated);
        if (!imported) {
            qWarning("%s", qPrintable(imported.error().message));
            return 0;
        }
        return imported->asset.id;
    }

    // Records the generation that made the take, as GenerationService does when a result lands:
    // a done task with the asset as its result and, for a paid one, what it was charged.
    void madeBy(qint64 assetId, const QString &provider, double estimate, std::optional<double> paid)
    {
        GenerationService &generation = m_session->generation();
        GenerationTask task;
        task.projectId = m_projectId;
        task.request.provider = provider;
        task.request.prompt = u"A lighthouse at dusk, waves breaking"_s;
        task.estimatedCost = estimate;
        Result<GenerationTask> made = generation.tasks().insert(task);
        MT_VERIFY_OK(made);
        made->state = TaskState::Done;
        made->resultAssetId = assetId;
        made->estimatedCost = estimate;
        MT_VERIFY_OK(generation.tasks().update(*made));
        if (paid)
            MT_VERIFY_OK(generation.ledger().record(made->id, m_projectId, provider, {}, *paid));
        // The asset's provenance, as the download writes it (the estimate among the params).
        const QJsonObject params{{u"cost"_s, estimate}};
        MT_VERIFY_OK(sql::exec(m_session->library().database().connection(),
                               u"INSERT INTO asset_provenance (asset_id, task_id, provider, model, "
                               u"prompt, params, created_at) VALUES (?, ?, ?, '', ?, ?, ?)"_s,
                               {assetId,
                                made->id,
                                provider,
                                task.request.prompt,
                                QString::fromUtf8(QJsonDocument(params).toJson()),
                                sql::nowMs()}));
    }

    static AssetFlag flag(const QString &kind,
                          double from,
                          std::optional<double> to,
                          const QString &message)
    {
        AssetFlag made;
        made.kind = kind;
        made.from = from;
        made.to = to;
        made.message = message;
        return made;
    }

    QList<AssetFlag> flagsOf(qint64 assetId)
    {
        FlagStore store(m_session->library().database());
        const Result<QList<AssetFlag>> flags = store.flags(assetId);
        return flags ? *flags : QList<AssetFlag>();
    }

    // Stands in for take review's job: a "review" job that ends with {"flags": n} once `release`
    // is set (the flags themselves are written on the main thread, as the real kind does).
    void registerReview(std::shared_ptr<std::atomic_bool> release = {})
    {
        m_session->jobs()
                .registerKind(u"review"_s,
                              JobQueue::Pool::Light,
                              [release](const QJsonObject &params) -> Result<JobQueue::Work> {
                                  const int flags = params.value(u"expectFlags"_s).toInt();
                                  return JobQueue::Work(
                                          [release, flags](JobContext &) -> Result<QJsonObject> {
                                              while (release && !release->load())
                                                  QThread::msleep(5);
                                              return QJsonObject{{u"flags"_s, flags}};
                                          });
                              });
    }

    Result<qint64> submitReview(qint64 assetId, int flags)
    {
        return m_session->jobs().submit(u"review"_s,
                                        u"Review take %1"_s.arg(assetId),
                                        {{u"assetId"_s, assetId}, {u"expectFlags"_s, flags}},
                                        m_projectId);
    }

    static QStringList messagesOn(TakeCard *card, const QString &rowName)
    {
        QStringList messages;
        for (QWidget *row : card->findChildren<QWidget *>(rowName)) {
            if (auto *label = row->findChild<QLabel *>(u"takeFlagMessage"_s))
                messages << label->text();
        }
        return messages;
    }

    static bool postersReady(TakeModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(TakeModel::PosterRole).value<QImage>().isNull())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_dir.filePath(u"settings"_s)); }

    void init()
    {
        m_session = test::openSession(
                m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_session);
        Project draft;
        draft.name = u"Takes"_s;
        m_projectId = m_session->library().projects().create(draft)->id;
        m_session->currentProject().setId(m_projectId);
        m_clean = import(u"shot_720p.mp4"_s);
        m_frozen = import(u"analysis_frozen.mp4"_s);
        m_black = import(u"analysis_black.mp4"_s);
        QVERIFY(m_clean && m_frozen && m_black);

        // The clip starts as the black take, trimmed; the others were swapped in after it, so
        // the clean one is in use and the two flagged ones are its alternates.
        TimelineEditor &editor = m_session->timeline();
        const Result<Clip> clip = editor.addClip(m_projectId, {m_black, {}, 0.5, 1.5, {}});
        MT_VERIFY_OK(clip);
        m_clipId = clip->id;
        MT_VERIFY_OK(editor.replaceAsset(m_clipId, m_frozen));
        MT_VERIFY_OK(editor.replaceAsset(m_clipId, m_clean));

        madeBy(m_clean, u"minimax"_s, 0.25, 0.28);
        madeBy(m_frozen, u"minimax"_s, 0.25, 0.25);
        madeBy(m_black, u"storyboard"_s, 0, std::nullopt);

        FlagStore flags(m_session->library().database());
        MT_VERIFY_OK(flags.replaceFlags(
                m_frozen,
                {flag(FlagKind::Frozen,
                      0.8,
                      2.0,
                      u"Frozen from 0.8 s to 2.0 s: the provider may have padded a short clip."_s),
                 flag(FlagKind::Silent,
                      0,
                      std::nullopt,
                      u"No sound at all, though sound was asked for."_s)}));
        MT_VERIFY_OK(flags.replaceFlags(
                m_black,
                {flag(FlagKind::Black,
                      0,
                      0.6,
                      u"Black from 0.0 s to 0.6 s: the shot starts late; trim it or generate "
                      u"it again."_s)}));
        registerReview();
        // The clean take was reviewed too, and nothing was found.
        const Result<qint64> reviewed = submitReview(m_clean, 0);
        MT_VERIFY_OK(reviewed);
        QTRY_VERIFY(!m_session->jobs().isActive(*reviewed));
    }

    void cleanup() { m_session.reset(); }

    void modelListsTakesInUseFirst()
    {
        TakeModel model(m_session->library(),
                        m_session->jobs(),
                        m_session->history(),
                        nullptr,
                        &m_session->generation(),
                        nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setClip(m_projectId, m_clipId);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(TakeModel::AssetIdRole).toLongLong(), m_clean);
        QVERIFY(model.index(0).data(TakeModel::InUseRole).toBool());
        QVERIFY(model.index(0).data(TakeModel::ReviewedRole).toBool());
        QCOMPARE(model.index(0).data(TakeModel::OpenFlagsRole).toInt(), 0);
        const int frozen = model.rowOf(m_frozen);
        QVERIFY(frozen > 0);
        QVERIFY(!model.index(frozen).data(TakeModel::InUseRole).toBool());
        QCOMPARE(model.index(frozen).data(TakeModel::OpenFlagsRole).toInt(), 2);
        const auto flags = model.index(frozen).data(TakeModel::FlagsRole).value<QList<AssetFlag>>();
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags.first().kind, FlagKind::Frozen);
        QVERIFY(model.index(frozen).data(Qt::ToolTipRole).toString().contains(u"Frozen from 0.8"_s));
        // What was charged wins over the estimate; a free provider costs nothing.
        QCOMPARE(model.index(0).data(TakeModel::CostRole).toDouble(), 0.28);
        QCOMPARE(model.index(frozen).data(TakeModel::CostRole).toDouble(), 0.25);
        const int black = model.rowOf(m_black);
        QCOMPARE(model.index(black).data(TakeModel::CostRole).toDouble(), 0.0);
        QCOMPARE(TakeModel::formatCost(model.index(black).data(TakeModel::CostRole)), u"free"_s);
        QCOMPARE(TakeModel::formatCost(model.index(0).data(TakeModel::CostRole)), u"$0.28"_s);
        QCOMPARE(model.index(0).data(TakeModel::SourceRole).toString(), u"MiniMax (Hailuo)"_s);
        // Numbered in the order they were made, whichever is in use.
        QCOMPARE(model.index(0).data(TakeModel::NumberRole).toInt(), 1);
        QCOMPARE(model.index(black).data(TakeModel::NumberRole).toInt(), 3);
        QVERIFY(model.index(0).data(TakeModel::DetailRole).toString().contains(u"shot_720p.mp4"_s));
        QCOMPARE(model.index(frozen).data(TakeModel::DurationRole).toDouble(),
                 model.index(frozen).data(TakeModel::AssetRole).value<Asset>().info.duration);
        model.setClip(m_projectId, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyStateSaysWhatToDo()
    {
        TakeStripPanel panel(*m_session);
        panel.resize(820, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *stack = panel.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"takeStripEmpty"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"takeStripHint"_s)->text(),
                 u"Select a clip on the timeline to compare its takes."_s);
        test::screenshot(&panel, u"takestrip-empty"_s);
        panel.setClip(m_clipId);
        QCOMPARE(stack->currentWidget()->objectName(), u"takeStripScroll"_s);
        panel.setClip(0);
        QCOMPARE(stack->currentWidget()->objectName(), u"takeStripEmpty"_s);
    }

    void stripShowsTakesWithTheirFlags()
    {
        TakeStripPanel panel(*m_session);
        panel.resize(820, 470);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClip(m_clipId);
        QCOMPARE(panel.cards().size(), 3);
        QCOMPARE(panel.cards().first()->assetId(), m_clean);
        QVERIFY(panel.cards().first()->isInUse());
        QVERIFY(!panel.cards().first()->findChild<QPushButton *>(u"useTakeButton"_s)->isEnabled());
        QVERIFY(panel.cards().first()->findChild<QLabel *>(u"takeClean"_s));

        TakeCard *frozen = panel.card(m_frozen);
        QVERIFY(frozen);
        QCOMPARE(messagesOn(frozen, u"takeFlag"_s),
                 QStringList({u"Frozen from 0.8 s to 2.0 s: the provider may have padded a short "
                              u"clip."_s,
                              u"No sound at all, though sound was asked for."_s}));
        QCOMPARE(frozen->findChildren<QPushButton *>(u"dismissFlagButton"_s).size(), 2);
        QVERIFY(frozen->findChild<QPushButton *>(u"useTakeButton"_s)->isEnabled());
        QVERIFY(!frozen->findChild<QLabel *>(u"takeClean"_s));
        QVERIFY(panel.findChild<QLabel *>(u"takeStripSummary"_s)->text().contains(u"2 flagged"_s));

        // Play shows the take in the preview.
        QSignalSpy play(&panel, &TakeStripPanel::playRequested);
        QTest::mouseClick(frozen->findChild<QPushButton *>(u"playTakeButton"_s), Qt::LeftButton);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.first().first().toLongLong(), m_frozen);
        // Every control says what it is to a screen reader.
        for (QPushButton *button : panel.findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    }

    void useThisTakeSwapsKeepingPositionAndTrimsAndUndoes()
    {
        const Clip before = *m_session->timeline().store().clip(m_clipId);
        TakeStripPanel panel(*m_session);
        panel.resize(820, 470);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClip(m_clipId);
        QTest::mouseClick(panel.card(m_frozen)->findChild<QPushButton *>(u"useTakeButton"_s),
                          Qt::LeftButton);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));

        const Clip swapped = *m_session->timeline().store().clip(m_clipId);
        QCOMPARE(swapped.assetId, m_frozen);
        QCOMPARE(swapped.position, before.position);
        QCOMPARE(swapped.in, before.in);
        QCOMPARE(swapped.out, before.out);
        QList<qint64> takes = *m_session->timeline().store().takes(m_clipId);
        QVERIFY(takes.contains(m_clean));
        QVERIFY(!takes.contains(m_frozen));
        // The strip follows: the frozen take is in use now, the clean one an alternate.
        QTRY_COMPARE(panel.cards().first()->assetId(), m_frozen);
        QVERIFY(panel.cards().first()->isInUse());
        QVERIFY(panel.card(m_clean) && !panel.card(m_clean)->isInUse());

        // Ctrl+Z: the same undo stack as the timeline's edits.
        QCOMPARE(m_session->undoStack().undoText(), TimelineEditor::commandTitle(u"replace"_s));
        m_session->undoStack().undo();
        QCOMPARE(m_session->timeline().store().clip(m_clipId)->assetId, m_clean);
        takes = *m_session->timeline().store().takes(m_clipId);
        QVERIFY(takes.contains(m_frozen));
        QTRY_COMPARE(panel.cards().first()->assetId(), m_clean);
    }

    void dismissingAFlagIsUndoable()
    {
        TakeStripPanel panel(*m_session);
        panel.resize(820, 470);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClip(m_clipId);
        const qint64 frozenFlag = flagsOf(m_frozen).first().id;
        QPushButton *dismiss = nullptr;
        for (QWidget *row : panel.card(m_frozen)->findChildren<QWidget *>(u"takeFlag"_s)) {
            if (row->property("flagId").toLongLong() == frozenFlag)
                dismiss = row->findChild<QPushButton *>(u"dismissFlagButton"_s);
        }
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        QVERIFY(flagsOf(m_frozen).first().dismissed);
        // Shown muted with Restore; the other flag still open.
        QTRY_COMPARE(messagesOn(panel.card(m_frozen), u"takeFlagDismissed"_s).size(), 1);
        QCOMPARE(messagesOn(panel.card(m_frozen), u"takeFlag"_s).size(), 1);
        QVERIFY(panel.card(m_frozen)->findChild<QPushButton *>(u"restoreFlagButton"_s));
        const int row = panel.model()->rowOf(m_frozen);
        QCOMPARE(panel.model()->index(row).data(TakeModel::OpenFlagsRole).toInt(), 1);

        m_session->undoStack().undo();
        QVERIFY(!flagsOf(m_frozen).first().dismissed);
        QTRY_COMPARE(messagesOn(panel.card(m_frozen), u"takeFlag"_s).size(), 2);
        m_session->undoStack().redo();
        QVERIFY(flagsOf(m_frozen).first().dismissed);

        // Restore takes a dismissal back as an edit of its own.
        QTRY_VERIFY(panel.card(m_frozen)
                    && panel.card(m_frozen)->findChild<QPushButton *>(u"restoreFlagButton"_s));
        QPushButton *restore = panel.card(m_frozen)->findChild<QPushButton *>(
                u"restoreFlagButton"_s);
        QVERIFY(restore->isVisible());
        QTRY_VERIFY(restore->height() > 0); // the rebuilt card is laid out
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        QVERIFY(!flagsOf(m_frozen).first().dismissed);
    }

    void reviewUnderWayShowsChecking()
    {
        auto release = std::make_shared<std::atomic_bool>(false);
        registerReview(release);
        TakeStripPanel panel(*m_session);
        panel.resize(820, 470);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClip(m_clipId);
        FlagStore flags(m_session->library().database());
        MT_VERIFY_OK(flags.replaceFlags(m_black, {}));
        const Result<qint64> job = submitReview(m_black, 1);
        MT_VERIFY_OK(job);
        QTRY_VERIFY(panel.card(m_black)
                    && panel.card(m_black)->findChild<QLabel *>(u"takeChecking"_s));
        // The review's result lands in the database before its job ends.
        MT_VERIFY_OK(flags.replaceFlags(m_black,
                                        {flag(FlagKind::Duration,
                                              0,
                                              std::nullopt,
                                              u"2.0 s long, 4.0 s were asked for."_s)}));
        release->store(true);
        QTRY_VERIFY(panel.card(m_black)
                    && !panel.card(m_black)->findChild<QLabel *>(u"takeChecking"_s));
        QCOMPARE(messagesOn(panel.card(m_black), u"takeFlag"_s),
                 QStringList{u"2.0 s long, 4.0 s were asked for."_s});
    }

    void binTimelineAndJobsMarkFlaggedTakes()
    {
        MediaBinPanel bin(*m_session);
        bin.resize(640, 360);
        bin.show();
        const QModelIndex frozen = bin.assetModel()->index(bin.assetModel()->rowOf(m_frozen));
        QCOMPARE(frozen.data(AssetModel::OpenFlagsRole).toInt(), 2);
        QVERIFY(frozen.data(Qt::ToolTipRole).toString().contains(u"Frozen from 0.8 s"_s));
        const QModelIndex clean = bin.assetModel()->index(bin.assetModel()->rowOf(m_clean));
        QCOMPARE(clean.data(AssetModel::OpenFlagsRole).toInt(), 0);

        TimelinePanel timeline(*m_session);
        timeline.resize(900, 260);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QVERIFY(!timeline.view()->flaggedAssets().value(m_frozen).isEmpty());
        QVERIFY(!timeline.view()->flaggedAssets().contains(m_clean));

        // Swapping the flagged take in marks the clip; dismissing its flags clears the mark.
        TakeStripPanel strip(*m_session);
        strip.setClip(m_clipId);
        MT_VERIFY_OK(strip.useTake(m_frozen));
        QCOMPARE(timeline.view()->layout().timeline().clips.first().assetId, m_frozen);
        for (const AssetFlag &each : flagsOf(m_frozen))
            MT_VERIFY_OK(strip.setFlagDismissed(each.id, true));
        QVERIFY(!timeline.view()->flaggedAssets().contains(m_frozen));
        QCOMPARE(frozen.data(AssetModel::OpenFlagsRole).toInt(), 0);
        m_session->undoStack().undo();
        QCOMPARE(timeline.view()->flaggedAssets().value(m_frozen).size(), 1);
        QCOMPARE(frozen.data(AssetModel::OpenFlagsRole).toInt(), 1);

        // A finished review with problems stands out in the jobs panel.
        JobsPanel jobs(*m_session);
        const Result<qint64> review = submitReview(m_frozen, 2);
        MT_VERIFY_OK(review);
        QTRY_VERIFY(!m_session->jobs().isActive(*review));
        const int row = jobs.model().rowOf(*review);
        QVERIFY(row >= 0);
        const QModelIndex state = jobs.model().index(row, JobModel::StateColumn);
        QCOMPARE(state.data(JobModel::ProblemsRole).toInt(), 2);
        QCOMPARE(state.data().toString(), u"2 problems found"_s);
        QCOMPARE(jobs.model().index(row, JobModel::KindColumn).data().toString(), u"Take review"_s);
        jobs.resize(760, 220);
        jobs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&jobs));
        test::screenshot(&jobs, u"takereview-jobs"_s);
        test::screenshot(&timeline, u"takereview-timeline"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!frozen.data(AssetModel::PosterRole).value<QImage>().isNull(),
                                 20000);
        test::screenshot(&bin, u"takereview-bin"_s);
        bin.setViewMode(MediaBinPanel::ViewMode::List);
        test::screenshot(&bin, u"takereview-bin-list"_s);
    }

    void screenshotOfAFlaggedAndACleanTake()
    {
        // The README's picture: the clean take in use beside the flagged ones, one flag dismissed.
        const qint64 blackFlag = flagsOf(m_black).first().id;
        MT_VERIFY_OK(m_session->undoStack().perform(u"dismiss-flag"_s, [&]() -> Status {
            const Result<AssetFlag> done = m_session->timeline().setFlagDismissed(blackFlag, true);
            if (!done)
                return done.error();
            return {};
        }));
        TakeStripPanel panel(*m_session);
        panel.resize(830, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClip(m_clipId);
        QTRY_VERIFY_WITH_TIMEOUT(postersReady(panel.model()), 30000);
        QTest::qWait(50);
        QCOMPARE(panel.cards().size(), 3);
        const QString path = test::screenshot(&panel, u"takestrip"_s);
        QVERIFY(QFile::exists(path));
        // In a narrow dock the takes stack, one to a row.
        panel.resize(300, 700);
        QTRY_COMPARE(panel.cards().at(1)->geometry().left(), panel.cards().at(0)->geometry().left());
        QVERIFY(panel.cards().at(1)->geometry().top() > panel.cards().at(0)->geometry().bottom());
        test::screenshot(&panel, u"takestrip-narrow"_s);
    }
};

} // namespace mt

QTEST_MAIN(mt::TestTakeStrip)
#include "tst_takestrip.moc"
