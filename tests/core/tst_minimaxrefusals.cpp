// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// MinimaxProvider's refusals: requests the API would refuse are refused before anything is sent
// (checked against movietool-fakeapi, which must see no create), plain http only to loopback,
// and the list prices.
#include "providertestcase.h"
#include "testmedia.h"

#include <QTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TestMinimaxRefusals : public ProviderTestCase<MinimaxProvider>
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFake();
        QVERIFY(makeImage(m_dir.filePath(u"small.png"_s), 300, 300, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"narrow.png"_s), 1600, 400, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"image.bmp"_s), 640, 360, "bmp"));
        QVERIFY(makeImage(m_dir.filePath(u"big.png"_s), 640, 360, "png", 21 * 1024 * 1024));
    }
    void init() { QVERIFY(m_fake.reset()); }

    void validationRefusesBeforeSending_data()
    {
        QTest::addColumn<GenerationRequest>("request");
        QTest::addColumn<QString>("says");
        auto i2v = [](const QString &path) {
            GenerationRequest r;
            r.mode = GenerationMode::ImageToVideo;
            r.model = u"I2V-01"_s;
            r.firstFramePath = path;
            return r;
        };
        GenerationRequest r = t2v(u"x"_s);
        r.model = u"video-99"_s;
        QTest::newRow("unknown model") << r << u"no model"_s;
        r = t2v(u"x"_s);
        r.model = u"I2V-01"_s;
        QTest::newRow("mode the model lacks") << r << u"cannot make"_s;
        r = t2v(u"x"_s);
        r.resolution = u"1080P"_s;
        r.duration = 10;
        QTest::newRow("10 s at 1080P") << r << u"768P"_s;
        r = t2v(u"x"_s);
        r.duration = 7;
        QTest::newRow("7 s") << r << u"6 or 10"_s;
        r = t2v(u"x"_s);
        r.resolution = u"512P"_s;
        QTest::newRow("512P on 2.3") << r << u"512P"_s;
        r = t2v(QString(2001, u'a'));
        QTest::newRow("prompt 2001") << r << u"Shorten it by 1"_s;
        r = t2v(QString(1990, u'a'));
        r.cameraMoves = {u"Pan left"_s};
        QTest::newRow("camera command pushes it over") << r << u"Shorten it by"_s;
        r = t2v(u"a cat [Pan left]"_s);
        QTest::newRow("typed bracket") << r << u"square brackets"_s;
        r = t2v(u"x"_s);
        r.model = u"MiniMax-Hailuo-2.3"_s;
        r.cameraMoves = {u"Pan left"_s};
        QTest::newRow("moves on a model without them") << r << u"T2V-01-Director"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Pan left"_s, u"Zoom in"_s, u"Tilt up"_s, u"Shake"_s};
        QTest::newRow("four moves") << r << u"at most 3"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Pan left"_s, u"Pan right"_s};
        QTest::newRow("opposite moves") << r << u"cannot run at the same time"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Dolly zoom"_s};
        QTest::newRow("free text move") << r << u"not a camera move"_s;
        r = t2v(u"  "_s);
        QTest::newRow("empty prompt") << r << u"empty"_s;
        QTest::newRow("small image") << i2v(u"small.png"_s) << u"over 300 px"_s;
        QTest::newRow("narrow image") << i2v(u"narrow.png"_s) << u"Crop it"_s;
        QTest::newRow("bmp image") << i2v(u"image.bmp"_s) << u"Convert it"_s;
        QTest::newRow("image over 20 MB") << i2v(u"big.png"_s) << u"at most 20 MB"_s;
        QTest::newRow("missing image") << i2v(u"nothing.png"_s) << u"missing"_s;
        r = i2v(QString());
        QTest::newRow("no first frame") << r << u"needs a first frame"_s;
        r = GenerationRequest();
        r.mode = GenerationMode::SubjectToVideo;
        r.prompt = u"x"_s;
        QTest::newRow("s2v without character") << r << u"character"_s;
        r = t2v(u"x"_s);
        r.mode = GenerationMode::TextToImage;
        QTest::newRow("images") << r << u"Segmind"_s;
        r = t2v(u"x"_s);
        r.extra = {{u"seed_strength"_s, 1}};
        QTest::newRow("unknown option") << r << u"no option"_s;
    }
    void validationRefusesBeforeSending()
    {
        QFETCH(GenerationRequest, request);
        QFETCH(QString, says);
        checkRefusedBeforeSending(request, says);
    }

    void plainHttpOnlyToLoopback()
    {
        MinimaxProvider provider(m_network);
        provider.configure({QUrl(u"http://api.minimax.io"_s), Key});
        QVERIFY(!provider.isConfigured());
        const auto receipt = submit(provider, t2v(u"clear text"_s));
        QVERIFY(receipt && !receipt->ok());
        QCOMPARE(receipt->error().kind, ProviderErrorKind::Unavailable);
        QVERIFY(receipt->error().message.contains(u"https"_s));
        provider.configure({QUrl(u"https://api.minimax.io"_s), Key});
        QVERIFY(provider.isConfigured());
        provider.configure({QUrl(u"http://localhost:1/minimax"_s), Key});
        QVERIFY(provider.isConfigured());
        provider.configure({m_fake.minimaxBaseUrl(), QString()});
        QVERIFY(!provider.isConfigured());
    }

    void costs()
    {
        auto provider = makeProvider();
        GenerationRequest request = t2v(u"x"_s);
        QCOMPARE(provider->estimatedCost(request), 0.28);
        request.duration = 10;
        QCOMPARE(provider->estimatedCost(request), 0.56);
        request.duration = 6;
        request.resolution = u"1080P"_s;
        QCOMPARE(provider->estimatedCost(request), 0.49);
    }

    void cleanupTestCase() { checkKeyInNoMessage(); }
};

QTEST_GUILESS_MAIN(TestMinimaxRefusals)
#include "tst_minimaxrefusals.moc"
