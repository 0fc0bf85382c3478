// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QStyledItemDelegate>

namespace mt {

// Paints a member of the cast: the portrait cropped to a rounded square (or the initials on a
// colour of the name until there is one), the name, and how many reference pictures it has.
// Reads CharacterModel's roles. Main thread; owned by the characters view.
class CharacterDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PortraitSide = 128;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "AL" for "Ada Lovelace", "Z" for "Zoë".
    static QString initials(const QString &name);
};

} // namespace mt
