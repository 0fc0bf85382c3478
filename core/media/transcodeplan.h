// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"
#include "media/transcoder.h"

extern "C" {
#include <libavutil/rational.h>
}

#include <QCoreApplication>
#include <QList>

namespace mt {

class JobContext;

// A source as the plan will read it.
struct PlannedSource
{
    QString path;
    MediaInfo info;
    double stillDuration = 0; // for stills
    bool readVideo = false;   // its picture goes into the output
    bool readAudio = false;   // its sound goes into the output
    double expectedDuration = 0;

    bool isStill() const { return info.kind == MediaKind::Image; }
};

// A TranscodeRequest checked and worked out before anything is written: every source probed
// (unreadable or truncated files refused), the preset's encoders present, the output's size and
// frame rate decided (from the request, else from the first picture), and the expected
// duration for progress. Internal to core/media; a plain value.
struct TranscodePlan
{
    Q_DECLARE_TR_FUNCTIONS(mt::TranscodePlan)

public:
    ExportPreset preset;
    QString output;
    QList<PlannedSource> sources;
    int width = 0; // 0 without picture
    int height = 0;
    AVRational frameRate{30, 1}; // of the output's picture
    double expectedDuration = 0; // seconds, the preset's limit applied

    bool hasVideo() const { return preset.hasVideo(); }
    bool hasAudio() const { return preset.hasAudio(); }

    static Result<TranscodePlan> make(const TranscodeRequest &request, JobContext &job);

private:
    Status decideSize(const TranscodeRequest &request, const PlannedSource *firstPicture);
    void decideFrameRate(const TranscodeRequest &request);
};

} // namespace mt
