// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationfixture.h"

#include "generation/storyboardprovider.h"
#include "models/generationtaskmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

// The generations panel's model: the project's tasks newest first, following the service.
class TstGenerationTaskModel : public QObject
{
    Q_OBJECT

private:
    GenerationFixture f;

    GenerationRequest request(const QString &prompt)
    {
        GenerationRequest r;
        r.provider = u"storyboard"_s;
        r.prompt = prompt;
        r.projectId = f.project;
        r.duration = 1;
        return r;
    }

private slots:
    void init()
    {
        QVERIFY(f.open());
        f.service().registerProvider(
                std::make_unique<StoryboardProvider>(f.jobs(),
                                                     f.library().paths().cache()
                                                             + u"/storyboard"_s));
    }

    void cleanup() { f.stop(); }

    void followsTheServiceFromQueuedToDone()
    {
        GenerationTaskModel model(f.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project);
        QCOMPARE(model.rowCount(), 0);

        const Result<QList<GenerationTask>> first = f.service().generate(request(u"A lighthouse"_s));
        MT_VERIFY_OK(first);
        const Result<QList<GenerationTask>> second = f.service().generate(request(u"A storm"_s));
        MT_VERIFY_OK(second);
        QCOMPARE(model.rowCount(), 2);
        // Newest first, as the store lists them.
        QCOMPARE(model.index(0).data(GenerationTaskModel::PromptRole).toString(), u"A storm"_s);
        QCOMPARE(model.index(1).data(GenerationTaskModel::TaskIdRole).toLongLong(),
                 first->first().id);
        QVERIFY(model.index(0).data(GenerationTaskModel::CanCancelRole).toBool());
        QVERIFY(model.index(0)
                        .data(GenerationTaskModel::ProviderModelRole)
                        .toString()
                        .startsWith(u"Storyboard (offline)"_s));

        QVERIFY(f.waitSettled(first->first().id));
        QVERIFY(f.waitSettled(second->first().id));
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(GenerationTaskModel::StateRole).toInt(), int(TaskState::Done));
            QCOMPARE(index.data(GenerationTaskModel::StageRole).toString(), u"Done"_s);
            QVERIFY(index.data(GenerationTaskModel::ResultAssetRole).toLongLong() > 0);
            QVERIFY(!index.data(GenerationTaskModel::CanCancelRole).toBool());
            QVERIFY(!index.data(GenerationTaskModel::CanRetryRole).toBool());
        }
    }

    void listsOnlyTheCurrentProject()
    {
        GenerationTaskModel model(f.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project);
        Project draft = projectNamed(u"Other"_s);
        draft.width = 320;
        draft.height = 240;
        const Result<Project> other = f.library().projects().create(draft);
        MT_VERIFY_OK(other);
        GenerationRequest elsewhere = request(u"Elsewhere"_s);
        elsewhere.projectId = other->id;
        const Result<QList<GenerationTask>> made = f.service().generate(elsewhere);
        MT_VERIFY_OK(made);
        QCOMPARE(model.rowCount(), 0);
        model.setProject(other->id);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(f.waitSettled(made->first().id));
        model.setProject(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelledTaskCanBeRetried()
    {
        GenerationTaskModel model(f.service());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project);
        // Three takes with two in flight: the third waits in the queue, where cancel is final.
        const Result<QList<GenerationTask>> made = f.service().generate(request(u"Takes"_s), 3);
        MT_VERIFY_OK(made);
        const qint64 third = made->last().id;
        QVERIFY2(model.index(model.rowOf(third))
                         .data(GenerationTaskModel::DetailRole)
                         .toString()
                         .contains(u"take 3"_s),
                 qPrintable(model.index(model.rowOf(third))
                                    .data(GenerationTaskModel::DetailRole)
                                    .toString()));
        MT_VERIFY_OK(f.service().cancel(third));
        const int row = model.rowOf(third);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row).data(GenerationTaskModel::StageRole).toString(), u"Cancelled"_s);
        QVERIFY(model.index(row).data(GenerationTaskModel::CanRetryRole).toBool());
        MT_VERIFY_OK(f.service().retry(third));
        QVERIFY(f.waitSettled(third));
        QCOMPARE(model.index(model.rowOf(third)).data(GenerationTaskModel::StateRole).toInt(),
                 int(TaskState::Done));
        for (const GenerationTask &task : *made)
            QVERIFY(f.waitSettled(task.id));
    }
};

QTEST_MAIN(TstGenerationTaskModel)
#include "tst_generationtaskmodel.moc"
