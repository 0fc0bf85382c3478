// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "flagicons.h"

#include "domain/assetflag.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

void FlagIcons::paintWarning(QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top() + side * 0.06);
    triangle.lineTo(box.right() - side * 0.02, box.bottom() - side * 0.08);
    triangle.lineTo(box.left() + side * 0.02, box.bottom() - side * 0.08);
    triangle.closeSubpath();
    painter.setPen(QPen(warningColour().darker(125),
                        std::max(1.0, side * 0.07),
                        Qt::SolidLine,
                        Qt::RoundCap,
                        Qt::RoundJoin));
    painter.setBrush(warningColour());
    painter.drawPath(triangle);
    // The exclamation mark: a bar and a dot, in near-black so it reads on amber.
    const QColor ink(40, 28, 0);
    painter.setPen(QPen(ink, std::max(1.2, side * 0.11), Qt::SolidLine, Qt::RoundCap));
    const double x = box.center().x();
    painter.drawLine(QPointF(x, box.top() + side * 0.36), QPointF(x, box.top() + side * 0.60));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    const double dot = std::max(1.2, side * 0.12);
    painter.drawEllipse(QPointF(x, box.top() + side * 0.74), dot / 2, dot / 2);
    painter.restore();
}

QRectF FlagIcons::paintWarningBadge(QPainter &painter, const QPointF &topRight, int count)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QString text = QString::number(count);
    const double height = metrics.height() + 4;
    const double icon = height - 4;
    const double width = 4 + icon + 3 + metrics.horizontalAdvance(text) + 7;
    const QRectF pill(topRight.x() - width, topRight.y(), width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(20, 20, 22, 215));
    painter.drawRoundedRect(pill, height / 2, height / 2);
    paintWarning(painter, QRectF(pill.left() + 4, pill.top() + 2, icon, icon));
    painter.setPen(warningColour());
    painter.drawText(QRectF(pill.left() + 4 + icon + 3, pill.top(), width, height),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     text);
    painter.restore();
    return pill;
}

QPixmap FlagIcons::kindIcon(const QString &kind, int side, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, side - 1.0, side - 1.0);
    QColor disc = warningColour();
    if (kind == FlagKind::Decode)
        disc = QColor(214, 69, 65); // a damaged file is worse than a weak take
    painter.setPen(Qt::NoPen);
    painter.setBrush(disc);
    painter.drawEllipse(box);

    const QColor ink(40, 28, 0);
    const double s = side;
    const QPointF c = box.center();
    painter.setPen(QPen(ink, std::max(1.2, s * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    if (kind == FlagKind::Black) {
        // A black frame.
        painter.setBrush(QColor(15, 15, 15));
        painter.drawRoundedRect(QRectF(c.x() - s * 0.26, c.y() - s * 0.19, s * 0.52, s * 0.38),
                                s * 0.05,
                                s * 0.05);
    } else if (kind == FlagKind::Frozen) {
        // Pause bars: the picture stands still.
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(c.x() - s * 0.2, c.y() - s * 0.22, s * 0.13, s * 0.44), 1, 1);
        painter.drawRoundedRect(QRectF(c.x() + s * 0.07, c.y() - s * 0.22, s * 0.13, s * 0.44),
                                1,
                                1);
    } else if (kind == FlagKind::Silent) {
        // A speaker, crossed out.
        QPainterPath speaker;
        speaker.moveTo(c.x() - s * 0.26, c.y() - s * 0.09);
        speaker.lineTo(c.x() - s * 0.14, c.y() - s * 0.09);
        speaker.lineTo(c.x() + s * 0.02, c.y() - s * 0.24);
        speaker.lineTo(c.x() + s * 0.02, c.y() + s * 0.24);
        speaker.lineTo(c.x() - s * 0.14, c.y() + s * 0.09);
        speaker.lineTo(c.x() - s * 0.26, c.y() + s * 0.09);
        speaker.closeSubpath();
        painter.setBrush(ink);
        painter.drawPath(speaker);
        painter.drawLine(QPointF(c.x() + s * 0.1, c.y() - s * 0.1),
                         QPointF(c.x() + s * 0.28, c.y() + s * 0.1));
        painter.drawLine(QPointF(c.x() + s * 0.1, c.y() + s * 0.1),
                         QPointF(c.x() + s * 0.28, c.y() - s * 0.1));
    } else if (kind == FlagKind::Duration) {
        // A clock.
        painter.drawEllipse(c, s * 0.26, s * 0.26);
        painter.drawLine(c, QPointF(c.x(), c.y() - s * 0.16));
        painter.drawLine(c, QPointF(c.x() + s * 0.12, c.y()));
    } else if (kind == FlagKind::Size) {
        // A frame with its corners: the picture's size.
        const QRectF frame(c.x() - s * 0.26, c.y() - s * 0.18, s * 0.52, s * 0.36);
        painter.drawRect(frame);
        painter.drawLine(QPointF(frame.left() + s * 0.1, frame.center().y()),
                         QPointF(frame.right() - s * 0.1, frame.center().y()));
    } else if (kind == FlagKind::Decode) {
        // A broken line: damaged data.
        painter.setPen(
                QPen(Qt::white, std::max(1.2, s * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath zigzag;
        zigzag.moveTo(c.x() - s * 0.26, c.y());
        zigzag.lineTo(c.x() - s * 0.1, c.y() - s * 0.16);
        zigzag.lineTo(c.x() + s * 0.02, c.y() + s * 0.14);
        zigzag.lineTo(c.x() + s * 0.14, c.y() - s * 0.08);
        zigzag.lineTo(c.x() + s * 0.26, c.y() + s * 0.04);
        painter.drawPath(zigzag);
    } else if (kind == FlagKind::Drift) {
        // Two frames apart: the first frame moved away from its reference.
        painter.drawRect(QRectF(c.x() - s * 0.27, c.y() - s * 0.2, s * 0.3, s * 0.24));
        painter.setBrush(ink);
        painter.drawRect(QRectF(c.x() - s * 0.02, c.y() - s * 0.03, s * 0.28, s * 0.22));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(c.x() - s * 0.05, c.y() - s * 0.25, s * 0.1, s * 0.32), 1, 1);
        painter.drawEllipse(QPointF(c.x(), c.y() + s * 0.2), s * 0.06, s * 0.06);
    }
    return pixmap;
}

QString FlagIcons::kindName(const QString &kind)
{
    if (kind == FlagKind::Black)
        return tr("Black picture");
    if (kind == FlagKind::Frozen)
        return tr("Frozen picture");
    if (kind == FlagKind::Silent)
        return tr("No sound");
    if (kind == FlagKind::Duration)
        return tr("Wrong length");
    if (kind == FlagKind::Size)
        return tr("Wrong frame size");
    if (kind == FlagKind::Decode)
        return tr("Damaged data");
    if (kind == FlagKind::Drift)
        return tr("Drifts from its reference");
    return kind;
}

} // namespace mt
