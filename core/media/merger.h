// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/transcoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mt {

class JobContext;

// Joins files one after the other into one: by copying packets when they allow it, else by
// re-encoding them to one format.
struct MergeRequest
{
    // The sources and the output, and the format used when re-encoding.
    TranscodeRequest transcode;
    // Re-encode even when copying would do: the caller chose a preset, size or rate.
    bool reencode = false;
};

struct MergeResult
{
    enum class Method { Copy, Reencode };

    Method method = Method::Copy;
    QString reencodeReason; // why copying was not possible; empty when copied or asked to re-encode
    QJsonObject written;    // TranscodeResult::toJson() or CutReport::toJson()

    // `written` with {method: "copy"|"reencode"[, reencodeReason]} added.
    QJsonObject toJson() const;
};

// What `merge` does: stream copy (StreamCopy::concat) when every source shares the codec
// parameters — parameter sets included — and the output's container can hold them: that is as
// fast as the disk and bit-exact. Otherwise the Transcoder normalises them (size, rate, pixel and
// sound format, silence for silent clips, stills held) into the request's preset. The decision is
// made from the files' headers before anything is written. Reentrant; runs on the calling thread.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(mt::Merger)

public:
    static Result<MergeResult> run(const MergeRequest &request, JobContext &job);

    // Why these sources cannot be copied into `output`; empty when they can.
    static Result<QString> whyNotCopy(const QStringList &sources, const QString &output);
};

} // namespace mt
