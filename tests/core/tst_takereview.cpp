// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobs/jobcontext.h"
#include "media/firstframematch.h"
#include "media/takereview.h"
#include "testmedia.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mt;

namespace {

constexpr double Frame = 1.0 / 30;
// AAC codes sound in blocks of 1024 samples, which blur where silence starts and stops.
constexpr double AudioSlack = 0.05;

// What a test expects of one flag: its kind and range (`to` empty: the whole file), and words
// its message must contain.
struct Expected
{
    QString kind;
    double from = 0;
    std::optional<double> to;
    QStringList words;
};

QString describe(const QList<AssetFlag> &flags)
{
    QStringList parts;
    for (const AssetFlag &flag : flags)
        parts << u"%1 %2–%3 “%4”"_s.arg(flag.kind)
                         .arg(flag.from, 0, 'f', 3)
                         .arg(flag.to ? QString::number(*flag.to, 'f', 3) : u"∅"_s)
                         .arg(flag.message);
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

// Exactly the flags expected, in that order, each within `tolerance` seconds.
bool matches(const QList<AssetFlag> &flags, const QList<Expected> &expected, double tolerance)
{
    if (flags.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const AssetFlag &flag = flags[i];
        const Expected &want = expected[i];
        if (flag.kind != want.kind || std::abs(flag.from - want.from) > tolerance
            || flag.to.has_value() != want.to.has_value()
            || (flag.to && std::abs(*flag.to - *want.to) > tolerance) || flag.id != 0
            || flag.assetId != 0 || flag.dismissed)
            return false;
        for (const QString &word : want.words) {
            if (!flag.message.contains(word))
                return false;
        }
    }
    return true;
}

#define COMPARE_FLAGS(flags, expected, tolerance) \
    QVERIFY2(matches(flags, expected, tolerance), qPrintable(u"got "_s + describe(flags)))

Result<QList<AssetFlag>> review(const QString &path, const TakeExpectations &expected)
{
    JobContext context(1);
    return TakeReview::review(path, expected, context);
}

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

TakeExpectations expect(double duration, QSize size, bool audio, const QString &image = {})
{
    TakeExpectations expected;
    expected.duration = duration;
    expected.size = size;
    expected.audioRequested = audio;
    expected.referenceImagePath = image;
    return expected;
}

bool runFfmpeg(const QStringList &args)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(u"ffmpeg"_s,
                 QStringList{u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s} + args);
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitStatus() == QProcess::NormalExit
           && ffmpeg.exitCode() == 0;
}

const QSize Size360(640, 360);

} // namespace

class tst_TakeReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void flagsBlackStretch();
    void flagsFrozenStretch();
    void flagsSilenceOnlyWhenSoundWasAsked();
    void flagsMissingSound();
    void flagsShortTake();
    void flagsWrongSize();
    void flagsTruncatedTake();
    void flagsUnreadableTake();
    void flagsDriftFromFirstFrameImage();
    void cleanTakesHaveNoFlags_data();
    void cleanTakesHaveNoFlags();
    void refusesMissingFileAndImage();

    void wordsFlagsForPeople();
    void toleratesOneFrameOfDuration();
    void foldsDecodeProblems();
    void measuresSimilarity_data();
    void measuresSimilarity();

private:
    // The first picture of a test file as a PNG, the image a take was asked to start from.
    QString firstFrameOf(const QString &name);

    QTemporaryDir m_dir;
    QString m_unrelated; // a picture no test take starts from
};

void tst_TakeReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Another test pattern than the takes' (testsrc, not testsrc2), of their brightness.
    m_unrelated = m_dir.filePath(u"unrelated.png"_s);
    QVERIFY(runFfmpeg({u"-f"_s,
                       u"lavfi"_s,
                       u"-i"_s,
                       u"testsrc=size=640x360:rate=30:duration=1"_s,
                       u"-frames:v"_s,
                       u"1"_s,
                       m_unrelated}));
}

QString tst_TakeReview::firstFrameOf(const QString &name)
{
    const QString image = m_dir.filePath(name + u".png"_s);
    if (!QFile::exists(image)
        && !runFfmpeg({u"-i"_s, test::media(name), u"-frames:v"_s, u"1"_s, image}))
        return {};
    return image;
}

void tst_TakeReview::flagsBlackStretch()
{
    const auto flags = review(test::media(u"analysis_black.mp4"_s), expect(4, Size360, false));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{{FlagKind::Black, 1.0, 2.0, {u"1.0 s"_s, u"2.0 s"_s}}}),
                  Frame);
}

void tst_TakeReview::flagsFrozenStretch()
{
    const auto flags = review(test::media(u"analysis_frozen.mp4"_s), expect(4, Size360, false));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{{FlagKind::Frozen, 1.0, 2.5, {u"1.0 s"_s, u"2.5 s"_s}}}),
                  Frame);
}

void tst_TakeReview::flagsSilenceOnlyWhenSoundWasAsked()
{
    const QString take = test::media(u"analysis_silence.mp4"_s);
    auto flags = review(take, expect(4, Size360, true));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{{FlagKind::Silent, 1.0, 2.5, {u"1.0 s"_s, u"2.5 s"_s}}}),
                  AudioSlack);
    // A pause in a take that was not asked to have sound is nobody's concern.
    flags = review(take, expect(4, Size360, false));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags, {}, Frame);
}

void tst_TakeReview::flagsMissingSound()
{
    const QString take = test::media(u"no_audio.mp4"_s);
    auto flags = review(take, expect(2, Size360, true));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{{FlagKind::Silent, 0, std::nullopt, {u"no sound"_s}}}),
                  Frame);
    flags = review(take, expect(2, Size360, false));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags, {}, Frame);
}

void tst_TakeReview::flagsShortTake()
{
    // 2 s delivered where 3 s were asked for.
    const auto flags = review(test::media(u"h264_aac.mp4"_s), expect(3, Size360, true));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{{FlagKind::Duration,
                                    0,
                                    std::nullopt,
                                    {u"2.00 s long"_s, u"1.00 s shorter"_s, u"3.00 s"_s}}}),
                  Frame);
}

void tst_TakeReview::flagsWrongSize()
{
    const auto flags = review(test::media(u"h264_aac.mp4"_s), expect(2, QSize(1280, 720), true));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{
                          {FlagKind::Size, 0, std::nullopt, {u"640×360"_s, u"1280×720"_s}}}),
                  Frame);
}

void tst_TakeReview::flagsTruncatedTake()
{
    // The first 40 % of a 2 s take whose header is whole: the data stops under a second in. One
    // flag says so; the header's length is the one asked for, so no duration flag repeats it.
    const auto flags = review(test::media(u"truncated_faststart.mp4"_s), expect(2, Size360, true));
    QVERIFY2(flags.ok(), errorOf(flags));
    QCOMPARE(flags->size(), 1);
    const AssetFlag &flag = flags->constFirst();
    QCOMPARE(flag.kind, FlagKind::Decode);
    QVERIFY2(flag.from >= 0.3 && flag.from <= 1.2, qPrintable(describe(*flags)));
    // It applies from the first damage to where the take should end.
    QVERIFY(flag.to && std::abs(*flag.to - 2.0) < Frame);
    QVERIFY2(flag.message.contains(u"cut short"_s) && flag.message.contains(u"of the 2.0 s"_s),
             qPrintable(flag.message));
}

void tst_TakeReview::flagsUnreadableTake()
{
    // No header at all (the moov atom was never written): the take cannot be played.
    for (const QString &name : {u"truncated.mp4"_s, u"notmedia.mp4"_s, u"empty.mp4"_s}) {
        const auto flags = review(test::media(name), expect(2, Size360, true));
        QVERIFY2(flags.ok(), errorOf(flags));
        COMPARE_FLAGS(*flags,
                      (QList<Expected>{
                              {FlagKind::Decode, 0, std::nullopt, {u"cannot be played"_s}}}),
                      Frame);
    }
}

void tst_TakeReview::flagsDriftFromFirstFrameImage()
{
    const QString take = test::media(u"h264_aac.mp4"_s);
    const auto flags = review(take, expect(2, Size360, true, m_unrelated));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags,
                  (QList<Expected>{
                          {FlagKind::Drift, 0, std::nullopt, {u"SSIM 0."_s, u"1 is identical"_s}}}),
                  Frame);
}

void tst_TakeReview::cleanTakesHaveNoFlags_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("duration");
    QTest::addColumn<bool>("audio");
    QTest::newRow("normal moving shot") << u"h264_aac.mp4"_s << 2.0 << true;
    QTest::newRow("slow pan") << u"analysis_pan.mp4"_s << 4.0 << false;
    QTest::newRow("dark night scene") << u"analysis_night.mp4"_s << 4.0 << false;
}

// Everything asked of the take is checked, including that it starts from its own first frame.
void tst_TakeReview::cleanTakesHaveNoFlags()
{
    QFETCH(QString, file);
    QFETCH(double, duration);
    QFETCH(bool, audio);
    const QString image = firstFrameOf(file);
    QVERIFY(!image.isEmpty());
    const auto flags = review(test::media(file), expect(duration, Size360, audio, image));
    QVERIFY2(flags.ok(), errorOf(flags));
    COMPARE_FLAGS(*flags, {}, Frame);
}

void tst_TakeReview::refusesMissingFileAndImage()
{
    auto flags = review(m_dir.filePath(u"gone.mp4"_s), {});
    QVERIFY(!flags.ok());
    QCOMPARE(flags.error().kind, ErrorKind::Refused);

    // A missing image is the caller's mistake, not the take's: no flag, an error that says so.
    const QString gone = m_dir.filePath(u"gone.png"_s);
    flags = review(test::media(u"h264_aac.mp4"_s), expect(2, Size360, true, gone));
    QVERIFY(!flags.ok());
    QVERIFY2(flags.error().message.contains(u"gone.png"_s), errorOf(flags));
    // Even for a take that is itself unreadable.
    flags = review(test::media(u"notmedia.mp4"_s), expect(2, Size360, true, gone));
    QVERIFY(!flags.ok());
    QVERIFY2(flags.error().message.contains(u"gone.png"_s), errorOf(flags));

    JobContext cancelled(1);
    cancelled.cancel();
    flags = TakeReview::review(test::media(u"h264_aac.mp4"_s), {}, cancelled);
    QVERIFY(!flags.ok());
    QCOMPARE(flags.error().kind, ErrorKind::Cancelled);
}

// flagsOf alone, on analyses written by hand: which sentence each finding gets.
void tst_TakeReview::wordsFlagsForPeople()
{
    MediaAnalysis a;
    a.duration = a.decodedDuration = 6;
    a.hasVideo = true;
    a.hasAudio = true;
    a.width = 1280;
    a.height = 720;
    a.frameRate = 24;
    a.frozen = {{3.2, 6.0}};
    a.black = {{0, 0.6}};
    a.silent = {{0, 6}};
    const QList<AssetFlag> flags = TakeReview::flagsOf(a, {});
    // Silence is no flag when no sound was asked for; time order otherwise.
    QCOMPARE(flags.size(), 2);
    QCOMPARE(flags[0].kind, FlagKind::Black);
    QCOMPARE(flags[0].message,
             u"Black from the start to 0.6 s: the shot starts late; trim the black off on the "
             "timeline."_s);
    QCOMPARE(flags[1].kind, FlagKind::Frozen);
    QCOMPARE(flags[1].message,
             u"Frozen from 3.2 s to 6.0 s: the provider may have padded a short clip."_s);

    TakeExpectations sound;
    sound.audioRequested = true;
    a.frozen = {{1.0, 2.0}};
    QList<AssetFlag> withSound = TakeReview::flagsOf(a, sound);
    QCOMPARE(withSound.size(), 3);
    QCOMPARE(withSound[0].kind, FlagKind::Silent); // from 0 like the black one; kinds keep order
    QVERIFY2(withSound[0].message.contains(u"start to end"_s), qPrintable(withSound[0].message));
    QVERIFY2(withSound[2].message.contains(u"moves again"_s), qPrintable(withSound[2].message));

    // Whole-file flags come first.
    a.frozen = {{0, 6}};
    a.black.clear();
    a.silent.clear();
    a.firstFrameSsim = 0.41;
    const QList<AssetFlag> still = TakeReview::flagsOf(a, {});
    QCOMPARE(still.size(), 2);
    QCOMPARE(still[0].kind, FlagKind::Drift);
    QVERIFY(!still[0].to);
    QVERIFY2(still[0].message.contains(u"SSIM 0.41 (1 is identical"_s),
             qPrintable(still[0].message));
    QVERIFY2(still[1].message.contains(u"still picture"_s), qPrintable(still[1].message));

    a.firstFrameSsim = TakeReview::DriftThreshold; // at the threshold: the same picture
    a.frozen.clear();
    QVERIFY(TakeReview::flagsOf(a, {}).isEmpty());
}

void tst_TakeReview::toleratesOneFrameOfDuration()
{
    MediaAnalysis a;
    a.hasVideo = true;
    a.frameRate = 24;
    TakeExpectations five;
    five.duration = 5;
    // 121 frames at 24 fps for a 5 s request: a frame over, within tolerance.
    a.duration = a.decodedDuration = 121 / 24.0;
    QVERIFY(TakeReview::flagsOf(a, five).isEmpty());
    a.duration = a.decodedDuration = 119 / 24.0;
    QVERIFY(TakeReview::flagsOf(a, five).isEmpty());
    a.duration = a.decodedDuration = 122 / 24.0;
    QList<AssetFlag> flags = TakeReview::flagsOf(a, five);
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags[0].message.contains(u"longer"_s), qPrintable(flags[0].message));
    a.duration = a.decodedDuration = 118 / 24.0;
    flags = TakeReview::flagsOf(a, five);
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags[0].message.contains(u"shorter"_s), qPrintable(flags[0].message));

    // At 60 fps a frame is shorter, and so is the tolerance.
    a.frameRate = 60;
    a.duration = a.decodedDuration = 5.03;
    QCOMPARE(TakeReview::flagsOf(a, five).size(), 1);
}

void tst_TakeReview::foldsDecodeProblems()
{
    MediaAnalysis a;
    a.duration = a.decodedDuration = 4;
    a.hasVideo = true;
    a.frameRate = 30;
    a.decodeErrors = {{1.2, u"A picture is damaged."_s, 3}, {2.7, u"Other."_s, 1}};
    const QList<AssetFlag> flags = TakeReview::flagsOf(a, {});
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags[0].kind, FlagKind::Decode);
    QCOMPARE(flags[0].from, 1.2);
    QCOMPARE(flags[0].to, std::optional<double>(2.7));
    QVERIFY2(flags[0].message.contains(
                     u"from 1.2 s to 2.7 s (4 problems; the first: A picture is damaged.)"_s),
             qPrintable(flags[0].message));

    // Problems at one time are said at that time.
    a.decodeErrors = {{1.2, u"A picture is damaged."_s, 1}, {1.2, u"Other."_s, 1}};
    QCOMPARE(TakeReview::flagsOf(a, {}).constFirst().message.left(39),
             u"Damaged data at 1.2 s (2 problems; the "_s);

    // Cut short: from the first damage to where the header says the take ends.
    a.cutShort = true;
    a.decodedDuration = 1.26;
    const AssetFlag cut = TakeReview::flagsOf(a, {}).constFirst();
    QCOMPARE(cut.from, 1.2);
    QCOMPARE(cut.to, std::optional<double>(4.0));
    QVERIFY2(cut.message.startsWith(u"The data stops at 1.3 s of the 4.0 s"_s),
             qPrintable(cut.message));
}

void tst_TakeReview::measuresSimilarity_data()
{
    // How the picture is made (ffmpeg input and filters, as arguments), the file type, and whether
    // it shows the take's first picture (SSIM at or above the threshold) or another one.
    QTest::addColumn<QStringList>("make");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("same");
    const QString take = test::media(u"h264_aac.mp4"_s);
    const QStringList first = {u"-i"_s, take};
    const auto vf = [](const QString &filters) {
        return QStringList{u"-vf"_s, filters};
    };
    const auto lavfi = [](const QString &source) {
        return QStringList{u"-f"_s, u"lavfi"_s, u"-i"_s, source + u"=size=640x360"_s};
    };
    QTest::newRow("itself") << first << u"png"_s << true;
    QTest::newRow("as a rough JPEG") << first + QStringList{u"-q:v"_s, u"20"_s} << u"jpg"_s << true;
    QTest::newRow("larger") << first + vf(u"scale=1024:576"_s) << u"png"_s << true;
    QTest::newRow("padded to a square") << first + vf(u"pad=640:640:0:140"_s) << u"png"_s << true;
    QTest::newRow("colour-graded")
            << first + vf(u"eq=brightness=0.1:saturation=0.5"_s) << u"png"_s << true;
    QTest::newRow("half a second later")
            << QStringList{u"-ss"_s, u"0.5"_s} + first << u"png"_s << true;
    QTest::newRow("mirrored") << first + vf(u"hflip"_s) << u"png"_s << false;
    QTest::newRow("another view of the pattern")
            << QStringList{u"-i"_s, test::media(u"analysis_pan.mp4"_s)} << u"png"_s << false;
    QTest::newRow("another test pattern") << lavfi(u"testsrc"_s) << u"png"_s << false;
    QTest::newRow("colour bars") << lavfi(u"smptehdbars"_s) << u"png"_s << false;
    QTest::newRow("fractal") << lavfi(u"mandelbrot"_s) << u"png"_s << false;
}

// The numbers DriftThreshold stands on: the take's first picture against itself made otherwise
// (as a provider's or a person's copy of it would be) and against other pictures.
void tst_TakeReview::measuresSimilarity()
{
    QFETCH(QStringList, make);
    QFETCH(QString, type);
    QFETCH(bool, same);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u'.' + type);
    QVERIFY(runFfmpeg(make + QStringList{u"-frames:v"_s, u"1"_s, path}));
    const QImage first(firstFrameOf(u"h264_aac.mp4"_s));
    const QImage image(path);
    QVERIFY(!first.isNull() && !image.isNull());

    using analysis::FirstFrameMatch;
    const QSize size(FirstFrameMatch::CopyWidth, FirstFrameMatch::CopyWidth * 9 / 16);
    const QImage grey = FirstFrameMatch::greyCopy(first, size);
    QCOMPARE(grey.size(), size);
    QCOMPARE(grey.format(), QImage::Format_Grayscale8);
    const double ssim = FirstFrameMatch::ssim(grey, FirstFrameMatch::greyCopy(image, size));
    qInfo("SSIM %.3f", ssim);
    if (same)
        QVERIFY2(ssim >= TakeReview::DriftThreshold, qPrintable(QString::number(ssim)));
    else
        QVERIFY2(ssim < TakeReview::DriftThreshold, qPrintable(QString::number(ssim)));
}

QTEST_GUILESS_MAIN(tst_TakeReview)
#include "tst_takereview.moc"
