// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

// What MediaAnalyzer found in one file: plain values, safe to copy between threads. Times are
// seconds from the start of the file (its first timestamp counts as 0). In JSON, a value that is
// not finite (the PSNR of identical pictures, the peak of digital silence) is written as the
// string "inf" or "-inf", as JSON has no number for it.

// A stretch of the file: black picture, frozen picture or silence.
struct TimeSegment
{
    double from = 0;
    double to = 0;

    double duration() const { return to - from; }
    QJsonObject toJson() const; // {from, to, duration}
    friend bool operator==(const TimeSegment &, const TimeSegment &) = default;
};

// EBU R128 measures of the whole audio.
struct Loudness
{
    double integrated = -70; // LUFS; -70 is the absolute gate (silence, or under 0.4 s of audio)
    double range = 0;        // LU (loudness range, LRA)
    double truePeak = 0;     // dBTP (dB of the 4× oversampled peak); -inf for digital silence

    QJsonObject toJson() const; // {integrated, range, truePeak}
};

// A hard change of picture between two frames; score 0–100 (the scdet score: how much of the
// picture changed beyond the change of the frames before).
struct SceneCut
{
    double time = 0; // of the first frame of the new scene
    double score = 0;

    QJsonObject toJson() const; // {time, score}
};

// Something the demuxer or a decoder reported: a damaged or missing packet, a picture decoded
// with concealed errors, data that ends before the header says. Repeats of one message within a
// second are folded into the first, with their count.
struct DecodeIssue
{
    double time = 0;
    QString message;
    int count = 1;

    QJsonObject toJson() const; // {time, message, count}
};

// A full-reference quality score over all frames (PSNR in dB, SSIM 0–1): the average, the worst
// frame's score and where that frame is.
struct QualityScore
{
    double average = 0;
    double min = 0;
    double minTime = 0;

    QJsonObject toJson() const; // {average, min, minTime}
};

struct MediaAnalysis
{
    QString path;
    double duration = 0; // as the header announces it
    // Where the decoded data really ends: the end of the last picture (of the last sound without
    // pictures). Shorter than `duration` in a file cut short; what take review compares with the
    // duration that was asked for.
    double decodedDuration = 0;
    // The data ends well before `duration` (an interrupted download); decodeErrors says where.
    bool cutShort = false;
    bool hasVideo = false;
    bool hasAudio = false;
    // The pictures as a player shows them (display rotation applied) and their frame rate (0 when
    // the file does not say); 0 without video.
    int width = 0;
    int height = 0;
    double frameRate = 0;
    QList<TimeSegment> black;
    QList<TimeSegment> frozen; // not repeating black stretches: a black picture is reported as black
    QList<TimeSegment> silent;        // only with audio
    std::optional<Loudness> loudness; // only with audio
    QList<SceneCut> sceneCuts;
    QList<DecodeIssue> decodeErrors;
    QString referencePath; // empty without a reference; then psnr and ssim are empty too
    std::optional<QualityScore> psnr;
    std::optional<QualityScore> ssim;
    // With a first-frame image: SSIM (0–1, 1 identical) between the first picture and that image,
    // both as small grey copies of one shape (see FirstFrameMatch). Empty without an image.
    QString firstFrameImagePath;
    std::optional<double> firstFrameSsim;

    // {file, duration, decodedDuration, cutShort, hasVideo, hasAudio, width, height, frameRate, black,
    //  frozen, silent, loudness, sceneCuts, decodeErrors, reference, psnr, ssim, firstFrameImage,
    //  firstFrameSsim}; absent measures are null.
    QJsonObject toJson() const;
};

} // namespace mt
