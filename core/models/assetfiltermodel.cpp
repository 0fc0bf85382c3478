// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "assetfiltermodel.h"

#include "assetmodel.h"

namespace mt {

void AssetFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void AssetFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool AssetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = MediaKind(index.data(AssetModel::KindRole).toInt());
    switch (m_show) {
    case Show::All:
        break;
    case Show::Video:
        if (kind != MediaKind::Video)
            return false;
        break;
    case Show::Images:
        if (kind != MediaKind::Image)
            return false;
        break;
    case Show::Audio:
        if (kind != MediaKind::Audio)
            return false;
        break;
    case Show::Storyboard:
        if (!index.data(AssetModel::PlaceholderRole).toBool())
            return false;
        break;
    }
    const QString name = index.data(Qt::DisplayRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace mt
