// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutchecks.h"
#include "testmedia.h"
#include "transcodechecks.h"

#include "edit/timelineeditor.h"
#include "export/exporter.h"
#include "export/exportservice.h"
#include "jobs/jobcontext.h"
#include "jobs/jobqueue.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace mt;
using namespace Qt::StringLiterals;

#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

// Export of real timelines in a real library: the planner's choice, each render path on media
// made at test time (frame counts exact, first and last frames those of the sources, sound in
// step), and the failures that must leave nothing behind.
class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_editor;
    Project m_project;

    // A project of that size and rate, with an empty timeline.
    void newProject(int width, int height, Rational fps)
    {
        Project draft;
        draft.name = u"Film %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        draft.width = width;
        draft.height = height;
        draft.frameRate = fps;
        Result<Project> project = m_library->projects().create(draft);
        QVERIFY(project.ok());
        m_project = *project;
    }

    qint64 import(const QString &media)
    {
        Result<MediaLibrary::Imported> imported = m_library->media().importFile(m_project.id,
                                                                                test::media(media));
        if (!imported)
            qWarning() << imported.error().message;
        return imported ? imported->asset.id : 0;
    }

    qint64 add(const QString &media, ClipDraft draft = {})
    {
        draft.assetId = import(media);
        Result<Clip> clip = m_editor->addClip(m_project.id, draft);
        if (!clip)
            qWarning() << clip.error().message;
        return clip ? clip->id : 0;
    }

    Result<ExportPlan> plan(RenderMode mode = RenderMode::Auto, const QString &output = {})
    {
        Result<Timeline> timeline = m_editor->store().load(m_project.id);
        if (!timeline)
            return timeline.error();
        return ExportPlanner::plan(m_project,
                                   *timeline,
                                   m_library->paths().root,
                                   {m_project.id,
                                    output.isEmpty() ? m_dir->filePath(u"film.mp4"_s) : output,
                                    {},
                                    mode});
    }

    Result<ExportResult> exportFilm(RenderMode mode = RenderMode::Auto)
    {
        Result<ExportPlan> planned = plan(mode);
        if (!planned)
            return planned.error();
        JobContext job(1);
        return Exporter::run(*planned, job);
    }

    QString film() const { return m_dir->filePath(u"film.mp4"_s); }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private slots:
    void init();
    void cleanup();

    void copiesCompatibleWholeClips();
    void smartRendersTrimmedClips();
    void fullRenderWithTransitionsAndMusic();
    void fullRenderOfPhoneFootageKeepsSync();
    void plannerSaysWhyNotCopy();
    void planKeepsToTheTimeline();
    void plannerRefusals();
    void defaultOutputNeverOverwrites();
    void exportRunsAsAJobAndIsRecorded();
    void cancelLeavesNothing();
    void missingSourceAndFullDiskLeaveNothing();
};

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Library>> library = Library::open(m_dir->filePath(u"library"_s));
    MT_VERIFY_OK(library);
    m_library = std::move(library).value();
    m_history = std::make_unique<EditHistory>(m_library->database());
    m_editor = std::make_unique<TimelineEditor>(m_library->database(), *m_history);
}

void TestExport::cleanup()
{
    m_editor.reset();
    m_history.reset();
    m_library.reset();
    m_dir.reset();
}

void TestExport::copiesCompatibleWholeClips()
{
    newProject(640, 360, {30, 1});
    for (const QString &name : {u"join_a.mp4"_s, u"join_b.mp4"_s, u"join_c.mp4"_s})
        add(name);
    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);
    QCOMPARE(planned->method, RenderMode::Copy);
    QCOMPARE(planned->frames, 180);
    Result<ExportResult> result = exportFilm();
    MT_VERIFY_OK(result);
    QCOMPARE(result->method, u"copy"_s);
    QCOMPARE(result->frames, 180);
    QCOMPARE(test::cut::countFrames(film()), 180);
    QCOMPARE(test::decodeComplaints(film()), QString());
    // Copied packets: the pictures are the sources' own, first and last.
    QCOMPARE(test::cut::luma(film(), 0), test::cut::luma(test::media(u"join_a.mp4"_s), 0));
    QCOMPARE(test::cut::luma(film(), 179), test::cut::luma(test::media(u"join_c.mp4"_s), 59));
}

void TestExport::smartRendersTrimmedClips()
{
    newProject(640, 360, {30, 1});
    add(u"join_a.mp4"_s, {.in = 0.5, .out = 1.5});
    add(u"join_b.mp4"_s, {.in = 0.2}); // to its end: its second GOP is copied whole
    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);
    QCOMPARE(planned->method, RenderMode::Smart);
    Result<ExportResult> result = exportFilm();
    MT_VERIFY_OK(result);
    QCOMPARE(result->method, u"smart"_s);
    QCOMPARE(result->frames, 30 + 54);
    // Copied: join_b's second GOP whole, and join_a's from 1.0 s to the last clean point before
    // 1.5 s (only the mini-GOP before the out point is re-encoded).
    QVERIFY2(result->copiedFrames >= 40 && result->copiedFrames < 45,
             qPrintable(QString::number(result->copiedFrames)));
    QCOMPARE(test::cut::countFrames(film()), 84);
    QCOMPARE(test::decodeComplaints(film()), QString());
    // Frame-accurate: the film starts on the source's frame at 0.5 s and ends on join_b's last.
    const double first = test::cut::psnr(test::cut::luma(film(), 0).value(0),
                                         test::cut::luma(test::media(u"join_a.mp4"_s), 15).value(0));
    const double last = test::cut::psnr(test::cut::luma(film(), 83).value(0),
                                        test::cut::luma(test::media(u"join_b.mp4"_s), 59).value(0));
    QVERIFY2(first > 30 && last > 30, qPrintable(u"PSNR %1 / %2"_s.arg(first).arg(last)));
}

void TestExport::fullRenderWithTransitionsAndMusic()
{
    newProject(320, 240, {30, 1});
    // frame_index.mp4: frame n has luma 16 + 3n.
    const qint64 a = add(u"frame_index.mp4"_s, {.in = 0.5, .out = 1.5}); // frames 15..44
    const qint64 b = add(u"still.png"_s, {.duration = 1.0});
    add(u"frame_index.mp4"_s, {.in = 1.0}); // frames 30..59
    MT_VERIFY_OK(m_editor->setTransition(a, Transition::Crossfade, 0.5));
    MT_VERIFY_OK(m_editor->setTransition(b, Transition::DipToBlack, 0.4));
    Result<AudioClip> music = m_editor->addAudio(m_project.id,
                                                 {.assetId = import(u"tone.wav"_s),
                                                  .start = 0.5,
                                                  .volume = 0.5});
    MT_VERIFY_OK(music);

    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);
    QCOMPARE(planned->method, RenderMode::Full);
    QVERIFY(planned->fullReason.contains(u"music"_s));
    QCOMPARE(planned->frames, 30 + 30 - 15 + 30);
    Result<ExportResult> result = exportFilm();
    MT_VERIFY_OK(result);
    QCOMPARE(result->method, u"full"_s);
    QCOMPARE(result->frames, 75);
    QCOMPARE(test::decodeComplaints(film()), QString());
    const QJsonArray streams = test::probeStreams(film(), true);
    QCOMPARE(test::streamOf(streams, u"video"_s)[u"nb_read_frames"_s].toString(), u"75"_s);
    QCOMPARE(test::streamOf(streams, u"video"_s)[u"width"_s].toInt(), 320);
    const double audioLength
            = test::streamOf(streams, u"audio"_s)[u"duration"_s].toString().toDouble();
    QVERIFY2(std::abs(audioLength - 2.5) < 1.0 / 30, qPrintable(QString::number(audioLength)));

    // frameLumas reads full-range grey: frame n of frame_index.mp4 shows 3n × 255/219.
    const auto shown = [](int n) {
        return 3.0 * n * 255 / 219;
    };
    const QList<double> lumas = test::frameLumas(film());
    QCOMPARE(lumas.size(), 75);
    QVERIFY2(std::abs(lumas[0] - shown(15)) < 3, qPrintable(QString::number(lumas[0])));
    // Before the crossfade the clip's own last frame shows; within it, a mix (checked below).
    QVERIFY2(std::abs(lumas[14] - shown(29)) < 3, qPrintable(QString::number(lumas[14])));
    // Half-way through the crossfade the picture is a mix of the clip's frame and the still.
    const double clipShows = shown(15 + 22);
    const double stillShows = lumas[35];
    const double mixed = lumas[22];
    QVERIFY2(std::abs(clipShows - stillShows) > 20 && mixed > std::min(clipShows, stillShows) + 5
                     && mixed < std::max(clipShows, stillShows) - 5,
             qPrintable(u"%1 between %2 and %3"_s.arg(mixed).arg(clipShows).arg(stillShows)));
    // The dip to black: dark at the join (the still's last frame, the next clip's first).
    QVERIFY2(lumas[44] < 8 && lumas[45] < 8, qPrintable(u"%1 %2"_s.arg(lumas[44]).arg(lumas[45])));
    // The next clip fades in from black over 6 frames; its last frame is frame_index's 59.
    QVERIFY2(lumas[46] < lumas[48] && lumas[48] < lumas[50] && lumas[50] < shown(35),
             qPrintable(u"%1 %2 %3"_s.arg(lumas[46]).arg(lumas[48]).arg(lumas[50])));
    QVERIFY2(std::abs(lumas[74] - shown(59)) < 3, qPrintable(QString::number(lumas[74])));

    // The music comes in at 0.5 s, at half its level (tone.wav peaks near 0.125 → 0.0625).
    const QList<float> samples = test::monoSamples(film());
    const double start = test::firstLoud(samples, 0.01f);
    QVERIFY2(std::abs(start - 0.5) < 0.03, qPrintable(QString::number(start)));
    const float peak = test::peakBetween(samples, 1.0, 2.0);
    const QList<float> tone = test::monoSamples(test::media(u"tone.wav"_s));
    const float tonePeak = test::peakBetween(tone, 0.5, 1.5);
    QVERIFY2(std::abs(peak / tonePeak - 0.5f) < 0.08f,
             qPrintable(u"%1 vs %2"_s.arg(peak).arg(tonePeak)));
}

void TestExport::fullRenderOfPhoneFootageKeepsSync()
{
    newProject(360, 640, {30, 1});
    add(u"portrait_rot90.mp4"_s);          // upright after rotation: 360×640
    add(u"vfr.mkv"_s);                     // variable frame rate
    add(u"sync_flash.mp4"_s, {.in = 0.5}); // 25 fps, flash and beep at 1.0 s
    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);
    // Each clip lasts its frames at the project's rate: 2 s, the VFR clip's length, 1.5 s.
    QCOMPARE(planned->render.clips[0].frames, 60);
    QCOMPARE(planned->render.clips[2].frames, 45);
    const qint64 frames = planned->frames;
    Result<ExportResult> result = exportFilm();
    MT_VERIFY_OK(result);
    QCOMPARE(result->method, u"full"_s);
    QCOMPARE(result->frames, frames);
    QCOMPARE(test::decodeComplaints(film()), QString());
    const QJsonArray streams = test::probeStreams(film(), true);
    QCOMPARE(test::streamOf(streams, u"video"_s)[u"height"_s].toInt(), 640);
    QCOMPARE(test::streamOf(streams, u"video"_s)[u"nb_read_frames"_s].toString(),
             QString::number(frames));
    // The flash and the beep of the last clip land together, 0.5 s into it.
    const double expected = double(frames - 45 + 15) / 30;
    const QList<double> lumas = test::frameLumas(film());
    qsizetype flash = -1;
    for (qsizetype i = 120; i < lumas.size() && flash < 0; ++i) {
        if (lumas[i] > 100)
            flash = i;
    }
    const double beep = test::firstLoud(test::monoSamples(film()), 0.2f, expected - 0.4);
    QVERIFY2(flash > 0 && std::abs(double(flash) / 30 - beep) <= 1.0 / 30 + 0.005,
             qPrintable(u"flash %1 s, beep %2 s"_s.arg(double(flash) / 30).arg(beep)));
    QVERIFY2(std::abs(beep - expected) < 0.05, qPrintable(u"%1 / %2"_s.arg(beep).arg(expected)));
}

void TestExport::plannerSaysWhyNotCopy()
{
    newProject(640, 360, {30, 1});
    const qint64 a = add(u"join_a.mp4"_s);
    add(u"join_b.mp4"_s);
    MT_VERIFY_OK(m_editor->setVolume(a, 0.5));
    QVERIFY(plan()->fullReason.contains(u"volume of clip 1"_s));
    MT_VERIFY_OK(m_editor->setVolume(a, 1));
    MT_VERIFY_OK(m_editor->setTransition(a, Transition::Crossfade, 0.5));
    QVERIFY(plan()->fullReason.contains(u"crossfade"_s));
    MT_VERIFY_OK(m_editor->setTransition(a, Transition::Cut, 0));
    add(u"shot_720p.mp4"_s);
    QVERIFY2(plan()->fullReason.contains(u"1280×720"_s), qPrintable(plan()->fullReason));
    Result<ExportPlan> webm = ExportPlanner::plan(m_project,
                                                  *m_editor->store().load(m_project.id),
                                                  m_library->paths().root,
                                                  {m_project.id, {}, u"webm"_s, RenderMode::Auto});
    MT_VERIFY_OK(webm);
    QVERIFY(webm->fullReason.contains(u"webm"_s));
    QVERIFY(webm->output.endsWith(u".webm"_s));
}

void TestExport::planKeepsToTheTimeline()
{
    // Twenty stills of 0.99 s at 30 fps: rounded one by one they would be 30 frames each (20
    // frames too many by the end, 0.67 s of drift against the music); rounded on their running
    // boundaries the film has exactly the timeline's 19.8 s.
    newProject(640, 360, {30, 1});
    for (int i = 0; i < 20; ++i)
        add(u"still.png"_s, {.duration = 0.99});
    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);
    QCOMPARE(planned->frames, 594);
    qint64 frames = 0;
    for (int i = 0; i < 20; ++i) {
        frames += planned->render.clips[i].frames;
        // Each clip ends on the frame nearest its end on the timeline.
        QCOMPARE(frames, std::llround(0.99 * (i + 1) * 30));
    }
}

void TestExport::plannerRefusals()
{
    newProject(640, 360, {30, 1});
    Result<ExportPlan> refused = plan();
    QVERIFY(!refused && refused.error().message.contains(u"empty"_s));
    add(u"join_a.mp4"_s, {.in = 0.5});
    refused = plan(RenderMode::Copy);
    QVERIFY(!refused && refused.error().message.contains(u"render mode “smart”"_s));
    refused = plan(RenderMode::Auto, m_dir->filePath(u"film.webm"_s));
    QVERIFY(!refused && refused.error().message.contains(u".mp4"_s));
    add(u"still.png"_s);
    refused = plan(RenderMode::Smart);
    QVERIFY(!refused && refused.error().message.contains(u"still"_s));
    refused = ExportPlanner::plan(m_project,
                                  *m_editor->store().load(m_project.id),
                                  m_library->paths().root,
                                  {m_project.id, {}, u"gif"_s, RenderMode::Auto});
    QVERIFY(!refused && refused.error().message.contains(u"GIF"_s));
}

void TestExport::defaultOutputNeverOverwrites()
{
    newProject(640, 360, {30, 1});
    add(u"join_a.mp4"_s);
    Result<ExportPlan> first = ExportPlanner::plan(m_project,
                                                   *m_editor->store().load(m_project.id),
                                                   m_library->paths().root,
                                                   {m_project.id, {}, {}, RenderMode::Auto});
    MT_VERIFY_OK(first);
    QVERIFY(first->output.startsWith(m_library->paths().exports()));
    QVERIFY(QFileInfo(first->output).fileName().startsWith(m_project.name + u' '));
    JobContext job(1);
    MT_VERIFY_OK(Exporter::run(*first, job));
    Result<ExportPlan> second = ExportPlanner::plan(m_project,
                                                    *m_editor->store().load(m_project.id),
                                                    m_library->paths().root,
                                                    {m_project.id, {}, {}, RenderMode::Auto});
    MT_VERIFY_OK(second);
    QVERIFY(second->output != first->output);
    QVERIFY2(second->output.endsWith(u" (2).mp4"_s), qPrintable(second->output));
}

void TestExport::exportRunsAsAJobAndIsRecorded()
{
    newProject(640, 360, {30, 1});
    add(u"join_a.mp4"_s, {.in = 0.5});
    JobQueue queue(m_library->database());
    ExportService service(*m_library, queue);
    QList<ExportRecord> exported;
    QStringList failures;
    connect(&service, &ExportService::exported, this, [&](qint64, const ExportRecord &record) {
        exported.append(record);
    });
    connect(&service,
            &ExportService::exportFailed,
            this,
            [&](qint64, qint64, const QString &message) { failures.append(message); });

    // Refusals come back at once and queue nothing.
    Result<qint64> refused = service.start({m_project.id, {}, u"gif"_s, RenderMode::Auto});
    QVERIFY(!refused);
    QVERIFY(queue.jobs()->isEmpty());

    Result<qint64> id = service.start({m_project.id, {}, {}, RenderMode::Auto});
    MT_VERIFY_OK(id);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size() + failures.size(), 1, 60000);
    QCOMPARE(failures, QStringList());
    const ExportRecord &record = exported.first();
    QCOMPARE(record.jobId, *id);
    QCOMPARE(record.plan.value(u"method"_s).toString(), u"smart"_s);
    // The row says which frames were copied and which re-encoded, and they add up.
    qint64 stretched = 0;
    for (const QJsonValue &stretch : record.plan.value(u"stretches"_s).toArray())
        stretched += stretch[u"frames"_s].toInteger();
    QCOMPARE(stretched, qint64(45));
    QVERIFY(QFileInfo(record.path).isFile());
    QCOMPARE(record.fileSize, QFileInfo(record.path).size());
    QVERIFY(std::abs(record.duration - 1.5) < 0.04);
    Result<QList<ExportRecord>> rows = ExportStore(m_library->database()).list(m_project.id);
    MT_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().path, record.path);
    QCOMPARE(queue.job(*id)->state, JobState::Done);
}

void TestExport::cancelLeavesNothing()
{
    newProject(640, 360, {30, 1});
    add(u"shot_720p.mp4"_s);
    add(u"shot_720p.mp4"_s, {.in = 1.0});
    Result<ExportPlan> planned = plan(RenderMode::Full);
    MT_VERIFY_OK(planned);
    JobContext *self = nullptr;
    JobContext job(1, [&self] {
        if (self && self->takeProgress().fraction > 0.3)
            self->cancel();
    });
    self = &job;
    Result<ExportResult> result = Exporter::run(*planned, job);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestExport::missingSourceAndFullDiskLeaveNothing()
{
    newProject(640, 360, {30, 1});
    add(u"shot_720p.mp4"_s);
    add(u"join_a.mp4"_s);
    Result<ExportPlan> planned = plan();
    MT_VERIFY_OK(planned);

    // The disk fills up: RLIMIT_FSIZE makes writes past 256 KiB fail as on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    getrlimit(RLIMIT_FSIZE, &previous);
    rlimit small = previous;
    small.rlim_cur = 256 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    JobContext job(1);
    Result<ExportResult> full = Exporter::run(*planned, job);
    setrlimit(RLIMIT_FSIZE, &previous);
    QVERIFY(!full);
    QVERIFY2(full.error().message.contains(u"free space"_s), qPrintable(full.error().message));
    QCOMPARE(filesIn(m_dir->path()), QStringList());

    // A source gone between planning and rendering (the library moved, a disk unplugged).
    QFile::rename(planned->render.clips[1].path, planned->render.clips[1].path + u".away"_s);
    JobContext again(2);
    Result<ExportResult> missing = Exporter::run(*planned, again);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"join_a"_s)
                     || missing.error().message.contains(
                             QFileInfo(planned->render.clips[1].path).fileName()),
             qPrintable(missing.error().message));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
    // Planned again, it is refused before anything runs, naming the clip.
    Result<ExportPlan> refused = plan();
    QVERIFY(!refused && refused.error().message.contains(u"clip 2"_s));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
