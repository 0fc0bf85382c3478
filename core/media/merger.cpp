// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "merger.h"

#include "media/streamcopy.h"

#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Containers that carry the H.264/HEVC/AAC streams a copy takes over unchanged. WebM, GIF and
// the audio-only ones cannot, so writing those always re-encodes.
bool containerTakesCopies(const QString &output)
{
    static const QStringList extensions{u"mp4"_s, u"m4v"_s, u"mov"_s, u"mkv"_s};
    return extensions.contains(QFileInfo(output).suffix().toLower());
}

} // namespace

QJsonObject MergeResult::toJson() const
{
    QJsonObject json = written;
    json.insert(u"method"_s, method == Method::Copy ? u"copy"_s : u"reencode"_s);
    if (!reencodeReason.isEmpty())
        json.insert(u"reencodeReason"_s, reencodeReason);
    return json;
}

Result<QString> Merger::whyNotCopy(const QStringList &sources, const QString &output)
{
    if (!containerTakesCopies(output)) {
        return tr("“.%1” files are always re-encoded; copying writes .mp4, .mov or .mkv.")
                .arg(QFileInfo(output).suffix());
    }
    Result<ConcatCheck> check = StreamCopy::canConcat(sources);
    if (!check)
        return check.error();
    return check->reason;
}

Result<MergeResult> Merger::run(const MergeRequest &request, JobContext &job)
{
    const TranscodeRequest &transcode = request.transcode;
    if (transcode.sources.isEmpty())
        return Error::refused(tr("Nothing to merge: name at least one input file."));
    MergeResult result;
    if (!request.reencode) {
        QStringList paths;
        for (const TranscodeSource &source : transcode.sources)
            paths.append(source.path);
        Result<QString> whyNot = whyNotCopy(paths, transcode.output);
        if (!whyNot)
            return whyNot.error();
        if (whyNot->isEmpty()) {
            Result<CutReport> copied = StreamCopy::concat(paths, transcode.output, job);
            if (!copied)
                return copied.error();
            result.method = MergeResult::Method::Copy;
            QJsonObject written = copied->toJson();
            written.insert(u"size"_s, QFileInfo(transcode.output).size());
            result.written = written;
            return result;
        }
        result.reencodeReason = *whyNot;
    }
    Result<TranscodeResult> encoded = Transcoder::run(transcode, job);
    if (!encoded)
        return encoded.error();
    result.method = MergeResult::Method::Reencode;
    result.written = encoded->toJson();
    return result;
}

} // namespace mt
