// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// End to end in the editor: a shot generated through the fake MiniMax server lands on the
// timeline; a second take of it, which the fake makes frozen on request, replaces it; take review
// runs on the job queue and flags the frozen take, and the editor shows it — in the Takes dock
// beside the clean take, on the timeline clip, in the media bin and in the jobs panel. "Use this
// take" puts the clean take back; Ctrl+Z undoes that.
#include "fakeapiprocess.h"
#include "uitest.h"

#include "edit/timelineundostack.h"
#include "editorpanels.h"
#include "generation/generationservice.h"
#include "generation/provider.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "models/assetmodel.h"
#include "models/jobmodel.h"
#include "models/takemodel.h"
#include "panels/jobspanel.h"
#include "panels/mediabinpanel.h"
#include "panels/takecard.h"
#include "panels/takestrippanel.h"
#include "panels/timelinepanel.h"
#include "panels/timelineview.h"
#include "storage/flagstore.h"
#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mt {

class TestTakeReviewUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::FakeApiProcess m_fake;

    // Generates and waits until the service is done with the task; its result asset.
    static qint64 generate(EditorSession &session, const GenerationRequest &request)
    {
        Result<QList<GenerationTask>> tasks = session.generation().generate(request);
        if (!tasks) {
            qWarning("%s", qPrintable(tasks.error().message));
            return 0;
        }
        const qint64 id = tasks->first().id;
        if (!QTest::qWaitFor([&] { return !session.generation().isWorking(id); }, 60000))
            return 0;
        const Result<GenerationTask> task = session.generation().tasks().get(id);
        if (!task || task->state != TaskState::Done) {
            qWarning("task %lld: %s", qlonglong(id), task ? qPrintable(task->error) : "unreadable");
            return 0;
        }
        return task->resultAssetId;
    }

    static QStringList openMessages(TakeCard *card)
    {
        QStringList messages;
        for (QWidget *row : card->findChildren<QWidget *>(u"takeFlag"_s)) {
            if (auto *label = row->findChild<QLabel *>(u"takeFlagMessage"_s))
                messages << label->text();
        }
        return messages;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_dir.filePath(u"settings"_s));
        QVERIFY2(m_fake.start(), qPrintable(m_fake.errorString()));
        qputenv("MOVIETOOL_MINIMAX_API_KEY", test::FakeApiProcess::MinimaxKey);
        qputenv("MOVIETOOL_MINIMAX_BASE_URL", m_fake.minimaxBaseUrl().toString().toUtf8());
    }

    void cleanupTestCase() { m_fake.stop(); }

    void generatedTakeIsReviewedAndFlaggedInTheEditor()
    {
        auto opened = EditorSession::open(m_dir.filePath(u"lib"_s),
                                          m_dir.filePath(u"credentials.json"_s));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        std::unique_ptr<EditorSession> session = std::move(opened).value();
        QVERIFY(QTest::qWaitFor([&] { return session->generationReady(); }, 10000));
        QVERIFY(session->generation().provider(u"minimax"_s)->isConfigured());
        // The fake answers at once: poll often, no per-minute limit.
        session->generation().overrideLimits(u"minimax"_s, ProviderLimits{0, 2, 50, 120});

        Project draft;
        draft.name = u"Lighthouse"_s;
        const qint64 film = session->library().projects().create(draft)->id;

        MainWindow window(*session);
        const EditorPanels panels = EditorPanels::install(window, *session);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session->currentProject().setId(film);

        GenerationRequest request;
        request.provider = u"minimax"_s;
        request.mode = GenerationMode::TextToVideo;
        request.projectId = film;
        request.duration = 6;
        request.prompt = u"A lighthouse in fog, waves breaking"_s;
        const qint64 clean = generate(*session, request);
        QVERIFY(clean);
        const Result<Timeline> first = session->timeline().store().load(film);
        QVERIFY(first && first->clips.size() == 1);
        const qint64 clipId = first->clips.first().id;

        // Another take of the same shot, which the fake serves frozen, replaces it.
        request.prompt = u"A lighthouse in fog, waves breaking fake-take:frozen"_s;
        request.replaceClipId = clipId;
        request.variationOfAssetId = clean;
        const qint64 frozen = generate(*session, request);
        QVERIFY(frozen);
        QCOMPARE(session->timeline().store().clip(clipId)->assetId, frozen);

        // Take review runs on the job queue for both takes; the frozen one ends up flagged.
        FlagStore flags(session->library().database());
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const Result<QList<AssetFlag>> found = flags.flags(frozen);
                    return found && !found->isEmpty();
                },
                60000));
        const QList<AssetFlag> found = *flags.flags(frozen);
        QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const AssetFlag &flag) {
            return flag.kind == FlagKind::Frozen;
        }));
        QVERIFY(QTest::qWaitFor([&] { return session->jobs().activeCount() == 0; }, 60000));
        QVERIFY(flags.flags(clean)->isEmpty());

        // The strip: select the clip on the timeline, the Takes dock shows both takes.
        auto *takesDock = window.findChild<QDockWidget *>(u"takesDock"_s);
        QVERIFY(takesDock);
        takesDock->raise();
        panels.timeline->view()->selectClip(clipId);
        QCOMPARE(panels.takes->clipId(), clipId);
        QTRY_COMPARE(panels.takes->cards().size(), 2);
        TakeCard *inUse = panels.takes->cards().first();
        QCOMPARE(inUse->assetId(), frozen);
        QVERIFY(inUse->isInUse());
        const QStringList messages = openMessages(inUse);
        QVERIFY2(std::any_of(messages.cbegin(),
                             messages.cend(),
                             [](const QString &m) { return m.startsWith(u"Frozen"_s); }),
                 qPrintable(messages.join(u'\n')));
        TakeCard *alternate = panels.takes->card(clean);
        QVERIFY(alternate);
        QVERIFY(alternate->findChild<QLabel *>(u"takeClean"_s));

        // The other markers.
        QVERIFY(!panels.timeline->view()->flaggedAssets().value(frozen).isEmpty());
        AssetModel *bin = panels.mediaBin->assetModel();
        QVERIFY(bin->index(bin->rowOf(frozen)).data(AssetModel::OpenFlagsRole).toInt() > 0);
        QCOMPARE(bin->index(bin->rowOf(clean)).data(AssetModel::OpenFlagsRole).toInt(), 0);
        auto *jobs = window.findChild<JobsPanel *>();
        QVERIFY(jobs);
        bool warned = false;
        for (int row = 0; row < jobs->model().rowCount(); ++row)
            warned |= jobs->model()
                              .index(row, JobModel::StateColumn)
                              .data(JobModel::ProblemsRole)
                              .toInt()
                      > 0;
        QVERIFY(warned);

        // The whole editor with the Takes dock in front, once the pictures are there.
        QVERIFY(QTest::qWaitFor(
                [&] {
                    TakeModel *model = panels.takes->model();
                    for (int row = 0; row < model->rowCount(); ++row) {
                        if (model->index(row).data(TakeModel::PosterRole).value<QImage>().isNull())
                            return false;
                    }
                    return true;
                },
                30000));
        QTest::qWait(300);
        test::screenshot(&window, u"editor-takes"_s);

        // Use the clean take again; Ctrl+Z brings the frozen one back.
        QPushButton *use = alternate->findChild<QPushButton *>(u"useTakeButton"_s);
        QTRY_VERIFY(use->height() > 0);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(session->timeline().store().clip(clipId)->assetId, clean);
        QTRY_COMPARE(panels.takes->cards().first()->assetId(), clean);
        QVERIFY(!panels.timeline->view()->flaggedAssets().value(frozen).isEmpty());
        session->undoStack().undo();
        QCOMPARE(session->timeline().store().clip(clipId)->assetId, frozen);

        // Dismissing the frozen flag clears the marks; Ctrl+Z in the window brings it back.
        const qint64 frozenFlag = found.first().id;
        QTRY_VERIFY(panels.takes->card(frozen)
                    && panels.takes->card(frozen)->findChild<QPushButton *>(u"dismissFlagButton"_s));
        QPushButton *dismiss = nullptr;
        for (QWidget *row : panels.takes->card(frozen)->findChildren<QWidget *>(u"takeFlag"_s)) {
            if (row->property("flagId").toLongLong() == frozenFlag)
                dismiss = row->findChild<QPushButton *>(u"dismissFlagButton"_s);
        }
        QVERIFY(dismiss);
        QTRY_VERIFY(dismiss->height() > 0);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(flags.flag(frozenFlag)->dismissed);
        QApplication::setActiveWindow(&window);
        panels.timeline->view()->setFocus();
        QTest::keyClick(panels.timeline->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!flags.flag(frozenFlag)->dismissed);
        QTRY_VERIFY(!panels.timeline->view()->flaggedAssets().value(frozen).isEmpty());
    }
};

} // namespace mt

QTEST_MAIN(mt::TestTakeReviewUi)
#include "tst_takereviewui.moc"
