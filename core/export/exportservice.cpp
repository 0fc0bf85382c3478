// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportservice.h"

#include "export/exporter.h"
#include "jobs/jobqueue.h"
#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <QElapsedTimer>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QJsonObject paramsOf(const ExportRequest &request)
{
    return {{u"project"_s, request.projectId},
            {u"output"_s, request.output},
            {u"preset"_s, request.preset},
            {u"render"_s, renderModeName(request.mode)}};
}

ExportRequest requestOf(const QJsonObject &params)
{
    return {params.value(u"project"_s).toInteger(),
            params.value(u"output"_s).toString(),
            params.value(u"preset"_s).toString(),
            renderModeFromName(params.value(u"render"_s).toString()).value_or(RenderMode::Auto)};
}

} // namespace

ExportService::ExportService(Library &library, JobQueue &queue, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_queue(queue)
{
    m_queue.registerKind(QString::fromLatin1(Kind),
                         JobQueue::Pool::Heavy,
                         [this](const QJsonObject &params) -> Result<JobQueue::Work> {
                             Result<ExportPlan> planned = plan(requestOf(params));
                             if (!planned)
                                 return planned.error();
                             return JobQueue::Work([plan = *planned](
                                                           JobContext &job) -> Result<QJsonObject> {
                                 QElapsedTimer timer;
                                 timer.start();
                                 Result<ExportResult> written = Exporter::run(plan, job);
                                 if (!written)
                                     return written.error();
                                 QJsonObject json = written->toJson();
                                 QJsonObject planJson = plan.toJson();
                                 planJson.insert(u"method"_s, written->method);
                                 if (!written->stretches.isEmpty())
                                     planJson.insert(u"stretches"_s, written->stretches);
                                 json.insert(u"plan"_s, planJson);
                                 json.insert(u"seconds"_s, double(timer.elapsed()) / 1000.0);
                                 return json;
                             });
                         });
    connect(&m_queue, &JobQueue::jobFinished, this, &ExportService::onJobFinished);
}

Result<ExportPlan> ExportService::plan(const ExportRequest &request) const
{
    Result<Project> project = m_library.projects().get(request.projectId);
    if (!project)
        return project.error();
    Result<Timeline> timeline = TimelineStore(m_library.database()).load(project->id);
    if (!timeline)
        return timeline.error();
    return ExportPlanner::plan(*project, *timeline, m_library.paths().root, request);
}

Result<qint64> ExportService::start(const ExportRequest &request)
{
    Result<Project> project = m_library.projects().get(request.projectId);
    if (!project)
        return project.error();
    return m_queue.submit(QString::fromLatin1(Kind),
                          tr("Export “%1”").arg(project->name),
                          paramsOf(request),
                          project->id);
}

void ExportService::onJobFinished(qint64 id,
                                  JobState state,
                                  const QJsonObject &result,
                                  const QString &error)
{
    Result<JobInfo> job = m_queue.job(id);
    if (!job || job->kind != QString::fromLatin1(Kind))
        return;
    if (state != JobState::Done) {
        emit exportFailed(id, job->projectId, error);
        return;
    }
    ExportRecord record;
    record.projectId = job->projectId;
    record.jobId = id;
    record.path = result.value(u"output"_s).toString();
    record.preset = result.value(u"preset"_s).toString();
    record.plan = result.value(u"plan"_s).toObject();
    record.duration = result.value(u"duration"_s).toDouble();
    record.fileSize = result.value(u"size"_s).toInteger();
    record.secondsTaken = result.value(u"seconds"_s).toDouble();
    Result<ExportRecord> stored = ExportStore(m_library.database()).insert(record);
    if (!stored) {
        emit exportFailed(id, job->projectId, stored.error().message);
        return;
    }
    emit exported(id, *stored);
}

} // namespace mt
