// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "takereview.h"

#include "jobs/jobcontext.h"
#include "media/firstframematch.h"
#include "media/mediaanalyzer.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace mt {

namespace {

// The frame length assumed when a file does not say its frame rate: that of 24 fps, the slowest
// rate generators deliver, so the tolerance errs on the generous side.
constexpr double FallbackFrame = 1.0 / 24;
// Rounding of timestamps in a container (a millisecond in MP4's usual time bases).
constexpr double TimestampSlack = 0.001;

// "3.2": the precision of a person reading a time; frames are finer than they need.
QString seconds(double value, int decimals = 1)
{
    return QStringLiteral("%L1").arg(value, 0, 'f', decimals);
}

AssetFlag flag(const QString &kind, double from, std::optional<double> to, QString message)
{
    // A damaged file can time its first problem before its first frame (a negative time) or not
    // at all (NaN): the store refuses such a range, and with it the whole review.
    const auto clamp = [](double time) {
        return std::isfinite(time) ? std::max(0.0, time) : 0.0;
    };
    AssetFlag made;
    made.kind = kind;
    made.from = clamp(from);
    if (to)
        made.to = std::max(made.from, clamp(*to));
    made.message = std::move(message);
    return made;
}

struct Review
{
    const MediaAnalysis &a;
    const TakeExpectations &expected;
    double frame; // one frame's length, seconds
    QList<AssetFlag> flags;

    bool atStart(double time) const { return time <= frame + TimestampSlack; }
    bool atEnd(double time) const { return time >= a.decodedDuration - frame - TimestampSlack; }

    // The sentences of a kind of stretch: over the whole take and from its start (%1: where it
    // ends), to its end and inside it (%1, %2: from, to).
    struct StretchWords
    {
        QString whole;
        QString fromStart;
        QString toEnd;
        QString inside;
    };

    void stretches(const QString &kind, const QList<TimeSegment> &segments, const StretchWords &w)
    {
        for (const TimeSegment &s : segments) {
            QString message;
            if (atStart(s.from) && atEnd(s.to))
                message = w.whole.arg(seconds(s.to));
            else if (atStart(s.from))
                message = w.fromStart.arg(seconds(s.to));
            else if (atEnd(s.to))
                message = w.toEnd.arg(seconds(s.from), seconds(s.to));
            else
                message = w.inside.arg(seconds(s.from), seconds(s.to));
            flags << flag(kind, s.from, s.to, message);
        }
    }

    void black()
    {
        stretches(FlagKind::Black,
                  a.black,
                  {TakeReview::tr("Black from start to end (%1 s): the generation produced no "
                                  "picture."),
                   TakeReview::tr("Black from the start to %1 s: the shot starts late; trim the "
                                  "black off on the timeline."),
                   TakeReview::tr("Black from %1 s to the end at %2 s: the shot may have been "
                                  "padded with black or cut off."),
                   TakeReview::tr("Black from %1 s to %2 s: the generation may have failed for "
                                  "part of the shot.")});
    }

    void frozen()
    {
        stretches(FlagKind::Frozen,
                  a.frozen,
                  {TakeReview::tr("Frozen from start to end (%1 s): the take is a still picture, "
                                  "not a moving shot."),
                   TakeReview::tr("Frozen from the start to %1 s: the picture only starts moving "
                                  "then; trim the still part off if it shows."),
                   TakeReview::tr("Frozen from %1 s to %2 s: the provider may have padded a short "
                                  "clip."),
                   TakeReview::tr("Frozen from %1 s to %2 s: the picture stops moving, then moves "
                                  "again.")});
    }

    void silent()
    {
        if (!expected.audioRequested)
            return;
        if (!a.hasAudio) {
            flags << flag(FlagKind::Silent,
                          0,
                          std::nullopt,
                          TakeReview::tr("The take has no sound at all, although sound was asked "
                                         "for: the provider may not generate audio."));
            return;
        }
        for (const TimeSegment &s : a.silent) {
            // Sound ends where the last audio frame ends, which need not be where the picture does.
            const bool throughout = atStart(s.from) && s.to >= a.decodedDuration - 0.1;
            const QString message
                    = throughout ? TakeReview::tr("Silent from start to end (%1 s), although sound "
                                                  "was asked for.")
                                           .arg(seconds(s.to))
                                 : TakeReview::tr("Silent from %1 s to %2 s, although sound was "
                                                  "asked for.")
                                           .arg(seconds(s.from), seconds(s.to));
            flags << flag(FlagKind::Silent, s.from, s.to, message);
        }
    }

    // Every problem of the decoder in one flag, from the first to the last: one damaged file is
    // one thing to act on (download it again), however many pictures it spoils.
    void decode()
    {
        if (a.decodeErrors.isEmpty())
            return;
        const DecodeIssue &first = a.decodeErrors.constFirst();
        double last = first.time;
        int count = 0;
        for (const DecodeIssue &issue : a.decodeErrors) {
            last = std::max(last, issue.time);
            count += issue.count;
        }
        const QString advice = TakeReview::tr("Download the take again; if it stays damaged, "
                                              "generate it anew.");
        QString message;
        if (a.cutShort) {
            // Where it applies: from the first damage to where the take should end.
            last = std::max(last, a.duration);
            message = TakeReview::tr("The data stops at %1 s of the %2 s the file announces: the "
                                     "download was cut short. %3")
                              .arg(seconds(a.decodedDuration), seconds(a.duration), advice);
        } else if (count == 1) {
            message = TakeReview::tr("Damaged data at %1 s: %2 %3")
                              .arg(seconds(first.time), first.message, advice);
        } else if (last - first.time < 0.05) {
            message = TakeReview::tr("Damaged data at %1 s (%2 problems; the first: %3) %4")
                              .arg(seconds(first.time))
                              .arg(count)
                              .arg(first.message, advice);
        } else {
            message = TakeReview::tr("Damaged data from %1 s to %2 s (%3 problems; the first: "
                                     "%4) %5")
                              .arg(seconds(first.time), seconds(last))
                              .arg(count)
                              .arg(first.message, advice);
        }
        flags << flag(FlagKind::Decode, first.time, last, message);
    }

    void duration()
    {
        if (!expected.duration)
            return;
        const double asked = *expected.duration;
        const double got = a.decodedDuration;
        const auto near = [this](double x, double y) {
            return std::abs(x - y) <= frame + TimestampSlack;
        };
        if (near(got, asked))
            return;
        // The provider made the length asked for and the header says so, but the data stops
        // early: a download cut short, which the decode flag already says.
        if (a.cutShort && near(a.duration, asked))
            return;
        // Two decimals: the difference may be a few frames.
        const QString message
                = got < asked
                          ? TakeReview::tr("The take is %1 s long, %2 s shorter than the %3 s "
                                           "asked for: the shot may end early or be cut off.")
                                    .arg(seconds(got, 2), seconds(asked - got, 2), seconds(asked, 2))
                          : TakeReview::tr("The take is %1 s long, %2 s longer than the %3 s "
                                           "asked for: trim it on the timeline.")
                                    .arg(seconds(got, 2),
                                         seconds(got - asked, 2),
                                         seconds(asked, 2));
        flags << flag(FlagKind::Duration, 0, std::nullopt, message);
    }

    void size()
    {
        if (!expected.size)
            return;
        const QSize asked = *expected.size;
        QString message;
        if (!a.hasVideo)
            message = TakeReview::tr("The take has no picture, although a %1×%2 video was asked "
                                     "for.")
                              .arg(asked.width())
                              .arg(asked.height());
        else if (a.width != asked.width() || a.height != asked.height())
            message = TakeReview::tr("The picture is %1×%2, not the %3×%4 asked for: the provider "
                                     "may not offer that size; the film will scale it.")
                              .arg(a.width)
                              .arg(a.height)
                              .arg(asked.width())
                              .arg(asked.height());
        if (!message.isEmpty())
            flags << flag(FlagKind::Size, 0, std::nullopt, message);
    }

    void drift()
    {
        if (!a.firstFrameSsim || *a.firstFrameSsim >= TakeReview::DriftThreshold)
            return;
        flags << flag(FlagKind::Drift,
                      0,
                      std::nullopt,
                      TakeReview::tr(
                              "The first frame matches the first-frame image at SSIM %1 "
                              "(1 is identical; under %2 it is another picture): the take may "
                              "not start from your picture.")
                              .arg(QStringLiteral("%L1").arg(*a.firstFrameSsim, 0, 'f', 2),
                                   QStringLiteral("%L1").arg(TakeReview::DriftThreshold, 0, 'f', 2)));
    }
};

} // namespace

QList<AssetFlag> TakeReview::flagsOf(const MediaAnalysis &analysis, const TakeExpectations &expected)
{
    Review review{analysis,
                  expected,
                  analysis.frameRate > 0 ? 1.0 / analysis.frameRate : FallbackFrame,
                  {}};
    // Whole-file findings first, then what happens where, in the order of the take.
    review.size();
    review.duration();
    review.drift();
    review.silent(); // "no sound at all" is a whole-file flag; stretches sort below
    review.black();
    review.frozen();
    review.decode();
    std::stable_sort(review.flags.begin(), review.flags.end(), [](const auto &x, const auto &y) {
        const bool wholeX = !x.to;
        const bool wholeY = !y.to;
        if (wholeX != wholeY)
            return wholeX;
        return x.from < y.from;
    });
    // A flickering take can have hundreds of black or frozen stretches; the first ones say what
    // is wrong, and a review the library refuses for its size would leave the take unflagged.
    if (review.flags.size() > MaxFlags)
        review.flags.resize(MaxFlags);
    return review.flags;
}

Result<QList<AssetFlag>> TakeReview::review(const QString &path,
                                            const TakeExpectations &expected,
                                            JobContext &context)
{
    AnalysisOptions options;
    options.firstFrameImagePath = expected.referenceImagePath;
    const Result<MediaAnalysis> analysis = MediaAnalyzer::analyze(path, options, context);
    if (analysis.ok())
        return flagsOf(*analysis, expected);

    const Error &error = analysis.error();
    if (error.kind != ErrorKind::Refused || !QFileInfo(path).isFile())
        return error;
    // Refused: the take or the image is bad. Only when the image reads is it the take.
    if (!expected.referenceImagePath.isEmpty()) {
        analysis::FirstFrameMatch image;
        if (auto imageError = image.load(expected.referenceImagePath))
            return *imageError;
    }
    return QList<AssetFlag>{
            flag(FlagKind::Decode,
                 0,
                 std::nullopt,
                 tr("The take cannot be played: %1 Download it again; if it stays unreadable, "
                    "generate it anew.")
                         .arg(error.message))};
}

QJsonArray TakeReview::unstoredJson(const QList<AssetFlag> &flags)
{
    QJsonArray array;
    for (const AssetFlag &flag : flags) {
        QJsonObject json = flag.toJson();
        json.remove(QStringLiteral("id"));
        json.remove(QStringLiteral("dismissed"));
        array.append(json);
    }
    return array;
}

} // namespace mt
