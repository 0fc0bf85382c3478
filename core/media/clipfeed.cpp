// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "clipfeed.h"

#include "jobs/jobcontext.h"
#include "media/averror.h"
#include "media/conformchain.h"
#include "media/decodedframe.h"
#include "media/renderplan.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
}

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int SilenceChunk = 1024;

} // namespace

ClipFeed::ClipFeed(Source source, const RenderPlan &plan, JobContext &job)
    : m_source(std::move(source))
    , m_plan(plan)
    , m_job(job)
    , m_frame(av::makeFrame())
    , m_conformed(av::makeFrame())
    , m_last(av::makeFrame())
    , m_videoDone(m_source.frames <= 0)
    , m_audioDone(m_source.samples <= 0)
{}

ClipFeed::~ClipFeed() = default;
ClipFeed::ClipFeed(ClipFeed &&) noexcept = default;

void ClipFeed::attach(AVFilterContext *video, AVFilterContext *audio)
{
    m_videoSink = video;
    m_audioSink = audio;
    m_videoDone = m_videoDone || !video;
    m_audioDone = m_audioDone || !audio;
}

unsigned ClipFeed::failedRequests() const
{
    unsigned requests = 0;
    if (!m_videoDone)
        requests = std::max(requests, av_buffersrc_get_nb_failed_requests(m_videoSink));
    if (!m_audioDone)
        requests = std::max(requests, av_buffersrc_get_nb_failed_requests(m_audioSink));
    return requests;
}

Status ClipFeed::feed()
{
    m_pushed = 0;
    if (!m_input && !m_inputEnded && !finished()) {
        if (Status opened = open(); !opened)
            return opened;
    }
    while (m_pushed == 0 && !finished()) {
        if (m_job.isCancelled())
            return Error::cancelled(tr("Cancelled."));
        if (m_inputEnded) {
            if (Status video = finishVideo(); !video)
                return video;
            if (Status audio = finishAudio(); !audio)
                return audio;
            break;
        }
        if (Status read = readPacket(); !read)
            return read;
        // A clip without sound gets silence in step with its picture, so the graph never waits
        // for sound by buffering pictures.
        if (!m_audioDone && m_input && !m_input->audioStream()) {
            const qint64 due = std::min(m_source.samples, m_plan.samplesFor(m_framesGiven + 1));
            if (Status silent = pushSilence(due - m_samplesGiven); !silent)
                return silent;
        }
    }
    if (finished())
        m_input.reset(); // the file and its decoders go as soon as the clip is given
    return {};
}

Status ClipFeed::open()
{
    if (!m_frame || !m_conformed || !m_last)
        return Error::failed(tr("Out of memory."));
    m_input = std::make_unique<InputMedia>();
    if (Status opened = m_input->open(m_source.path,
                                      {!m_videoDone, !m_audioDone},
                                      *m_job.cancelFlag());
        !opened)
        return opened;
    const AVStream *video = m_input->videoStream();
    const AVStream *audio = m_input->audioStream();
    if (!m_videoDone && !video) {
        return Error::failed(tr("%1 has no picture any more. Import it again, or remove its "
                                "clip.")
                                     .arg(m_input->name()));
    }
    if (video) {
        m_videoStart = m_input->startTime(video)
                       + (m_source.still ? 0 : std::llround(m_source.in / av_q2d(video->time_base)));
    }
    if (audio) {
        m_audioStart = video ? av_rescale_q(m_videoStart, video->time_base, audio->time_base)
                             : m_input->startTime(audio)
                                       + std::llround(m_source.in / av_q2d(audio->time_base));
    }
    if (m_source.in > 0 && !m_source.still) {
        const AVStream *stream = video ? video : audio;
        const qint64 target = video ? m_videoStart : m_audioStart;
        // To the keyframe at or before the in point; what lies before it is dropped by time.
        if (const int ret = av_seek_frame(m_input->format(),
                                          stream->index,
                                          target,
                                          AVSEEK_FLAG_BACKWARD);
            ret < 0)
            return failed(tr("Seeking in %1 failed").arg(m_input->name()), ret);
    }
    return {};
}

Status ClipFeed::readPacket()
{
    av::PacketPtr packet = av::makePacket();
    if (!packet)
        return Error::failed(tr("Out of memory."));
    const int ret = m_input->read(packet.get());
    if (ret == AVERROR_EOF)
        return endOfInput();
    if (ret < 0)
        return failed(tr("Reading %1 failed").arg(m_input->name()), ret);
    av::PacketUnref unref(packet.get());
    const AVStream *video = m_input->videoStream();
    const AVStream *audio = m_input->audioStream();
    if (video && packet->stream_index == video->index && !m_videoDone)
        return decode(m_input->videoDecoder(), packet.get(), true);
    if (audio && packet->stream_index == audio->index && !m_audioDone)
        return decode(m_input->audioDecoder(), packet.get(), false);
    if (m_videoDone && (m_audioDone || !audio))
        return endOfInput(); // everything wanted is given: the rest of the file is not read
    return {};
}

Status ClipFeed::decode(Decoder &decoder, const AVPacket *packet, bool video)
{
    int ret = decoder.send(packet);
    if (ret == AVERROR_INVALIDDATA)
        return {}; // a damaged packet is skipped, as players skip it
    if (ret < 0 && ret != AVERROR_EOF)
        return failed(tr("Decoding %1 failed").arg(m_input->name()), ret);
    while (true) {
        ret = decoder.receive(m_frame.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret == AVERROR_INVALIDDATA)
            continue;
        if (ret < 0)
            return failed(tr("Decoding %1 failed").arg(m_input->name()), ret);
        const Status handled = video ? videoFrame(m_frame.get()) : audioFrame(m_frame.get());
        av_frame_unref(m_frame.get());
        if (!handled)
            return handled;
    }
}

Status ClipFeed::videoFrame(AVFrame *frame)
{
    if (m_videoDone)
        return {};
    AVStream *stream = m_input->videoStream();
    const qint64 duration = decoded::pictureDuration(m_input->format(), stream, frame);
    qint64 pts = frame->best_effort_timestamp;
    pts = (pts == AV_NOPTS_VALUE || m_source.still) ? m_videoEnd : pts - m_videoStart;
    if (pts + duration <= 0)
        return {};                         // before the in point (decoded only to reach it)
    frame->pts = std::max<qint64>(pts, 0); // the picture showing at the in point starts the clip
    m_videoEnd = std::max(m_videoEnd, pts + duration);
    frame->sample_aspect_ratio = av_guess_sample_aspect_ratio(m_input->format(), stream, frame);
    decoded::plainFullRange(frame);
    if (m_videoGraph.isCreated() && !m_videoGraph.accepts(frame)) {
        return Error::refused(tr("%1 changes its picture size or format part-way. Convert it "
                                 "(movietool-cli convert) and use the converted file.")
                                      .arg(m_input->name()));
    }
    if (!m_videoGraph.isCreated()) {
        const conform::Picture picture{frame->width,
                                       frame->height,
                                       frame->sample_aspect_ratio,
                                       m_input->rotation(),
                                       av_guess_frame_rate(m_input->format(), stream, frame),
                                       frame->color_range == AVCOL_RANGE_JPEG};
        const conform::VideoFormat format{m_plan.width,
                                          m_plan.height,
                                          m_source.still ? AVRational{0, 1} : m_plan.frameRate,
                                          m_plan.preset.video ? m_plan.preset.video->pixelFormat
                                                              : u"yuv420p"_s,
                                          false,
                                          true};
        if (const int ret = m_videoGraph.create(frame,
                                                stream->time_base,
                                                conform::videoChain(picture, format));
            ret < 0)
            return failed(tr("Converting the picture of %1 failed").arg(m_input->name()), ret);
    }
    if (const int ret = m_videoGraph.push(frame); ret < 0)
        return failed(tr("Converting the picture of %1 failed").arg(m_input->name()), ret);
    return pullVideo();
}

Status ClipFeed::audioFrame(AVFrame *frame)
{
    if (m_audioDone)
        return {};
    const AVStream *stream = m_input->audioStream();
    const qint64 pts = frame->best_effort_timestamp == AV_NOPTS_VALUE
                               ? m_audioEnd
                               : frame->best_effort_timestamp - m_audioStart;
    frame->pts = pts;
    m_audioEnd = pts + av_rescale_q(frame->nb_samples, {1, frame->sample_rate}, stream->time_base);
    if (m_audioGraph.isCreated() && !m_audioGraph.accepts(frame)) {
        return Error::refused(tr("%1 changes its sound format part-way. Convert it "
                                 "(movietool-cli convert) and use the converted file.")
                                      .arg(m_input->name()));
    }
    if (!m_audioGraph.isCreated()) {
        // aresample from 0 trims what lies before the in point, to the sample.
        const QString chain = conform::audioChain(RenderPlan::SampleRate, u"fltp"_s, u"stereo"_s);
        if (const int ret = m_audioGraph.create(frame, stream->time_base, chain); ret < 0)
            return failed(tr("Converting the sound of %1 failed").arg(m_input->name()), ret);
    }
    if (const int ret = m_audioGraph.push(frame); ret < 0)
        return failed(tr("Converting the sound of %1 failed").arg(m_input->name()), ret);
    return pullAudio();
}

Status ClipFeed::pullVideo()
{
    while (true) {
        const int ret = m_videoGraph.pull(m_conformed.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return failed(tr("Converting the picture of %1 failed").arg(m_input->name()), ret);
        if (m_source.still) {
            // One picture, given as often as the clip lasts once the file is read.
            av_frame_unref(m_last.get());
            av_frame_move_ref(m_last.get(), m_conformed.get());
            continue;
        }
        if (Status pushed = pushVideo(m_conformed.get()); !pushed)
            return pushed;
    }
}

Status ClipFeed::pullAudio()
{
    while (true) {
        const int ret = m_audioGraph.pull(m_conformed.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
            return {};
        if (ret < 0)
            return failed(tr("Converting the sound of %1 failed").arg(m_input->name()), ret);
        if (Status pushed = pushAudio(m_conformed.get()); !pushed)
            return pushed;
    }
}

Status ClipFeed::pushVideo(AVFrame *frame)
{
    if (m_videoDone) {
        av_frame_unref(frame);
        return {};
    }
    frame->pts = m_framesGiven;
    if (frame != m_last.get()) {
        av_frame_unref(m_last.get());
        if (const int ret = av_frame_ref(m_last.get(), frame); ret < 0)
            return failed(tr("Rendering %1 failed").arg(m_source.path), ret);
    }
    if (const int ret = av_buffersrc_add_frame_flags(m_videoSink, frame, 0); ret < 0)
        return failed(tr("Rendering the picture of %1 failed").arg(m_source.path), ret);
    ++m_pushed;
    if (++m_framesGiven == m_source.frames) {
        m_videoDone = true;
        if (const int ret = av_buffersrc_add_frame_flags(m_videoSink, nullptr, 0); ret < 0)
            return failed(tr("Rendering the picture of %1 failed").arg(m_source.path), ret);
    }
    return {};
}

Status ClipFeed::pushAudio(AVFrame *frame)
{
    if (m_audioDone) {
        av_frame_unref(frame);
        return {};
    }
    const qint64 remaining = m_source.samples - m_samplesGiven;
    if (frame->nb_samples > remaining)
        frame->nb_samples = int(remaining); // planar float: the first samples of each plane
    const int samples = frame->nb_samples;
    frame->pts = m_samplesGiven;
    if (const int ret = av_buffersrc_add_frame_flags(m_audioSink, frame, 0); ret < 0)
        return failed(tr("Rendering the sound of %1 failed").arg(m_source.path), ret);
    ++m_pushed;
    m_samplesGiven += samples;
    if (m_samplesGiven == m_source.samples) {
        m_audioDone = true;
        if (const int ret = av_buffersrc_add_frame_flags(m_audioSink, nullptr, 0); ret < 0)
            return failed(tr("Rendering the sound of %1 failed").arg(m_source.path), ret);
    }
    return {};
}

Status ClipFeed::endOfInput()
{
    m_inputEnded = true;
    if (m_input->videoStream() && !m_videoDone) {
        if (Status drained = decode(m_input->videoDecoder(), nullptr, true); !drained)
            return drained;
        if (m_videoGraph.isCreated()) {
            if (const int ret = m_videoGraph.close(m_videoEnd); ret < 0)
                return failed(tr("Converting the picture of %1 failed").arg(m_input->name()), ret);
            if (Status pulled = pullVideo(); !pulled)
                return pulled;
        }
    }
    if (m_input->audioStream() && !m_audioDone) {
        if (Status drained = decode(m_input->audioDecoder(), nullptr, false); !drained)
            return drained;
        if (m_audioGraph.isCreated()) {
            if (const int ret = m_audioGraph.close(m_audioEnd); ret < 0)
                return failed(tr("Converting the sound of %1 failed").arg(m_input->name()), ret);
            if (Status pulled = pullAudio(); !pulled)
                return pulled;
        }
    }
    return {};
}

Status ClipFeed::finishVideo()
{
    if (m_videoDone)
        return {};
    if (!m_last->buf[0]) {
        return Error::failed(tr("No picture could be decoded from “%1”. Check the file in a "
                                "player, or remove its clip.")
                                     .arg(m_source.path));
    }
    // Held on its last picture (a still: its only one) for the rest of its length.
    while (!m_videoDone) {
        av::FramePtr copy(av_frame_clone(m_last.get()));
        if (!copy)
            return Error::failed(tr("Out of memory."));
        if (Status pushed = pushVideo(copy.get()); !pushed)
            return pushed;
    }
    return {};
}

Status ClipFeed::finishAudio()
{
    return pushSilence(m_source.samples - m_samplesGiven);
}

Status ClipFeed::pushSilence(qint64 samples)
{
    while (samples > 0 && !m_audioDone) {
        av::FramePtr silence = av::makeFrame();
        if (!silence)
            return Error::failed(tr("Out of memory."));
        silence->format = AV_SAMPLE_FMT_FLTP;
        silence->sample_rate = RenderPlan::SampleRate;
        av_channel_layout_default(&silence->ch_layout, 2);
        silence->nb_samples = int(std::min<qint64>(samples, SilenceChunk));
        if (const int ret = av_frame_get_buffer(silence.get(), 0); ret < 0)
            return failed(tr("Rendering the sound of %1 failed").arg(m_source.path), ret);
        av_samples_set_silence(silence->extended_data, 0, silence->nb_samples, 2, AV_SAMPLE_FMT_FLTP);
        samples -= silence->nb_samples;
        if (Status pushed = pushAudio(silence.get()); !pushed)
            return pushed;
    }
    return {};
}

Error ClipFeed::failed(const QString &what, int code) const
{
    if (code == AVERROR_EXIT && m_job.isCancelled())
        return Error::cancelled(tr("Cancelled."));
    return Error::failed(tr("%1 (%2).").arg(what, avErrorText(code)));
}

} // namespace mt
