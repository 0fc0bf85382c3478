// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/encoder.h"
#include "media/muxer.h"
#include "media/samplequeue.h"
#include "media/transcodeplan.h"

#include <QCoreApplication>

namespace mt {

class JobContext;

// The output side of a transcode: the preset's encoders, the muxer, and the continuous timelines
// of picture and sound. Sources hand it conformed frames one after the other; it stamps them by
// their position in the output (frame n of the picture is at n / rate, sample n of the sound at
// n / sample rate), so timestamps run on without gaps or repeats across sources, and at the end
// of each source it pads or cuts the sound to the picture's length, keeping them in step.
// Reports progress (output time over the plan's expected duration) to the job.
// Internal to core/media; on the thread of the operation.
class EncodedOutput
{
    Q_DECLARE_TR_FUNCTIONS(mt::EncodedOutput)

public:
    EncodedOutput(const TranscodePlan &plan, JobContext &job);

    // Opens the encoders and the file at `path` (messages name `displayName`), writes the header.
    Status open(const QString &path, const QString &displayName);

    const TranscodePlan &plan() const { return m_plan; }
    // The libavfilter chain that gives the audio encoder what it takes.
    QString audioChain(bool fromStart) const;

    qint64 videoFrames() const { return m_videoFrames; }
    // Seconds still to write before the preset's limit (GIF); infinite without one.
    double remainingSeconds() const;
    // Nothing more is wanted: the single frame is written, or the preset's limit is reached.
    bool isFull() const;

    void beginSource();
    // Encodes the frame as the next one of the picture (its pts is overwritten).
    Status writeVideo(AVFrame *frame);
    Status writeAudio(const AVFrame *frame);
    // Ends the source's sound where its picture ends; without picture, after `silentSeconds`
    // of silence for a source that has no sound.
    Status endSource(double silentSeconds = 0);
    // Drains the encoders and writes the trailer.
    Status finish();

    double duration() const;
    bool hasAudio() const { return m_plan.hasAudio(); }

private:
    Status encode(Encoder &encoder, const AVFrame *frame, int stream);
    Status drainAudio(bool flush);
    qint64 samplesAt(qint64 frames) const;
    void reportProgress();

    const TranscodePlan &m_plan;
    JobContext &m_job;
    Encoder m_video;
    Encoder m_audio;
    Muxer m_muxer;
    SampleQueue m_samples;
    av::PacketPtr m_packet;
    int m_videoStream = -1;
    int m_audioStream = -1;
    qint64 m_maxFrames = 0; // 0: no limit
    qint64 m_videoFrames = 0;
    qint64 m_sourceSampleStart = 0;
    int m_sampleRate = 48000;
    const QString m_stage; // what the job is doing, for people
};

} // namespace mt
