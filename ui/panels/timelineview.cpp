// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelineView: showing, scrolling, zooming, keys and drops. The mouse gestures on clips are in
// timelineviewgestures.cpp.
#include "timelineview.h"

#include "models/mediapreviews.h"

#include <QDragEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

static const QString AssetIdsMime = u"application/x-movietool-asset-ids"_s;

TimelineView::TimelineView(MediaPreviews &previews, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_painter(previews)
    , m_autoScroll(new QTimer(this))
{
    m_autoScroll->setInterval(30);
    connect(m_autoScroll, &QTimer::timeout, this, &TimelineView::autoScroll);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // a drag over the tracks is delivered to the viewport
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    horizontalScrollBar()->setSingleStep(40);
    setAccessibleName(tr("Timeline tracks"));
    setAccessibleDescription(tr("Video, music and voice tracks. Drop media here; drag clips to "
                                "reorder, drag their edges to trim."));
    connect(&previews, &MediaPreviews::previewReady, this, [this](qint64 assetId) {
        m_painter.forget(assetId);
        viewport()->update();
    });
    setMinimumHeight(minimumSizeHint().height());
}

void TimelineView::setTimeline(const Timeline &timeline)
{
    cancelGesture();
    m_layout.setTimeline(timeline);
    if (m_state.selectedClip && timeline.indexOf(m_state.selectedClip) < 0) {
        // Undo may take the clip away and redo bring it back: it comes back selected.
        m_vanishedClip = m_state.selectedClip;
        selectClip(0);
    } else if (!m_state.selectedClip && !m_state.selectedAudio && m_vanishedClip
               && timeline.indexOf(m_vanishedClip) >= 0) {
        selectClip(std::exchange(m_vanishedClip, 0));
    }
    if (m_state.selectedAudio) {
        const bool kept = std::any_of(timeline.audio.cbegin(),
                                      timeline.audio.cend(),
                                      [this](const AudioClip &clip) {
                                          return clip.id == m_state.selectedAudio;
                                      });
        if (!kept)
            selectAudio(0);
    }
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    updateScrollRange();
    viewport()->update();
}

void TimelineView::setFrameRate(double fps)
{
    m_state.fps = fps > 0 ? fps : 30;
    viewport()->update();
}

void TimelineView::setEmptyText(const QString &text)
{
    m_state.emptyText = text;
    viewport()->update();
}

void TimelineView::setPlayhead(double seconds)
{
    m_state.playhead = std::max(0.0, seconds);
    if (m_gesture == Gesture::None) {
        // Follow the playhead a page at a time, as a player does, not on every frame.
        const TimelineMetrics shown = metrics();
        const int x = shown.xOf(m_state.playhead);
        if (x < shown.trackLeft() || x > shown.width - 20) {
            const int offset = (shown.width - shown.trackLeft()) / 10;
            horizontalScrollBar()->setValue(int(std::lround(m_layout.xOf(m_state.playhead)))
                                            + TimelineMetrics::LeftPadding - offset);
        }
    }
    viewport()->update();
}

void TimelineView::selectClip(qint64 clipId)
{
    if (clipId == m_state.selectedClip && (clipId == 0 || m_state.selectedAudio == 0))
        return;
    m_state.selectedClip = clipId;
    if (clipId)
        m_state.selectedAudio = 0;
    viewport()->update();
    emit selectionChanged(m_state.selectedClip, m_state.selectedAudio);
}

void TimelineView::selectAudio(qint64 audioClipId)
{
    if (audioClipId == m_state.selectedAudio && (audioClipId == 0 || m_state.selectedClip == 0))
        return;
    m_state.selectedAudio = audioClipId;
    if (audioClipId)
        m_state.selectedClip = 0;
    viewport()->update();
    emit selectionChanged(m_state.selectedClip, m_state.selectedAudio);
}

void TimelineView::setPixelsPerSecond(double pixelsPerSecond, std::optional<int> anchor)
{
    const TimelineMetrics before = metrics();
    if (!anchor) {
        const int x = before.xOf(m_state.playhead);
        anchor = x >= before.trackLeft() && x <= before.width ? x : before.trackLeft();
    }
    const double time = before.timeAt(*anchor);
    m_layout.setPixelsPerSecond(pixelsPerSecond);
    if (m_layout.pixelsPerSecond() == before.pixelsPerSecond)
        return;
    updateScrollRange();
    // Keep the time under the anchor where it was.
    horizontalScrollBar()->setValue(int(std::lround(m_layout.xOf(time)))
                                    + TimelineMetrics::HeaderWidth + TimelineMetrics::LeftPadding
                                    - *anchor);
    viewport()->update();
    emit zoomChanged(m_layout.pixelsPerSecond());
}

void TimelineView::zoomBy(double factor, std::optional<int> anchor)
{
    setPixelsPerSecond(pixelsPerSecond() * factor, anchor);
}

void TimelineView::zoomToFit()
{
    const int width = viewport()->width() - TimelineMetrics::HeaderWidth
                      - 2 * TimelineMetrics::LeftPadding;
    setPixelsPerSecond(TimelineLayout::fitPixelsPerSecond(m_layout.duration(), width),
                       TimelineMetrics::HeaderWidth);
    horizontalScrollBar()->setValue(0);
}

TimelineMetrics TimelineView::metrics() const
{
    TimelineMetrics shown;
    shown.pixelsPerSecond = m_layout.pixelsPerSecond();
    shown.scroll = horizontalScrollBar()->value();
    shown.width = viewport()->width();
    shown.audioRows = int(m_layout.audioRows().size());
    return shown;
}

QRect TimelineView::clipRect(int index) const
{
    const TimelineMetrics shown = metrics();
    const QRect track = shown.videoRect();
    const int left = shown.xOf(m_layout.clipStart(index));
    return {left, track.top() + 3, shown.xOf(m_layout.clipEnd(index)) - left, track.height() - 6};
}

QRect TimelineView::audioRect(int index) const
{
    const TimelineMetrics shown = metrics();
    const TimelineLayout::AudioPlacement &placed = m_layout.audioPlacement(index);
    const QRect row = shown.audioRowRect(placed.row);
    const int left = shown.xOf(placed.start);
    return {left, row.top() + 3, shown.xOf(placed.start + placed.duration) - left, row.height() - 6};
}

QSize TimelineView::sizeHint() const
{
    return {960, minimumSizeHint().height()};
}

QSize TimelineView::minimumSizeHint() const
{
    TimelineMetrics rows;
    rows.audioRows = std::max<int>(1, m_layout.audioRows().size());
    const int bar = horizontalScrollBar()->sizeHint().height();
    return {TimelineMetrics::HeaderWidth + 120, rows.height() + bar + 2};
}

void TimelineView::updateScrollRange()
{
    const int visible = std::max(0, viewport()->width() - TimelineMetrics::HeaderWidth);
    // A third of a page past the end, so there is room to drop after the last clip.
    const int content = int(std::lround(m_layout.contentWidth())) + TimelineMetrics::LeftPadding
                        + visible / 3;
    horizontalScrollBar()->setRange(0, std::max(0, content - visible));
    horizontalScrollBar()->setPageStep(std::max(1, visible));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::setFlaggedAssets(const QHash<qint64, QStringList> &flagged)
{
    if (flagged == m_flagged)
        return;
    m_flagged = flagged;
    QHash<qint64, int> counts;
    for (auto it = flagged.cbegin(); it != flagged.cend(); ++it)
        counts.insert(it.key(), int(it.value().size()));
    m_painter.setFlagged(counts);
    viewport()->update();
}

QString TimelineView::toolTipAt(const QPoint &point) const
{
    const Hit hit = hitAt(point);
    const Timeline &timeline = m_layout.timeline();
    const double fps = m_state.fps;
    const auto name = [&](qint64 assetId) {
        const auto asset = timeline.assets.constFind(assetId);
        return asset == timeline.assets.cend() ? tr("Asset %1").arg(assetId) : asset->originalName;
    };
    const auto length = [](double seconds) {
        return tr("%1 s").arg(seconds, 0, 'f', 2);
    };
    if (hit.area == Hit::Video && hit.index >= 0) {
        const Clip &clip = timeline.clips[hit.index];
        const double duration = m_layout.clipDuration(hit.index);
        QString text = u"<b>%1</b><br>"_s.arg(name(clip.assetId).toHtmlEscaped());
        text += clip.stillDuration
                        ? tr("Still, shown for %1").arg(length(duration))
                        : tr("In %1 · Out %2 · %3")
                                  .arg(TimelineLayout::timecode(clip.in, fps, true),
                                       TimelineLayout::timecode(clip.in + duration, fps, true),
                                       length(duration));
        text += u"<br>"_s
                + tr("Starts at %1")
                          .arg(TimelineLayout::timecode(m_layout.clipStart(hit.index), fps, true));
        if (const double transition = m_layout.transitionAfter(hit.index); transition > 0) {
            text += u"<br>"_s
                    + (clip.transition == Transition::Crossfade
                               ? tr("Crossfade to the next clip: %1")
                               : tr("Dip to black before the next clip: %1"))
                              .arg(length(transition));
        }
        if (std::abs(clip.volume - 1) > 1e-6)
            text += u"<br>"_s + tr("Volume %1 %").arg(std::lround(clip.volume * 100));
        for (const QString &problem : m_flagged.value(clip.assetId))
            text += u"<br>⚠ "_s + problem.toHtmlEscaped();
        return text;
    }
    if (hit.area == Hit::Audio && hit.index >= 0) {
        const AudioClip &sound = timeline.audio[hit.index];
        const TimelineLayout::AudioPlacement &placed = m_layout.audioPlacement(hit.index);
        QString text = u"<b>%1</b><br>"_s.arg(name(sound.assetId).toHtmlEscaped());
        text += tr("From %1 for %2")
                        .arg(TimelineLayout::timecode(placed.start, fps, true),
                             length(placed.duration));
        text += u"<br>"_s
                + tr("Volume %1 % · fade in %2 · fade out %3")
                          .arg(std::lround(sound.volume * 100))
                          .arg(length(sound.fadeIn), length(sound.fadeOut));
        return text;
    }
    return {};
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The timeline's own keys win over window shortcuts while it has the focus.
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = ownModifiers(key);
        static const QList<int> own{Qt::Key_Space,
                                    Qt::Key_J,
                                    Qt::Key_K,
                                    Qt::Key_L,
                                    Qt::Key_I,
                                    Qt::Key_O,
                                    Qt::Key_S,
                                    Qt::Key_Delete,
                                    Qt::Key_Backspace,
                                    Qt::Key_Left,
                                    Qt::Key_Right,
                                    Qt::Key_Up,
                                    Qt::Key_Down,
                                    Qt::Key_Home,
                                    Qt::Key_End,
                                    Qt::Key_Plus,
                                    Qt::Key_Equal,
                                    Qt::Key_Minus,
                                    Qt::Key_Escape};
        if (modifiers == Qt::NoModifier && own.contains(key->key())) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    m_painter.paint(painter, m_layout, metrics(), m_state, m_overlay);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.25, delta.y() / 120.0), int(event->position().x()));
        event->accept();
        return;
    }
    // Tracks are few and fit the height: the wheel scrolls along the film.
    const int step = delta.x() != 0 ? delta.x() : delta.y();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
    event->accept();
}

Qt::KeyboardModifiers TimelineView::ownModifiers(const QKeyEvent *event)
{
    Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // "+" needs Shift on many layouts; it is still the zoom key.
    if (event->key() == Qt::Key_Plus)
        modifiers &= ~Qt::ShiftModifier;
    return modifiers;
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (ownModifiers(event) != Qt::NoModifier) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const double frame = 1 / m_state.fps;
    switch (event->key()) {
    case Qt::Key_Space:
        emit playToggled();
        break;
    case Qt::Key_J:
        emit shuttleRequested(-1);
        break;
    case Qt::Key_K:
        emit shuttleRequested(0);
        break;
    case Qt::Key_L:
        emit shuttleRequested(1);
        break;
    case Qt::Key_I:
    case Qt::Key_O:
        emit markRequested(event->key() == Qt::Key_I);
        break;
    case Qt::Key_S:
        emit splitRequested();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit deleteRequested();
        break;
    case Qt::Key_Left:
        movePlayheadTo(TimelineLayout::toFrame(m_state.playhead, m_state.fps) - frame);
        break;
    case Qt::Key_Right:
        movePlayheadTo(TimelineLayout::toFrame(m_state.playhead, m_state.fps) + frame);
        break;
    case Qt::Key_Up:
        movePlayheadTo(m_layout.previousEdge(m_state.playhead).value_or(0));
        break;
    case Qt::Key_Down:
        movePlayheadTo(m_layout.nextEdge(m_state.playhead).value_or(m_layout.duration()));
        break;
    case Qt::Key_Home:
        movePlayheadTo(0);
        break;
    case Qt::Key_End:
        movePlayheadTo(m_layout.duration());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Escape:
        cancelGesture();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::movePlayheadTo(double seconds)
{
    const double bounded = std::clamp(seconds, 0.0, std::max(0.0, m_layout.duration()));
    if (bounded == m_state.playhead)
        return;
    setPlayhead(bounded);
    emit playheadMoved(m_state.playhead);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitAt(event->pos());
    if (hit.area == Hit::Video && hit.index >= 0)
        selectClip(m_layout.timeline().clips[hit.index].id);
    else if (hit.area == Hit::Audio && hit.index >= 0)
        selectAudio(m_layout.timeline().audio[hit.index].id);
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

QList<qint64> TimelineView::assetIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(AssetIdsMime))
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(mime->data(AssetIdsMime)).array();
    for (const QJsonValue &value : array) {
        if (const qint64 id = value.toInteger(); id > 0)
            ids.append(id);
    }
    return ids;
}

bool TimelineView::updateDropTarget(const QPoint &point)
{
    const Hit hit = hitAt(point);
    const double time = std::max(0.0, metrics().timeAt(point.x()));
    m_overlay.insertionIndex.reset();
    m_overlay.dropRow.reset();
    m_overlay.snapLine.reset();
    m_overlay.dropGhost.clear();
    const bool onVideo = hit.area == Hit::Video || hit.area == Hit::Ruler;
    if (onVideo)
        m_overlay.insertionIndex = m_layout.insertionIndex(time);
    else if (hit.area == Hit::Audio) {
        m_overlay.dropRow = hit.row;
        m_overlay.dropTime = std::max(0.0, snapped(time));
    }
    for (const Asset &asset : std::as_const(m_dragAssets)) {
        // Sound dropped on the picture goes under it, not onto the video track.
        if (onVideo && asset.kind == MediaKind::Audio)
            continue;
        const double length = asset.kind == MediaKind::Image && onVideo
                                      ? TimelineEditor::DefaultStillDuration
                                      : asset.info.duration;
        if (length > 0)
            m_overlay.dropGhost.append({asset.originalName, length});
    }
    viewport()->update();
    return m_overlay.insertionIndex || m_overlay.dropRow;
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<qint64> ids = assetIds(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    m_dragAssets.clear();
    for (qint64 id : ids) {
        if (const std::optional<Asset> asset = m_assetLookup ? m_assetLookup(id) : std::nullopt)
            m_dragAssets.append(*asset);
    }
    updateDropTarget(event->position().toPoint());
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (assetIds(event->mimeData()).isEmpty() || !updateDropTarget(event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_overlay = {};
    m_dragAssets.clear();
    viewport()->update();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = assetIds(event->mimeData());
    const bool targeted = !ids.isEmpty() && updateDropTarget(event->position().toPoint());
    const TimelineOverlay target = m_overlay;
    m_overlay = {};
    m_dragAssets.clear();
    viewport()->update();
    if (!targeted) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (target.insertionIndex) {
        emit assetsDroppedOnVideo(ids,
                                  *target.insertionIndex,
                                  m_layout.insertionTime(*target.insertionIndex));
    } else {
        emit assetsDroppedOnAudio(ids, m_layout.audioRows()[*target.dropRow].role, target.dropTime);
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    m_state.focused = true;
    viewport()->update();
    QAbstractScrollArea::focusInEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    m_state.focused = false;
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}

} // namespace mt
