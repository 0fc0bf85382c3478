// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelinePainter: the clips, their filmstrips and transitions, and the sounds with their waveforms.
#include "timelinepainter.h"

#include "models/mediapreviews.h"
#include "panels/flagicons.h"
#include "panels/timelinepalette.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace timelinepalette;

void TimelinePainter::paintClip(QPainter &painter,
                                const TimelineLayout &layout,
                                const TimelineMetrics &metrics,
                                int index,
                                double start,
                                double end,
                                double in,
                                bool selected,
                                bool ghost)
{
    const Clip &clip = layout.timeline().clips[index];
    const QRect track = metrics.videoRect();
    const int x0 = metrics.xOf(start);
    const int x1 = metrics.xOf(end);
    const QRect rect(x0, track.top() + 3, std::max(1, x1 - x0), track.height() - 6);
    const auto asset = layout.timeline().assets.constFind(clip.assetId);
    const bool still = clip.stillDuration.has_value();
    QColor body = still ? StillBody : VideoBody;
    if (index % 2)
        body = body.lighter(112); // neighbours stay apart when the clips are slivers
    if (ghost)
        painter.setOpacity(0.35);
    if (rect.width() < 6) {
        painter.fillRect(rect, selected ? Selection : body);
        painter.setOpacity(1);
        return;
    }
    painter.fillRect(rect, body);
    const QRect title(rect.left(), rect.top(), rect.width(), TimelineMetrics::ClipTitleHeight);
    painter.fillRect(title, selected ? Selection.darker(190) : (still ? StillTitle : VideoTitle));
    const QRect film = rect.adjusted(1, TimelineMetrics::ClipTitleHeight, -1, -1);
    if (asset != layout.timeline().assets.cend() && rect.width() >= 12)
        paintFilmstrip(painter, *asset, film, in, metrics.pixelsPerSecond, track);
    // A take review found problems: a warning mark leads the title, before the name.
    int markWidth = 0;
    if (m_flagged.value(clip.assetId) > 0 && rect.width() > 22 && !ghost) {
        const int side = TimelineMetrics::ClipTitleHeight - 4;
        const int left = std::max(title.left(), track.left()) + 4;
        FlagIcons::paintWarning(painter, QRectF(left, title.top() + 2, side, side));
        markWidth = side + 4;
    }
    if (rect.width() > 36 + markWidth && asset != layout.timeline().assets.cend()) {
        // The name stays in view while the clip's start is scrolled off, as in other editors.
        const int left = std::max(title.left(), track.left()) + markWidth;
        const QRect text = QRect(QPoint(left, title.top()), title.bottomRight())
                                   .adjusted(5, 0, -5, 0);
        QString length = seconds(end - start);
        if (std::abs(clip.volume - 1) > 1e-6)
            length = tr("%1 %  ·  %2").arg(std::lround(clip.volume * 100)).arg(length);
        const QFontMetrics fm = painter.fontMetrics();
        const bool roomForLength = text.width() > fm.horizontalAdvance(asset->originalName) / 2
                                                          + fm.horizontalAdvance(length) + 16;
        painter.setPen(Qt::white);
        const int nameWidth = roomForLength ? text.width() - fm.horizontalAdvance(length) - 8
                                            : text.width();
        painter.drawText(text.adjusted(0, 0, nameWidth - text.width(), 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(asset->originalName, Qt::ElideRight, nameWidth));
        if (roomForLength) {
            painter.setPen(LabelText);
            painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, length);
        }
    }
    painter.setPen(Separator);
    painter.drawLine(rect.topRight(), rect.bottomRight());
    if (selected) {
        painter.setPen(QPen(Selection, 2));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter.setOpacity(1);
}

void TimelinePainter::paintFilmstrip(QPainter &painter,
                                     const Asset &asset,
                                     const QRect &area,
                                     double in,
                                     double pixelsPerSecond,
                                     const QRect &visible)
{
    const Strip &pictures = strip(asset, area.height(), painter.device()->devicePixelRatioF());
    if (pictures.tileWidth <= 0) {
        // Until the filmstrip is ready the clip is a plain block; a hint says why it stays so.
        if (pictures.ready && area.width() > 80) {
            painter.setPen(DimText);
            painter.drawText(area, Qt::AlignCenter, tr("no picture"));
        }
        return;
    }
    const QRect clipped = area.intersected(visible);
    if (clipped.isEmpty())
        return;
    painter.save();
    painter.setClipRect(clipped, Qt::IntersectClip);
    const int tile = pictures.tileWidth;
    const int firstSlot = std::max(0, (clipped.left() - area.left()) / tile);
    const int lastSlot = (clipped.right() - area.left()) / tile;
    for (int slot = firstSlot; slot <= lastSlot; ++slot) {
        // Each slot shows the tile nearest to the asset time at its middle, so the strip
        // follows the clip's in point and zoom rather than stretching the whole asset.
        const int nearest = TimelineLayout::nearestTile(pictures.times,
                                                        in + (slot + 0.5) * tile / pixelsPerSecond);
        painter.drawPixmap(QRect(area.left() + slot * tile, area.top(), tile, area.height()),
                           pictures.pixmap,
                           QRect(nearest * pictures.tilePixels,
                                 0,
                                 pictures.tilePixels,
                                 pictures.pixmap.height()));
    }
    painter.restore();
}

void TimelinePainter::paintTransition(QPainter &painter,
                                      const TimelineLayout &layout,
                                      const TimelineMetrics &metrics,
                                      int index)
{
    const double length = layout.transitionAfter(index);
    if (length <= 0 || index + 1 >= layout.clipCount())
        return;
    const QRect track = metrics.videoRect();
    const Transition kind = layout.timeline().clips[index].transition;
    const bool crossfade = kind == Transition::Crossfade;
    const double cut = layout.clipEnd(index);
    const double from = crossfade ? layout.clipStart(index + 1) : cut - length / 2;
    const double to = crossfade ? cut : cut + length / 2;
    const QRect area(QPoint(metrics.xOf(from), track.top() + 3 + TimelineMetrics::ClipTitleHeight),
                     QPoint(metrics.xOf(to), track.bottom() - 4));
    if (area.width() < 5) {
        // Zoomed far out a transition is a mark between slivers, not a picture.
        painter.fillRect(QRect(area.left(), area.top(), std::max(1, area.width()), area.height()),
                         crossfade ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 200));
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (crossfade) {
        painter.fillRect(area, QColor(255, 255, 255, 40));
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.5));
        painter.drawLine(area.topLeft(), area.bottomRight());
        painter.drawLine(area.bottomLeft(), area.topRight());
        painter.setPen(QPen(QColor(255, 255, 255, 160), 1));
        painter.drawRect(area);
    } else {
        QLinearGradient dip(area.left(), 0, area.right(), 0);
        dip.setColorAt(0, QColor(0, 0, 0, 0));
        dip.setColorAt(0.5, QColor(0, 0, 0, 235));
        dip.setColorAt(1, QColor(0, 0, 0, 0));
        painter.fillRect(area, dip);
    }
    if (layout.xOf(layout.clipDuration(index)) > 40 || area.width() > 30) {
        const QString label = crossfade ? seconds(length) : tr("Dip %1").arg(seconds(length));
        chip(painter,
             QPoint(area.center().x(), area.bottom() - 10),
             label,
             crossfade ? QColor(0x4a, 0x4d, 0x55, 230) : QColor(0, 0, 0, 220));
    }
    painter.restore();
}

void TimelinePainter::paintAudio(QPainter &painter,
                                 const TimelineLayout &layout,
                                 const TimelineMetrics &metrics,
                                 int index,
                                 double start,
                                 double in,
                                 double duration,
                                 double fadeIn,
                                 double fadeOut,
                                 bool selected,
                                 bool ghost)
{
    const AudioClip &clip = layout.timeline().audio[index];
    const QRect row = metrics.audioRowRect(layout.audioPlacement(index).row);
    const int x0 = metrics.xOf(start);
    const QRect rect(x0,
                     row.top() + 3,
                     std::max(2, metrics.xOf(start + duration) - x0),
                     row.height() - 6);
    const QRect shown = rect.intersected(row);
    if (shown.isEmpty())
        return;
    const bool voice = clip.role == AudioRole::Voice;
    painter.save();
    if (ghost)
        painter.setOpacity(0.35);
    painter.fillRect(rect, voice ? VoiceBody : MusicBody);
    const auto asset = layout.timeline().assets.constFind(clip.assetId);
    const QRect wave = rect.adjusted(1, 15, -1, -2);
    if (asset != layout.timeline().assets.cend()) {
        const MediaPreviews::Preview &preview = m_previews.preview(*asset);
        if (preview.waveform && preview.waveform->buckets() > 0 && preview.waveform->duration > 0) {
            const Waveform &peaks = *preview.waveform;
            const double perSecond = peaks.buckets() / peaks.duration;
            const double middle = wave.center().y() + 0.5;
            const double half = wave.height() / 2.0;
            QList<QLineF> lines;
            const QRect columns = wave.intersected(row);
            lines.reserve(columns.width());
            for (int x = columns.left(); x <= columns.right(); ++x) {
                const double t0 = (x - x0) / metrics.pixelsPerSecond;
                const double t1 = (x + 1 - x0) / metrics.pixelsPerSecond;
                const int b0 = std::clamp(int((in + t0) * perSecond), 0, peaks.buckets() - 1);
                const int b1 = std::clamp(int((in + t1) * perSecond), b0, peaks.buckets() - 1);
                float low = peaks.minimum[b0];
                float high = peaks.maximum[b0];
                for (int b = b0 + 1; b <= b1; ++b) {
                    low = std::min(low, peaks.minimum[b]);
                    high = std::max(high, peaks.maximum[b]);
                }
                // What is heard: the volume and the fades shape the drawn peaks.
                double gain = clip.volume;
                if (fadeIn > 0 && t0 < fadeIn)
                    gain *= t0 / fadeIn;
                if (fadeOut > 0 && duration - t0 < fadeOut)
                    gain *= std::max(0.0, duration - t0) / fadeOut;
                lines.append(QLineF(x,
                                    middle - std::min(1.0, high * gain) * half,
                                    x,
                                    middle - std::max(-1.0, low * gain) * half + 1));
            }
            painter.setPen(voice ? VoiceWave : MusicWave);
            painter.drawLines(lines);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 190), 1));
    if (fadeIn > 0) {
        const int x = metrics.xOf(start + fadeIn);
        painter.fillPath(
                [&] {
                    QPainterPath path;
                    path.moveTo(rect.left(), rect.top());
                    path.lineTo(x, rect.top());
                    path.lineTo(rect.left(), rect.bottom());
                    path.closeSubpath();
                    return path;
                }(),
                QColor(0, 0, 0, 110));
        painter.drawLine(rect.left(), rect.bottom(), x, rect.top());
    }
    if (fadeOut > 0) {
        const int x = metrics.xOf(start + duration - fadeOut);
        QPainterPath path;
        path.moveTo(x, rect.top());
        path.lineTo(rect.right(), rect.top());
        path.lineTo(rect.right(), rect.bottom());
        path.closeSubpath();
        painter.fillPath(path, QColor(0, 0, 0, 110));
        painter.drawLine(x, rect.top(), rect.right(), rect.bottom());
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (rect.width() > 40 && asset != layout.timeline().assets.cend()) {
        QString label = asset->originalName;
        if (std::abs(clip.volume - 1) > 1e-6)
            label += tr("  ·  %1 %").arg(std::lround(clip.volume * 100));
        const QRect text(std::max(rect.left(), row.left()) + 5,
                         rect.top(),
                         std::min(rect.right(), row.right()) - std::max(rect.left(), row.left())
                                 - 10,
                         14);
        painter.setPen(Qt::white);
        painter.drawText(text,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
    }
    if (selected) {
        painter.setPen(QPen(Selection, 2));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        // Handles to drag the fades by, at the top where each fade ends.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Separator, 1));
        painter.setBrush(Qt::white);
        for (const int x : {metrics.xOf(start + fadeIn), metrics.xOf(start + duration - fadeOut)})
            painter.drawEllipse(QPoint(x, rect.top() + 4), 4, 4);
    }
    painter.restore();
}

} // namespace mt
