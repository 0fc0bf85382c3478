// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"
#include "media/cutreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace mt {

class JobContext;
class MediaInput;

// Whether files can be joined by copying their packets, and if not, why (for people).
struct ConcatCheck
{
    bool compatible = false;
    QString reason; // empty when compatible
};

// Cutting and joining without re-encoding: packets go from the sources to the output unchanged,
// so the work is as fast as reading and writing the bytes and the pictures are bit-identical.
// Cuts fall on keyframes; the report says where. Stateless and reentrant: jobs call it from
// worker threads; every file written goes through an OutputFile (cancel or failure leaves none).
class StreamCopy
{
    Q_DECLARE_TR_FUNCTIONS(mt::StreamCopy)

public:
    // Copies [from, to) of `input`, widened to keyframes: it starts at the IDR at or before
    // `from` and ends at the first keyframe at or after `to` (exactly at `to` when the video has
    // no B-frames). Audio packets of the same span come along; timestamps start at 0.
    static Result<CutReport> trim(
            const QString &input, const QString &output, double from, double to, JobContext &job);

    // What a probe knows is enough to rule most joins out (size, codec, rate, audio format), not
    // to allow one: only canConcat(files) compares the codec's parameter sets.
    static ConcatCheck canConcat(const QList<MediaInfo> &inputs);
    // Reads each file's header and compares the streams' codec parameters, parameter sets
    // included (H.264 avcC / HEVC hvcC / AAC config must be byte-identical).
    static Result<ConcatCheck> canConcat(const QStringList &inputs);

    // Joins the files one after the other by copying packets. Each file starts where the video of
    // the previous one ended; audio is laid end to end and kept within half an audio frame of the
    // video at every join (see concatcopy.cpp). Refused, with canConcat's reason, when the files
    // cannot be joined so.
    static Result<CutReport> concat(const QStringList &inputs,
                                    const QString &output,
                                    JobContext &job);

    // The checks every trim makes before anything is written: from ≥ 0, to > from, from inside
    // the file. `to` past the end means the end.
    static Status checkSpan(const QString &name, double from, double to, double duration);

private:
    static Result<std::vector<MediaInput>> openAll(const QStringList &paths,
                                                   const std::atomic<bool> *cancel);
    static ConcatCheck compare(const std::vector<MediaInput> &inputs);
};

} // namespace mt
