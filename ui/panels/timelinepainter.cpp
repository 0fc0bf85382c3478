// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinepainter.h"

#include "models/mediapreviews.h"

#include <QFontDatabase>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// A dark editor palette in the manner of Shotcut and Kdenlive: tracks recede, clips stand out,
// the selection and the playhead are the brightest things on screen.
const QColor Background(0x1b, 0x1c, 0x1f);
const QColor TrackBackground(0x24, 0x26, 0x2a);
const QColor HeaderBackground(0x2c, 0x2e, 0x33);
const QColor Separator(0x12, 0x13, 0x15);
const QColor RulerBackground(0x2a, 0x2c, 0x30);
const QColor RulerTick(0x70, 0x74, 0x7c);
const QColor LabelText(0xc4, 0xc7, 0xcd);
const QColor DimText(0x8b, 0x8f, 0x97);
const QColor VideoBody(0x33, 0x4f, 0x7a);
const QColor VideoTitle(0x26, 0x3b, 0x5c);
const QColor StillBody(0x55, 0x47, 0x82);
const QColor StillTitle(0x40, 0x35, 0x63);
const QColor MusicBody(0x1f, 0x47, 0x38);
const QColor MusicWave(0x5c, 0xc8, 0x8f);
const QColor VoiceBody(0x22, 0x40, 0x60);
const QColor VoiceWave(0x64, 0xaf, 0xea);
const QColor Selection(0xff, 0xb3, 0x40);
const QColor Playhead(0xff, 0x4f, 0x4f);
const QColor Marker(0xff, 0xd2, 0x4a);

QString seconds(double value)
{
    return TimelinePainter::tr("%1 s").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

// A small rounded label, e.g. a transition's duration.
void chip(QPainter &painter, const QPoint &center, const QString &text, const QColor &fill)
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

} // namespace

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
                   audio[i].id == state.selectedAudio,
                   i == overlay.movingAudio);
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

const TimelinePainter::Strip &TimelinePainter::strip(const Asset &asset, int height)
{
    if (height != m_stripHeight) {
        m_strips.clear();
        m_stripHeight = height;
    }
    auto found = m_strips.find(asset.id);
    if (found != m_strips.end())
        return *found;
    Strip &made = m_strips[asset.id];
    const MediaPreviews::Preview &preview = m_previews.preview(asset);
    made.ready = preview.ready;
    if (asset.kind == MediaKind::Video && !preview.filmstrip.isNull()
        && preview.strip.tileHeight > 0 && !preview.strip.times.isEmpty()) {
        made.pixmap = QPixmap::fromImage(
                preview.filmstrip.scaledToHeight(height, Qt::SmoothTransformation));
        made.tileWidth = made.pixmap.width() / int(preview.strip.times.size());
        made.times = preview.strip.times;
    } else if (!preview.poster.isNull()) {
        made.pixmap = QPixmap::fromImage(
                preview.poster.scaledToHeight(height, Qt::SmoothTransformation));
        made.tileWidth = made.pixmap.width();
        made.times = {0};
    }
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
    if (rect.width() > 36 && asset != layout.timeline().assets.cend()) {
        const QRect text = title.adjusted(5, 0, -5, 0);
        const QString length = seconds(end - start);
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
    const Strip &pictures = strip(asset, area.height());
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
        const double time = in + (slot + 0.5) * tile / pixelsPerSecond;
        const auto after = std::lower_bound(pictures.times.cbegin(), pictures.times.cend(), time);
        int nearest = int(after - pictures.times.cbegin());
        if (nearest == pictures.times.size()
            || (nearest > 0 && time - pictures.times[nearest - 1] < *after - time))
            --nearest;
        painter.drawPixmap(QPoint(area.left() + slot * tile, area.top()),
                           pictures.pixmap,
                           QRect(nearest * tile, 0, tile, pictures.pixmap.height()));
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
                if (clip.fadeIn > 0 && t0 < clip.fadeIn)
                    gain *= t0 / clip.fadeIn;
                if (clip.fadeOut > 0 && duration - t0 < clip.fadeOut)
                    gain *= std::max(0.0, duration - t0) / clip.fadeOut;
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
    if (clip.fadeIn > 0) {
        const int x = metrics.xOf(start + clip.fadeIn);
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
    if (clip.fadeOut > 0) {
        const int x = metrics.xOf(start + duration - clip.fadeOut);
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
    }
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
