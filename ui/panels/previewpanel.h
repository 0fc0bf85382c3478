// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "models/playbacksequence.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace mt {

class EditorSession;

// The preview: plays an asset of the bin, or the timeline from the playhead, with a transport
// (play/pause, position slider, time). The timeline is played clip by clip from the files, not
// rendered (PlaybackSequence says which file, from where, to where): each video clip's file is
// loaded, sought to its in point and left at its out point; a still is shown for its duration.
// So it starts at once; transitions and music are heard only in the export.
//
// Playback goes through Qt Multimedia's default backend (GStreamer on Linux, which needs
// gstreamer1.0-libav for H.264/AAC and gstreamer1.0-plugins-good for MP4/Matroska).
//
// Main thread; a dock's widget, made by the main window over the session.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Idle, Asset, Timeline };
    static constexpr int TickMs = 30;    // how often timeline playback looks at the clock
    static constexpr int MaxShuttle = 8; // fastest J/L speed
    static constexpr double ReverseStepSeconds = 0.1;

    explicit PreviewPanel(EditorSession &session, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    Mode mode() const { return m_mode; }
    bool isPlaying() const { return m_playing; }
    int shuttleSpeed() const { return m_shuttle; } // 0 when not shuttling
    // Seconds: into the asset, or into the film in timeline mode.
    double position() const;
    const PlaybackSequence &sequence() const { return m_sequence; }
    int currentStep() const { return m_step; }
    bool isShowingStill() const;
    QMediaPlayer *player() const { return m_player; }

public slots:
    void showAsset(qint64 assetId);
    void playTimeline(qint64 projectId, double from);
    void togglePlay();
    // Shows the film paused at `seconds` (the playhead moved while not playing).
    void showTimelineAt(qint64 projectId, double seconds);
    // Space on the timeline: plays the film from `from` unless it is already the film shown,
    // which then pauses or goes on.
    void toggleTimeline(qint64 projectId, double from);
    // J/K/L: -1 back, 0 stop, +1 forward; a press in the direction already shuttling doubles
    // the speed (up to MaxShuttle); a larger |speed| is taken as it is.
    void shuttle(int speed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void timelinePositionChanged(double seconds);
    void playingChanged(bool playing);

private:
    void loadTimeline(qint64 projectId, double from, bool play);
    void onTimelineEdited(qint64 projectId);
    void onProjectChanged();
    static QString idleText();
    void setPlaying(bool playing);
    void play();
    void pause();
    void advance();
    double stepPosition() const; // seconds into the current step's file (or still)
    void startStep(int step, double position);
    void seekFilm(double seconds);
    void seekAsset(double seconds);
    void onTick();
    void onReverseTick();
    void onMediaStatus();
    void showStill(const QString &path);
    void fitStill();
    void showVideo();
    void showMessage(const QString &text);
    void updateTransport();
    double duration() const;

    EditorSession &m_session;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QVideoWidget *m_video;
    QLabel *m_still;
    QLabel *m_message;
    QStackedWidget *m_screen;
    QLabel *m_title;
    QToolButton *m_playButton;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_speed;

    Mode m_mode = Mode::Idle;
    bool m_playing = false;
    int m_shuttle = 0;
    qint64 m_assetId = 0;
    qint64 m_projectId = 0; // the timeline shown
    bool m_assetIsStill = false;
    PlaybackSequence m_sequence;
    int m_step = -1;
    QString m_loadedPath;
    double m_pendingSeek = -1;  // a seek waiting for the file to load
    double m_stillPosition = 0; // where in a still's duration the clock started
    QElapsedTimer m_stillClock;
    QImage m_stillImage;
    QString m_stillPath;
    QTimer m_tick;
    QTimer m_reverse;
    bool m_sliderHeld = false;
};

} // namespace mt
