// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/mediainfo.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace mt {

// What the media bin shows of an AssetModel: one kind or all, storyboard cards only, and the
// names that contain the search text (any case, words in any order).
// Main thread; owned by the panel, over a source model it also owns.
class AssetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Video, Images, Audio, Storyboard };
    Q_ENUM(Show)

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QStringList m_words;
};

} // namespace mt
