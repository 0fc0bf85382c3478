// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// The offline storyboard: cards rendered and encoded at the project's format, and the provider
// through GenerationService to a placeholder asset on the timeline.
#include "generationfixture.h"
#include "testmedia.h"

#include "generation/storyboardprovider.h"
#include "jobs/jobcontext.h"
#include "media/mediaprobe.h"
#include "media/storyboardrenderer.h"
#include "storage/medialibrary.h"
#include "storage/timelinestore.h"

#include <QDir>
#include <QGuiApplication>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TstStoryboard : public QObject
{
    Q_OBJECT

private:
    GenerationFixture f;

    void install()
    {
        f.service().registerProvider(
                std::make_unique<StoryboardProvider>(f.jobs(),
                                                     f.library().paths().cache()
                                                             + u"/storyboard"_s));
    }

    static QString screenshotDir()
    {
        const QString dir = QCoreApplication::applicationDirPath() + u"/../../screenshots"_s;
        QDir().mkpath(dir);
        return dir;
    }

    GenerationRequest request()
    {
        GenerationRequest r;
        r.provider = u"storyboard"_s;
        r.mode = GenerationMode::TextToVideo;
        r.prompt = u"The keeper climbs the lighthouse stairs as the storm breaks over the bay"_s;
        r.projectId = f.project;
        r.duration = 2;
        return r;
    }

private slots:
    void init()
    {
        QVERIFY(f.open());
        install();
    }

    void cleanup() { f.stop(); }

    void cardMatchesTheRequestedFormat_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("fps");
        QTest::addColumn<double>("duration");
        QTest::newRow("320x240 25 fps 2 s") << 320 << 240 << u"25"_s << 2.0;
        QTest::newRow("portrait 30 fps 1.5 s") << 240 << 426 << u"30"_s << 1.5;
        QTest::newRow("NTSC 1 s") << 320 << 180 << u"30000/1001"_s << 1.0;
    }

    void cardMatchesTheRequestedFormat()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, fps);
        QFETCH(double, duration);
        StoryboardCard card;
        card.shotNumber = 4;
        card.prompt = u"A fox crosses a snowy field"_s;
        card.cameraMoves = {u"Pan left"_s};
        card.width = width;
        card.height = height;
        card.frameRate = *Rational::fromString(fps);
        card.duration = duration;
        QTemporaryDir dir;
        const QString output = dir.filePath(u"card.mp4"_s);
        JobContext job(1, [] {});
        const Result<QJsonObject> written
                = StoryboardRenderer::write(card, StoryboardRenderer::overlay(card), output, job);
        MT_VERIFY_OK(written);
        const Result<MediaInfo> info = MediaProbe::probe(output);
        MT_VERIFY_OK(info);
        QVERIFY(info->hasVideo());
        QCOMPARE(info->video->width, width);
        QCOMPARE(info->video->height, height);
        QCOMPARE(info->video->frameRate, card.frameRate);
        QVERIFY2(std::abs(info->duration - duration) < 0.05,
                 qPrintable(QString::number(info->duration)));
        QVERIFY(info->hasAudio()); // silent, so it joins other clips like footage
        QCOMPARE(written->value(u"frames"_s).toInteger(),
                 std::llround(duration * card.frameRate.toDouble()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"card.mp4"_s});
    }

    void cameraMovesMoveThePicture()
    {
        StoryboardCard card;
        card.width = 640;
        card.height = 360;
        card.prompt = u"Waves on the rocks"_s;
        card.picturePath = media(u"still.png"_s);
        QImage picture(card.picturePath);
        QVERIFY(!picture.isNull());
        const QImage overlay = StoryboardRenderer::overlay(card);
        card.cameraMoves = {};
        QCOMPARE(StoryboardRenderer::frame(card, picture, overlay, 0),
                 StoryboardRenderer::frame(card, picture, overlay, 1));
        card.cameraMoves = {u"Push in"_s, u"Pan right"_s};
        const QImage first = StoryboardRenderer::frame(card, picture, overlay, 0);
        const QImage last = StoryboardRenderer::frame(card, picture, overlay, 1);
        QVERIFY(first != last);
        card.cameraMoves = {u"Push in"_s};
        card.shotNumber = 3;
        card.take = 2;
        card.characterName = u"Mara"_s;
        card.note = u"stands in for MiniMax-Hailuo-2.3"_s;
        StoryboardRenderer::frame(card, picture, StoryboardRenderer::overlay(card), 0.5)
                .save(screenshotDir() + u"/storyboard_card.png"_s);
        StoryboardCard plain = card;
        plain.picturePath.clear();
        plain.width = 1280;
        plain.height = 720;
        plain.cameraMoves = {u"Tilt up"_s, u"Zoom out"_s};
        StoryboardRenderer::frame(plain, QImage(), StoryboardRenderer::overlay(plain), 0.3)
                .save(screenshotDir() + u"/storyboard_card_plain.png"_s);
    }

    void refusesWhatItCannotRender()
    {
        GenerationRequest r = request();
        r.duration = 61;
        MT_VERIFY_REFUSED(f.service().generate(r), u"at most"_s);
        r = request();
        r.mode = GenerationMode::ImageToVideo;
        MT_VERIFY_REFUSED(f.service().generate(r), u"first frame"_s);
        r = request();
        r.mode = GenerationMode::SubjectToVideo;
        MT_VERIFY_REFUSED(f.service().generate(r), u"character"_s);
        r = request();
        r.prompt = QString(2001, u'a');
        MT_VERIFY_REFUSED(f.service().generate(r), u"shorten"_s);
        QCOMPARE(count(f.db(), u"generation_tasks"_s), 0);
    }

    void shotLandsOnTheTimelineAsAPlaceholder()
    {
        const Result<MediaLibrary::Imported> still
                = f.library().media().importFile(f.project, media(u"still.jpg"_s));
        MT_VERIFY_OK(still);
        GenerationRequest r = request();
        r.mode = GenerationMode::ImageToVideo;
        r.firstFrameAssetId = still->asset.id;
        r.cameraMoves = {u"push in"_s};
        Result<QList<GenerationTask>> tasks = f.service().generate(r);
        MT_VERIFY_OK(tasks);
        const qint64 id = tasks->first().id;
        QVERIFY(f.waitSettled(id, 60000));
        const GenerationTask task = *f.service().tasks().get(id);
        QVERIFY2(task.state == TaskState::Done, qPrintable(task.error));
        QCOMPARE(task.estimatedCost, 0.0);

        const Result<Asset> asset = f.library().assets().get(task.resultAssetId);
        MT_VERIFY_OK(asset);
        QVERIFY(asset->isPlaceholder);
        QCOMPARE(asset->origin, AssetOrigin::Storyboard);
        const Result<MediaInfo> info = MediaProbe::probe(
                f.library().paths().absolute(asset->relativePath));
        MT_VERIFY_OK(info);
        QCOMPARE(info->video->width, 320); // the project's format
        QCOMPARE(info->video->height, 240);
        QCOMPARE(info->video->frameRate, (Rational{25, 1}));
        QVERIFY(std::abs(info->duration - 2.0) < 0.05);

        const Result<Timeline> timeline = TimelineStore(f.db()).load(f.project);
        QCOMPARE(timeline->clips.size(), 1);
        QCOMPARE(timeline->clips.first().assetId, asset->id);
        QCOMPARE(scalar(f.db(), u"SELECT reference_assets FROM asset_provenance"_s).toString(),
                 u"[%1]"_s.arg(still->asset.id));
        QCOMPARE(scalar(f.db(), u"SELECT prompt FROM asset_provenance"_s).toString(),
                 r.prompt + u" [Push in]"_s);
        QCOMPARE(count(f.db(), u"spend"_s), 0); // free
        // The work file was moved into the library, nothing left behind.
        QCOMPARE(QDir(f.library().paths().cache() + u"/storyboard"_s).entryList(QDir::Files).size(),
                 0);
    }

    void unfinishedShotIsRenderedAgainAfterARestart()
    {
        Result<QList<GenerationTask>> tasks = f.service().generate(request());
        MT_VERIFY_OK(tasks);
        const qint64 id = tasks->first().id;
        QVERIFY(QTest::qWaitFor(
                [&] { return f.service().tasks().get(id)->state != TaskState::Queued; }, 5000));
        QVERIFY(f.restart());
        install();
        MT_VERIFY_OK(f.service().resume());
        QVERIFY(f.waitSettled(id, 60000));
        QCOMPARE(f.service().tasks().get(id)->state, TaskState::Done);
        QCOMPARE(count(f.db(), u"clips"_s), 1);
    }
};

QTEST_MAIN(TstStoryboard)
#include "tst_storyboard.moc"
