// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QStyledItemDelegate>

namespace mt {

// Paints an asset of the media bin: in the grid a poster card (the picture letterboxed on dark,
// a kind badge top left, a "storyboard" badge top right for placeholder cards, the duration
// bottom right, the name below); in the list a row with a small poster, the name and the
// facts (kind, duration, size). A take that review flagged gets the warning mark with its count
// top right (in the list: leading the facts). Reads everything from AssetModel's roles.
// Main thread; owned by the bin's view.
class AssetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Layout { Grid, List };

    static constexpr int PosterWidth = 176;
    static constexpr int PosterHeight = 99; // 16:9
    static constexpr int ListPosterWidth = 64;
    static constexpr int ListPosterHeight = 36;

    explicit AssetDelegate(QObject *parent = nullptr);

    void setLayout(Layout layout) { m_layout = layout; }
    Layout layout() const { return m_layout; }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Text of the kind badge, e.g. "VIDEO".
    static QString kindBadge(int mediaKind);

private:
    void paintPoster(QPainter *painter,
                     const QRect &rect,
                     const QModelIndex &index,
                     bool badges) const;
    void paintGrid(QPainter *painter,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    void paintList(QPainter *painter,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;

    Layout m_layout = Layout::Grid;
};

} // namespace mt
