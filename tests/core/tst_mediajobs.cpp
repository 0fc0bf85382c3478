// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutchecks.h"
#include "testmedia.h"

#include "jobs/jobqueue.h"
#include "jobs/mediajobs.h"
#include "media/merger.h"
#include "storage/database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

// merge's choice between copying and re-encoding, and the media operations run as jobs of a
// real JobQueue over a real database: what the editor submits, from the parameters a retry
// reads back from the row.
class TestMediaJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobQueue> m_queue;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    QStringList joinable() const
    {
        return {test::media(u"join_a.mp4"_s),
                test::media(u"join_b.mp4"_s),
                test::media(u"join_c.mp4"_s)};
    }

    // Submits a job and waits for its end; its row afterwards.
    JobInfo runJob(const QString &kind, const QJsonObject &params)
    {
        QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
        const Result<qint64> id = m_queue->submit(kind, kind, params);
        if (!id) {
            qWarning() << id.error().message;
            return {};
        }
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 60000))
            return {};
        return m_queue->job(*id).value();
    }

    // Frames the ffmpeg CLI decodes, after checking it decodes without a complaint.
    static int decodedFrames(const QString &path)
    {
        const QString complaints = test::cut::decodeComplaints(path);
        if (!complaints.isEmpty()) {
            qWarning() << path << complaints;
            return -1;
        }
        return int(test::cut::countFrames(path));
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mergeCopiesCompatibleFiles();
    void mergeReencodesWhatCannotBeCopied_data();
    void mergeReencodesWhatCannotBeCopied();
    void mergeCli();

    void probeJob();
    void thumbnailsJob();
    void trimJob();
    void convertAndMergeJobs();
    void analyzeJob();
    void refusedParameters_data();
    void refusedParameters();
    void cancelledMergeLeavesNothing();
};

void TestMediaJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMediaJobs::init()
{
    // A database of its own per test function, so each sees only its own jobs.
    static int serial = 0;
    m_db = std::make_unique<Database>();
    MT_VERIFY_OK(m_db->open(m_dir.filePath(u"library%1.sqlite"_s.arg(++serial))));
    m_queue = std::make_unique<JobQueue>(*m_db);
    MediaJobs::registerAll(*m_queue, m_dir.filePath(u"cache"_s));
}

void TestMediaJobs::cleanup()
{
    m_queue.reset();
    m_db.reset();
}

void TestMediaJobs::mergeCopiesCompatibleFiles()
{
    JobContext job(0);
    MergeRequest request;
    request.transcode.output = out(u"copied.mp4"_s);
    for (const QString &path : joinable())
        request.transcode.sources.append(TranscodeSource{path});
    const Result<MergeResult> merged = Merger::run(request, job);
    MT_VERIFY_OK(merged);
    QCOMPARE(merged->method, MergeResult::Method::Copy);
    QVERIFY(merged->reencodeReason.isEmpty());
    const QJsonObject json = merged->toJson();
    QCOMPARE(json.value(u"method"_s).toString(), u"copy"_s);
    QCOMPARE(json.value(u"frames"_s).toInt(), 180);
    QCOMPARE(json.value(u"size"_s).toInteger(), QFileInfo(request.transcode.output).size());
    // Copied packets: the output decodes to every source frame and is about their size together.
    QCOMPARE(decodedFrames(request.transcode.output), 180);
    qint64 sources = 0;
    for (const QString &path : joinable())
        sources += QFileInfo(path).size();
    QVERIFY(qAbs(QFileInfo(request.transcode.output).size() - sources) < sources / 20);
}

void TestMediaJobs::mergeReencodesWhatCannotBeCopied_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("forced");
    QTest::addColumn<QString>("reason"); // part of the reason given; empty when forced
    QTest::addColumn<int>("frames");

    const QString a = test::media(u"join_a.mp4"_s);
    QTest::newRow("other size") << QStringList{a, test::media(u"shot_720p.mp4"_s)} << u"mixed.mp4"_s
                                << false << u"shot_720p.mp4"_s << 60 + 180;
    QTest::newRow("a still") << QStringList{a, test::media(u"still.png"_s)} << u"still.mp4"_s
                             << false << u"still.png"_s << 60 + 90;
    QTest::newRow("webm") << QStringList{a, test::media(u"join_b.mp4"_s)} << u"joined.webm"_s
                          << false << u".webm"_s << 120;
    QTest::newRow("asked to") << QStringList{a, test::media(u"join_b.mp4"_s)} << u"forced.mp4"_s
                              << true << QString() << 120;
}

void TestMediaJobs::mergeReencodesWhatCannotBeCopied()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, output);
    QFETCH(bool, forced);
    QFETCH(QString, reason);
    QFETCH(int, frames);
    JobContext job(0);
    const Result<TranscodeRequest> transcode = MediaJobs::transcodeRequest({{u"output"_s,
                                                                             out(output)},
                                                                            {u"width"_s, 320},
                                                                            {u"height"_s, 180}},
                                                                           inputs);
    MT_VERIFY_OK(transcode);
    const Result<MergeResult> merged = Merger::run({*transcode, forced}, job);
    MT_VERIFY_OK(merged);
    QCOMPARE(merged->method, MergeResult::Method::Reencode);
    QVERIFY2(reason.isEmpty() ? merged->reencodeReason.isEmpty()
                              : merged->reencodeReason.contains(reason),
             qPrintable(merged->reencodeReason));
    QCOMPARE(merged->written.value(u"frames"_s).toInt(), frames);
    QCOMPARE(merged->written.value(u"width"_s).toInt(), 320);
    QCOMPARE(decodedFrames(out(output)), frames);
}

void TestMediaJobs::mergeCli()
{
    const auto run = [](const QStringList &args) {
        QProcess cli;
        cli.start(QStringLiteral(MT_CLI_PATH), QStringList{u"--json"_s, u"--quiet"_s} + args);
        cli.waitForFinished(120000);
        if (cli.exitCode() != 0)
            qWarning() << cli.readAllStandardError();
        return cli.exitCode() == 0 ? QJsonDocument::fromJson(cli.readAllStandardOutput()).object()
                                   : QJsonObject{};
    };
    QJsonObject json = run(QStringList{u"merge"_s, out(u"cli_copy.mp4"_s)} + joinable());
    QCOMPARE(json.value(u"method"_s).toString(), u"copy"_s);
    QCOMPARE(json.value(u"frames"_s).toInt(), 180);
    QVERIFY(json.value(u"seconds"_s).toDouble() > 0);

    // A size asked for is a re-encode; --reencode forces one at the inputs' own format.
    json = run(QStringList{u"merge"_s, out(u"cli_small.mp4"_s), u"--width"_s, u"320"_s}
               + joinable());
    QCOMPARE(json.value(u"method"_s).toString(), u"reencode"_s);
    QCOMPARE(json.value(u"width"_s).toInt(), 320);
    json = run(QStringList{u"merge"_s, out(u"cli_forced.mp4"_s), u"--reencode"_s} + joinable());
    QCOMPARE(json.value(u"method"_s).toString(), u"reencode"_s);
    QCOMPARE(json.value(u"width"_s).toInt(), 640);
    QVERIFY(!json.contains(u"reencodeReason"_s));

    // Text output says which way it went and why.
    QProcess cli;
    cli.start(QStringLiteral(MT_CLI_PATH),
              {u"--quiet"_s,
               u"merge"_s,
               out(u"cli_mixed.mp4"_s),
               test::media(u"join_a.mp4"_s),
               test::media(u"h264_aac.mp4"_s)});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QString text = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(text.contains(u"Re-encoded:"_s) && text.contains(u"h264_aac.mp4"_s), qPrintable(text));
}

void TestMediaJobs::probeJob()
{
    const JobInfo job = runJob(u"probe"_s,
                               {{u"paths"_s,
                                 QJsonArray{test::media(u"shot_720p.mp4"_s),
                                            test::media(u"notmedia.mp4"_s)}}});
    QCOMPARE(job.state, JobState::Done);
    const QJsonArray files = job.result.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value(u"video"_s).toObject().value(u"width"_s).toInt(), 1280);
    QVERIFY(files[1].toObject().value(u"error"_s).toString().contains(u"notmedia.mp4"_s));
}

void TestMediaJobs::thumbnailsJob()
{
    const QJsonObject params{{u"path"_s, test::media(u"h264_aac.mp4"_s)},
                             {u"posterWidth"_s, 160},
                             {u"tiles"_s, 4},
                             {u"tileHeight"_s, 45},
                             {u"waveformBuckets"_s, 100}};
    JobInfo job = runJob(u"thumbnails"_s, params);
    QCOMPARE(job.state, JobState::Done);
    const QJsonObject poster = job.result.value(u"poster"_s).toObject();
    QCOMPARE(poster.value(u"width"_s).toInt(), 160);
    QVERIFY(poster.value(u"path"_s).toString().startsWith(m_dir.filePath(u"cache"_s)));
    QVERIFY(QFileInfo::exists(poster.value(u"path"_s).toString()));
    QCOMPARE(job.result.value(u"filmstrip"_s).toObject().value(u"tiles"_s).toInt(), 4);
    QCOMPARE(job.result.value(u"waveform"_s).toObject().value(u"buckets"_s).toInt(), 100);

    // The second time everything comes from the cache; a still has a poster only.
    job = runJob(u"thumbnails"_s, params);
    QVERIFY(job.result.value(u"poster"_s).toObject().value(u"cached"_s).toBool());
    QVERIFY(job.result.value(u"filmstrip"_s).toObject().value(u"cached"_s).toBool());
    job = runJob(u"thumbnails"_s,
                 {{u"path"_s, test::media(u"still.png"_s)},
                  {u"tiles"_s, 4},
                  {u"waveformBuckets"_s, 100}});
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.result.keys(), QStringList{u"poster"_s});
}

void TestMediaJobs::trimJob()
{
    const QString output = out(u"trimmed.mp4"_s);
    const JobInfo job = runJob(u"trim"_s,
                               {{u"input"_s, test::media(u"shot_720p.mp4"_s)},
                                {u"output"_s, output},
                                {u"from"_s, 1.0},
                                {u"to"_s, 2.5}});
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.result.value(u"frames"_s).toInt(), 45);
    QCOMPARE(decodedFrames(output), 45);
}

void TestMediaJobs::convertAndMergeJobs()
{
    JobInfo job = runJob(u"convert"_s,
                         {{u"input"_s, test::media(u"h264_aac.mp4"_s)},
                          {u"output"_s, out(u"converted.webm"_s)},
                          {u"height"_s, 180}});
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.result.value(u"preset"_s).toString(), u"webm"_s);
    QCOMPARE(job.result.value(u"width"_s).toInt(), 320);
    QCOMPARE(decodedFrames(out(u"converted.webm"_s)), 60);

    QJsonArray inputs;
    for (const QString &path : joinable())
        inputs.append(path);
    job = runJob(u"merge"_s, {{u"inputs"_s, inputs}, {u"output"_s, out(u"merged_job.mp4"_s)}});
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.result.value(u"method"_s).toString(), u"copy"_s);
    QCOMPARE(decodedFrames(out(u"merged_job.mp4"_s)), 180);
}

void TestMediaJobs::analyzeJob()
{
    const JobInfo job = runJob(u"analyze"_s,
                               {{u"path"_s, test::media(u"h264_aac.mp4"_s)},
                                {u"reference"_s, test::media(u"h264_aac.mp4"_s)}});
    QCOMPARE(job.state, JobState::Done);
    QVERIFY(job.result.value(u"hasVideo"_s).toBool());
    // Against itself: a perfect score.
    QCOMPARE(job.result.value(u"ssim"_s).toObject().value(u"min"_s).toDouble(), 1.0);
    // Take review's findings in the same words as `analyze`: a clean clip has none.
    QVERIFY(job.result.value(u"flags"_s).isArray());
    QCOMPARE(job.result.value(u"flags"_s).toArray().size(), 0);
}

void TestMediaJobs::refusedParameters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("reason");

    const QString clip = test::media(u"h264_aac.mp4"_s);
    QTest::newRow("probe nothing") << u"probe"_s << QJsonObject{} << u"paths"_s;
    QTest::newRow("thumb width") << u"thumbnails"_s
                                 << QJsonObject{{u"path"_s, clip}, {u"posterWidth"_s, 0}}
                                 << u"posterWidth"_s;
    QTest::newRow("trim to") << u"trim"_s
                             << QJsonObject{{u"input"_s, clip},
                                            {u"output"_s, out(u"x.mp4"_s)},
                                            {u"from"_s, 1}}
                             << u"“to”"_s;
    QTest::newRow("preset") << u"convert"_s
                            << QJsonObject{{u"input"_s, clip},
                                           {u"output"_s, out(u"x.mp4"_s)},
                                           {u"preset"_s, u"vhs"_s}}
                            << u"vhs"_s;
    QTest::newRow("extension") << u"convert"_s
                               << QJsonObject{{u"input"_s, clip}, {u"output"_s, out(u"x.avi"_s)}}
                               << u".avi"_s;
    QTest::newRow("fps") << u"merge"_s
                         << QJsonObject{{u"inputs"_s, QJsonArray{clip}},
                                        {u"output"_s, out(u"x.mp4"_s)},
                                        {u"fps"_s, u"fast"_s}}
                         << u"fps"_s;
    QTest::newRow("still") << u"merge"_s
                           << QJsonObject{{u"inputs"_s, QJsonArray{clip}},
                                          {u"output"_s, out(u"x.mp4"_s)},
                                          {u"stillDuration"_s, 0}}
                           << u"stillDuration"_s;
    QTest::newRow("analyze") << u"analyze"_s << QJsonObject{} << u"path"_s;
}

void TestMediaJobs::refusedParameters()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, params);
    QFETCH(QString, reason);
    const Result<qint64> id = m_queue->submit(kind, kind, params);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, ErrorKind::Refused);
    QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    QVERIFY(m_queue->jobs()->isEmpty());
}

void TestMediaJobs::cancelledMergeLeavesNothing()
{
    const QString output = out(u"cancelled.mp4"_s);
    QSignalSpy started(m_queue.get(), &JobQueue::jobStarted);
    QSignalSpy finished(m_queue.get(), &JobQueue::jobFinished);
    const Result<qint64> id = m_queue->submit(u"merge"_s,
                                              u"merge"_s,
                                              {{u"inputs"_s,
                                                QJsonArray{test::media(u"shot_720p.mp4"_s),
                                                           test::media(u"shot_720p.mp4"_s)}},
                                               {u"output"_s, output},
                                               {u"reencode"_s, true}});
    MT_VERIFY_OK(id);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    MT_VERIFY_OK(m_queue->cancel(*id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(m_queue->job(*id)->state, JobState::Cancelled);
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}), QStringList());
}

QTEST_GUILESS_MAIN(TestMediaJobs)
#include "tst_mediajobs.moc"
