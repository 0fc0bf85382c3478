// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "characterdelegate.h"

#include "models/charactermodel.h"

#include <QPainter>
#include <QPainterPath>

namespace mt {

namespace {
constexpr int Margin = 8;
constexpr int Radius = 10;
} // namespace

QString CharacterDelegate::initials(const QString &name)
{
    QString letters;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2)
            break;
    }
    return letters;
}

QSize CharacterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {PortraitSide + 2 * Margin, PortraitSide + 3 * Margin + 2 * option.fontMetrics.height()};
}

void CharacterDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &palette = option.palette;
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 90 : 35);
        painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 1.5) : Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, Radius, Radius);
    }

    const QRect portrait(cell.left() + (cell.width() - PortraitSide) / 2,
                         cell.top() + Margin - 2,
                         PortraitSide,
                         PortraitSide);
    QPainterPath clip;
    clip.addRoundedRect(portrait, Radius - 2, Radius - 2);
    painter->setClipPath(clip);
    const QImage picture = index.data(CharacterModel::PortraitRole).value<QImage>();
    const QString name = index.data().toString();
    if (!picture.isNull()) {
        // Cropped to fill: portraits are rarely square and a face belongs in the middle.
        const QSize filled = picture.size().scaled(portrait.size(), Qt::KeepAspectRatioByExpanding);
        QRect target(QPoint(), filled);
        target.moveCenter(portrait.center());
        painter->drawImage(target, picture);
    } else {
        // A steady colour per name, so a character is recognisable before it has a picture.
        const QColor colour = QColor::fromHsl(int(qHash(name) % 360), 110, 120);
        painter->fillRect(portrait, colour);
        QFont big = option.font;
        big.setPixelSize(PortraitSide / 3);
        big.setBold(true);
        painter->setFont(big);
        painter->setPen(Qt::white);
        painter->drawText(portrait, Qt::AlignCenter, initials(name));
    }
    painter->setClipping(false);

    const int line = option.fontMetrics.height();
    QRect text(cell.left() + Margin, portrait.bottom() + Margin, cell.width() - 2 * Margin, line);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(text,
                      Qt::AlignHCenter | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
    text.translate(0, line);
    painter->setFont(option.font);
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.6);
    painter->setPen(dim);
    const int pictures = index.data(CharacterModel::ImageCountRole).toInt();
    painter->drawText(text,
                      Qt::AlignHCenter | Qt::AlignVCenter,
                      pictures == 0 ? tr("no pictures yet")
                                    : tr("%n picture(s)", nullptr, pictures));
    painter->restore();
}

} // namespace mt
