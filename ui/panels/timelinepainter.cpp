// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinepainter.h"

#include "models/mediapreviews.h"
#include "panels/timelinepalette.h"

#include <QFontDatabase>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;
using namespace timelinepalette;

int TimelineMetrics::xOf(double seconds) const
{
    return HeaderWidth + LeftPadding + int(std::lround(seconds * pixelsPerSecond)) - scroll;
}

double TimelineMetrics::timeAt(int x) const
{
    return (x - HeaderWidth - LeftPadding + scroll) / pixelsPerSecond;
}

QRect TimelineMetrics::videoRect() const
{
    return {HeaderWidth, RulerHeight + TrackGap, width - HeaderWidth, VideoHeight};
}

QRect TimelineMetrics::audioRowRect(int row) const
{
    const int top = RulerHeight + TrackGap + VideoHeight + TrackGap + row * (AudioHeight + 2);
    return {HeaderWidth, top, width - HeaderWidth, AudioHeight};
}

int TimelineMetrics::height() const
{
    return audioRowRect(std::max(1, audioRows) - 1).bottom() + TrackGap + 1;
}

void TimelinePainter::paint(QPainter &painter,
                            const TimelineLayout &layout,
                            const TimelineMetrics &metrics,
                            const TimelineViewState &state,
                            const TimelineOverlay &overlay)
{
    const QRect all(0, 0, metrics.width, std::max(metrics.height(), painter.device()->height()));
    painter.fillRect(all, Background);
    QFont small = painter.font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    painter.setFont(small);

    paintRuler(painter, metrics, state);
    painter.fillRect(metrics.videoRect(), TrackBackground);
    for (int row = 0; row < layout.audioRows().size(); ++row)
        painter.fillRect(metrics.audioRowRect(row), TrackBackground);

    const QRect tracks(metrics.trackLeft(), metrics.RulerHeight, metrics.width, all.height());
    painter.save();
    painter.setClipRect(tracks);
    const auto [first, last] = layout.clipsBetween(metrics.visibleFrom(), metrics.visibleTo());
    const QList<Clip> &clips = layout.timeline().clips;
    for (int i = first; i < last; ++i) {
        const bool selected = clips[i].id == state.selectedClip;
        if (i == overlay.trimClip) {
            painter.setPen(QPen(DimText, 1, Qt::DashLine));
            const QRect before = metrics.videoRect();
            painter.drawRect(QRect(QPoint(metrics.xOf(layout.clipStart(i)), before.top() + 3),
                                   QPoint(metrics.xOf(layout.clipEnd(i)) - 1, before.bottom() - 3)));
            paintClip(painter,
                      layout,
                      metrics,
                      i,
                      overlay.trimStart,
                      overlay.trimEnd,
                      overlay.trimIn,
                      selected,
                      false);
            continue;
        }
        paintClip(painter,
                  layout,
                  metrics,
                  i,
                  layout.clipStart(i),
                  layout.clipEnd(i),
                  clips[i].in,
                  selected,
                  i == overlay.movingClip);
    }
    // Transitions sit over both clips they join; the one before the first visible clip may
    // reach into view.
    for (int i = std::max(0, first - 1); i < last; ++i)
        paintTransition(painter, layout, metrics, i);
    if (layout.clipCount() == 0 && !state.emptyText.isEmpty()) {
        const QRect box = metrics.videoRect().adjusted(16, 10, -16, -10);
        painter.setPen(QPen(DimText, 1, Qt::DashLine));
        painter.drawRoundedRect(box, 6, 6);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, state.emptyText);
    }
    const QList<AudioClip> &audio = layout.timeline().audio;
    for (int i = 0; i < audio.size(); ++i) {
        const TimelineLayout::AudioPlacement &placed = layout.audioPlacement(i);
        paintAudio(painter,
                   layout,
                   metrics,
                   i,
                   placed.start,
                   audio[i].in,
                   placed.duration,
                   audio[i].fadeIn,
                   audio[i].fadeOut,
                   audio[i].id == state.selectedAudio,
                   i == overlay.movingAudio);
    }
    if (layout.clipCount() > 0) {
        // Sound past the last picture is not in the film: shown, but dimmed.
        const int end = std::max(metrics.trackLeft(), metrics.xOf(layout.duration()));
        for (int row = 0; row < layout.audioRows().size(); ++row) {
            const QRect rect = metrics.audioRowRect(row);
            painter.fillRect(QRect(end, rect.top(), metrics.width - end, rect.height()),
                             QColor(0x12, 0x13, 0x15, 150));
        }
    }
    paintOverlay(painter, layout, metrics, state, overlay);
    const int x = metrics.xOf(state.playhead);
    if (x >= metrics.trackLeft()) {
        painter.setPen(QPen(Playhead, 1));
        painter.drawLine(x, metrics.RulerHeight, x, all.height());
    }
    painter.restore();
    paintHeaders(painter, layout, metrics, state);
}

const TimelinePainter::Strip &TimelinePainter::strip(const Asset &asset,
                                                     int height,
                                                     qreal devicePixelRatio)
{
    if (height != m_stripHeight || devicePixelRatio != m_stripRatio) {
        m_strips.clear();
        m_stripHeight = height;
        m_stripRatio = devicePixelRatio;
    }
    // Scaled for the screen's pixels, so pictures stay sharp on a high-density display.
    const int pixels = int(std::lround(height * devicePixelRatio));
    auto found = m_strips.find(asset.id);
    if (found != m_strips.end())
        return *found;
    Strip &made = m_strips[asset.id];
    const MediaPreviews::Preview &preview = m_previews.preview(asset);
    made.ready = preview.ready;
    if (asset.kind == MediaKind::Video && !preview.filmstrip.isNull()
        && preview.strip.tileHeight > 0 && !preview.strip.times.isEmpty()) {
        made.pixmap = QPixmap::fromImage(
                preview.filmstrip.scaledToHeight(pixels, Qt::SmoothTransformation));
        made.tilePixels = made.pixmap.width() / int(preview.strip.times.size());
        made.times = preview.strip.times;
    } else if (!preview.poster.isNull()) {
        made.pixmap = QPixmap::fromImage(
                preview.poster.scaledToHeight(pixels, Qt::SmoothTransformation));
        made.tilePixels = made.pixmap.width();
        made.times = {0};
    }
    made.pixmap.setDevicePixelRatio(devicePixelRatio);
    made.tileWidth = int(std::lround(made.tilePixels / devicePixelRatio));
    return made;
}

void TimelinePainter::paintRuler(QPainter &painter,
                                 const TimelineMetrics &metrics,
                                 const TimelineViewState &state)
{
    const QRect ruler = metrics.rulerRect();
    painter.fillRect(ruler, RulerBackground);
    painter.setPen(Separator);
    painter.drawLine(ruler.bottomLeft(), ruler.bottomRight());
    const TimelineLayout::RulerSteps steps = TimelineLayout::rulerSteps(metrics.pixelsPerSecond,
                                                                        state.fps,
                                                                        90);
    const double minor = steps.major / steps.minorPerMajor;
    const qint64 firstTick = qint64(std::floor(std::max(0.0, metrics.visibleFrom()) / minor));
    const qint64 lastTick = qint64(std::ceil(metrics.visibleTo() / minor));
    painter.save();
    painter.setClipRect(ruler);
    for (qint64 tick = firstTick; tick <= lastTick; ++tick) {
        const double time = tick * minor;
        const int x = metrics.xOf(time);
        const bool major = tick % steps.minorPerMajor == 0;
        painter.setPen(RulerTick);
        painter.drawLine(x, ruler.bottom() - (major ? 12 : 5), x, ruler.bottom());
        if (major) {
            painter.setPen(LabelText);
            painter.drawText(QRect(x + 4, ruler.top() + 2, 120, ruler.height() - 12),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             TimelineLayout::timecode(time, state.fps, steps.showFrames));
        }
    }
    const int x = metrics.xOf(state.playhead);
    QPainterPath head;
    head.moveTo(x - 6, ruler.top() + 14);
    head.lineTo(x + 6, ruler.top() + 14);
    head.lineTo(x + 6, ruler.bottom() - 6);
    head.lineTo(x, ruler.bottom());
    head.lineTo(x - 6, ruler.bottom() - 6);
    head.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(head, Playhead);
    painter.restore();
}

void TimelinePainter::paintOverlay(QPainter &painter,
                                   const TimelineLayout &layout,
                                   const TimelineMetrics &metrics,
                                   const TimelineViewState &state,
                                   const TimelineOverlay &overlay)
{
    if (overlay.movingClip >= 0 && overlay.movingClip < layout.clipCount()) {
        const int i = overlay.movingClip;
        painter.setOpacity(0.8);
        paintClip(painter,
                  layout,
                  metrics,
                  i,
                  overlay.movingStart,
                  overlay.movingStart + layout.clipDuration(i),
                  layout.timeline().clips[i].in,
                  true,
                  false);
        painter.setOpacity(1);
    }
    if (overlay.movingAudio >= 0 && overlay.movingAudio < layout.timeline().audio.size()) {
        painter.setOpacity(0.85);
        paintAudio(painter,
                   layout,
                   metrics,
                   overlay.movingAudio,
                   overlay.audioStart,
                   overlay.audioIn,
                   overlay.audioDuration,
                   overlay.audioFadeIn,
                   overlay.audioFadeOut,
                   true,
                   false);
        painter.setOpacity(1);
    }
    if (overlay.insertionIndex) {
        const QRect track = metrics.videoRect();
        const int x = metrics.xOf(layout.insertionTime(*overlay.insertionIndex));
        painter.fillRect(QRect(x - 1, track.top(), 3, track.height()), Marker);
        QPolygon top({QPoint(x - 6, track.top()),
                      QPoint(x + 6, track.top()),
                      QPoint(x, track.top() + 7)});
        painter.setPen(Qt::NoPen);
        painter.setBrush(Marker);
        painter.drawPolygon(top);
        painter.setBrush(Qt::NoBrush);
    }
    if (!overlay.dropGhost.isEmpty() && (overlay.insertionIndex || overlay.dropRow)) {
        // Outlines of what the drop would add, where it would go.
        const QRect row = overlay.dropRow ? metrics.audioRowRect(*overlay.dropRow)
                                          : metrics.videoRect();
        double at = overlay.dropRow ? overlay.dropTime
                                    : layout.insertionTime(*overlay.insertionIndex);
        painter.save();
        for (const auto &[name, length] : overlay.dropGhost) {
            const int left = metrics.xOf(at);
            const QRect block(left,
                              row.top() + 3,
                              std::max(2, metrics.xOf(at + length) - left),
                              row.height() - 6);
            // Nearly opaque, so its name does not mix with the clips' it covers.
            painter.fillRect(block, QColor(0x4a, 0x3d, 0x14, 225));
            painter.setPen(QPen(Marker, 1, Qt::DashLine));
            painter.drawRect(block.adjusted(0, 0, -1, -1));
            if (block.width() > 30) {
                painter.setPen(Marker);
                painter.drawText(block.adjusted(6, 2, -4, 0),
                                 Qt::AlignLeft | Qt::AlignTop,
                                 painter.fontMetrics().elidedText(name,
                                                                  Qt::ElideRight,
                                                                  block.width() - 10));
            }
            at += length;
        }
        painter.restore();
    }
    if (overlay.dropRow) {
        const QRect row = metrics.audioRowRect(*overlay.dropRow);
        const int x = metrics.xOf(overlay.dropTime);
        painter.fillRect(QRect(x - 1, row.top(), 3, row.height()), Marker);
    }
    if (overlay.snapLine) {
        const int x = metrics.xOf(*overlay.snapLine);
        painter.setPen(QPen(Marker, 1, Qt::DashLine));
        painter.drawLine(x, metrics.RulerHeight, x, metrics.height());
    }
    if (overlay.trimClip >= 0 && overlay.trimClip < layout.clipCount()) {
        const Clip &clip = layout.timeline().clips[overlay.trimClip];
        const double length = overlay.trimEnd - overlay.trimStart;
        const QString text
                = clip.stillDuration
                          ? tr("Duration %1").arg(seconds(length))
                          : tr("In %1   Out %2   %3")
                                    .arg(TimelineLayout::timecode(overlay.trimIn, state.fps, true),
                                         TimelineLayout::timecode(overlay.trimIn + length,
                                                                  state.fps,
                                                                  true),
                                         seconds(length));
        const QFontMetrics fm = painter.fontMetrics();
        const int width = fm.horizontalAdvance(text) + 14;
        const QRect track = metrics.videoRect();
        const int middle = (metrics.xOf(overlay.trimStart) + metrics.xOf(overlay.trimEnd)) / 2;
        const int left = std::clamp(middle - width / 2, track.left() + 2, track.right() - width - 2);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x11, 0x12, 0x14, 235));
        const QRect bubble(left,
                           track.top() + TimelineMetrics::ClipTitleHeight + 8,
                           width,
                           fm.height() + 8);
        painter.drawRoundedRect(bubble, 5, 5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Selection);
        painter.drawText(bubble, Qt::AlignCenter, text);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
}

void TimelinePainter::paintHeaders(QPainter &painter,
                                   const TimelineLayout &layout,
                                   const TimelineMetrics &metrics,
                                   const TimelineViewState &state)
{
    const int height = std::max(metrics.height(), painter.device()->height());
    const QRect column(0, 0, TimelineMetrics::HeaderWidth, height);
    painter.fillRect(column, HeaderBackground);
    painter.setPen(Separator);
    painter.drawLine(column.topRight(), column.bottomRight());
    // The corner shows where the playhead is, in frames.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(painter.font().pointSizeF() + 1);
    mono.setBold(true);
    painter.save();
    painter.setFont(mono);
    painter.setPen(QColor(0xff, 0x8a, 0x7a));
    painter.drawText(QRect(0, 0, column.width() - 2, TimelineMetrics::RulerHeight),
                     Qt::AlignCenter,
                     TimelineLayout::timecode(state.playhead, state.fps, true));
    painter.restore();
    painter.drawLine(0, TimelineMetrics::RulerHeight, column.right(), TimelineMetrics::RulerHeight);

    const auto header =
            [&](const QRect &row, const QString &badge, const QString &name, const QColor &colour) {
                const QRect box(8, row.top() + 8, 26, 18);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawRoundedRect(box, 3, 3);
                painter.setBrush(Qt::NoBrush);
                painter.setRenderHint(QPainter::Antialiasing, false);
                painter.setPen(Qt::white);
                painter.drawText(box, Qt::AlignCenter, badge);
                painter.setPen(LabelText);
                painter.drawText(QRect(box.right() + 8,
                                       box.top(),
                                       column.width() - box.right() - 12,
                                       box.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 name);
            };
    header(metrics.videoRect(), tr("V1"), tr("Video"), VideoBody.lighter(130));
    int musicLane = 0;
    int voiceLane = 0;
    for (int row = 0; row < layout.audioRows().size(); ++row) {
        const bool voice = layout.audioRows()[row].role == AudioRole::Voice;
        const int number = voice ? ++voiceLane : ++musicLane;
        header(metrics.audioRowRect(row),
               voice ? tr("D%1").arg(number) : tr("A%1").arg(number),
               voice ? tr("Voice") : tr("Music"),
               voice ? VoiceBody.lighter(140) : MusicBody.lighter(150));
    }
    if (state.focused) {
        painter.setPen(QPen(Selection.darker(160), 1));
        painter.drawLine(column.right(), 0, column.right(), height);
    }
}

} // namespace mt
