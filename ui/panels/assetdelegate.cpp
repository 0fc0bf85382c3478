// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "assetdelegate.h"

#include "domain/mediainfo.h"
#include "models/assetmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 6;
constexpr int Radius = 6;

// A small rounded label on the poster: the colours stay the same on any palette because the
// badge always sits on a picture.
QRect paintBadge(QPainter *painter,
                 const QPoint &anchor,
                 Qt::Alignment corner,
                 const QString &text,
                 const QColor &fill,
                 const QColor &ink)
{
    QFont font = painter->font();
    font.setPixelSize(10);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
    QRect rect(anchor, size);
    if (corner & Qt::AlignRight)
        rect.moveRight(anchor.x());
    if (corner & Qt::AlignBottom)
        rect.moveBottom(anchor.y());
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 4, 4);
    painter->setPen(ink);
    painter->drawText(rect, Qt::AlignCenter, text);
    return rect;
}

QColor kindColour(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QColor(52, 132, 228, 230);
    case MediaKind::Image:
        return QColor(46, 160, 98, 230);
    case MediaKind::Audio:
        return QColor(150, 90, 210, 230);
    }
    return Qt::gray;
}

} // namespace

AssetDelegate::AssetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString AssetDelegate::kindBadge(int mediaKind)
{
    switch (MediaKind(mediaKind)) {
    case MediaKind::Video:
        return tr("VIDEO");
    case MediaKind::Image:
        return tr("IMAGE");
    case MediaKind::Audio:
        return tr("AUDIO");
    }
    return {};
}

QSize AssetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    if (m_layout == Layout::Grid)
        return {PosterWidth + 2 * Margin, PosterHeight + 3 * Margin + line};
    return {ListPosterWidth * 4, std::max(ListPosterHeight, 2 * line + 2) + 2 * Margin};
}

void AssetDelegate::paint(QPainter *painter,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_layout == Layout::Grid)
        paintGrid(painter, option, index);
    else
        paintList(painter, option, index);
    painter->restore();
}

void AssetDelegate::paintPoster(QPainter *painter,
                                const QRect &rect,
                                const QModelIndex &index,
                                bool badges) const
{
    const auto kind = MediaKind(index.data(AssetModel::KindRole).toInt());
    QPainterPath clip;
    clip.addRoundedRect(rect, badges ? Radius - 2 : 3, badges ? Radius - 2 : 3);
    painter->save();
    painter->setClipPath(clip);
    painter->fillRect(rect, QColor(24, 26, 30));
    const QImage poster = index.data(AssetModel::PosterRole).value<QImage>();
    if (!poster.isNull()) {
        const QSize fitted = poster.size().scaled(rect.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), fitted);
        target.moveCenter(rect.center());
        painter->drawImage(target, poster);
    } else {
        // Sound, or a picture still being made: the kind's symbol stands in.
        const QStyle::StandardPixmap symbol = kind == MediaKind::Audio   ? QStyle::SP_MediaVolume
                                              : kind == MediaKind::Image ? QStyle::SP_FileIcon
                                                                         : QStyle::SP_MediaPlay;
        const int side = std::min(rect.height() / 2, 32);
        const QIcon icon = QApplication::style()->standardIcon(symbol);
        QRect target(0, 0, side, side);
        target.moveCenter(rect.center());
        icon.paint(painter, target, Qt::AlignCenter, QIcon::Disabled);
    }
    painter->restore();
    if (!badges)
        return;
    paintBadge(painter,
               rect.topLeft() + QPoint(5, 5),
               Qt::AlignLeft | Qt::AlignTop,
               kindBadge(int(kind)),
               kindColour(kind),
               Qt::white);
    if (index.data(AssetModel::PlaceholderRole).toBool()) {
        paintBadge(painter,
                   rect.topRight() + QPoint(-5, 5),
                   Qt::AlignRight | Qt::AlignTop,
                   tr("STORYBOARD"),
                   QColor(255, 183, 0, 235),
                   QColor(40, 30, 0));
    }
    const QString duration = AssetModel::formatDuration(
            index.data(AssetModel::DurationRole).toDouble());
    if (!duration.isEmpty()) {
        paintBadge(painter,
                   rect.bottomRight() + QPoint(-5, -5),
                   Qt::AlignRight | Qt::AlignBottom,
                   duration,
                   QColor(0, 0, 0, 190),
                   Qt::white);
    }
}

void AssetDelegate::paintGrid(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette &palette = option.palette;
    if (selected || hovered) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 90 : 35);
        painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 1.5) : Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, Radius, Radius);
    }
    const QRect poster(cell.left() + Margin - 2, cell.top() + Margin - 2, PosterWidth, PosterHeight);
    paintPoster(painter, poster, index, true);

    QFont font = option.font;
    painter->setFont(font);
    const QRect text(poster.left(),
                     poster.bottom() + Margin,
                     poster.width(),
                     option.fontMetrics.height());
    painter->setPen(palette.color(QPalette::Text));
    const QString name = option.fontMetrics.elidedText(index.data().toString(),
                                                       Qt::ElideMiddle,
                                                       text.width());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
}

void AssetDelegate::paintList(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QRect row = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    QRect poster(0, 0, ListPosterWidth, ListPosterHeight);
    poster.moveCenter(QPoint(row.left() + ListPosterWidth / 2, row.center().y()));
    paintPoster(painter, poster, index, false);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QRect text(poster.right() + 2 * Margin,
                     row.top(),
                     row.right() - poster.right() - 2 * Margin,
                     row.height());
    const int line = option.fontMetrics.height();
    painter->setFont(option.font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), text.center().y() - line, text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data().toString(),
                                                    Qt::ElideMiddle,
                                                    text.width()));
    QStringList facts{kindBadge(index.data(AssetModel::KindRole).toInt()).toLower()};
    const QString duration = AssetModel::formatDuration(
            index.data(AssetModel::DurationRole).toDouble());
    if (!duration.isEmpty())
        facts << duration;
    const QSize size = index.data(AssetModel::SizeRole).toSize();
    if (size.isValid() && MediaKind(index.data(AssetModel::KindRole).toInt()) != MediaKind::Audio)
        facts << tr("%1 × %2").arg(size.width()).arg(size.height());
    if (index.data(AssetModel::PlaceholderRole).toBool())
        facts << tr("storyboard card");
    QColor dim = painter->pen().color();
    dim.setAlphaF(0.65);
    painter->setPen(dim);
    painter->drawText(QRect(text.left(), text.center().y(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      facts.join(u"  ·  "_s));
}

} // namespace mt
