// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/mediaanalysis.h"

#include <QCoreApplication>
#include <QString>

namespace mt {

class JobContext;

// The thresholds of MediaAnalyzer. The levels are those of ffmpeg's blackdetect, freezedetect,
// silencedetect and scdet, which broadcast QC has long relied on; only the minimum durations are
// shorter, as ffmpeg's 2 s would miss most defects in a 5–10 s generated take.
struct AnalysisOptions
{
    // Black: a pixel whose luma is at most this fraction of the nominal range above black (0.10:
    // limited-range luma ≤ 37) is black; a picture with at least blackPictureRatio black pixels
    // is black. A dark night scene keeps more than 2 % of its pixels above that level; a black
    // frame from a failed generation sits at 16 give or take its compression noise.
    double blackPixelThreshold = 0.10;
    double blackPictureRatio = 0.98;
    double blackMinDuration = 0.5; // seconds; a dip to black between two shots is shorter

    // Frozen: pictures whose mean absolute difference from the first of them stays at most this
    // fraction of full scale (0.001 = -60 dB, a quarter of a grey level on average). Comparing
    // with the first picture, not the previous one, means a slow pan adds up and is not frozen.
    double freezeNoise = 0.001;
    double freezeMinDuration = 1.0; // seconds; still moments under a second are part of acting

    // Silent: every channel below this level (dBFS) for at least silenceMinDuration seconds.
    // -60 dB is digital near-silence, well below room tone, so pauses in speech are not silent.
    double silenceNoiseDb = -60;
    double silenceMinDuration = 1.0;

    // Scene cut: an scdet score (0–100) at least this high.
    double sceneThreshold = 10;

    // PSNR and SSIM are measured against this file when it is set (its picture scaled to the
    // analysed file's size, frames paired by time).
    QString referencePath;

    // The first picture is compared with this image (PNG, JPEG, …) when it is set: the SSIM of
    // their small grey copies (MediaAnalysis::firstFrameSsim), how far a generated take drifts
    // from the picture it was asked to start from.
    QString firstFrameImagePath;
};

// Analyses one video or audio file in a single decode pass, in-process with libavcodec and
// libavfilter: black, frozen and silent stretches, loudness (EBU R128), scene cuts, every
// decoding problem with its time, the picture size and frame rate and where the data really
// ends, with a reference file PSNR and SSIM, and with a first-frame image the SSIM of the first
// picture against it.
//
// Black, frozen and scene detection run on a small grey copy of each picture, taken by point
// sampling (every k-th pixel of every k-th row, at least 320×180 of them): the share of black
// pixels and the mean difference between pictures are averages over pixels, which a regular
// sample estimates without the bias of an averaging scaler (averaging would wipe out film grain
// and make a grainy night scene look black, or hide the motion of a slow pan).
//
// Stateless and reentrant: call it from any thread (jobs do). It reports progress per frame and
// returns an Error of kind Cancelled soon after the job is cancelled.
class MediaAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaAnalyzer)

public:
    static Result<MediaAnalysis> analyze(const QString &path,
                                         const AnalysisOptions &options,
                                         JobContext &context);
    static Result<MediaAnalysis> analyze(const QString &path, JobContext &context)
    {
        return analyze(path, AnalysisOptions{}, context);
    }
};

} // namespace mt
