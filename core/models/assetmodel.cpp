// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "assetmodel.h"

#include "mediapreviews.h"
#include "reviewtracker.h"
#include "storage/assetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSize>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

AssetModel::AssetModel(AssetStore &store, MediaPreviews *previews, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_previews(previews)
{
    connect(&m_store, &AssetStore::assetCreated, this, &AssetModel::onCreated);
    connect(&m_store, &AssetStore::assetChanged, this, &AssetModel::onChanged);
    connect(&m_store, &AssetStore::assetRemoved, this, &AssetModel::onRemoved);
    if (m_previews)
        connect(m_previews, &MediaPreviews::previewReady, this, &AssetModel::onPreviewReady);
}

void AssetModel::setReviewTracker(ReviewTracker *reviews)
{
    if (m_reviews)
        disconnect(m_reviews, nullptr, this, nullptr);
    m_reviews = reviews;
    if (!m_reviews)
        return;
    connect(m_reviews, &ReviewTracker::changed, this, [this] {
        if (!m_assets.isEmpty())
            emit dataChanged(index(0),
                             index(int(m_assets.size()) - 1),
                             {Qt::ToolTipRole, OpenFlagsRole, FlagMessagesRole, ReviewingRole});
    });
    if (m_reviews->projectId() != m_projectId)
        m_reviews->setProjectId(m_projectId);
}

void AssetModel::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    if (m_reviews)
        m_reviews->setProjectId(projectId);
    reload();
}

void AssetModel::reload()
{
    beginResetModel();
    m_assets.clear();
    if (m_projectId > 0) {
        Result<QList<Asset>> listed = m_store.list(m_projectId);
        if (listed)
            m_assets = std::move(listed).value();
        else
            emit loadFailed(listed.error().message);
    }
    endResetModel();
}

int AssetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

QVariant AssetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &asset = m_assets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return asset.originalName;
    case Qt::ToolTipRole: {
        QStringList lines{asset.originalName};
        if (asset.info.video && asset.kind != MediaKind::Audio)
            lines << tr("%1 × %2").arg(asset.info.video->width).arg(asset.info.video->height);
        if (asset.kind != MediaKind::Image)
            lines << formatDuration(asset.info.duration);
        if (asset.isPlaceholder)
            lines << tr("Storyboard card: generate the shot to replace it.");
        if (m_reviews) {
            if (const QList<AssetFlag> flags = m_reviews->openFlags(asset.id); !flags.isEmpty())
                lines << ReviewTracker::tooltipOf(flags);
            else if (m_reviews->isReviewing(asset.id))
                lines << tr("Take review is checking this take…");
        }
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
    case PosterRole:
        // Asked for only by views painting the row: this is what makes the pictures lazy.
        if (!m_previews)
            return QImage();
        return m_previews->preview(asset).poster;
    case PeaksRole: {
        if (!m_previews || !asset.info.hasAudio())
            return QVariant::fromValue(QList<float>());
        const auto &waveform = m_previews->preview(asset).waveform;
        if (!waveform)
            return QVariant::fromValue(QList<float>());
        QList<float> peaks(waveform->buckets());
        for (int i = 0; i < waveform->buckets(); ++i)
            peaks[i] = std::max(std::abs(waveform->minimum[i]), std::abs(waveform->maximum[i]));
        return QVariant::fromValue(peaks);
    }
    case AssetIdRole:
        return asset.id;
    case KindRole:
        return int(asset.kind);
    case KindNameRole:
        return mediaKindName(asset.kind);
    case DurationRole:
        return asset.kind == MediaKind::Image ? 0.0 : asset.info.duration;
    case PlaceholderRole:
        return asset.isPlaceholder;
    case OriginRole:
        return int(asset.origin);
    case SizeRole:
        return asset.info.video ? QSize(asset.info.video->width, asset.info.video->height)
                                : QSize();
    case FileSizeRole:
        return asset.fileSize;
    case AssetRole:
        return QVariant::fromValue(asset);
    case OpenFlagsRole:
        return m_reviews ? m_reviews->openCount(asset.id) : 0;
    case FlagMessagesRole:
        return m_reviews ? m_reviews->openMessages(asset.id) : QStringList();
    case ReviewingRole:
        return m_reviews && m_reviews->isReviewing(asset.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> AssetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AssetIdRole, "assetId");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(DurationRole, "duration");
    names.insert(PosterRole, "poster");
    names.insert(PlaceholderRole, "placeholder");
    names.insert(OriginRole, "origin");
    names.insert(SizeRole, "size");
    names.insert(FileSizeRole, "fileSize");
    names.insert(OpenFlagsRole, "openFlags");
    names.insert(FlagMessagesRole, "flagMessages");
    names.insert(ReviewingRole, "reviewing");
    return names;
}

Qt::ItemFlags AssetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList AssetModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *AssetModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end()); // the order of the bin, whatever order was clicked
    for (int row : rows)
        ids.append(m_assets.at(row).id);
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return data;
}

QList<qint64> AssetModel::idsFromMimeData(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(MimeType))
        return ids;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(MimeType));
    for (const QJsonValue &value : document.array()) {
        if (value.isDouble() && value.toInteger() > 0)
            ids.append(value.toInteger());
    }
    return ids;
}

int AssetModel::rowOf(qint64 assetId) const
{
    for (qsizetype row = 0; row < m_assets.size(); ++row) {
        if (m_assets[row].id == assetId)
            return int(row);
    }
    return -1;
}

QString AssetModel::formatDuration(double seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds < 10) // a short shot: tenths matter when trimming
        return u"0:%1"_s.arg(seconds, 4, 'f', 1, QChar(u'0'));
    const qint64 whole = qint64(seconds + 0.5);
    const qint64 hours = whole / 3600;
    const QString minSec = u"%1:%2"_s.arg((whole / 60) % 60).arg(whole % 60, 2, 10, QChar(u'0'));
    if (hours > 0)
        return u"%1:%2"_s.arg(hours).arg(minSec.rightJustified(5, u'0'));
    return minSec;
}

void AssetModel::onCreated(qint64 id, qint64 projectId)
{
    if (projectId != m_projectId || rowOf(id) >= 0)
        return;
    Result<Asset> asset = m_store.get(id);
    if (!asset) {
        emit loadFailed(asset.error().message);
        return;
    }
    // Oldest first, as the store lists them: ids grow with creation.
    qsizetype row = m_assets.size();
    while (row > 0 && m_assets[row - 1].id > id)
        --row;
    beginInsertRows({}, int(row), int(row));
    m_assets.insert(row, std::move(asset).value());
    endInsertRows();
}

void AssetModel::onChanged(qint64 id, qint64 projectId)
{
    const int row = rowOf(id);
    if (projectId != m_projectId || row < 0)
        return;
    Result<Asset> asset = m_store.get(id);
    if (!asset) {
        emit loadFailed(asset.error().message);
        return;
    }
    m_assets[row] = std::move(asset).value();
    emit dataChanged(index(row), index(row));
}

void AssetModel::onRemoved(qint64 id, qint64 projectId)
{
    const int row = rowOf(id);
    if (projectId != m_projectId || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_assets.removeAt(row);
    endRemoveRows();
    if (m_previews)
        m_previews->forget(id);
}

void AssetModel::onPreviewReady(qint64 assetId)
{
    const int row = rowOf(assetId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {Qt::DecorationRole, PosterRole, PeaksRole});
}

} // namespace mt
