// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediaanalyzer.h"

#include "jobs/jobcontext.h"
#include "media/analysisinput.h"
#include "media/audiodetectors.h"
#include "media/averror.h"
#include "media/decodecheck.h"
#include "media/firstframematch.h"
#include "media/mediaprobe.h"
#include "media/referencefeed.h"
#include "media/streamprobing.h"
#include "media/videodetectors.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace mt::analysis;

namespace {

// How far before the announced end the data may stop without the file counting as cut: as
// MediaProbe allows.
constexpr double EndToleranceSeconds = 0.25;
constexpr double EndToleranceFraction = 0.005;

std::optional<Error> checkOptions(const AnalysisOptions &o)
{
    struct Range
    {
        QString name;
        double value;
        double min;
        double max;
    };
    const Range ranges[] = {
            {MediaAnalyzer::tr("The black pixel threshold"), o.blackPixelThreshold, 0, 1},
            {MediaAnalyzer::tr("The black picture ratio"), o.blackPictureRatio, 0, 1},
            {MediaAnalyzer::tr("The minimum black duration"), o.blackMinDuration, 0, 3600},
            {MediaAnalyzer::tr("The freeze noise tolerance"), o.freezeNoise, 0, 1},
            {MediaAnalyzer::tr("The minimum freeze duration"), o.freezeMinDuration, 0, 3600},
            {MediaAnalyzer::tr("The silence level (dB)"), o.silenceNoiseDb, -200, 0},
            {MediaAnalyzer::tr("The minimum silence duration"), o.silenceMinDuration, 0, 3600},
            {MediaAnalyzer::tr("The scene cut threshold"), o.sceneThreshold, 0, 100},
    };
    for (const Range &range : ranges) {
        // Written so that NaN fails too.
        if (!(range.value >= range.min && range.value <= range.max))
            return Error::refused(MediaAnalyzer::tr("%1 must be between %2 and %3, not %4.")
                                          .arg(range.name)
                                          .arg(range.min)
                                          .arg(range.max)
                                          .arg(range.value));
    }
    return std::nullopt;
}

// One analysis of one file: the decode loop and what it shares.
class Analysis
{
public:
    Analysis(const QString &path, const AnalysisOptions &options, JobContext &context);
    Result<MediaAnalysis> run();

private:
    std::optional<Error> open();
    std::optional<Error> openInput(AnalysisInput &input, const QString &path, bool audio);
    bool onFrame(AVFrame *frame, bool video);
    bool onVideo(AVFrame *frame, double time);
    bool onAudio(AVFrame *frame, double time);
    bool onFirstPicture(const AVFrame *frame);
    std::optional<Error> finish();
    void checkEnd();
    bool fail(int code);
    double seconds(const AVFrame *frame, bool video) const;

    QString m_path;
    QString m_name;
    AnalysisOptions m_options;
    JobContext &m_context;
    AvLogCapture m_log;
    DecodeCheck m_check;
    AnalysisInput m_input;
    std::unique_ptr<ReferenceFeed> m_reference;
    FirstFrameMatch m_firstFrame;
    int m_rotation = 0;
    VideoDetectors m_video;
    AudioDetectors m_audio;
    bool m_audioStopped = false; // the sound changed format; the rest is not analysed
    MediaAnalysis m_result;
    std::optional<Error> m_failure;
    qsizetype m_logMark = 0; // where libav's log stood when the filters were last given work
    QString m_stage;
};

Analysis::Analysis(const QString &path, const AnalysisOptions &options, JobContext &context)
    : m_path(path)
    , m_name(QFileInfo(path).fileName())
    , m_options(options)
    , m_context(context)
    , m_check(m_log)
    , m_input(&m_check)
    , m_video(options)
    , m_audio(options)
    , m_stage(MediaAnalyzer::tr("Analysing"))
{}

Result<MediaAnalysis> Analysis::run()
{
    if (auto error = checkOptions(m_options))
        return *error;
    const auto cancelled = [this] {
        return Error::cancelled(
                MediaAnalyzer::tr("The analysis of “%1” was cancelled.").arg(m_name));
    };
    // A cancel during open interrupts libav's reads, which then look like a damaged file.
    if (auto error = open())
        return m_context.isCancelled() ? cancelled() : *error;
    m_context.setProgress(0, m_stage);
    const auto handler = [this](AVFrame *frame, bool video) {
        return onFrame(frame, video);
    };
    while (!m_context.isCancelled() && m_input.step(handler)) {
    }
    if (m_context.isCancelled())
        return cancelled();
    if (m_failure)
        return *m_failure;
    if (auto error = finish())
        return *error;
    m_context.setProgress(1);
    return m_result;
}

// Opens the file (and the reference). Whatever keeps it from opening is said in MediaProbe's words,
// the ones people meet everywhere else; the probe is only asked then, as it would cost a second
// read of the file's header on every analysis.
std::optional<Error> Analysis::open()
{
    if (auto error = openInput(m_input, m_path, true))
        return error;
    if (m_input.isStill())
        return Error::refused(MediaAnalyzer::tr("“%1” is a still image. Analysis looks at videos "
                                                "and sound; choose a video or audio file.")
                                      .arg(m_name));
    m_result.path = m_path;
    m_result.duration = m_input.duration();
    m_result.hasVideo = m_input.videoStream() != nullptr;
    m_result.hasAudio = m_input.audioStream() != nullptr;
    if (const AVStream *video = m_input.videoStream()) {
        m_rotation = probing::clockwiseRotation(video);
        const AVRational rate = video->avg_frame_rate.num > 0 ? video->avg_frame_rate
                                                              : video->r_frame_rate;
        m_result.frameRate = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
    }
    if (!m_options.firstFrameImagePath.isEmpty()) {
        if (!m_result.hasVideo)
            return Error::refused(
                    MediaAnalyzer::tr("“%1” has no pictures to compare with the "
                                      "first-frame image “%2”.")
                            .arg(m_name, QFileInfo(m_options.firstFrameImagePath).fileName()));
        if (auto error = m_firstFrame.load(m_options.firstFrameImagePath))
            return error;
        m_result.firstFrameImagePath = m_options.firstFrameImagePath;
    }
    if (m_options.referencePath.isEmpty())
        return std::nullopt;

    const QString reference = QFileInfo(m_options.referencePath).fileName();
    if (!m_result.hasVideo)
        return Error::refused(MediaAnalyzer::tr("“%1” has no pictures to compare with “%2”. "
                                                "PSNR and SSIM need two videos.")
                                      .arg(m_name, reference));
    m_reference = std::make_unique<ReferenceFeed>(*m_context.cancelFlag());
    if (auto error = openInput(m_reference->input(), m_options.referencePath, false))
        return error;
    if (!m_reference->input().videoStream() || m_reference->input().isStill())
        return Error::refused(MediaAnalyzer::tr("The reference “%1” is not a video. Choose "
                                                "the video to compare “%2” with.")
                                      .arg(reference, m_name));
    m_result.referencePath = m_options.referencePath;
    return std::nullopt;
}

std::optional<Error> Analysis::openInput(AnalysisInput &input, const QString &path, bool audio)
{
    // Not even tried on what is not a regular, readable, non-empty file: opening a named pipe
    // would wait for a writer forever.
    const QFileInfo file(path);
    std::optional<Error> error;
    if (file.isFile() && file.isReadable() && file.size() > 0)
        error = input.open(path, *m_context.cancelFlag(), audio);
    else
        error = Error::refused(MediaAnalyzer::tr("“%1” cannot be read.").arg(file.fileName()));
    if (!error || m_context.isCancelled())
        return error;
    MediaProbe::Options options;
    options.verifyDecode = false;
    options.keyframeScanSeconds = 0;
    const Result<MediaInfo> probed = MediaProbe::probe(path, options);
    return probed.ok() ? error : probed.error();
}

double Analysis::seconds(const AVFrame *frame, bool video) const
{
    const AVStream *stream = video ? m_input.videoStream() : m_input.audioStream();
    return frameSeconds(frame, stream->time_base);
}

bool Analysis::onFrame(AVFrame *frame, bool video)
{
    if (m_context.isCancelled())
        return false;
    // Read before the filters take the frame's contents.
    const double time = seconds(frame, video);
    m_logMark = m_log.messages().size();
    const bool more = video ? onVideo(frame, time) : onAudio(frame, time);
    // Progress follows the picture when there is one: it is where the time goes.
    if (more && (video || !m_result.hasVideo) && m_result.duration > 0)
        m_context.setProgress(time / m_result.duration);
    return more;
}

bool Analysis::onVideo(AVFrame *frame, double time)
{
    if (!m_video.isBuilt()) {
        if (!onFirstPicture(frame))
            return false;
        const AVFrame *reference = m_reference ? m_reference->first() : nullptr;
        if (m_reference && !reference) {
            m_failure = Error::refused(
                    MediaAnalyzer::tr("No picture of the reference “%1” could be decoded. "
                                      "Choose another reference.")
                            .arg(QFileInfo(m_options.referencePath).fileName()));
            return false;
        }
        const int ret = m_video.build(frame,
                                      m_input.videoStream()->time_base,
                                      reference,
                                      m_reference ? m_reference->timeBase() : AVRational{1, 1});
        if (ret < 0)
            return fail(ret);
    }
    if (m_reference) {
        if (const int ret = m_reference->feed(m_video, time); ret < 0)
            return fail(ret);
    }
    const int ret = m_video.push(frame);
    return ret < 0 ? fail(ret) : true;
}

// The size of the pictures as decoded (a header may announce another), and with a first-frame
// image how far this picture is from it. Read before the filters take the frame.
bool Analysis::onFirstPicture(const AVFrame *frame)
{
    const bool sideways = m_rotation == 90 || m_rotation == 270;
    m_result.width = sideways ? frame->height : frame->width;
    m_result.height = sideways ? frame->width : frame->height;
    if (!m_firstFrame.isLoaded())
        return true;
    const Result<double> similarity = m_firstFrame.compare(frame, m_rotation);
    if (!similarity.ok()) {
        m_failure = similarity.error();
        return false;
    }
    m_result.firstFrameSsim = *similarity;
    return true;
}

bool Analysis::onAudio(AVFrame *frame, double time)
{
    if (m_audioStopped)
        return true;
    if (!m_audio.isBuilt()) {
        const int ret = m_audio.build(frame, m_input.audioStream()->time_base);
        if (ret < 0)
            return fail(ret);
    } else if (!m_audio.accepts(frame)) {
        // The measures cannot go on across the change; what came before it still stands.
        m_audioStopped = true;
        m_check.add(time,
                    MediaAnalyzer::tr("The sound changes from %1 to %2 here; it was analysed up "
                                      "to this point.")
                            .arg(m_audio.format(), AudioDetectors::describe(frame)));
        return true;
    }
    const int ret = m_audio.push(frame);
    return ret < 0 ? fail(ret) : true;
}

std::optional<Error> Analysis::finish()
{
    m_logMark = m_log.messages().size();
    int ret = 0;
    if (m_video.isBuilt()) {
        if (m_reference)
            ret = m_reference->close(m_video);
        if (ret >= 0)
            ret = m_video.push(nullptr);
    }
    if (ret >= 0 && m_audio.isBuilt())
        ret = m_audio.push(nullptr);
    if (ret < 0) {
        fail(ret);
        return m_failure;
    }
    m_video.finish(m_input.streamEnd(true), m_result);
    m_result.decodedDuration = m_input.streamEnd(m_result.hasVideo);
    if (m_audio.isBuilt())
        m_audio.finish(m_result);
    checkEnd();
    m_result.decodeErrors = m_check.issues();
    return std::nullopt;
}

// A file cut short (an interrupted download) may decode without a single error up to where it
// stops; the header still tells how long it should be.
void Analysis::checkEnd()
{
    const double end = m_input.dataEnd();
    const double announced = m_result.duration;
    m_result.cutShort = end
                        < announced
                                  - std::max(EndToleranceSeconds, announced * EndToleranceFraction);
    if (m_result.cutShort)
        m_check.add(end,
                    MediaAnalyzer::tr("The data ends at %L1 s of the %L2 s the header "
                                      "announces: the file is cut short.")
                            .arg(end, 0, 'f', 2)
                            .arg(announced, 0, 'f', 2));
}

// A filter failed: what libav said about it (not an earlier complaint about the data) is the reason.
bool Analysis::fail(int code)
{
    const QStringList messages = m_log.messages();
    const QString said = messages.size() > m_logMark ? messages.constLast() : QString();
    m_failure = Error::failed(MediaAnalyzer::tr("The analysis of “%1” failed (%2). Try again; if "
                                                "it fails again, convert the file first.")
                                      .arg(m_name, said.isEmpty() ? avErrorText(code) : said));
    return false;
}

} // namespace

Result<MediaAnalysis> MediaAnalyzer::analyze(const QString &path,
                                             const AnalysisOptions &options,
                                             JobContext &context)
{
    Analysis analysis(path, options, context);
    return analysis.run();
}

} // namespace mt
