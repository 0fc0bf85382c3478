// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "reviewjobs.h"

#include "jobslog.h"
#include "storage/assetstore.h"
#include "storage/flagstore.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

AssetFlag flagFromJson(const QJsonObject &json, qint64 assetId)
{
    AssetFlag flag;
    flag.assetId = assetId;
    flag.kind = json.value(u"kind"_s).toString();
    flag.from = json.value(u"from"_s).toDouble();
    if (json.value(u"to"_s).isDouble())
        flag.to = json.value(u"to"_s).toDouble();
    flag.message = json.value(u"message"_s).toString();
    flag.dismissed = json.value(u"dismissed"_s).toBool();
    return flag;
}

// A whole number of pixels when given; refused otherwise.
Result<int> pixels(const QJsonObject &params, const QString &name)
{
    const double value = params.value(name).toDouble(-1);
    if (value < 16 || value > 16384 || value != double(int(value))) {
        return Error::refused(
                ReviewJobs::tr("“%1” must be a whole number of pixels from 16 to 16384.").arg(name));
    }
    return int(value);
}

} // namespace

ReviewJobs::ReviewJobs(JobQueue &queue, Library &library, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_library(library)
{
    m_queue.registerKind(Kind, JobQueue::Pool::Light, [this](const QJsonObject &params) {
        return work(params);
    });
    connect(&m_queue, &JobQueue::jobAdded, this, [this](qint64 id) {
        if (const Result<JobInfo> row = m_queue.job(id); row && row->kind == Kind)
            m_pending.insert(id);
    });
    connect(&m_queue, &JobQueue::jobRetried, this, [this](qint64 id) {
        if (const Result<JobInfo> row = m_queue.job(id); row && row->kind == Kind)
            m_pending.insert(id);
    });
    connect(&m_queue, &JobQueue::jobFinished, this, &ReviewJobs::onJobFinished);
}

QJsonObject ReviewJobs::paramsOf(qint64 assetId,
                                 const TakeExpectations &expected,
                                 bool stillExpected)
{
    QJsonObject params{{u"assetId"_s, assetId}, {u"audioRequested"_s, expected.audioRequested}};
    if (stillExpected)
        params.insert(u"stillExpected"_s, true);
    if (expected.duration)
        params.insert(u"duration"_s, *expected.duration);
    if (expected.size) {
        params.insert(u"width"_s, expected.size->width());
        params.insert(u"height"_s, expected.size->height());
    }
    if (!expected.referenceImagePath.isEmpty())
        params.insert(u"referenceImage"_s, expected.referenceImagePath);
    return params;
}

QString ReviewJobs::titleOf(const QString &assetName)
{
    return tr("Review “%1”").arg(assetName);
}

Result<qint64> ReviewJobs::submit(JobQueue &queue,
                                  qint64 projectId,
                                  qint64 assetId,
                                  const QString &assetName,
                                  const TakeExpectations &expected,
                                  bool stillExpected)
{
    return queue.submit(Kind,
                        titleOf(assetName),
                        paramsOf(assetId, expected, stillExpected),
                        projectId);
}

Result<qint64> ReviewJobs::review(qint64 assetId,
                                  const TakeExpectations &expected,
                                  bool stillExpected)
{
    const Result<Asset> asset = m_library.assets().get(assetId);
    if (!asset)
        return asset.error();
    return submit(m_queue, asset->projectId, assetId, asset->originalName, expected, stillExpected);
}

Result<JobQueue::Work> ReviewJobs::work(const QJsonObject &params)
{
    if (!params.value(u"assetId"_s).isDouble())
        return Error::refused(tr("A review needs the asset to check (“assetId”)."));
    const qint64 assetId = params.value(u"assetId"_s).toInteger();
    const Result<Asset> asset = m_library.assets().get(assetId);
    if (!asset)
        return asset.error();
    if (asset->kind != MediaKind::Video) {
        return Error::refused(
                tr("“%1” is not a video; take review checks videos.").arg(asset->originalName));
    }
    TakeExpectations expected;
    if (params.contains(u"duration"_s)) {
        const double duration = params.value(u"duration"_s).toDouble(-1);
        if (!(duration > 0 && duration <= 3600))
            return Error::refused(tr("“duration” must be seconds above 0, up to an hour."));
        expected.duration = duration;
    }
    if (params.contains(u"width"_s) || params.contains(u"height"_s)) {
        const Result<int> width = pixels(params, u"width"_s);
        if (!width)
            return width.error();
        const Result<int> height = pixels(params, u"height"_s);
        if (!height)
            return height.error();
        expected.size = QSize(*width, *height);
    }
    expected.audioRequested = params.value(u"audioRequested"_s).toBool();
    expected.referenceImagePath = params.value(u"referenceImage"_s).toString();
    if (!expected.referenceImagePath.isEmpty()
        && !QFileInfo(expected.referenceImagePath).isReadable()) {
        return Error::refused(tr("The reference image “%1” cannot be read; review the take "
                                 "without it or restore the image.")
                                      .arg(expected.referenceImagePath));
    }
    const bool stillExpected = params.value(u"stillExpected"_s).toBool();
    const QString path = m_library.paths().absolute(asset->relativePath);
    return JobQueue::Work([=](JobContext &job) -> Result<QJsonObject> {
        job.setProgress(0, tr("Reviewing the take"));
        const Result<QList<AssetFlag>> flags = TakeReview::review(path, expected, job);
        if (!flags)
            return flags.error();
        QJsonArray found;
        for (const AssetFlag &flag : *flags) {
            if (stillExpected && flag.kind == FlagKind::Frozen)
                continue;
            found.append(flag.toJson());
        }
        job.setProgress(1, tr("Reviewed"));
        return QJsonObject{{u"flags"_s, found.size()}, {u"assetId"_s, assetId}, {u"found"_s, found}};
    });
}

void ReviewJobs::onJobFinished(qint64 jobId,
                               JobState state,
                               const QJsonObject &result,
                               const QString &error)
{
    if (!m_pending.remove(jobId)) {
        // A job of an earlier run, retried before this object saw it added.
        const Result<JobInfo> row = m_queue.job(jobId);
        if (!row || row->kind != Kind)
            return;
    }
    if (state != JobState::Done) {
        qCInfo(lcJobs) << "review" << jobId << "ended" << jobStateName(state) << error;
        return;
    }
    const qint64 assetId = result.value(u"assetId"_s).toInteger();
    QList<AssetFlag> flags;
    for (const QJsonValue &value : result.value(u"found"_s).toArray())
        flags.append(flagFromJson(value.toObject(), assetId));
    if (const Status stored = FlagStore(m_library.database()).replaceFlags(assetId, flags);
        !stored) {
        // The asset may have been removed while it was reviewed; nothing to mark then.
        qCWarning(lcJobs) << "review" << jobId << "of asset" << assetId
                          << "could not store its flags:" << stored.error().message;
        return;
    }
    qCInfo(lcJobs) << "review" << jobId << "of asset" << assetId << "found" << flags.size()
                   << "flags";
    emit reviewed(assetId, jobId, int(flags.size()));
}

} // namespace mt
