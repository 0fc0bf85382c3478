// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediapreviews.h"

#include "jobs/jobqueue.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace mt {

Q_LOGGING_CATEGORY(lcPreviews, "mt.previews")

MediaPreviews::MediaPreviews(JobQueue &queue, QString libraryRoot, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_libraryRoot(std::move(libraryRoot))
{
    connect(&m_queue, &JobQueue::jobFinished, this, &MediaPreviews::onJobFinished);
}

const MediaPreviews::Preview &MediaPreviews::preview(const Asset &asset)
{
    auto found = m_previews.find(asset.id);
    if (found != m_previews.end())
        return *found;
    Preview &preview = m_previews[asset.id];
    QJsonObject params{
            {u"path"_s, QDir(m_libraryRoot).filePath(asset.relativePath)},
            {u"sha256"_s, asset.sha256},
            {u"posterWidth"_s, PosterWidth},
    };
    if (asset.kind == MediaKind::Video) {
        params.insert(u"tiles"_s, FilmstripTiles);
        params.insert(u"tileHeight"_s, TileHeight);
    }
    if (asset.info.hasAudio())
        params.insert(u"waveformBuckets"_s, WaveformBuckets);
    const Result<qint64> job = m_queue.submit(u"thumbnails"_s,
                                              tr("Pictures of %1").arg(asset.originalName),
                                              params,
                                              asset.projectId);
    if (!job) {
        preview.ready = true;
        preview.error = job.error().message;
        qCWarning(lcPreviews) << "no previews for asset" << asset.id << preview.error;
    } else {
        m_assetOfJob.insert(*job, asset.id);
    }
    return preview;
}

void MediaPreviews::forget(qint64 assetId)
{
    m_previews.remove(assetId);
}

void MediaPreviews::onJobFinished(qint64 jobId,
                                  JobState state,
                                  const QJsonObject &result,
                                  const QString &error)
{
    const auto owner = m_assetOfJob.find(jobId);
    if (owner == m_assetOfJob.end())
        return;
    const qint64 assetId = *owner;
    m_assetOfJob.erase(owner);
    const auto found = m_previews.find(assetId);
    if (found == m_previews.end())
        return; // forgotten meanwhile
    Preview &preview = *found;
    preview.ready = true;
    if (state != JobState::Done) {
        preview.error = error;
        emit previewReady(assetId);
        return;
    }
    const QJsonObject poster = result.value(u"poster"_s).toObject();
    if (!poster.isEmpty())
        preview.poster.load(poster.value(u"path"_s).toString());
    const QJsonObject strip = result.value(u"filmstrip"_s).toObject();
    if (!strip.isEmpty()) {
        if (const Result<Filmstrip> read = Thumbnailer::readFilmstrip(
                    strip.value(u"path"_s).toString())) {
            preview.strip = *read;
            preview.filmstrip.load(read->path);
        }
    }
    const QJsonObject peaks = result.value(u"waveform"_s).toObject();
    if (!peaks.isEmpty()) {
        if (Result<Waveform> read = AudioWaveform::read(peaks.value(u"path"_s).toString()))
            preview.waveform = std::move(*read);
    }
    emit previewReady(assetId);
}

} // namespace mt
