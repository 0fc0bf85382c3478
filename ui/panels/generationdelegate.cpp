// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationdelegate.h"

#include "generation/generationtask.h"
#include "models/generationtaskmodel.h"

#include <QLocale>
#include <QPainter>

namespace mt {

namespace {
constexpr int Margin = 8;
constexpr int Radius = 6;
} // namespace

QColor GenerationDelegate::stateColour(int state, const QPalette &palette)
{
    switch (TaskState(state)) {
    case TaskState::Done:
        return QColor(0x2e, 0x9d, 0x58);
    case TaskState::Failed:
        return QColor(0xc9, 0x3c, 0x37);
    case TaskState::NeedsAttention:
        return QColor(0xd0, 0x84, 0x10);
    case TaskState::Cancelled:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case TaskState::Queued:
        return palette.color(QPalette::Mid);
    default:
        return palette.color(QPalette::Highlight);
    }
}

QSize GenerationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {240, 2 * option.fontMetrics.height() + 3 * Margin};
}

void GenerationDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect cell = option.rect.adjusted(2, 1, -2, -1);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 80 : 30);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, Radius, Radius);
    }

    const int state = index.data(GenerationTaskModel::StateRole).toInt();
    const QColor colour = stateColour(state, palette);
    const QFontMetrics &metrics = option.fontMetrics;
    const int line = metrics.height();

    // The stage pill, right-aligned on the first line.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    small.setBold(true);
    const QFontMetrics smallMetrics(small);
    const QString stage = index.data(GenerationTaskModel::StageRole).toString();
    const int pillWidth = std::min(smallMetrics.horizontalAdvance(stage) + 16, cell.width() / 2);
    const QRect pill(cell.right() - Margin - pillWidth,
                     cell.top() + Margin - 2,
                     pillWidth,
                     line + 4);
    QColor pillFill = colour;
    pillFill.setAlpha(40);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(pillFill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill,
                      Qt::AlignCenter,
                      smallMetrics.elidedText(stage, Qt::ElideRight, pill.width() - 10));

    // The prompt, elided before the pill.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect prompt(cell.left() + Margin,
                       cell.top() + Margin,
                       pill.left() - cell.left() - 2 * Margin,
                       line);
    const QString text = index.data(GenerationTaskModel::PromptRole).toString().simplified();
    // The selection is a light tint, so the text keeps its own colour to stay readable.
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(prompt,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(text, Qt::ElideRight, prompt.width()));

    // Provider · model on the left of the second line, the cost on the right.
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRect second(cell.left() + Margin,
                       prompt.bottom() + Margin / 2,
                       cell.width() - 2 * Margin,
                       line);
    const double cost = index.data(GenerationTaskModel::CostRole).toDouble();
    const QString price = cost > 0 ? GenerationTaskModel::money(cost) : tr("free");
    const int priceWidth = metrics.horizontalAdvance(price);
    painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, price);
    QRect detail = second.adjusted(0, 0, -priceWidth - Margin, 0);
    painter->drawText(detail,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(GenerationTaskModel::DetailRole).toString(),
                                         Qt::ElideRight,
                                         detail.width()));

    // Running tasks get an accent on the left edge, so they stand out in a long history.
    if (!isFinished(TaskState(state)) && TaskState(state) != TaskState::NeedsAttention) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(QRect(cell.left(), cell.top() + 4, 3, cell.height() - 8), 1.5, 1.5);
    }
    painter->restore();
}

} // namespace mt
