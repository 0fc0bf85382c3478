// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/timeline.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mt {

// Where everything of a timeline lies in time and, at a zoom, in pixels: the geometry the
// timeline view paints and hit-tests with, kept apart from widgets so it is tested on its own.
//
// setTimeline() walks the clips once (O(n)) and keeps their starts and ends; both grow with the
// index (a crossfade is never longer than either of its clips), so every question about a time
// — which clips a stretch shows, which clip is under the mouse, where a drop goes, which edge is
// near — is a binary search, never a walk over all clips. Audio clips are few and packed into
// lanes per role so that overlapping sounds do not hide each other.
//
// x is in content pixels: 0 is the film's start; the view subtracts its scroll offset.
// A plain value; main thread in practice, but it holds no shared state.
class TimelineLayout
{
public:
    static constexpr double MinPixelsPerSecond = 0.5;
    static constexpr double MaxPixelsPerSecond = 2000; // a 30 fps frame is ~67 px wide
    static constexpr double DefaultPixelsPerSecond = 40;

    // Which row a sound is shown in: its role and, when sounds of one role overlap, a lane.
    struct AudioRow
    {
        AudioRole role = AudioRole::Music;
        int lane = 0;
        bool operator==(const AudioRow &) const = default;
    };

    struct AudioPlacement
    {
        int index = 0; // into Timeline::audio
        int row = 0;   // into audioRows()
        double start = 0;
        double duration = 0;
    };

    // Ruler ticks for a zoom: a labelled tick every `major` seconds, `minorPerMajor` parts between.
    struct RulerSteps
    {
        double major = 1;
        int minorPerMajor = 5;
        bool showFrames = false; // labels need frames: the major step is under a second
    };

    void setTimeline(const Timeline &timeline);
    const Timeline &timeline() const { return m_timeline; }

    int clipCount() const { return int(m_starts.size()); }
    double clipStart(int index) const { return m_starts[index]; }
    double clipEnd(int index) const { return m_ends[index]; }
    double clipDuration(int index) const { return m_ends[index] - m_starts[index]; }
    double transitionAfter(int index) const { return m_transitions[index]; }
    double duration() const { return m_starts.isEmpty() ? 0 : m_ends.last(); }

    void setPixelsPerSecond(double pixelsPerSecond);
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    double xOf(double seconds) const { return seconds * m_pixelsPerSecond; }
    double timeAt(double x) const { return x / m_pixelsPerSecond; }
    double contentWidth() const { return xOf(duration()); }

    // The clips any part of which lies in [from, to) seconds: indexes [first, last).
    std::pair<int, int> clipsBetween(double from, double to) const;
    // The clip drawn at `seconds` (of two overlapping, the later, which is painted on top);
    // -1 past the end.
    int clipAt(double seconds) const;
    // Where a clip dropped at `seconds` goes: before the clip whose middle is after it (0..n).
    int insertionIndex(double seconds) const;
    // The time an insertion at `index` lands on: that clip's start, or the film's end.
    double insertionTime(int index) const;

    // The nearest edge of a clip or a sound, or the playhead, within `tolerance` seconds of
    // `seconds`; edges of the clip `excludeClip` and the sound `excludeAudio` (indexes) are
    // skipped, as they move with what is being dragged.
    std::optional<double> snap(double seconds,
                               double tolerance,
                               std::optional<double> playhead,
                               int excludeClip = -1,
                               int excludeAudio = -1) const;

    const QList<AudioRow> &audioRows() const { return m_audioRows; }
    const QList<AudioPlacement> &audioPlacements() const { return m_audioPlacements; }
    // The placement of Timeline::audio[index].
    const AudioPlacement &audioPlacement(int index) const { return m_audioPlacements[index]; }
    // The sound shown at `seconds` in `row`; -1 when none.
    int audioAt(int row, double seconds) const;

    // The zoom that shows `seconds` in `width` pixels (bounded by Min/MaxPixelsPerSecond).
    static double fitPixelsPerSecond(double seconds, double width);
    // Ticks whose labels stay at least `minLabelSpacing` pixels apart at this zoom.
    static RulerSteps rulerSteps(double pixelsPerSecond, double fps, double minLabelSpacing);
    // "1:05" / "1:02:05" or, with frames, "1:05:12" (frames at `fps`).
    static QString timecode(double seconds, double fps, bool withFrames);
    // `seconds` on the frame grid of `fps` (nearest frame).
    static double toFrame(double seconds, double fps);

private:
    void placeAudio();

    Timeline m_timeline;
    QList<double> m_starts;
    QList<double> m_ends;
    QList<double> m_transitions;
    QList<double> m_edges; // every clip start and end, sorted, for snapping
    QList<AudioRow> m_audioRows;
    QList<AudioPlacement> m_audioPlacements;
    double m_pixelsPerSecond = DefaultPixelsPerSecond;
};

} // namespace mt
