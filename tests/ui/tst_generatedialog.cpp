// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include "dialogs/generatedialog.h"
#include "edit/timelineeditor.h"
#include "editorsession.h"
#include "generation/generationservice.h"
#include "models/generationtaskmodel.h"
#include "panels/generationspanel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

// The generate dialog over a real library and the real providers: a storyboard shot made from
// the dialog lands in the generations panel and on the timeline; problems are shown as the person
// types and keep Generate disabled; camera moves follow the model.
class TestGenerateDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    qint64 m_project = 0;

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }

    template<typename T>
    static T *child(QWidget &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    static bool pick(QComboBox *combo, const QVariant &data)
    {
        const int row = combo->findData(data);
        if (row < 0)
            return false;
        combo->setCurrentIndex(row);
        return true;
    }

    // Lets the dialog's debounced validation run.
    static void settle(GenerateDialog &dialog)
    {
        QTest::qWait(200);
        Q_UNUSED(dialog);
    }

private slots:
    void initTestCase()
    {
        // No keychain and no keys from the machine running the tests: every provider but the
        // storyboard is unconfigured, as on a fresh install.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("MOVIETOOL_MINIMAX_API_KEY");
        qunsetenv("MOVIETOOL_SEGMIND_API_KEY");
        qunsetenv("MOVIETOOL_MINIMAX_BASE_URL");
        qunsetenv("MOVIETOOL_SEGMIND_BASE_URL");
    }

    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(root, m_dir.filePath(u"credentials.json"_s));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        QVERIFY(QTest::qWaitFor([&] { return m_session->generationReady(); }, 5000));
        Project draft;
        draft.name = u"Lighthouse"_s;
        draft.width = 320;
        draft.height = 240;
        draft.frameRate = {25, 1};
        const Result<Project> project = m_session->library().projects().create(draft);
        QVERIFY(project);
        m_project = project->id;
        m_session->currentProject().setId(m_project);
    }

    void cleanup() { m_session.reset(); }

    void storyboardShotFromTheDialogLandsOnTheTimeline()
    {
        const auto still = m_session->library().media().importFile(m_project,
                                                                   test::media(u"still.png"_s));
        QVERIFY2(still, qPrintable(still ? QString() : still.error().message));

        GenerationsPanel panel(*m_session);
        panel.resize(560, 360);
        panel.show();
        GenerateDialog dialog(*m_session, m_project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *provider = child<QComboBox>(dialog, u"providerCombo"_s);
        QVERIFY(provider);
        // No key anywhere: the storyboard is the default, and the others say why they wait.
        QCOMPARE(provider->currentData().toString(), u"storyboard"_s);
        QVERIFY(provider->findText(u"no API key"_s, Qt::MatchContains) >= 0);

        QVERIFY(pick(child<QComboBox>(dialog, u"modeCombo"_s), int(GenerationMode::ImageToVideo)));
        auto *firstFrame = child<QComboBox>(dialog, u"firstFrameCombo"_s);
        QVERIFY(firstFrame->isVisibleTo(&dialog));
        QVERIFY(pick(firstFrame, still->asset.id));
        QVERIFY(!firstFrame->itemIcon(firstFrame->currentIndex()).isNull()
                || QTest::qWaitFor(
                        [&] { return !firstFrame->itemIcon(firstFrame->currentIndex()).isNull(); },
                        5000)); // the thumbnail of the picked image
        QVERIFY(pick(child<QComboBox>(dialog, u"durationCombo"_s), 3.0));
        auto *prompt = child<QPlainTextEdit>(dialog, u"promptEdit"_s);
        prompt->setFocus();
        QTest::keyClicks(prompt, u"The keeper climbs the stairs as the storm breaks"_s);
        auto *moves = child<QListWidget>(dialog, u"cameraMovesList"_s);
        QVERIFY(moves->isEnabled());
        const QList<QListWidgetItem *> pushIn = moves->findItems(u"Push in"_s, Qt::MatchExactly);
        QCOMPARE(pushIn.size(), 1);
        pushIn.first()->setCheckState(Qt::Checked);
        QCOMPARE(dialog.cameraMoves(), QStringList{u"Push in"_s});
        QVERIFY(child<QLabel>(dialog, u"promptCounter"_s)->text().contains(u"[Push in]"_s));
        settle(dialog);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        auto *generate = child<QPushButton>(dialog, u"generateButton"_s);
        QVERIFY(generate->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"costLabel"_s)->text().startsWith(u"Free"_s));
        QTest::qWait(300); // the first frame's thumbnail
        QTest::qWait(50);  // layouts settle before the picture
        QVERIFY(dialog.grab().save(screenshotPath(u"generate-dialog.png"_s)));

        QTest::mouseClick(generate, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdTasks().size(), 1);
        const qint64 taskId = dialog.createdTasks().first();

        // The task appears in the panel at once, selected, and goes through to done.
        GenerationTaskModel *model = panel.model();
        QVERIFY(model->rowOf(taskId) >= 0);
        QCOMPARE(panel.selectedTask(), taskId);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return model->index(model->rowOf(taskId))
                                   .data(GenerationTaskModel::StateRole)
                                   .toInt()
                           == int(TaskState::Done);
                },
                60000));
        const GenerationTask done = model->task(model->rowOf(taskId));
        QVERIFY(done.resultAssetId > 0);
        QCOMPARE(done.request.cameraMoves, QStringList{u"Push in"_s});
        QCOMPARE(done.request.firstFrameAssetId, still->asset.id);

        // The shot is on the timeline.
        const Result<Timeline> timeline = TimelineStore(m_session->library().database())
                                                  .load(m_project);
        QVERIFY(timeline);
        QCOMPARE(timeline->clips.size(), 1);
        QCOMPARE(timeline->clips.first().assetId, done.resultAssetId);

        // Done: "Generate again" and "Variation" are offered, cancel is not.
        QVERIFY(child<QPushButton>(panel, u"generateAgainButton"_s)->isVisibleTo(&panel));
        QVERIFY(child<QPushButton>(panel, u"variationButton"_s)->isVisibleTo(&panel));
        QVERIFY(!child<QPushButton>(panel, u"cancelButton"_s)->isVisibleTo(&panel));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(panel.grab().save(screenshotPath(u"generations-panel.png"_s)));

        // A variation replaces the clip, keeping the first take as an alternate.
        QTest::mouseClick(child<QPushButton>(panel, u"variationButton"_s), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        const GenerationTask variation = model->task(0);
        QCOMPARE(variation.request.variationOfAssetId, done.resultAssetId);
        QCOMPARE(variation.request.replaceClipId, timeline->clips.first().id);
        QVERIFY(QTest::qWaitFor([&] { return !m_session->generation().isWorking(variation.id); },
                                60000));
        const Result<Timeline> after = TimelineStore(m_session->library().database()).load(m_project);
        QVERIFY(after);
        QCOMPARE(after->clips.size(), 1); // replaced in place, not appended
        const Result<GenerationTask> varied = m_session->generation().tasks().get(variation.id);
        QVERIFY(varied);
        QCOMPARE(varied->state, TaskState::Done);
        QCOMPARE(varied->replacedClipId, timeline->clips.first().id);
    }

    void openedForAClipItReplacesIt()
    {
        const auto footage = m_session->library().media().importFile(m_project,
                                                                     test::media(u"h264_aac.mp4"_s));
        QVERIFY2(footage, qPrintable(footage ? QString() : footage.error().message));
        const Result<Clip> first = m_session->timeline().addClip(m_project,
                                                                 {.assetId = footage->asset.id});
        QVERIFY(first);
        const Result<Clip> second = m_session->timeline().addClip(m_project,
                                                                  {.assetId = footage->asset.id});
        QVERIFY(second);

        GenerateDialog dialog(*m_session, m_project, second->id);
        dialog.show();
        auto *replace = dialog.findChild<QCheckBox *>(u"replaceCheck"_s);
        QVERIFY(replace && replace->isVisibleTo(&dialog) && replace->isChecked());
        QCOMPARE(dialog.request().replaceClipId, second->id);
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"promptEdit"_s),
                         u"The boat leaves the harbour"_s);
        QVERIFY(pick(dialog.findChild<QComboBox *>(u"durationCombo"_s), 3.0));
        settle(dialog);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.createdTasks().size(), 1);
        const qint64 task = dialog.createdTasks().first();
        QVERIFY(QTest::qWaitFor([&] { return !m_session->generation().isWorking(task); }, 60000));
        const Result<GenerationTask> done = m_session->generation().tasks().get(task);
        QVERIFY(done);
        QCOMPARE(done->state, TaskState::Done);
        QCOMPARE(done->request.shotNumber, 2); // the clip's place on the timeline

        // Same place, the new shot in it; the footage kept as a take to swap back.
        const TimelineStore store(m_session->library().database());
        const Result<Timeline> timeline = store.load(m_project);
        QVERIFY(timeline);
        QCOMPARE(timeline->clips.size(), 2);
        QCOMPARE(timeline->clips.at(1).id, second->id);
        QCOMPARE(timeline->clips.at(1).assetId, done->resultAssetId);
        QCOMPARE(timeline->clips.at(0).assetId, footage->asset.id);
        const Result<QList<qint64>> takes = store.takes(second->id);
        QVERIFY(takes);
        QVERIFY(takes->contains(footage->asset.id));

        // Opened again for the clip, it starts from what made the shot in it.
        GenerateDialog again(*m_session, m_project, second->id);
        QCOMPARE(again.request().prompt, u"The boat leaves the harbour"_s);
        QCOMPARE(again.request().duration, 3.0);
        QCOMPARE(again.request().provider, u"storyboard"_s);
        // Unticked, the result is appended instead.
        again.findChild<QCheckBox *>(u"replaceCheck"_s)->setChecked(false);
        QCOMPARE(again.request().replaceClipId, 0);
    }

    void promptProblemsAreShownAsTheyAreTyped()
    {
        GenerateDialog dialog(*m_session, m_project);
        dialog.show();
        auto *generate = child<QPushButton>(dialog, u"generateButton"_s);
        auto *problem = child<QLabel>(dialog, u"problemLabel"_s);
        auto *prompt = child<QPlainTextEdit>(dialog, u"promptEdit"_s);
        QVERIFY(generate && problem && prompt);
        // Empty at first: Generate waits for a prompt, and the label says so.
        QVERIFY(!generate->isEnabled());
        QVERIFY2(problem->text().contains(u"prompt is empty"_s), qPrintable(problem->text()));

        QTest::keyClicks(prompt, u"A fox crosses a snowy field"_s);
        settle(dialog);
        QVERIFY(generate->isEnabled());
        QVERIFY(problem->isHidden());

        prompt->setPlainText(QString(2001, u'a'));
        settle(dialog);
        QVERIFY(!generate->isEnabled());
        QVERIFY2(problem->text().contains(u"2001"_s) && problem->text().contains(u"2000"_s),
                 qPrintable(problem->text()));
        QVERIFY(child<QLabel>(dialog, u"promptCounter"_s)->text().contains(u"2001 / 2000"_s));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(dialog.grab().save(screenshotPath(u"generate-dialog-too-long.png"_s)));

        prompt->moveCursor(QTextCursor::End);
        QTest::keyClick(prompt, Qt::Key_Backspace);
        settle(dialog);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(generate->isEnabled());

        // Character to video without a cast says where to add one.
        QVERIFY(pick(child<QComboBox>(dialog, u"modeCombo"_s), int(GenerationMode::SubjectToVideo)));
        settle(dialog);
        QVERIFY(!generate->isEnabled());
        QVERIFY2(problem->text().contains(u"Characters panel"_s), qPrintable(problem->text()));
    }

    void cameraMovesFollowTheModel()
    {
        GenerateDialog dialog(*m_session, m_project);
        dialog.show();
        auto *provider = child<QComboBox>(dialog, u"providerCombo"_s);
        auto *model = child<QComboBox>(dialog, u"modelCombo"_s);
        auto *moves = child<QListWidget>(dialog, u"cameraMovesList"_s);
        auto *hint = child<QLabel>(dialog, u"cameraMovesHint"_s);
        QVERIFY(provider && model && moves && hint);
        if (provider->findData(u"minimax"_s) < 0)
            QSKIP("MiniMax is not in this build");
        QVERIFY(pick(provider, u"minimax"_s));
        QVERIFY(pick(model, u"T2V-01-Director"_s));
        QVERIFY(moves->isEnabled());
        moves->findItems(u"Pan left"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        moves->findItems(u"Zoom in"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        moves->findItems(u"Tilt up"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QCOMPARE(dialog.cameraMoves(), (QStringList{u"Pan left"_s, u"Zoom in"_s, u"Tilt up"_s}));
        // Three is the Director models' limit: the rest cannot be picked.
        QVERIFY(!(moves->findItems(u"Push in"_s, Qt::MatchExactly).first()->flags()
                  & Qt::ItemIsEnabled));

        QVERIFY(pick(model, u"T2V-01"_s));
        QVERIFY(!moves->isEnabled());
        QVERIFY(dialog.cameraMoves().isEmpty()); // dropped, never sent
        QVERIFY(hint->text().contains(u"does not take camera moves"_s));
        QVERIFY(dialog.request().cameraMoves.isEmpty());

        // Without a key MiniMax cannot be used, and the dialog says where to set one.
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"promptEdit"_s), u"Waves on rocks"_s);
        settle(dialog);
        QVERIFY(!child<QPushButton>(dialog, u"generateButton"_s)->isEnabled());
        QVERIFY2(dialog.problem().contains(u"Settings → Providers"_s), qPrintable(dialog.problem()));
    }
};

} // namespace mt

QTEST_MAIN(mt::TestGenerateDialog)
#include "tst_generatedialog.moc"
