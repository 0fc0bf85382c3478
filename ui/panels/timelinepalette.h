// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "panels/timelinepainter.h"

#include <QColor>
#include <QFontMetrics>
#include <QPainter>

// What the timeline painter's files share: its colours and two small drawing helpers.
namespace mt::timelinepalette {

// A dark editor palette in the manner of Shotcut and Kdenlive: tracks recede, clips stand out,
// the selection and the playhead are the brightest things on screen.
inline const QColor Background(0x1b, 0x1c, 0x1f);
inline const QColor TrackBackground(0x24, 0x26, 0x2a);
inline const QColor HeaderBackground(0x2c, 0x2e, 0x33);
inline const QColor Separator(0x12, 0x13, 0x15);
inline const QColor RulerBackground(0x2a, 0x2c, 0x30);
inline const QColor RulerTick(0x70, 0x74, 0x7c);
inline const QColor LabelText(0xc4, 0xc7, 0xcd);
inline const QColor DimText(0x8b, 0x8f, 0x97);
inline const QColor VideoBody(0x33, 0x4f, 0x7a);
inline const QColor VideoTitle(0x26, 0x3b, 0x5c);
inline const QColor StillBody(0x55, 0x47, 0x82);
inline const QColor StillTitle(0x40, 0x35, 0x63);
inline const QColor MusicBody(0x1f, 0x47, 0x38);
inline const QColor MusicWave(0x5c, 0xc8, 0x8f);
inline const QColor VoiceBody(0x22, 0x40, 0x60);
inline const QColor VoiceWave(0x64, 0xaf, 0xea);
inline const QColor Selection(0xff, 0xb3, 0x40);
inline const QColor Playhead(0xff, 0x4f, 0x4f);
inline const QColor Marker(0xff, 0xd2, 0x4a);

inline QString seconds(double value)
{
    return TimelinePainter::tr("%1 s").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

// A small rounded label, e.g. a transition's duration.
inline void chip(QPainter &painter, const QPoint &center, const QString &text, const QColor &fill)
{
    const QFontMetrics metrics = painter.fontMetrics();
    const QRect box(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
    const QRect placed = box.translated(center - box.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(placed, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(placed, Qt::AlignCenter, text);
    painter.setBrush(Qt::NoBrush);
}

} // namespace mt::timelinepalette
