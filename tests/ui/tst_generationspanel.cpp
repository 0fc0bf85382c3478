// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "editorsession.h"
#include "generation/generationservice.h"
#include "models/generationtaskmodel.h"
#include "panels/generationspanel.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

// The generations panel over a real library and service: an uncertain submit asks for a
// decision (check again, or submit again after a confirmation, or give up); queued tasks cancel
// and retry; the empty state offers the first step.
class TestGenerationsPanel : public QObject
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

    static QPushButton *button(GenerationsPanel &panel, const QString &name)
    {
        auto *found = panel.findChild<QPushButton *>(name);
        if (!found)
            qWarning("no button %s", qPrintable(name));
        return found;
    }

    TaskState stateOf(qint64 taskId)
    {
        const Result<GenerationTask> task = m_session->generation().tasks().get(taskId);
        return task ? task->state : TaskState::Failed;
    }

    // A MiniMax task left as a crash leaves it: written as submitting, with or without the id the
    // provider answered with; resume() then puts it in needs attention.
    qint64 uncertainTask(const QString &remoteId, const QString &prompt)
    {
        GenerationTask task;
        task.projectId = m_project;
        task.request.provider = u"minimax"_s;
        task.request.model = u"MiniMax-Hailuo-2.3"_s;
        task.request.prompt = prompt;
        task.request.projectId = m_project;
        task.estimatedCost = 0.28;
        Result<GenerationTask> inserted = m_session->generation().tasks().insert(task);
        if (!inserted)
            return 0;
        GenerationTask submitting = *inserted;
        submitting.state = remoteId.isEmpty() ? TaskState::Submitting : TaskState::Submitted;
        submitting.remoteTaskId = remoteId;
        submitting.attempts = 1;
        if (!m_session->generation().tasks().update(submitting))
            return 0;
        return inserted->id;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("MOVIETOOL_MINIMAX_API_KEY");
        qunsetenv("MOVIETOOL_MINIMAX_BASE_URL");
    }

    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(root, m_dir.filePath(u"credentials.json"_s));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        QVERIFY(QTest::qWaitFor([&] { return m_session->generationReady(); }, 5000));
        Project draft;
        draft.name = u"Storm"_s;
        draft.width = 320;
        draft.height = 240;
        draft.frameRate = {25, 1};
        const Result<Project> project = m_session->library().projects().create(draft);
        QVERIFY(project);
        m_project = project->id;
        m_session->currentProject().setId(m_project);
    }

    void cleanup() { m_session.reset(); }

    void emptyStateOffersToGenerate()
    {
        GenerationsPanel panel(*m_session);
        panel.resize(560, 320);
        panel.show();
        auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"generationsEmpty"_s);
        QVERIFY(!panel.findChild<QWidget *>(u"generationDetails"_s)->isVisibleTo(&panel));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(panel.grab().save(screenshotPath(u"generations-panel-empty.png"_s)));
    }

    void uncertainSubmitAsksForADecision()
    {
        const qint64 lost = uncertainTask({}, u"The lighthouse at dawn, waves below"_s);
        const qint64 known = uncertainTask(u"106916112212032"_s, u"Gulls over the harbour"_s);
        QVERIFY(lost && known);
        // Only the one without an id becomes uncertain on resume; the other resumes polling
        // (later it is put in needs attention by hand, as a person would find it).
        const Result<int> resumed = m_session->generation().resume();
        QVERIFY(resumed);
        QCOMPARE(stateOf(lost), TaskState::NeedsAttention);

        GenerationsPanel panel(*m_session);
        panel.resize(640, 380);
        panel.show();
        GenerationTaskModel *model = panel.model();
        QVERIFY(model->rowOf(lost) >= 0);
        panel.selectTask(lost);
        QCOMPARE(model->index(model->rowOf(lost)).data(GenerationTaskModel::StageRole).toString(),
                 u"Needs attention"_s);
        QVERIFY(button(panel, u"submitAgainButton"_s)->isVisibleTo(&panel));
        QVERIFY(button(panel, u"giveUpButton"_s)->isVisibleTo(&panel));
        QVERIFY(!button(panel, u"checkAgainButton"_s)->isVisibleTo(&panel));
        QVERIFY(!button(panel, u"cancelButton"_s)->isVisibleTo(&panel));
        auto *error = panel.findChild<QLabel *>(u"generationError"_s);
        QVERIFY(error->text().contains(u"cannot tell"_s));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(panel.grab().save(screenshotPath(u"generations-panel-attention.png"_s)));

        // Submitting again asks first; Cancel leaves the task as it was.
        QTest::mouseClick(button(panel, u"submitAgainButton"_s), Qt::LeftButton);
        auto *box = panel.findChild<QMessageBox *>(u"submitAgainConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"charged twice"_s));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(box->grab().save(screenshotPath(u"generations-submit-again.png"_s)));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(stateOf(lost), TaskState::NeedsAttention);

        // Confirmed, it is queued for a new submit (which, without a key, fails and says so).
        QTest::mouseClick(button(panel, u"submitAgainButton"_s), Qt::LeftButton);
        box = panel.findChild<QMessageBox *>(u"submitAgainConfirmation"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"confirmSubmitAgain"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return stateOf(lost) != TaskState::NeedsAttention; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return !m_session->generation().isWorking(lost); }, 10000));

        // A task the provider gave an id to is checked again, never submitted again.
        QVERIFY(QTest::qWaitFor([&] { return !m_session->generation().isWorking(known); }, 10000));
        GenerationTask withId = *m_session->generation().tasks().get(known);
        withId.state = TaskState::NeedsAttention;
        withId.remoteState = RemoteState::Processing;
        withId.error = u"Lost track of it."_s;
        QVERIFY(m_session->generation().tasks().update(withId));
        model->reload();
        panel.selectTask(known);
        QVERIFY(button(panel, u"checkAgainButton"_s)->isVisibleTo(&panel));
        QVERIFY(!button(panel, u"submitAgainButton"_s)->isVisibleTo(&panel));
        QVERIFY(error->text().contains(u"without paying twice"_s));

        // Giving up cancels it.
        QTest::mouseClick(button(panel, u"giveUpButton"_s), Qt::LeftButton);
        QCOMPARE(stateOf(known), TaskState::Cancelled);
        QCOMPARE(model->index(model->rowOf(known)).data(GenerationTaskModel::StageRole).toString(),
                 u"Cancelled"_s);
        QVERIFY(button(panel, u"retryButton"_s)->isVisibleTo(&panel));
    }

    void queuedTaskCancelsAndRetries()
    {
        GenerationsPanel panel(*m_session);
        panel.resize(560, 360);
        panel.show();
        GenerationRequest request;
        request.provider = u"storyboard"_s;
        request.prompt = u"Rain on the lantern glass"_s;
        request.projectId = m_project;
        request.duration = 3;
        // Two in flight at once: the third take waits in the queue.
        const Result<QList<GenerationTask>> made = m_session->generation().generate(request, 3);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        const qint64 third = made->last().id;
        QCOMPARE(stateOf(third), TaskState::Queued);
        panel.selectTask(third);
        QVERIFY(button(panel, u"cancelButton"_s)->isVisibleTo(&panel));
        QVERIFY(!button(panel, u"retryButton"_s)->isVisibleTo(&panel));
        QTest::mouseClick(button(panel, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(stateOf(third), TaskState::Cancelled);
        QVERIFY(!button(panel, u"cancelButton"_s)->isVisibleTo(&panel));
        QVERIFY(button(panel, u"retryButton"_s)->isVisibleTo(&panel));

        QTest::mouseClick(button(panel, u"retryButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return stateOf(third) == TaskState::Done; }, 60000));
        for (const GenerationTask &task : *made)
            QVERIFY(QTest::qWaitFor([&] { return !m_session->generation().isWorking(task.id); },
                                    60000));
        panel.selectTask(third);
        QVERIFY(button(panel, u"variationButton"_s)->isVisibleTo(&panel));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(panel.grab().save(screenshotPath(u"generations-panel-done.png"_s)));
    }
};

} // namespace mt

QTEST_MAIN(mt::TestGenerationsPanel)
#include "tst_generationspanel.moc"
