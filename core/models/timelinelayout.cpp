// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

void TimelineLayout::setTimeline(const Timeline &timeline)
{
    m_timeline = timeline;
    const int count = int(timeline.clips.size());
    m_starts.resize(count);
    m_ends.resize(count);
    m_transitions.resize(count);
    // Timeline::clipStart() sums from the first clip on every call; one pass here keeps a
    // 500-clip timeline linear.
    double start = 0;
    for (int i = 0; i < count; ++i) {
        const double length = timeline.clipDuration(timeline.clips[i]);
        m_starts[i] = start;
        m_ends[i] = start + length;
        m_transitions[i] = timeline.transitionAfter(i);
        start += length - timeline.overlapAfter(i);
    }
    m_edges.resize(2 * count);
    std::merge(m_starts.cbegin(), m_starts.cend(), m_ends.cbegin(), m_ends.cend(), m_edges.begin());
    placeAudio();
}

void TimelineLayout::placeAudio()
{
    m_audioRows.clear();
    m_audioPlacements.resize(m_timeline.audio.size());
    for (AudioRole role : {AudioRole::Music, AudioRole::Voice}) {
        QList<int> indexes;
        for (int i = 0; i < m_timeline.audio.size(); ++i) {
            if (m_timeline.audio[i].role == role)
                indexes.append(i);
        }
        std::stable_sort(indexes.begin(), indexes.end(), [this](int a, int b) {
            return m_timeline.audio[a].start < m_timeline.audio[b].start;
        });
        // Music always has a row to drop on; voice gets one when there is some.
        QList<double> laneEnds;
        const int firstRow = int(m_audioRows.size());
        for (int index : indexes) {
            const AudioClip &clip = m_timeline.audio[index];
            const double length = m_timeline.audioDuration(clip);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > clip.start + 1e-9)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(0);
            laneEnds[lane] = clip.start + length;
            m_audioPlacements[index] = {index, firstRow + lane, clip.start, length};
        }
        const int lanes = role == AudioRole::Music ? std::max<int>(1, laneEnds.size())
                                                   : int(laneEnds.size());
        for (int lane = 0; lane < lanes; ++lane)
            m_audioRows.append({role, lane});
    }
}

void TimelineLayout::setPixelsPerSecond(double pixelsPerSecond)
{
    m_pixelsPerSecond = std::clamp(pixelsPerSecond, MinPixelsPerSecond, MaxPixelsPerSecond);
}

std::pair<int, int> TimelineLayout::clipsBetween(double from, double to) const
{
    const int first = int(std::upper_bound(m_ends.cbegin(), m_ends.cend(), from) - m_ends.cbegin());
    const int last = int(std::lower_bound(m_starts.cbegin(), m_starts.cend(), to)
                         - m_starts.cbegin());
    return {first, std::max(first, last)};
}

int TimelineLayout::clipAt(double seconds) const
{
    if (seconds < 0 || m_starts.isEmpty())
        return -1;
    const int index = int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), seconds)
                          - m_starts.cbegin())
                      - 1;
    return index >= 0 && seconds < m_ends[index] ? index : -1;
}

int TimelineLayout::insertionIndex(double seconds) const
{
    // The middles grow with the index, like starts and ends.
    int low = 0;
    int high = clipCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        if ((m_starts[middle] + m_ends[middle]) / 2 > seconds)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

double TimelineLayout::insertionTime(int index) const
{
    if (index < clipCount())
        return m_starts[std::max(0, index)];
    return duration();
}

std::optional<double> TimelineLayout::snap(double seconds,
                                           double tolerance,
                                           std::optional<double> playhead,
                                           int excludeClip,
                                           int excludeAudio) const
{
    const bool hasExcluded = excludeClip >= 0 && excludeClip < clipCount();
    const auto excluded = [&](double edge) {
        return hasExcluded && (edge == m_starts[excludeClip] || edge == m_ends[excludeClip]);
    };
    std::optional<double> best;
    const auto consider = [&](double edge) {
        if (std::abs(edge - seconds) <= tolerance
            && (!best || std::abs(edge - seconds) < std::abs(*best - seconds)))
            best = edge;
    };
    const qsizetype from = std::lower_bound(m_edges.cbegin(), m_edges.cend(), seconds - tolerance)
                           - m_edges.cbegin();
    for (qsizetype i = from; i < m_edges.size() && m_edges[i] <= seconds + tolerance; ++i) {
        if (!excluded(m_edges[i]))
            consider(m_edges[i]);
    }
    if (playhead)
        consider(*playhead);
    for (const AudioPlacement &placement : m_audioPlacements) {
        if (placement.index == excludeAudio)
            continue;
        consider(placement.start);
        consider(placement.start + placement.duration);
    }
    return best;
}

int TimelineLayout::audioAt(int row, double seconds) const
{
    for (const AudioPlacement &placement : m_audioPlacements) {
        if (placement.row == row && seconds >= placement.start
            && seconds < placement.start + placement.duration)
            return placement.index;
    }
    return -1;
}

double TimelineLayout::fitPixelsPerSecond(double seconds, double width)
{
    if (seconds <= 0 || width <= 0)
        return DefaultPixelsPerSecond;
    return std::clamp(width / seconds, MinPixelsPerSecond, MaxPixelsPerSecond);
}

TimelineLayout::RulerSteps TimelineLayout::rulerSteps(double pixelsPerSecond,
                                                      double fps,
                                                      double minLabelSpacing)
{
    struct Step
    {
        double seconds;
        int minor;
        bool frames;
    };
    QList<Step> steps;
    if (fps > 0) {
        for (int frames : {1, 2, 5, 10}) {
            if (frames / fps < 1)
                steps.append({frames / fps, frames == 1 ? 1 : frames, true});
        }
    }
    for (const Step &step : {Step{1, 4, false},
                             Step{2, 4, false},
                             Step{5, 5, false},
                             Step{10, 5, false},
                             Step{15, 3, false},
                             Step{30, 6, false},
                             Step{60, 4, false},
                             Step{120, 4, false},
                             Step{300, 5, false},
                             Step{600, 5, false},
                             Step{900, 3, false},
                             Step{1800, 6, false},
                             Step{3600, 4, false}}) {
        steps.append(step);
    }
    for (const Step &step : std::as_const(steps)) {
        if (step.seconds * pixelsPerSecond >= minLabelSpacing)
            return {step.seconds, step.minor, step.frames};
    }
    return {7200, 4, false};
}

QString TimelineLayout::timecode(double seconds, double fps, bool withFrames)
{
    const bool negative = seconds < 0;
    seconds = std::abs(seconds);
    qint64 whole = 0;
    int frames = 0;
    if (withFrames && fps > 0) {
        const qint64 frameCount = qint64(std::llround(seconds * fps));
        const int perSecond = int(std::lround(fps));
        // Non-integer rates (29.97) count nominal frames per second, as timecode does.
        whole = qint64(std::floor(frameCount / fps + 1e-9));
        frames = int(std::clamp<qint64>(frameCount - qint64(std::llround(whole * fps)),
                                        0,
                                        std::max(0, perSecond - 1)));
    } else {
        whole = qint64(std::floor(seconds + 1e-6));
    }
    const qint64 hours = whole / 3600;
    const qint64 minutes = (whole / 60) % 60;
    const qint64 secs = whole % 60;
    QString text = hours > 0 ? u"%1:%2:%3"_s.arg(hours)
                                       .arg(minutes, 2, 10, QLatin1Char('0'))
                                       .arg(secs, 2, 10, QLatin1Char('0'))
                             : u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    if (withFrames)
        text += u":%1"_s.arg(frames, 2, 10, QLatin1Char('0'));
    return negative ? u"-"_s + text : text;
}

double TimelineLayout::toFrame(double seconds, double fps)
{
    return fps > 0 ? std::round(seconds * fps) / fps : seconds;
}

} // namespace mt
