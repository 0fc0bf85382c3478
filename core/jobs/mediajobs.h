// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mt {

class JobQueue;
struct TranscodeRequest;

// The media engine's operations as job kinds, so the editor runs them on the queue (off the main
// thread, with progress, cancel, retry from the stored parameters after a crash). Each kind's
// parameters are plain JSON, checked on the main thread when the job is submitted; its result is
// the operation's JSON, the same document `movietool-cli --json` prints.
//
//   probe      {paths: [..]}                         → {files: [MediaInfo | {path, error}]}
//   thumbnails {path, sha256?, posterWidth?, tiles?, tileHeight?, waveformBuckets?}
//                                                    → {poster, filmstrip?, waveform?}
//   trim       {input, output, from, to, copy?}      → CutReport
//   convert    {input, output, preset?, width?, height?, fps?, stillDuration?} → TranscodeResult
//   merge      {inputs: [..], output, preset?, …, reencode?}                  → MergeResult
//   analyze    {path, reference?}                    → MediaAnalysis
//
// Trim, convert and merge write files and go to the Heavy pool; the others to the Light one.
// Thumbnails are kept in `cacheFolder` (a library's cache) by ThumbnailCache.
class MediaJobs
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaJobs)

public:
    static void registerAll(JobQueue &queue, const QString &cacheFolder);

    // The parameters of a transcode ({output, preset?, width?, height?, fps?, stillDuration?}
    // plus the sources), as convert and merge take them; refused with what is wrong.
    static Result<TranscodeRequest> transcodeRequest(const QJsonObject &params,
                                                     const QStringList &sources);
};

} // namespace mt
