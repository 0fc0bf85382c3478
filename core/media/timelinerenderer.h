// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/renderplan.h"
#include "media/transcoder.h"

#include <QCoreApplication>

namespace mt {

class JobContext;

// The full render of a timeline: one libavfilter graph (timelinegraph.h) that joins the clips
// with their transitions and mixes the sounds under them, fed clip by clip as the graph asks —
// the way the ffmpeg CLI feeds a filter_complex, by the buffer source with the most unanswered
// requests — and encoded with the plan's preset into a temporary file renamed into place when
// complete. Frame counts are exact by construction (ClipFeed), so the film lasts what the plan
// says and its sound stays in step at every join. Reentrant; runs on the calling (worker) thread.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mt::TimelineRenderer)

public:
    static Result<TranscodeResult> run(const RenderPlan &plan, JobContext &job);
};

} // namespace mt
