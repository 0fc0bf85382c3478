// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QRectF>
#include <QString>

class QPainter;

namespace mt {

// How take-review flags look wherever they are shown (the take strip, the media bin, the
// timeline): one amber warning mark, and a small drawn symbol per flag kind, painted rather than
// taken from an icon theme so they look the same on every platform (the offscreen one of the
// tests has no theme). Stateless; main thread (it paints).
class FlagIcons
{
    Q_DECLARE_TR_FUNCTIONS(mt::FlagIcons)

public:
    static QColor warningColour() { return {245, 166, 35}; }

    // An amber rounded triangle with an exclamation mark, filling `rect`.
    static void paintWarning(QPainter &painter, const QRectF &rect);
    // The warning mark with a count beside it in a dark pill ("⚠ 2"), its top-right at `topRight`;
    // returns the rectangle it covers.
    static QRectF paintWarningBadge(QPainter &painter, const QPointF &topRight, int count);
    // The symbol of a flag kind (black, frozen, silent, …) on a tinted disc, `side` pixels.
    static QPixmap kindIcon(const QString &kind, int side, qreal devicePixelRatio = 1.0);
    // For people: "Black picture", "Frozen picture", …
    static QString kindName(const QString &kind);
};

} // namespace mt
