// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "importjobs.h"

#include "jobslog.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QJsonObject stagedToJson(const StagedFile &staged)
{
    return {{u"sourcePath"_s, staged.sourcePath},
            {u"relativePath"_s, staged.relativePath},
            {u"sha256"_s, staged.sha256},
            {u"fileSize"_s, double(staged.fileSize)},
            {u"createdNow"_s, staged.createdNow},
            {u"info"_s, staged.info.toJson()}};
}

StagedFile stagedFromJson(const QJsonObject &json)
{
    StagedFile staged;
    staged.sourcePath = json.value(u"sourcePath"_s).toString();
    staged.relativePath = json.value(u"relativePath"_s).toString();
    staged.sha256 = json.value(u"sha256"_s).toString();
    staged.fileSize = qint64(json.value(u"fileSize"_s).toDouble());
    staged.createdNow = json.value(u"createdNow"_s).toBool();
    staged.info = MediaInfo::fromJson(json.value(u"info"_s).toObject());
    return staged;
}

QJsonObject refusedToJson(const QString &path, const QString &reason)
{
    return {{u"path"_s, path}, {u"error"_s, reason}};
}

// The files to stage, in the order given: a folder stands for the files under it (sorted, so
// an import of the same folder always runs the same way), a file for itself. A folder without
// files becomes a refusal, so the person learns why nothing came of it.
struct Expanded
{
    QStringList files;
    QJsonArray refused;
};

Expanded expand(const QStringList &paths, const JobContext &job)
{
    Expanded expanded;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            expanded.files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path,
                        QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext() && !job.isCancelled())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        if (found.isEmpty()) {
            expanded.refused.append(
                    refusedToJson(path,
                                  ImportJobs::tr("The folder “%1” holds no files to import.")
                                          .arg(info.fileName())));
        }
        expanded.files.append(found);
    }
    return expanded;
}

} // namespace

ImportJobs::ImportJobs(JobQueue &queue, Library &library, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_library(library)
{
    m_queue.registerKind(Kind, JobQueue::Pool::Light, [this](const QJsonObject &params) {
        return work(params);
    });
    connect(&m_queue, &JobQueue::jobFinished, this, &ImportJobs::onJobFinished);
}

Result<qint64> ImportJobs::import(qint64 projectId, const QStringList &paths)
{
    QJsonArray list;
    for (const QString &path : paths)
        list.append(path);
    const QString title = paths.size() == 1
                                  ? tr("Import “%1”").arg(QFileInfo(paths.first()).fileName())
                                  : tr("Import %n items", nullptr, int(paths.size()));
    return m_queue.submit(Kind, title, {{u"projectId"_s, projectId}, {u"paths"_s, list}}, projectId);
}

Result<JobQueue::Work> ImportJobs::work(const QJsonObject &params)
{
    const qint64 projectId = params.value(u"projectId"_s).toInteger();
    if (const Result<Project> project = m_library.projects().get(projectId); !project)
        return project.error();
    QStringList paths;
    for (const QJsonValue &value : params.value(u"paths"_s).toArray()) {
        if (!value.toString().isEmpty())
            paths.append(value.toString());
    }
    if (paths.isEmpty())
        return Error::refused(tr("Nothing to import: give at least one file or folder."));
    const Result<MediaLibrary::Limits> limits = m_library.media().limits();
    if (!limits)
        return limits.error();
    const LibraryPaths libraryPaths = m_library.paths();
    return JobQueue::Work([projectId, paths, libraryPaths, limits = *limits](
                                  JobContext &job) -> Result<QJsonObject> {
        job.setProgress(0, tr("Looking for files"));
        Expanded expanded = expand(paths, job);
        MediaLibrary::Limits current = limits;
        QJsonArray staged;
        for (qsizetype i = 0; i < expanded.files.size(); ++i) {
            if (job.isCancelled())
                return Error::cancelled(tr("The import was cancelled; nothing was added."));
            const QString &file = expanded.files[i];
            job.setProgress(double(i) / double(expanded.files.size()),
                            tr("Importing %1 (%2 of %3)")
                                    .arg(QFileInfo(file).fileName())
                                    .arg(i + 1)
                                    .arg(expanded.files.size()));
            const Result<StagedFile> done = MediaLibrary::stage(file,
                                                                libraryPaths.uploads(),
                                                                libraryPaths,
                                                                current);
            if (!done) {
                expanded.refused.append(refusedToJson(file, done.error().message));
                continue;
            }
            // The quota counts this job's copies too, not just what was in use when it began.
            if (done->createdNow)
                current.usedBytes += done->fileSize;
            staged.append(stagedToJson(*done));
        }
        if (job.isCancelled())
            return Error::cancelled(tr("The import was cancelled; nothing was added."));
        job.setProgress(1, tr("Imported"));
        return QJsonObject{{u"projectId"_s, projectId},
                           {u"staged"_s, staged},
                           {u"refused"_s, expanded.refused}};
    });
}

void ImportJobs::onJobFinished(qint64 jobId,
                               JobState state,
                               const QJsonObject &result,
                               const QString &error)
{
    const Result<JobInfo> row = m_queue.job(jobId);
    if (!row || row->kind != Kind)
        return;
    ImportReport report;
    report.jobId = jobId;
    report.projectId = row->projectId;
    report.state = state;
    report.error = error;
    if (state == JobState::Done) {
        for (const QJsonValue &value : result.value(u"staged"_s).toArray()) {
            const StagedFile staged = stagedFromJson(value.toObject());
            const Result<MediaLibrary::Imported> registered
                    = m_library.media().registerAsset(report.projectId, staged);
            if (!registered) {
                report.refused.append({staged.sourcePath, registered.error().message});
                continue;
            }
            if (!report.assetIds.contains(registered->asset.id))
                report.assetIds.append(registered->asset.id);
        }
        for (const QJsonValue &value : result.value(u"refused"_s).toArray()) {
            const QJsonObject refused = value.toObject();
            report.refused.append(
                    {refused.value(u"path"_s).toString(), refused.value(u"error"_s).toString()});
        }
        qCInfo(lcJobs) << "import" << jobId << "registered" << report.assetIds.size() << "assets,"
                       << report.refused.size() << "refused";
    }
    emit importFinished(report);
}

} // namespace mt
