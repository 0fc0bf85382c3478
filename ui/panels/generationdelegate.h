// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QStyledItemDelegate>

namespace mt {

// Paints one generation task of GenerationTaskModel as a two-line row: the prompt and a tinted
// stage pill on the first line, provider · model and the cost on the second, a thin progress
// stripe while the task runs. Main thread; owned by the view it paints.
class GenerationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The colour of a stage pill, by TaskState (as int).
    static QColor stateColour(int state, const QPalette &palette);
};

} // namespace mt
