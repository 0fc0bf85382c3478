// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/assetflag.h"
#include "domain/error.h"
#include "media/mediaanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace mt {

class JobContext;

// What was asked of a generated take: what review compares the file with. Left empty, a part is
// not checked (a take of a provider that does not promise a size gets no size flag).
struct TakeExpectations
{
    std::optional<double> duration; // seconds requested (a flag beyond a frame's tolerance)
    std::optional<QSize> size;      // frame size requested
    bool audioRequested = false;    // only then is silence a flag
    QString referenceImagePath;     // first-frame or character image: drift of the first frame
};

// Checks a generated take for what makes it unusable and says so in flags a person can act on:
// black and frozen stretches, silence where sound was asked for, a duration or frame size other
// than requested, damaged or truncated data, and a first frame far from the picture the take was
// asked to start from. The measuring is MediaAnalyzer's (one decode pass); this class decides
// what its numbers mean for a take and words each flag with times ("Frozen from 3.2 s to 6.0 s:
// the provider may have padded a short clip.").
//
// Stateless, any thread (the "review" job calls it); flags come out with id and assetId 0, for
// the caller to store.
class TakeReview
{
    Q_DECLARE_TR_FUNCTIONS(mt::TakeReview)

public:
    // A first frame whose SSIM against its reference image (small grey copies, see
    // analysis::FirstFrameMatch) is below this did not start from that picture. Measured on test
    // pictures (tst_takereview's measuresSimilarity): the same picture re-encoded, JPEG'd,
    // rescaled, padded to a square or colour-graded scores 0.9 or more, and half a second of
    // motion later still 0.77; other pictures 0.2–0.56, the highest for two views of one test
    // pattern. 0.65 keeps a margin on both sides.
    //
    // Meant for an image the take was asked to start from (image-to-video). A character's portrait
    // used only as a likeness reference is framed unlike the shot and would score low anyway.
    static constexpr double DriftThreshold = 0.65;
    // At most this many flags per take (whole-file ones first, then by time): the library keeps
    // up to 500 per asset.
    static constexpr int MaxFlags = 200;

    // Analyses the file and returns its flags, oldest time first. A file that exists but cannot be
    // opened or decoded at all is one decode flag for the whole file, not an error: the take is
    // what is wrong. Errors: the file is missing, the reference image cannot be read, the job was
    // cancelled, the analysis itself failed.
    static Result<QList<AssetFlag>> review(const QString &path,
                                           const TakeExpectations &expected,
                                           JobContext &context);

    // The flags an analysis means (pure); `analyze` uses it with no expectations.
    static QList<AssetFlag> flagsOf(const MediaAnalysis &analysis, const TakeExpectations &expected);
    // The flags of a file analysed outside the library, for `analyze` and its job: each
    // {kind, from, to, message} (nothing is stored, so there is no id and nothing is dismissed).
    static QJsonArray unstoredJson(const QList<AssetFlag> &flags);
};

} // namespace mt
