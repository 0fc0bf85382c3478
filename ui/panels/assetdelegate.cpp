// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "assetdelegate.h"

#include "domain/mediainfo.h"
#include "flagicons.h"
#include "models/assetmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include <algorithm>
#include <cmath>

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

// The sound's shape as bars, mirrored round the middle: what a music card shows instead of a
// picture.
void paintPeaks(QPainter *painter, const QRect &rect, const QList<float> &peaks)
{
    // Room for the badges above and below on a card; the same proportions in a list row.
    const double dx = std::min(8.0, rect.width() * 0.06);
    const double dy = rect.height() * 0.22;
    const QRectF area = QRectF(rect).adjusted(dx, dy, -dx, -dy);
    const double pitch = rect.width() < 100 ? 2 : 3;
    const int bars = std::max(1, int(area.width() / pitch));
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(170, 120, 235));
    const double mid = area.center().y();
    for (int bar = 0; bar < bars; ++bar) {
        const qsizetype from = peaks.size() * bar / bars;
        const qsizetype to = std::max(from + 1, peaks.size() * (bar + 1) / bars);
        float peak = 0;
        for (qsizetype i = from; i < to && i < peaks.size(); ++i)
            peak = std::max(peak, peaks[i]);
        // On a decibel scale down to -48 dB, as sound editors draw it: speech and quiet music
        // still have a shape, and a loud passage still stands out.
        const double level = peak > 0 ? std::clamp(1 + 20 * std::log10(double(peak)) / 48, 0.0, 1.0)
                                      : 0;
        const double half = std::max(0.5, area.height() / 2 * level);
        painter->drawRect(QRectF(area.left() + bar * pitch, mid - half, pitch - 1, 2 * half));
    }
    painter->restore();
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
    } else if (const auto peaks = index.data(AssetModel::PeaksRole).value<QList<float>>();
               kind == MediaKind::Audio && !peaks.isEmpty()) {
        paintPeaks(painter, rect, peaks);
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
    // A take review found problems: the warning mark and how many, top right, where the eye
    // looks for state (a storyboard card is never reviewed, so the two do not meet).
    const int flags = index.data(AssetModel::OpenFlagsRole).toInt();
    if (flags > 0)
        FlagIcons::paintWarningBadge(*painter, rect.topRight() + QPointF(-5, 5), flags);
    if (index.data(AssetModel::PlaceholderRole).toBool() && flags == 0) {
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
    const int flags = index.data(AssetModel::OpenFlagsRole).toInt();
    QColor dim = painter->pen().color();
    dim.setAlphaF(0.65);
    painter->setPen(dim);
    QRect factsRect(text.left(), text.center().y(), text.width(), line);
    if (flags > 0) {
        // In a list row the warning leads the facts, with how many problems review found.
        const int side = line - 2;
        FlagIcons::paintWarning(*painter, QRectF(factsRect.left(), factsRect.top() + 1, side, side));
        const QString problems = flags == 1 ? tr("1 problem") : tr("%1 problems").arg(flags);
        painter->save();
        painter->setPen(FlagIcons::warningColour().darker(selected ? 100 : 140));
        const QRect problemRect = factsRect.adjusted(side + 4, 0, 0, 0);
        painter->drawText(problemRect, Qt::AlignLeft | Qt::AlignVCenter, problems);
        painter->restore();
        const int after = problemRect.left() + option.fontMetrics.horizontalAdvance(problems);
        const QString separator = u"  ·  "_s;
        painter->drawText(QRect(after, factsRect.top(), factsRect.right() - after, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          separator);
        factsRect.setLeft(after + option.fontMetrics.horizontalAdvance(separator));
    }
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter, facts.join(u"  ·  "_s));
}

} // namespace mt
