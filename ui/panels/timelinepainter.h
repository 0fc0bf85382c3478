// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "models/timelinelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QPixmap>
#include <QRect>

#include <optional>

class QPainter;

namespace mt {

class MediaPreviews;

// Where the rows of the timeline view lie, in viewport pixels, and how times map to x. Shared by
// the painter and the view's hit-testing so both agree to the pixel.
struct TimelineMetrics
{
    static constexpr int HeaderWidth = 112;
    static constexpr int LeftPadding = 12; // room to grab the first clip's left edge
    static constexpr int RulerHeight = 30;
    static constexpr int TrackGap = 6;
    static constexpr int VideoHeight = 88;
    static constexpr int ClipTitleHeight = 17;
    static constexpr int AudioHeight = 58;
    static constexpr int HandleWidth = 7; // of the trim zone at a clip's edge

    double pixelsPerSecond = TimelineLayout::DefaultPixelsPerSecond;
    int scroll = 0; // content pixels scrolled off to the left
    int width = 0;
    int audioRows = 1;

    int xOf(double seconds) const;
    double timeAt(int x) const;
    int trackLeft() const { return HeaderWidth; }
    QRect rulerRect() const { return {HeaderWidth, 0, width - HeaderWidth, RulerHeight}; }
    QRect videoRect() const;
    QRect audioRowRect(int row) const;
    int height() const; // all rows
    // The seconds a viewport spans: what to paint.
    double visibleFrom() const { return timeAt(HeaderWidth); }
    double visibleTo() const { return timeAt(width); }
};

// What the view is in the middle of, for the painter to show.
struct TimelineOverlay
{
    std::optional<int> insertionIndex;           // a drop or a move would go before this clip
    std::optional<int> dropRow;                  // a sound would be dropped into this audio row …
    double dropTime = 0;                         // … at this time
    QList<std::pair<QString, double>> dropGhost; // what a drop would add: names and lengths
    int trimClip = -1;                           // the clip being trimmed, shown as it would be:
    double trimStart = 0;                        // from here to trimEnd on the film,
    double trimEnd = 0;
    double trimIn = 0;   // showing this span of its asset
    int movingClip = -1; // the clip being dragged, drawn as a ghost at:
    double movingStart = 0;
    int movingAudio = -1; // the sound being moved or trimmed, shown at:
    double audioStart = 0;
    double audioIn = 0;
    double audioDuration = 0;
    double audioFadeIn = 0;
    double audioFadeOut = 0;
    std::optional<double> snapLine; // what the gesture snapped to
};

// What the view shows besides the timeline.
struct TimelineViewState
{
    double playhead = 0;
    double fps = 30;
    qint64 selectedClip = 0;
    qint64 selectedAudio = 0;
    bool focused = false;
    QString emptyText; // shown on the video track when it has no clips
};

// Paints the timeline view: ruler, track headers, the video track with filmstrips, transitions,
// the sound rows with waveforms and fades, a warning mark on clips whose take review found
// problems, the playhead and what a gesture shows. Only what lies
// in the viewport is touched: the clips come from TimelineLayout::clipsBetween(), and each
// filmstrip is drawn from a copy scaled once to the track's height. Owned by the view; main
// thread.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(mt::TimelinePainter)

public:
    explicit TimelinePainter(MediaPreviews &previews)
        : m_previews(previews)
    {}

    void paint(QPainter &painter,
               const TimelineLayout &layout,
               const TimelineMetrics &metrics,
               const TimelineViewState &state,
               const TimelineOverlay &overlay);
    // Drops the scaled pictures of an asset (its previews changed).
    void forget(qint64 assetId) { m_strips.remove(assetId); }
    // Asset id → open take-review flags: clips of those assets get a warning mark.
    void setFlagged(const QHash<qint64, int> &flagged) { m_flagged = flagged; }

private:
    struct Strip
    {
        QPixmap pixmap;     // the filmstrip (or a still's picture) at the track's tile height
        int tileWidth = 0;  // in view pixels; 0: nothing to show yet
        int tilePixels = 0; // in the pixmap's own pixels (more on a high-density screen)
        QList<double> times;
        bool ready = false;
    };

    const Strip &strip(const Asset &asset, int height, qreal devicePixelRatio);
    void paintRuler(QPainter &painter,
                    const TimelineMetrics &metrics,
                    const TimelineViewState &state);
    void paintClip(QPainter &painter,
                   const TimelineLayout &layout,
                   const TimelineMetrics &metrics,
                   int index,
                   double start,
                   double end,
                   double in,
                   bool selected,
                   bool ghost);
    void paintFilmstrip(QPainter &painter,
                        const Asset &asset,
                        const QRect &area,
                        double in,
                        double pixelsPerSecond,
                        const QRect &visible);
    void paintTransition(QPainter &painter,
                         const TimelineLayout &layout,
                         const TimelineMetrics &metrics,
                         int index);
    void paintAudio(QPainter &painter,
                    const TimelineLayout &layout,
                    const TimelineMetrics &metrics,
                    int index,
                    double start,
                    double in,
                    double duration,
                    double fadeIn,
                    double fadeOut,
                    bool selected,
                    bool ghost);
    void paintHeaders(QPainter &painter,
                      const TimelineLayout &layout,
                      const TimelineMetrics &metrics,
                      const TimelineViewState &state);
    void paintOverlay(QPainter &painter,
                      const TimelineLayout &layout,
                      const TimelineMetrics &metrics,
                      const TimelineViewState &state,
                      const TimelineOverlay &overlay);

    MediaPreviews &m_previews;
    QHash<qint64, Strip> m_strips;
    QHash<qint64, int> m_flagged;
    int m_stripHeight = 0;
    qreal m_stripRatio = 1;
};

} // namespace mt
