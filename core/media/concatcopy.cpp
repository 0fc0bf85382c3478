// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// StreamCopy's join by copying packets.
//
// Timing: every file starts where the video of the previous one ended (its last frame's pts +
// duration), so the video is seamless and the film's length is the sum of the clips'. Audio
// frames (1024 samples for AAC) do not end where video frames do, so audio cannot simply take
// the same offset: a file's audio running a little longer than its video would overlap the next
// file's, one running shorter would leave a gap, and either error would add up over many joins.
// Instead the audio packets are laid end to end (a decoder plays them so anyway), and each file
// gives only as many as keep the audio's end within half a frame of its video's end; a file whose
// sound stops early is padded with encoded silence. So at every join audio and video agree to
// within half an audio frame (±10.7 ms at 48 kHz), and the error never accumulates. A later
// file's encoder-priming packet (before its first video frame) is dropped: mid-stream it would
// be heard as a 21 ms hiccup.
#include "streamcopy.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/mediainput.h"
#include "media/mediawriter.h"

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// One encoded AAC frame of silence that decodes with the stream's own configuration, or an
// empty packet when the encoder's configuration would differ (then nothing is padded).
av::PacketPtr silentFrame(const AVCodecParameters *audio)
{
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (audio->codec_id != AV_CODEC_ID_AAC || !codec)
        return {};
    av::CodecContextPtr encoder(avcodec_alloc_context3(codec));
    encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    encoder->sample_rate = audio->sample_rate;
    encoder->time_base = {1, audio->sample_rate};
    encoder->bit_rate = 64000;
    encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // MP4 headers give a count of channels, which the encoder wants as the usual layout.
    if (audio->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&encoder->ch_layout, audio->ch_layout.nb_channels);
    else if (av_channel_layout_copy(&encoder->ch_layout, &audio->ch_layout) < 0)
        return {};
    if (avcodec_open2(encoder.get(), codec, nullptr) < 0)
        return {};
    if (encoder->extradata_size != audio->extradata_size
        || memcmp(encoder->extradata, audio->extradata, size_t(audio->extradata_size)) != 0)
        return {};
    av::FramePtr frame = av::makeFrame();
    frame->format = encoder->sample_fmt;
    frame->nb_samples = encoder->frame_size;
    frame->sample_rate = encoder->sample_rate;
    av_channel_layout_copy(&frame->ch_layout, &encoder->ch_layout);
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return {};
    av_samples_set_silence(frame->extended_data,
                           0,
                           frame->nb_samples,
                           frame->ch_layout.nb_channels,
                           encoder->sample_fmt);
    // The first packets carry the encoder's start-up; one from the steady state is wanted.
    av::PacketPtr packet = av::makePacket();
    for (int i = 0; i < 4; ++i) {
        frame->pts = i * encoder->frame_size;
        if (avcodec_send_frame(encoder.get(), frame.get()) < 0)
            return {};
        av_packet_unref(packet.get());
        if (avcodec_receive_packet(encoder.get(), packet.get()) < 0)
            av_packet_unref(packet.get());
    }
    if (packet->size <= 0)
        return {};
    return packet;
}

} // namespace

Result<CutReport> StreamCopy::concat(const QStringList &paths,
                                     const QString &outputPath,
                                     JobContext &job)
{
    Result<std::vector<MediaInput>> opened = openAll(paths, job.cancelFlag());
    if (!opened)
        return opened.error();
    const std::vector<MediaInput> &inputs = *opened;
    if (const ConcatCheck check = compare(inputs); !check.compatible)
        return Error::refused(check.reason);

    OutputFile file(outputPath);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    Result<MediaWriter> opening = MediaWriter::open(file.temporaryPath(),
                                                    outputPath,
                                                    job.cancelFlag());
    if (!opening)
        return opening.error();
    MediaWriter &writer = opening.value();
    const AVStream *firstVideo = inputs.front().video();
    const AVStream *firstAudio = inputs.front().audio();
    const AVRational videoBase = firstVideo->time_base;
    const AVRational audioBase = firstAudio ? firstAudio->time_base : AVRational{1, 1};
    const int videoOut = writer.addStream(firstVideo, videoBase);
    const int audioOut = firstAudio ? writer.addStream(firstAudio, audioBase) : -1;
    if (Status begun = writer.begin(); !begun)
        return begun.error();

    av::PacketPtr silence;
    bool silenceTried = false;
    CutReport report;
    qint64 videoOffset = 0;              // where this file's first frame goes, output ticks
    qint64 audioCursor = AV_NOPTS_VALUE; // where the next audio packet goes, output ticks
    av::PacketPtr packet = av::makePacket();
    for (size_t i = 0; i < inputs.size(); ++i) {
        const MediaInput &input = inputs[i];
        const AVStream *video = input.video();
        const AVStream *audio = input.audio();
        const qint64 start = video->start_time != AV_NOPTS_VALUE ? video->start_time : 0;
        // The header's length of the video decides how much audio this file gives; the packets'
        // own end (known at the end of the file) decides where the next file starts.
        const qint64 headerLength = video->duration > 0 ? av_rescale_q(video->duration,
                                                                       video->time_base,
                                                                       videoBase)
                                                        : toTicks(input.duration(), videoBase);
        const qint64 audioEnd = av_rescale_q(videoOffset + headerLength, videoBase, audioBase);
        const qint64 audioStart = audio ? av_rescale_q(start, video->time_base, audio->time_base)
                                        : 0;
        qint64 videoEnd = videoOffset;
        bool audioFull = false;
        for (;;) {
            if (job.isCancelled())
                return Error::cancelled(tr("Cancelled."));
            const int ret = av_read_frame(input.format(), packet.get());
            if (ret == AVERROR_EOF)
                break;
            if (ret < 0) {
                return Error::failed(
                        tr("“%1” could not be read (%2).").arg(input.name(), avErrorText(ret)));
            }
            av::PacketUnref unref(packet.get());
            if (packet->stream_index == video->index) {
                av_packet_rescale_ts(packet.get(), video->time_base, videoBase);
                const qint64 shift = videoOffset - av_rescale_q(start, video->time_base, videoBase);
                packet->pts += shift;
                packet->dts += shift;
                videoEnd = std::max<qint64>(videoEnd, packet->pts + packet->duration);
                ++report.frames;
                job.setProgress((double(i)
                                 + double(packet->pts - videoOffset)
                                           / double(std::max<qint64>(1, headerLength)))
                                / double(inputs.size()));
                if (Status written = writer.write(packet.get(), videoOut); !written)
                    return written.error();
            } else if (audio && packet->stream_index == audio->index && !audioFull) {
                av_packet_rescale_ts(packet.get(), audio->time_base, audioBase);
                const qint64 duration = packet->duration;
                if (audioCursor == AV_NOPTS_VALUE) {
                    // The film's first sound keeps its place (priming included): the muxer's
                    // edit list makes it start with the picture, as in the source.
                    audioCursor = packet->pts
                                  - av_rescale_q(audioStart, audio->time_base, audioBase);
                } else if (packet->pts + duration <= audioStart) {
                    continue; // priming of a later file
                }
                if (audioCursor + duration / 2 > audioEnd) {
                    audioFull = true;
                    continue;
                }
                av_packet_free_side_data(packet.get());
                packet->pts = packet->dts = audioCursor;
                audioCursor += duration;
                if (Status written = writer.write(packet.get(), audioOut); !written)
                    return written.error();
            }
        }
        if (firstAudio && audioCursor != AV_NOPTS_VALUE) {
            if (!silenceTried) {
                silence = silentFrame(firstAudio->codecpar);
                silenceTried = true;
            }
            const AVCodecParameters *par = firstAudio->codecpar;
            const qint64 frame = av_rescale_q(par->frame_size > 0 ? par->frame_size : 1024,
                                              {1, par->sample_rate},
                                              audioBase);
            const qint64 end = av_rescale_q(videoEnd, videoBase, audioBase);
            while (silence && end - audioCursor > frame / 2) {
                av::PacketPtr pad(av_packet_clone(silence.get()));
                pad->pts = pad->dts = audioCursor;
                pad->duration = frame;
                audioCursor += frame;
                if (Status written = writer.write(pad.get(), audioOut); !written)
                    return written.error();
            }
        }
        videoOffset = videoEnd;
    }
    if (Status finished = writer.finish(); !finished)
        return finished.error();
    if (Status committed = file.commit(); !committed)
        return committed.error();
    job.setProgress(1);
    report.output = outputPath;
    report.actualTo = report.requestedTo = report.duration = toSeconds(videoOffset, videoBase);
    report.copiedFrames = report.frames;
    report.method = CutReport::Method::Copy;
    return report;
}

} // namespace mt
