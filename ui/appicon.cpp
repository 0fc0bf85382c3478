// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "appicon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace mt {

namespace {

// A four-pointed star: the "generated" mark.
QPainterPath spark(QPointF centre, qreal radius)
{
    QPainterPath path;
    const qreal waist = radius * 0.28;
    path.moveTo(centre.x(), centre.y() - radius);
    path.quadTo(centre.x() + waist * 0.4, centre.y() - waist * 0.4, centre.x() + radius, centre.y());
    path.quadTo(centre.x() + waist * 0.4, centre.y() + waist * 0.4, centre.x(), centre.y() + radius);
    path.quadTo(centre.x() - waist * 0.4, centre.y() + waist * 0.4, centre.x() - radius, centre.y());
    path.quadTo(centre.x() - waist * 0.4, centre.y() - waist * 0.4, centre.x(), centre.y() - radius);
    path.closeSubpath();
    return path;
}

} // namespace

QImage paintAppIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0);

    // The tile: a rounded square, dusk violet to warm orange.
    QLinearGradient dusk(QPointF(0, 0), QPointF(256, 256));
    dusk.setColorAt(0, QColor(0x3b, 0x2a, 0x8c));
    dusk.setColorAt(0.55, QColor(0x8e, 0x2d, 0x8f));
    dusk.setColorAt(1, QColor(0xf2, 0x7a, 0x3a));
    painter.setPen(Qt::NoPen);
    painter.setBrush(dusk);
    painter.drawRoundedRect(QRectF(12, 12, 232, 232), 48, 48);

    // A film frame with sprocket holes.
    const QRectF film(44, 72, 168, 112);
    painter.setBrush(QColor(0x14, 0x12, 0x1f));
    painter.drawRoundedRect(film, 14, 14);
    painter.setBrush(QColor(255, 255, 255, 225));
    for (int i = 0; i < 6; ++i) {
        const qreal x = film.left() + 14 + i * 25.5;
        painter.drawRoundedRect(QRectF(x, film.top() + 8, 14, 10), 3, 3);
        painter.drawRoundedRect(QRectF(x, film.bottom() - 18, 14, 10), 3, 3);
    }
    QLinearGradient screen(QPointF(0, film.top() + 26), QPointF(0, film.bottom() - 26));
    screen.setColorAt(0, QColor(0xff, 0xc8, 0x7a));
    screen.setColorAt(1, QColor(0xf0, 0x6a, 0x5a));
    painter.setBrush(screen);
    painter.drawRoundedRect(QRectF(film.left() + 12, film.top() + 26, film.width() - 24, 60), 6, 6);

    // The spark, over the frame's top right corner.
    painter.setBrush(Qt::white);
    painter.drawPath(spark(QPointF(196, 70), 34));
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawPath(spark(QPointF(160, 44), 14));
    painter.end();
    return image;
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(paintAppIcon(size)));
    return icon;
}

} // namespace mt
