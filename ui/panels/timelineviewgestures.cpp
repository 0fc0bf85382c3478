// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelineView's mouse gestures: the playhead on the ruler, selecting, moving and trimming clips
// and sounds. A gesture shows what it would do while the button is down and asks for one edit
// on release, so a drag is one step of the undo history.
#include "timelineview.h"

#include <QApplication>
#include <QMouseEvent>

#include <cmath>

namespace mt {

TimelineView::Hit TimelineView::hitAt(const QPoint &point) const
{
    Hit hit;
    const TimelineMetrics shown = metrics();
    if (point.x() < shown.trackLeft())
        return hit;
    const double time = shown.timeAt(point.x());
    // Trim handles are a few pixels wide, a third of the clip at most when it is narrow.
    const auto edgeOf = [&](int left, int right, Gesture start, Gesture end) {
        const int handle = std::min(TimelineMetrics::HandleWidth, std::max(1, (right - left) / 3));
        if (point.x() - left < handle)
            return start;
        if (right - point.x() <= handle)
            return end;
        return Gesture::None;
    };
    if (point.y() < TimelineMetrics::RulerHeight) {
        hit.area = Hit::Ruler;
        return hit;
    }
    const QRect video = shown.videoRect();
    if (point.y() >= video.top() && point.y() <= video.bottom()) {
        hit.area = Hit::Video;
        hit.index = m_layout.clipAt(time);
        if (hit.index < 0 && m_layout.clipCount() > 0) {
            // Just past the last clip: its end handle.
            const int last = m_layout.clipCount() - 1;
            const int end = shown.xOf(m_layout.clipEnd(last));
            if (point.x() >= end && point.x() - end <= TimelineMetrics::HandleWidth) {
                hit.index = last;
                hit.edge = Gesture::TrimEnd;
            }
            return hit;
        }
        if (hit.index >= 0) {
            hit.edge = edgeOf(shown.xOf(m_layout.clipStart(hit.index)),
                              shown.xOf(m_layout.clipEnd(hit.index)),
                              Gesture::TrimStart,
                              Gesture::TrimEnd);
        }
        return hit;
    }
    for (int row = 0; row < m_layout.audioRows().size(); ++row) {
        const QRect rect = shown.audioRowRect(row);
        if (point.y() < rect.top() || point.y() > rect.bottom())
            continue;
        hit.area = Hit::Audio;
        hit.row = row;
        hit.index = m_layout.audioAt(row, time);
        if (hit.index >= 0) {
            const TimelineLayout::AudioPlacement &placed = m_layout.audioPlacement(hit.index);
            hit.edge = edgeOf(shown.xOf(placed.start),
                              shown.xOf(placed.start + placed.duration),
                              Gesture::AudioStart,
                              Gesture::AudioEnd);
        }
        return hit;
    }
    return hit;
}

double TimelineView::snapped(double seconds, int excludeClip, int excludeAudio)
{
    m_overlay.snapLine.reset();
    if (!m_snapping)
        return seconds;
    const double tolerance = 8 / m_layout.pixelsPerSecond();
    const std::optional<double> target = m_layout.snap(seconds,
                                                       tolerance,
                                                       m_state.playhead,
                                                       excludeClip,
                                                       excludeAudio);
    if (!target)
        return seconds;
    m_overlay.snapLine = target;
    return *target;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        if (event->button() == Qt::RightButton)
            event->accept(); // the context menu event follows
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position().toPoint());
    startGesture(hit, event->position().toPoint());
    event->accept();
}

void TimelineView::startGesture(const Hit &hit, const QPoint &point)
{
    m_pressPoint = point;
    m_pressTime = metrics().timeAt(point.x());
    m_gestureIndex = hit.index;
    m_gesture = Gesture::None;
    switch (hit.area) {
    case Hit::Ruler:
        m_gesture = Gesture::Playhead;
        movePlayheadTo(TimelineLayout::toFrame(m_pressTime, m_state.fps));
        return;
    case Hit::Video:
        if (hit.index < 0)
            break;
        selectClip(m_layout.timeline().clips[hit.index].id);
        m_gesture = hit.edge == Gesture::None ? Gesture::PressClip : hit.edge;
        if (m_gesture != Gesture::PressClip)
            updateTrim(m_gesture == Gesture::TrimStart ? m_layout.clipStart(hit.index)
                                                       : m_layout.clipEnd(hit.index));
        return;
    case Hit::Audio:
        if (hit.index < 0)
            break;
        selectAudio(m_layout.timeline().audio[hit.index].id);
        m_gesture = hit.edge == Gesture::None ? Gesture::PressAudio : hit.edge;
        return;
    case Hit::Nothing:
        return;
    }
    // An empty part of a track: nothing selected, the playhead goes there.
    selectClip(0);
    selectAudio(0);
    m_gesture = Gesture::Playhead;
    movePlayheadTo(TimelineLayout::toFrame(m_pressTime, m_state.fps));
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_gesture == Gesture::None) {
        const Hit hit = hitAt(point);
        const bool edge = hit.edge != Gesture::None;
        viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    updateGesture(point);
    event->accept();
}

void TimelineView::updateGesture(const QPoint &point)
{
    const double time = metrics().timeAt(point.x());
    const bool dragged = (point - m_pressPoint).manhattanLength()
                         >= QApplication::startDragDistance();
    switch (m_gesture) {
    case Gesture::None:
        return;
    case Gesture::Playhead:
        movePlayheadTo(TimelineLayout::toFrame(std::max(0.0, time), m_state.fps));
        return;
    case Gesture::PressClip:
        if (!dragged)
            return;
        m_gesture = Gesture::MoveClip;
        m_overlay.movingClip = m_gestureIndex;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Gesture::MoveClip: {
        const int index = m_gestureIndex;
        const double start = std::max(0.0, m_layout.clipStart(index) + time - m_pressTime);
        m_overlay.movingStart = start;
        const int insertion = m_layout.insertionIndex(start + m_layout.clipDuration(index) / 2);
        m_moveTarget = insertion > index ? insertion - 1 : insertion;
        if (m_moveTarget != index)
            m_overlay.insertionIndex = insertion;
        else
            m_overlay.insertionIndex.reset();
        break;
    }
    case Gesture::TrimStart:
    case Gesture::TrimEnd: {
        // The edge moves as far as the mouse did, wherever in the handle it was grabbed.
        const double edge = m_gesture == Gesture::TrimStart ? m_layout.clipStart(m_gestureIndex)
                                                            : m_layout.clipEnd(m_gestureIndex);
        updateTrim(edge + time - m_pressTime);
        break;
    }
    case Gesture::PressAudio:
        if (!dragged)
            return;
        m_gesture = Gesture::MoveAudio;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Gesture::MoveAudio:
    case Gesture::AudioStart:
    case Gesture::AudioEnd:
        updateAudioGesture(time);
        break;
    }
    viewport()->update();
}

void TimelineView::updateTrim(double time) // where the dragged edge would be
{
    const int index = m_gestureIndex;
    const Clip &clip = m_layout.timeline().clips[index];
    const double start = m_layout.clipStart(index);
    const double end = m_layout.clipEnd(index);
    const bool atStart = m_gesture == Gesture::TrimStart;
    double edge = snapped(time, index);
    if (!m_overlay.snapLine)
        edge = start + TimelineLayout::toFrame(edge - start, m_state.fps);
    const double shortest = TimelineEditor::MinClipDuration;
    m_overlay.trimClip = index;
    m_newIn.reset();
    m_newOut.reset();
    m_newStillDuration.reset();
    if (clip.stillDuration) {
        // A still has no in or out: either edge changes how long it shows.
        const double length = atStart ? end - std::min(edge, end - shortest)
                                      : std::max(edge, start + shortest) - start;
        m_overlay.trimStart = atStart ? end - length : start;
        m_overlay.trimEnd = atStart ? end : start + length;
        m_overlay.trimIn = 0;
        m_newStillDuration = length;
        return;
    }
    const auto asset = m_layout.timeline().assets.constFind(clip.assetId);
    const double assetEnd = asset == m_layout.timeline().assets.cend() ? clip.out.value_or(end)
                                                                       : asset->info.duration;
    const double out = clip.out.value_or(assetEnd);
    if (atStart) {
        const double in = std::clamp(clip.in + edge - start, 0.0, out - shortest);
        m_overlay.trimStart = start + in - clip.in;
        m_overlay.trimEnd = end;
        m_overlay.trimIn = in;
        m_newIn = in;
    } else {
        const double newOut = std::clamp(clip.in + edge - start, clip.in + shortest, assetEnd);
        m_overlay.trimStart = start;
        m_overlay.trimEnd = start + newOut - clip.in;
        m_overlay.trimIn = clip.in;
        m_newOut = newOut;
    }
}

void TimelineView::updateAudioGesture(double time)
{
    const int index = m_gestureIndex;
    const AudioClip &clip = m_layout.timeline().audio[index];
    const TimelineLayout::AudioPlacement &placed = m_layout.audioPlacement(index);
    const auto asset = m_layout.timeline().assets.constFind(clip.assetId);
    const double assetEnd = asset == m_layout.timeline().assets.cend() ? clip.in + placed.duration
                                                                       : asset->info.duration;
    const double out = clip.out.value_or(assetEnd);
    const double shortest = TimelineEditor::MinClipDuration;
    double start = placed.start;
    double in = clip.in;
    double length = placed.duration;
    m_audioChange = {};
    if (m_gesture == Gesture::MoveAudio) {
        start = std::max(0.0, placed.start + time - m_pressTime);
        // Either end of the sound may meet an edge.
        const double byStart = snapped(start, -1, index);
        const std::optional<double> startSnap = m_overlay.snapLine;
        const double byEnd = snapped(start + length, -1, index) - length;
        if (startSnap
            && (!m_overlay.snapLine || std::abs(byStart - start) <= std::abs(byEnd - start))) {
            start = byStart;
            m_overlay.snapLine = startSnap;
        } else if (m_overlay.snapLine) {
            start = std::max(0.0, byEnd);
        }
        m_audioChange.start = start;
    } else if (m_gesture == Gesture::AudioStart) {
        const double edge = snapped(placed.start + time - m_pressTime, -1, index);
        in = std::clamp(clip.in + edge - placed.start, 0.0, out - shortest);
        start = placed.start + in - clip.in;
        if (start < 0) {
            in -= start;
            start = 0;
        }
        length = out - in;
        m_audioChange.start = start;
        m_audioChange.in = in;
    } else {
        const double edge = snapped(placed.start + placed.duration + time - m_pressTime, -1, index);
        const double newOut = std::clamp(clip.in + edge - placed.start,
                                         clip.in + shortest,
                                         assetEnd);
        length = newOut - clip.in;
        m_audioChange.out = newOut;
    }
    // Fades that no longer fit a shorter sound shrink with it.
    if (clip.fadeIn + clip.fadeOut > length) {
        const double scale = length / (clip.fadeIn + clip.fadeOut);
        m_audioChange.fadeIn = clip.fadeIn * scale;
        m_audioChange.fadeOut = clip.fadeOut * scale;
    }
    m_overlay.movingAudio = index;
    m_overlay.audioStart = start;
    m_overlay.audioIn = in;
    m_overlay.audioDuration = length;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        finishGesture();
    event->accept();
}

void TimelineView::finishGesture()
{
    const Gesture gesture = std::exchange(m_gesture, Gesture::None);
    const int index = m_gestureIndex;
    const int target = m_moveTarget;
    const auto newIn = m_newIn;
    const auto newOut = m_newOut;
    const auto newStill = m_newStillDuration;
    const AudioDraft change = m_audioChange;
    cancelGesture();
    if (index < 0)
        return;
    // The requests may reload the timeline at once: take what they need first.
    switch (gesture) {
    case Gesture::MoveClip:
        if (target >= 0 && target != index)
            emit moveRequested(m_layout.timeline().clips[index].id, target);
        break;
    case Gesture::TrimStart:
    case Gesture::TrimEnd: {
        const Clip &clip = m_layout.timeline().clips[index];
        const auto changed = [](std::optional<double> now, double was) {
            return now && std::abs(*now - was) > 1e-6;
        };
        const double length = m_layout.clipDuration(index);
        if (changed(newIn, clip.in) || changed(newOut, clip.in + length)
            || changed(newStill, length))
            emit trimRequested(clip.id, newIn, newOut, newStill);
        break;
    }
    case Gesture::MoveAudio:
    case Gesture::AudioStart:
    case Gesture::AudioEnd: {
        const AudioClip &clip = m_layout.timeline().audio[index];
        if (change.start.value_or(clip.start) != clip.start
            || change.in.value_or(clip.in) != clip.in || (change.out && change.out != clip.out))
            emit audioChangeRequested(clip.id, change);
        break;
    }
    default:
        break;
    }
}

void TimelineView::cancelGesture()
{
    m_gesture = Gesture::None;
    m_overlay = {};
    m_moveTarget = -1;
    m_newIn.reset();
    m_newOut.reset();
    m_newStillDuration.reset();
    m_audioChange = {};
    viewport()->unsetCursor();
    viewport()->update();
}

} // namespace mt
