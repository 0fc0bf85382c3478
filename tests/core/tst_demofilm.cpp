// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// The first run's demo film: made offline from storyboard shots, in story order, and exported at
// once without a single network request.
#include "generationfixture.h"

#include "export/exporter.h"
#include "export/exportplanner.h"
#include "generation/demofilm.h"
#include "generation/storyboardprovider.h"
#include "jobs/jobcontext.h"
#include "media/mediaprobe.h"
#include "storage/projectstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mt;
using namespace mt::test;

class TestDemoFilm : public QObject
{
    Q_OBJECT

private:
    GenerationFixture f;

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

    void makesFiveShotsInOrderAndExports()
    {
        DemoFilm demo(f.library(), f.service());
        QSignalSpy landed(&demo, &DemoFilm::shotLanded);
        QSignalSpy finished(&demo, &DemoFilm::finished);
        QSignalSpy failed(&demo, &DemoFilm::failed);
        Result<qint64> project = demo.start();
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 180000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(landed.size(), DemoFilm::ShotCount);
        QCOMPARE(landed.last().value(0).toInt(), DemoFilm::ShotCount);

        Result<Timeline> timeline = f.editor().store().load(*project);
        QVERIFY(timeline);
        QCOMPARE(timeline->clips.size(), DemoFilm::ShotCount);
        // Story order: the shots were asked for one after the other, so the n-th clip is shot n
        // (the cards are rendered from prompts, which the provenance keeps).
        QList<qint64> assets;
        for (const Clip &clip : timeline->clips) {
            const Asset asset = timeline->assets.value(clip.assetId);
            QVERIFY(asset.isPlaceholder);
            QCOMPARE(asset.info.video->width, 1280);
            QVERIFY(qAbs(asset.info.duration - DemoFilm::ShotSeconds) < 0.05);
            assets.append(asset.id);
        }
        QVERIFY(std::is_sorted(assets.begin(), assets.end()));

        // It exports at once.
        Result<Project> made = f.library().projects().get(*project);
        QVERIFY(made);
        QCOMPARE(made->name, u"Demo film"_s);
        Result<ExportPlan> plan = ExportPlanner::plan(*made,
                                                      *timeline,
                                                      f.library().paths().root,
                                                      {*project, f.path(u"demo.mp4"_s), {}, {}});
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        JobContext job(1);
        Result<ExportResult> exported = Exporter::run(*plan, job);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        const Result<MediaInfo> info = MediaProbe::probe(f.path(u"demo.mp4"_s));
        QVERIFY(info);
        QVERIFY(qAbs(info->duration - DemoFilm::ShotCount * DemoFilm::ShotSeconds) < 0.1);
    }

    void aSecondDemoGetsItsOwnProject()
    {
        DemoFilm first(f.library(), f.service());
        DemoFilm second(f.library(), f.service());
        Result<qint64> a = first.start();
        Result<qint64> b = second.start();
        QVERIFY(a && b && *a != *b);
        QCOMPARE(f.library().projects().get(*b)->name, u"Demo film 2"_s);
        QSignalSpy done(&second, &DemoFilm::finished);
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 180000));
    }
};

// The storyboard draws its cards' text with QPainter, which needs a QGuiApplication.
QTEST_MAIN(TestDemoFilm)
#include "tst_demofilm.moc"
