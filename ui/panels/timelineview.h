// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "edit/timelineeditor.h"
#include "models/timelinelayout.h"
#include "panels/timelinepainter.h"

#include <QAbstractScrollArea>

#include <functional>
#include <optional>

class QMimeData;
class QTimer;

namespace mt {

class MediaPreviews;

// The timeline's tracks, custom-painted: a ruler with the playhead, the video track, the music and
// voice rows. It shows a Timeline and turns gestures into requests — a drop, a move, a trim, a
// key — that TimelinePanel makes into undoable edits; it never writes anything itself, so what
// it shows is always what the store holds (the panel hands it the reloaded timeline after each
// edit, undo or redo). Painting and hit-testing go through TimelineLayout's binary searches, so
// a 500-clip film scrolls as fast as a short one.
//
// Horizontal scrolling is the scroll area's; the rows fit the height (setTimeline() sets the
// minimum height). Owned by TimelinePanel; main thread.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(MediaPreviews &previews, QWidget *parent = nullptr);

    // Shows `timeline`, keeping the selection when its clip is still there.
    void setTimeline(const Timeline &timeline);
    const TimelineLayout &layout() const { return m_layout; }
    void setFrameRate(double fps);
    double frameRate() const { return m_state.fps; }
    void setEmptyText(const QString &text);
    // Asset id → the sentences of its open take-review flags: its clips get a warning mark and
    // the sentences in their tooltip.
    void setFlaggedAssets(const QHash<qint64, QStringList> &flagged);
    const QHash<qint64, QStringList> &flaggedAssets() const { return m_flagged; }
    // How the view learns what dragged asset ids are, to outline what a drop would add.
    using AssetLookup = std::function<std::optional<Asset>(qint64 assetId)>;
    void setAssetLookup(AssetLookup lookup) { m_assetLookup = std::move(lookup); }

    double playhead() const { return m_state.playhead; }
    // Moves the playhead without emitting playheadMoved (it comes from the player), scrolling to
    // keep it in view.
    void setPlayhead(double seconds);
    qint64 selectedClip() const { return m_state.selectedClip; }
    qint64 selectedAudio() const { return m_state.selectedAudio; }
    void selectClip(qint64 clipId);
    void selectAudio(qint64 audioClipId);
    bool isSnapping() const { return m_snapping; }
    void setSnapping(bool snapping) { m_snapping = snapping; }

    double pixelsPerSecond() const { return m_layout.pixelsPerSecond(); }
    // Zooms around the viewport x `anchor` (default: the playhead when it is in view).
    void setPixelsPerSecond(double pixelsPerSecond, std::optional<int> anchor = std::nullopt);
    void zoomBy(double factor, std::optional<int> anchor = std::nullopt);
    void zoomToFit();

    // Viewport geometry: what the painter uses, and what tests aim at.
    TimelineMetrics metrics() const;
    QRect clipRect(int index) const;
    QRect audioRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void playheadMoved(double seconds); // by the person (click, drag, keys)
    void selectionChanged(qint64 clipId, qint64 audioClipId);
    void zoomChanged(double pixelsPerSecond);
    void assetsDroppedOnVideo(const QList<qint64> &assetIds, int position, double time);
    void assetsDroppedOnAudio(const QList<qint64> &assetIds, mt::AudioRole role, double start);
    void moveRequested(qint64 clipId, int position);
    void trimRequested(qint64 clipId,
                       std::optional<double> in,
                       std::optional<double> out,
                       std::optional<double> stillDuration);
    void audioChangeRequested(qint64 audioClipId, const mt::AudioDraft &changes);
    void contextMenuRequested(const QPoint &globalPos);
    void playToggled();
    void shuttleRequested(int speed);
    void splitRequested();
    void deleteRequested();
    void markRequested(bool in); // I (in) and O (out) at the playhead

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Gesture {
        None,
        Playhead,
        PressClip,
        MoveClip,
        TrimStart,
        TrimEnd,
        PressAudio,
        MoveAudio,
        AudioStart,
        AudioEnd,
        FadeIn,
        FadeOut
    };
    struct Hit
    {
        enum Area { Nothing, Ruler, Video, Audio } area = Nothing;
        int index = -1;               // clip or sound under the point
        int row = -1;                 // audio row
        Gesture edge = Gesture::None; // a trim handle, or a press on the body
    };

    Hit hitAt(const QPoint &point) const;
    QString toolTipAt(const QPoint &point) const;
    void updateScrollRange();
    void movePlayheadTo(double seconds);
    // `seconds` moved to a snap target near it (when snapping is on), shown as the snap line.
    double snapped(double seconds,
                   int excludeClip = -1,
                   int excludeAudio = -1,
                   bool toPlayhead = true);
    void startGesture(const Hit &hit, const QPoint &point);
    void updateGesture(const QPoint &point);
    void finishGesture();
    void cancelGesture();
    // Scrolls while a drag is held near the left or right edge of the tracks.
    void autoScroll();
    void updateTrim(double time);
    void updateAudioGesture(double time);
    static QList<qint64> assetIds(const QMimeData *mime);
    static Qt::KeyboardModifiers ownModifiers(const QKeyEvent *event);
    bool updateDropTarget(const QPoint &point);

    TimelinePainter m_painter;
    QHash<qint64, QStringList> m_flagged;
    TimelineLayout m_layout;
    TimelineViewState m_state;
    TimelineOverlay m_overlay;
    bool m_snapping = true;
    AssetLookup m_assetLookup;
    QList<Asset> m_dragAssets; // of the drag over the view, looked up once when it enters
    qint64 m_vanishedClip = 0; // selected until an undo removed it

    Gesture m_gesture = Gesture::None;
    int m_gestureIndex = -1;
    QPoint m_pressPoint;
    QPoint m_lastPoint;
    QTimer *m_autoScroll = nullptr;
    double m_pressTime = 0;
    // What the gesture would do on release.
    int m_moveTarget = -1;
    std::optional<double> m_newIn;
    std::optional<double> m_newOut;
    std::optional<double> m_newStillDuration;
    AudioDraft m_audioChange;
};

} // namespace mt
