// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/job.h"
#include "media/audiowaveform.h"
#include "media/thumbnailer.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace mt {

class JobQueue;

// What the media bin and the timeline draw of an asset: its poster, a filmstrip across it and
// the peaks of its sound. The first ask for an asset queues one "thumbnails" job on the queue's
// light pool (the files land in the library's cache, so a restart finds them at once) and
// answers with what is ready so far; previewReady() says when there is more. Pictures are kept
// decoded in memory, a few hundred KB per asset.
//
// Main thread; made by the composition root after the JobQueue, shared by the panels.
class MediaPreviews : public QObject
{
    Q_OBJECT

public:
    static constexpr int PosterWidth = 320;
    static constexpr int FilmstripTiles = 12;
    static constexpr int TileHeight = 72;
    static constexpr int WaveformBuckets = 4000;

    struct Preview
    {
        QImage poster;
        QImage filmstrip; // FilmstripTiles tiles side by side
        Filmstrip strip;  // tile sizes and the time each tile shows
        std::optional<Waveform> waveform;
        bool ready = false; // the job finished (whatever it found)
        QString error;      // why there is nothing to show, when the job failed
    };

    MediaPreviews(JobQueue &queue, QString libraryRoot, QObject *parent = nullptr);

    // What is known of the asset now; queues the job on the first ask.
    const Preview &preview(const Asset &asset);
    // Forgets an asset's pictures (after its file changed or it was removed).
    void forget(qint64 assetId);

signals:
    void previewReady(qint64 assetId);

private:
    void onJobFinished(qint64 jobId,
                       JobState state,
                       const QJsonObject &result,
                       const QString &error);

    JobQueue &m_queue;
    QString m_libraryRoot;
    QHash<qint64, Preview> m_previews;
    QHash<qint64, qint64> m_assetOfJob;
};

} // namespace mt
