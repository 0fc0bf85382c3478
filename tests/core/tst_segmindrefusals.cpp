// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// SegmindProvider's refusals: requests the API would refuse are refused before anything is sent
// (checked against movietool-fakeapi, which must see no submit), with messages that say what to
// change.
#include "providertestcase.h"
#include "testmedia.h"

#include <QTest>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

class TestSegmindRefusals : public ProviderTestCase<SegmindProvider>
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFake();
        QVERIFY(makeImage(m_dir.filePath(u"small.png"_s), 299, 400, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"narrow.png"_s), 1600, 400, "png"));
        QVERIFY(makeImage(m_dir.filePath(u"big.png"_s), 640, 360, "png", 11 * 1024 * 1024));
    }
    void init() { QVERIFY(m_fake.reset()); }

    void validationRefusesBeforeSending_data()
    {
        QTest::addColumn<GenerationRequest>("request");
        QTest::addColumn<QString>("says");
        auto i2v = [](const QString &path) {
            GenerationRequest r = request(GenerationMode::ImageToVideo, u"x"_s);
            r.firstFramePath = path;
            return r;
        };
        GenerationRequest r = t2v(u"x"_s);
        r.model = u"kling-99"_s;
        QTest::newRow("unknown model") << r << u"no model"_s;
        r = t2v(u"x"_s);
        r.model = u"kling-2.1"_s;
        QTest::newRow("t2v on an i2v model") << r << u"cannot make"_s;
        r = t2v(u"x"_s);
        r.duration = 6;
        QTest::newRow("6 s") << r << u"5 or 10"_s;
        r = t2v(u"x"_s);
        r.resolution = u"768P"_s;
        QTest::newRow("768P") << r << u"720P"_s;
        r = t2v(QString(2501, u'a'));
        QTest::newRow("prompt 2501") << r << u"Shorten it by 1"_s;
        r = t2v(u" "_s);
        QTest::newRow("empty prompt") << r << u"empty"_s;
        r = t2v(u"x"_s);
        r.model = u"kling-1.6-text2video"_s;
        r.cameraMoves = {u"Pan left"_s};
        QTest::newRow("camera on 1.6") << r << u"kling-text2video"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Pan left"_s, u"Zoom in"_s};
        QTest::newRow("two moves") << r << u"one camera move"_s;
        r = t2v(u"x"_s);
        r.cameraMoves = {u"Shake"_s};
        QTest::newRow("move Kling lacks") << r << u"cannot do"_s;
        r = t2v(u"x"_s);
        r.extra = {{u"aspect_ratio"_s, u"4:3"_s}};
        QTest::newRow("aspect ratio") << r << u"16:9, 9:16, 1:1"_s;
        r = t2v(u"x"_s);
        r.extra = {{u"cfg_scale"_s, 2}};
        QTest::newRow("cfg scale") << r << u"between 0 and 1"_s;
        r = t2v(u"x"_s);
        r.extra = {{u"loop"_s, true}};
        QTest::newRow("unknown option") << r << u"no option"_s;
        r = request(GenerationMode::SubjectToVideo, u"x"_s);
        QTest::newRow("s2v") << r << u"MiniMax"_s;
        QTest::newRow("webp first frame") << i2v(media(u"still.webp"_s)) << u"Convert it"_s;
        QTest::newRow("small image") << i2v(u"small.png"_s) << u"at least 300 px"_s;
        QTest::newRow("narrow image") << i2v(u"narrow.png"_s) << u"Crop it"_s;
        QTest::newRow("image over 10 MB") << i2v(u"big.png"_s) << u"at most 10 MB"_s;
        QTest::newRow("no first frame") << i2v(QString()) << u"needs a first frame"_s;
        r = request(GenerationMode::TextToImage, u"x"_s);
        r.extra = {{u"steps"_s, 20}};
        QTest::newRow("flux steps") << r << u"1 to 8"_s;
    }
    void validationRefusesBeforeSending()
    {
        QFETCH(GenerationRequest, request);
        QFETCH(QString, says);
        checkRefusedBeforeSending(request, says);
    }

    void cleanupTestCase() { checkKeyInNoMessage(); }
};

QTEST_GUILESS_MAIN(TestSegmindRefusals)
#include "tst_segmindrefusals.moc"
