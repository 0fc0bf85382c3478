// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mt {

// The life of a job: queued → running → done | failed | cancelled. "interrupted": the program
// ended while the job was queued or running. Failed, cancelled and interrupted jobs can be retried.
enum class JobState { Queued, Running, Done, Failed, Cancelled, Interrupted };

QString jobStateName(JobState state); // "queued", "running", "done", …: the jobs table's words
std::optional<JobState> jobStateFromName(const QString &name);
bool isFinal(JobState state);     // done, failed, cancelled, interrupted
bool isRetryable(JobState state); // failed, cancelled, interrupted

// How far a job is: a fraction of the whole job 0..1 and what it is doing, for people.
struct JobProgress
{
    double fraction = 0;
    QString stage;
};

// A row of the jobs table: a piece of background work and how it went.
struct JobInfo
{
    qint64 id = 0;
    QString kind;         // what runs it: "probe", "thumbnails", "export", …
    qint64 projectId = 0; // 0: not about one project
    QString title;        // for people: "Export “Film” (share)"
    QJsonObject params;   // everything needed to run it again, also after a restart
    JobState state = JobState::Queued;
    JobProgress progress; // as last written (the queue throttles progress writes)
    QString error;        // why it failed, was cancelled or interrupted; empty otherwise
    QJsonObject result;   // what a done job produced
    QDateTime createdAt;
    QDateTime startedAt;  // invalid until it runs
    QDateTime finishedAt; // invalid until it ends
};

} // namespace mt
