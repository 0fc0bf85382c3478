// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "takemodel.h"

#include "generationtaskmodel.h"

#include "edit/edithistory.h"
#include "generation/generationservice.h"
#include "mediapreviews.h"
#include "reviewtracker.h"
#include "storage/assetstore.h"
#include "storage/library.h"

#include <QImage>
#include <QLocale>

namespace mt {

using namespace Qt::StringLiterals;

TakeModel::TakeModel(Library &library,
                     JobQueue &jobs,
                     EditHistory &history,
                     MediaPreviews *previews,
                     GenerationService *generation,
                     QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_timeline(library.database())
    , m_store(library.database())
    , m_previews(previews)
    , m_generation(generation)
    , m_reviews(new ReviewTracker(library.database(), jobs, history, this))
{
    // The tracker reloads on the history and on finished reviews; its changed() covers both,
    // and reviews starting, so one connection keeps the takes current.
    connect(m_reviews, &ReviewTracker::changed, this, &TakeModel::reload);
    connect(&m_library.assets(), &AssetStore::assetChanged, this, [this](qint64 id) {
        if (rowOf(id) >= 0)
            reload();
    });
    if (m_previews)
        connect(m_previews, &MediaPreviews::previewReady, this, &TakeModel::onPreviewReady);
}

void TakeModel::setClip(qint64 projectId, qint64 clipId)
{
    m_projectId = clipId > 0 ? projectId : 0;
    m_clipId = clipId;
    // Reloads the takes through changed().
    m_reviews->setProjectId(m_projectId);
}

void TakeModel::reload()
{
    beginResetModel();
    m_takes.clear();
    m_numbers.clear();
    m_lastError.clear();
    const bool hadClip = m_clip.has_value();
    m_clip.reset();
    if (m_clipId > 0) {
        const Result<Clip> clip = m_timeline.clip(m_clipId);
        if (clip) {
            m_clip = *clip;
            if (Result<QList<Take>> takes = m_store.takes(m_clipId)) {
                m_takes = std::move(takes).value();
                for (qsizetype i = 0; i < m_takes.size(); ++i)
                    m_numbers.insert(m_takes[i].asset.id, int(i) + 1);
                // The one the film plays leads; the alternates follow in the order they were made.
                std::stable_partition(m_takes.begin(), m_takes.end(), [](const Take &take) {
                    return take.inUse;
                });
            } else {
                m_lastError = takes.error().message;
            }
        }
    }
    endResetModel();
    if (hadClip && !m_clip && m_clipId > 0)
        emit clipGone();
}

QString TakeModel::sourceOf(const Take &take) const
{
    if (take.provider.isEmpty())
        return take.asset.origin == AssetOrigin::Imported ? tr("Imported") : QString();
    const Provider *provider = m_generation ? m_generation->provider(take.provider) : nullptr;
    return provider ? provider->displayName() : take.provider;
}

int TakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_takes.size());
}

QVariant TakeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Take &take = m_takes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return take.asset.originalName;
    case Qt::ToolTipRole:
        return ReviewTracker::tooltipOf(take.flags);
    case AssetIdRole:
        return take.asset.id;
    case AssetRole:
        return QVariant::fromValue(take.asset);
    case InUseRole:
        return take.inUse;
    case DurationRole:
        return take.asset.kind == MediaKind::Image ? 0.0 : take.asset.info.duration;
    case CostRole:
        return take.cost ? QVariant(*take.cost) : QVariant();
    case SourceRole:
        return sourceOf(take);
    case DetailRole: {
        QStringList lines{take.asset.originalName};
        if (!take.model.isEmpty())
            lines << tr("Model: %1").arg(take.model);
        if (!take.prompt.isEmpty())
            lines << tr("Prompt: %1").arg(take.prompt);
        return lines.join(u'\n');
    }
    case NumberRole:
        return m_numbers.value(take.asset.id);
    case FlagsRole:
        return QVariant::fromValue(take.flags);
    case OpenFlagsRole:
        return take.openFlagCount();
    case ReviewingRole:
        return m_reviews->isReviewing(take.asset.id);
    case ReviewedRole:
        return !take.flags.isEmpty() || m_reviews->wasReviewed(take.asset.id);
    case Qt::DecorationRole:
    case PosterRole:
        return m_previews ? m_previews->preview(take.asset).poster : QImage();
    default:
        return {};
    }
}

QHash<int, QByteArray> TakeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AssetIdRole, "assetId");
    names.insert(AssetRole, "asset");
    names.insert(InUseRole, "inUse");
    names.insert(DurationRole, "duration");
    names.insert(CostRole, "cost");
    names.insert(SourceRole, "source");
    names.insert(DetailRole, "detail");
    names.insert(NumberRole, "number");
    names.insert(FlagsRole, "flags");
    names.insert(OpenFlagsRole, "openFlags");
    names.insert(ReviewingRole, "reviewing");
    names.insert(ReviewedRole, "reviewed");
    names.insert(PosterRole, "poster");
    return names;
}

int TakeModel::rowOf(qint64 assetId) const
{
    for (qsizetype row = 0; row < m_takes.size(); ++row) {
        if (m_takes[row].asset.id == assetId)
            return int(row);
    }
    return -1;
}

QString TakeModel::formatCost(const QVariant &cost)
{
    if (!cost.isValid())
        return {};
    const double usd = cost.toDouble();
    if (usd <= 0)
        return tr("free");
    return GenerationTaskModel::money(usd);
}

void TakeModel::onPreviewReady(qint64 assetId)
{
    if (const int row = rowOf(assetId); row >= 0)
        emit dataChanged(index(row), index(row), {Qt::DecorationRole, PosterRole});
}

} // namespace mt
