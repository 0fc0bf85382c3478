// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"

#include <QAbstractListModel>
#include <QList>

namespace mt {

class AssetStore;
class MediaPreviews;
class ReviewTracker;

// The assets of one project as a list, oldest first, for the media bin: one row per asset,
// following the store's assetCreated/Changed/Removed signals. Posters come from MediaPreviews
// and are asked for only when a view asks for a row's picture, so a bin of hundreds of assets
// queues pictures only for what is on screen. Rows drag out as
// `application/x-movietool-asset-ids` (a JSON array of ids).
//
// With a ReviewTracker it also says which assets take review flagged, and why (tooltip).
//
// Main thread; made by the panel that shows it, over stores that outlive it. previews may be
// null (then there are no posters).
class AssetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AssetIdRole = Qt::UserRole + 1,
        KindRole,         // MediaKind as int
        KindNameRole,     // "video", "image", "audio"
        DurationRole,     // seconds (double); 0 for stills
        PosterRole,       // QImage, null until the preview job has made it
        PlaceholderRole,  // bool: a storyboard card standing in for a shot to generate
        OriginRole,       // AssetOrigin as int
        SizeRole,         // QSize of the picture, invalid for sound
        FileSizeRole,     // bytes
        AssetRole,        // the Asset (QVariant::fromValue)
        PeaksRole,        // QList<float>: the sound's peak per bucket (0..1), empty until made
        OpenFlagsRole,    // int: take-review flags not dismissed (0 without a ReviewTracker)
        FlagMessagesRole, // QStringList: those flags' sentences, oldest first
        ReviewingRole,    // bool: a take review of the asset is under way
    };
    Q_ENUM(Role)

    static inline const QString MimeType = QStringLiteral("application/x-movietool-asset-ids");

    AssetModel(AssetStore &store, MediaPreviews *previews, QObject *parent = nullptr);

    // Marks the assets take review flagged (it follows this model's project from now on); null:
    // none. Not owned.
    void setReviewTracker(ReviewTracker *reviews);

    // Shows the project's assets (0: none); the view reloads.
    void setProjectId(qint64 projectId);
    qint64 projectId() const { return m_projectId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    int rowOf(qint64 assetId) const; // -1 when not shown
    const Asset &asset(int row) const { return m_assets.at(row); }

    // "1:05", "0:02.4" for short clips; empty for stills.
    static QString formatDuration(double seconds);
    // The ids in a drag's payload (empty when the data is not ours or malformed).
    static QList<qint64> idsFromMimeData(const QMimeData *data);

signals:
    // A reload failed (the database could not be read): what to tell the person.
    void loadFailed(const QString &message);

private:
    void reload();
    void onCreated(qint64 id, qint64 projectId);
    void onChanged(qint64 id, qint64 projectId);
    void onRemoved(qint64 id, qint64 projectId);
    void onPreviewReady(qint64 assetId);

    AssetStore &m_store;
    MediaPreviews *m_previews;
    ReviewTracker *m_reviews = nullptr;
    qint64 m_projectId = 0;
    QList<Asset> m_assets;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::Asset)
