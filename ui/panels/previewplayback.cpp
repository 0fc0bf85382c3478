// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// PreviewPanel, part two: playing — the transport's actions, shuttle, and the timeline played
// clip by clip. Part one, previewpanel.cpp, builds the panel and shows assets.
#include "previewpanel.h"

#include "edit/timelineeditor.h"
#include "editorsession.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QAudioOutput>
#include <QLabel>
#include <QMediaPlayer>
#include <QUrl>

#include <algorithm>

namespace mt {

void PreviewPanel::playTimeline(qint64 projectId, double from)
{
    loadTimeline(projectId, from, true);
}

void PreviewPanel::showTimelineAt(qint64 projectId, double seconds)
{
    if (m_mode == Mode::Timeline && projectId == m_projectId && !m_playing) {
        seekFilm(seconds);
        return;
    }
    loadTimeline(projectId, seconds, false);
}

void PreviewPanel::toggleTimeline(qint64 projectId, double from)
{
    if (m_mode == Mode::Timeline && projectId == m_projectId)
        togglePlay();
    else
        playTimeline(projectId, from);
}

void PreviewPanel::loadTimeline(qint64 projectId, double from, bool play)
{
    const Result<Timeline> timeline = m_session.timeline().store().load(projectId);
    m_tick.stop();
    m_reverse.stop();
    m_shuttle = 0;
    m_player->setPlaybackRate(1);
    if (!timeline) {
        showMessage(timeline.error().message);
        return;
    }
    m_projectId = projectId;
    m_sequence = PlaybackSequence(*timeline, m_session.library().paths().root);
    m_mode = Mode::Timeline;
    const Result<Project> project = m_session.library().projects().get(projectId);
    m_title->setText(project ? tr("Timeline of “%1”").arg(project->name) : tr("Timeline"));
    if (m_sequence.isEmpty()) {
        m_player->stop();
        m_step = -1;
        setPlaying(false);
        showMessage(tr("The timeline is empty. Drag media from the bin onto it, then play."));
        updateTransport();
        return;
    }
    setPlaying(play);
    seekFilm(from);
    if (m_playing)
        m_tick.start();
}

void PreviewPanel::onTimelineEdited(qint64 projectId)
{
    if (m_mode != Mode::Timeline || projectId != m_projectId)
        return;
    const Result<Timeline> timeline = m_session.timeline().store().load(projectId);
    if (!timeline)
        return; // the next play reports it
    PlaybackSequence edited(*timeline, m_session.library().paths().root);
    if (edited.steps() == m_sequence.steps())
        return; // an edit that does not change what plays (a transition, a sound)
    // Go on from the same point of the film, over the clips as they are now.
    const double at = position();
    const bool playing = m_playing;
    loadTimeline(projectId, at, playing);
}

void PreviewPanel::togglePlay()
{
    if (m_mode == Mode::Idle)
        return;
    if (m_shuttle != 0) { // Space ends a shuttle as K does
        if (m_step >= 0 && m_sequence.steps()[m_step].isStill()) {
            m_stillPosition = stepPosition();
            m_stillClock.restart();
        }
        m_shuttle = 0;
        m_reverse.stop();
        m_player->setPlaybackRate(1);
    }
    if (m_playing) {
        pause();
        return;
    }
    if (m_mode == Mode::Timeline && m_step < 0) { // at the end: from the top
        setPlaying(true);
        seekFilm(0);
    }
    play();
}

void PreviewPanel::shuttle(int speed)
{
    if (m_mode == Mode::Idle || (m_mode == Mode::Asset && m_assetIsStill))
        return;
    // A still's clock runs at the shuttle speed: rebase it before the speed changes.
    if (m_step >= 0 && m_sequence.steps()[m_step].isStill()) {
        m_stillPosition = stepPosition();
        m_stillClock.restart();
    }
    if (speed == 0) {
        m_shuttle = 0;
        m_reverse.stop();
        m_player->setPlaybackRate(1);
        pause();
        return;
    }
    int rate = 0;
    if (speed > 0)
        rate = (m_shuttle > 0 && speed == 1) ? m_shuttle * 2 : speed;
    else
        rate = (m_shuttle < 0 && speed == -1) ? m_shuttle * 2 : speed;
    rate = std::clamp(rate, -MaxShuttle, MaxShuttle);
    m_shuttle = rate;
    if (rate > 0) {
        m_reverse.stop();
        m_player->setPlaybackRate(rate);
        play();
    } else {
        // QMediaPlayer cannot play backwards (a negative playbackRate is not supported by the
        // GStreamer or FFmpeg backends of Qt 6.4), so reverse shuttle pauses and steps back by
        // seeking, |rate| × ReverseStepSeconds every ReverseStepSeconds.
        m_player->pause();
        m_tick.stop();
        m_reverse.start();
        setPlaying(true);
    }
    updateTransport();
}

void PreviewPanel::play()
{
    if (m_mode == Mode::Asset && m_assetIsStill)
        return;
    setPlaying(true);
    if (m_mode == Mode::Timeline) {
        if (m_step >= 0 && m_sequence.steps()[m_step].isStill())
            m_stillClock.restart();
        else
            m_player->play();
        m_tick.start();
    } else {
        m_player->play();
    }
}

void PreviewPanel::pause()
{
    if (m_mode == Mode::Timeline && m_step >= 0)
        m_stillPosition = stepPosition();
    setPlaying(false);
    m_tick.stop();
    m_reverse.stop();
    m_player->pause();
    updateTransport();
}

void PreviewPanel::seekFilm(double seconds)
{
    seconds = std::max(0.0, seconds);
    const PlaybackSequence::Cue cue = m_sequence.cueAt(seconds);
    if (cue.step < 0) {
        m_step = -1;
        pause();
        emit timelinePositionChanged(m_sequence.duration());
        updateTransport();
        return;
    }
    startStep(cue.step, cue.position);
    emit timelinePositionChanged(seconds);
    updateTransport();
}

void PreviewPanel::startStep(int step, double position)
{
    m_step = step;
    const PlaybackStep &at = m_sequence.steps()[step];
    if (at.isStill()) {
        m_player->pause();
        showStill(at.path);
        m_stillPosition = position;
        m_stillClock.restart();
        return;
    }
    showVideo();
    // QAudioOutput goes to 1; louder clips (volume up to 4) are only louder in the export.
    m_audio->setVolume(float(std::clamp(at.volume, 0.0, 1.0)));
    if (at.path != m_loadedPath) {
        // A seek before the file has loaded is lost; onMediaStatus applies it once loaded.
        m_loadedPath = at.path;
        m_pendingSeek = position;
        m_player->setSource(QUrl::fromLocalFile(at.path));
    } else {
        m_pendingSeek = -1;
        m_player->setPosition(qint64(position * 1000));
    }
    if (m_playing && m_shuttle >= 0)
        m_player->play();
    else
        m_player->pause(); // paused shows the frame at the position
}

void PreviewPanel::onMediaStatus()
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if ((status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)
        && m_pendingSeek >= 0) {
        m_player->setPosition(qint64(m_pendingSeek * 1000));
        m_pendingSeek = -1;
    }
    if (status == QMediaPlayer::EndOfMedia) {
        if (m_mode == Mode::Timeline && m_step >= 0 && m_playing)
            advance(); // the clip's out point was the file's end
        else if (m_mode == Mode::Asset)
            setPlaying(false);
    }
    updateTransport();
}

void PreviewPanel::onTick()
{
    if (m_mode != Mode::Timeline || !m_playing || m_step < 0)
        return;
    if (m_pendingSeek >= 0)
        return; // still loading the clip's file
    const double at = stepPosition();
    if (m_sequence.isPastOut(m_step, at)) {
        advance();
        return;
    }
    emit timelinePositionChanged(m_sequence.filmTime(m_step, at));
    updateTransport();
}

void PreviewPanel::advance()
{
    const int next = m_sequence.next(m_step);
    if (next < 0) {
        m_step = -1;
        pause();
        emit timelinePositionChanged(m_sequence.duration());
        updateTransport();
        return;
    }
    startStep(next, m_sequence.steps()[next].in);
    emit timelinePositionChanged(m_sequence.steps()[next].filmStart);
    updateTransport();
}

void PreviewPanel::onReverseTick()
{
    const double back = -m_shuttle * ReverseStepSeconds;
    const double target = position() - back;
    if (m_mode == Mode::Timeline) {
        const bool playing = m_playing;
        m_playing = false; // stepping is not playing: startStep must not start the player
        seekFilm(std::max(0.0, target));
        m_playing = playing;
    } else {
        seekAsset(std::max(0.0, target));
    }
    if (target <= 0) {
        m_shuttle = 0;
        m_reverse.stop();
        setPlaying(false);
        updateTransport();
    }
}

} // namespace mt
