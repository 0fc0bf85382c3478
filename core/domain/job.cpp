// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "job.h"

namespace mt {

using namespace Qt::StringLiterals;

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return u"queued"_s;
    case JobState::Running:
        return u"running"_s;
    case JobState::Done:
        return u"done"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Cancelled:
        return u"cancelled"_s;
    case JobState::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (JobState state : {JobState::Queued,
                           JobState::Running,
                           JobState::Done,
                           JobState::Failed,
                           JobState::Cancelled,
                           JobState::Interrupted}) {
        if (jobStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

bool isFinal(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

bool isRetryable(JobState state)
{
    return state == JobState::Failed || state == JobState::Cancelled
           || state == JobState::Interrupted;
}

} // namespace mt
