// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "previewpanel.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "editorsession.h"
#include "storage/assetstore.h"
#include "storage/library.h"

#include <QAudioOutput>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString clock(double seconds)
{
    seconds = std::max(0.0, seconds);
    const int tenths = int(std::floor(seconds * 10)) % 10;
    const qint64 whole = qint64(seconds);
    return u"%1:%2.%3"_s.arg(whole / 60).arg(whole % 60, 2, 10, QChar(u'0')).arg(tenths);
}

} // namespace

PreviewPanel::PreviewPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_still(new QLabel(this))
    , m_message(new QLabel(this))
    , m_screen(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_playButton(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QLabel(this))
{
    setObjectName(u"previewPanel"_s);
    setAccessibleName(tr("Preview"));
    m_player->setVideoOutput(m_video);
    m_player->setAudioOutput(m_audio);

    m_video->setAccessibleName(tr("Video preview"));
    m_still->setObjectName(u"previewStill"_s);
    m_still->setAccessibleName(tr("Picture preview"));
    m_still->setAlignment(Qt::AlignCenter);
    m_still->setMinimumSize(160, 90);
    m_still->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // the pixmap follows it
    m_still->installEventFilter(this);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    for (QWidget *page : {static_cast<QWidget *>(m_still), static_cast<QWidget *>(m_message)}) {
        page->setAutoFillBackground(true);
        QPalette dark = page->palette();
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, QColor(200, 200, 200));
        page->setPalette(dark);
    }
    m_screen->addWidget(m_message);
    m_screen->addWidget(m_video);
    m_screen->addWidget(m_still);
    m_screen->setMinimumSize(240, 135);
    showMessage(idleText());

    m_title->setObjectName(u"previewTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_playButton->setObjectName(u"previewPlay"_s);
    m_playButton->setAutoRaise(true);
    m_playButton->setIconSize(QSize(22, 22));
    m_playButton->setEnabled(false);
    m_slider->setObjectName(u"previewPosition"_s);
    m_slider->setAccessibleName(tr("Playback position"));
    m_slider->setEnabled(false);
    m_time->setObjectName(u"previewTime"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setText(clock(0) + u" / "_s + clock(0));
    QFont mono = m_time->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_time->setFont(mono);
    m_speed->setObjectName(u"previewSpeed"_s);
    m_speed->setAccessibleName(tr("Shuttle speed"));
    m_speed->setMinimumWidth(QFontMetrics(m_speed->font()).horizontalAdvance(u"◀ ×8"_s));

    auto *transport = new QHBoxLayout;
    transport->setSpacing(6);
    transport->addWidget(m_playButton);
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_speed);
    transport->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_screen, 1);
    layout->addLayout(transport);

    m_tick.setInterval(TickMs);
    m_reverse.setInterval(int(ReverseStepSeconds * 1000));
    connect(&m_tick, &QTimer::timeout, this, &PreviewPanel::onTick);
    connect(&m_reverse, &QTimer::timeout, this, &PreviewPanel::onReverseTick);
    connect(m_playButton, &QToolButton::clicked, this, &PreviewPanel::togglePlay);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_sliderHeld = false; });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int ms) {
        if (m_mode == Mode::Timeline)
            seekFilm(ms / 1000.0);
        else
            seekAsset(ms / 1000.0);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PreviewPanel::onMediaStatus);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] {
        if (m_mode == Mode::Asset)
            updateTransport();
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, &PreviewPanel::updateTransport);
    connect(m_player,
            &QMediaPlayer::errorOccurred,
            this,
            [this](QMediaPlayer::Error, const QString &why) {
                setPlaying(false);
                m_tick.stop();
                m_reverse.stop();
                showMessage(tr("The preview cannot play this file: %1\nOn Debian, the preview "
                               "needs the packages gstreamer1.0-libav and "
                               "gstreamer1.0-plugins-good. The export is not affected.")
                                    .arg(why));
            });
    connect(&m_session.history(), &EditHistory::changed, this, &PreviewPanel::onTimelineEdited);
    connect(&m_session.currentProject(),
            &CurrentProject::changed,
            this,
            &PreviewPanel::onProjectChanged);
    setPlaying(false);
}

PreviewPanel::~PreviewPanel()
{
    m_tick.stop();
    m_reverse.stop();
    m_player->stop();
}

double PreviewPanel::duration() const
{
    if (m_mode == Mode::Timeline)
        return m_sequence.duration();
    if (m_mode == Mode::Asset && !m_assetIsStill)
        return m_player->duration() / 1000.0;
    return 0;
}

double PreviewPanel::stepPosition() const
{
    if (m_step < 0)
        return 0;
    if (m_sequence.steps()[m_step].isStill()) {
        const double rate = m_shuttle > 0 ? m_shuttle : 1;
        return m_stillPosition
               + (m_playing && m_shuttle >= 0 ? m_stillClock.elapsed() / 1000.0 * rate : 0);
    }
    return m_pendingSeek >= 0 ? m_pendingSeek : m_player->position() / 1000.0;
}

double PreviewPanel::position() const
{
    switch (m_mode) {
    case Mode::Idle:
        return 0;
    case Mode::Asset:
        return m_assetIsStill ? 0 : m_player->position() / 1000.0;
    case Mode::Timeline:
        return m_step < 0 ? m_sequence.duration() : m_sequence.filmTime(m_step, stepPosition());
    }
    return 0;
}

bool PreviewPanel::isShowingStill() const
{
    return m_screen->currentWidget() == m_still;
}

void PreviewPanel::showAsset(qint64 assetId)
{
    const Result<Asset> asset = m_session.library().assets().get(assetId);
    m_tick.stop();
    m_reverse.stop();
    m_shuttle = 0;
    m_player->setPlaybackRate(1);
    if (!asset) {
        m_player->stop();
        m_mode = Mode::Idle;
        setPlaying(false);
        showMessage(asset.error().message);
        updateTransport();
        return;
    }
    m_mode = Mode::Asset;
    m_assetId = assetId;
    m_step = -1;
    m_title->setText(asset->originalName);
    const QString path = m_session.library().paths().absolute(asset->relativePath);
    m_assetIsStill = asset->kind == MediaKind::Image;
    if (m_assetIsStill) {
        m_player->stop();
        showStill(path);
        setPlaying(false);
    } else {
        if (asset->kind == MediaKind::Audio)
            showMessage(tr("♪ %1").arg(asset->originalName));
        else
            showVideo();
        m_audio->setVolume(1);
        m_pendingSeek = -1;
        m_loadedPath = path;
        m_player->setSource(QUrl::fromLocalFile(path));
        m_player->play();
        setPlaying(true);
    }
    updateTransport();
}

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
    m_title->setText(tr("Timeline"));
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

void PreviewPanel::onProjectChanged()
{
    m_tick.stop();
    m_reverse.stop();
    m_shuttle = 0;
    m_player->stop();
    m_player->setSource({});
    m_loadedPath.clear();
    m_mode = Mode::Idle;
    m_step = -1;
    m_projectId = 0;
    m_sequence = {};
    m_title->clear();
    setPlaying(false);
    showMessage(idleText());
    updateTransport();
}

QString PreviewPanel::idleText()
{
    return tr("Double-click media in the bin to see it here, or press Space on the timeline to "
              "play the film.");
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

void PreviewPanel::setPlaying(bool playing)
{
    const bool changed = playing != m_playing;
    m_playing = playing;
    m_playButton->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString action = playing ? tr("Pause") : tr("Play");
    m_playButton->setToolTip(action + u" (Space)"_s);
    m_playButton->setAccessibleName(action);
    if (changed)
        emit playingChanged(playing);
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

void PreviewPanel::seekAsset(double seconds)
{
    if (m_assetIsStill)
        return;
    m_player->setPosition(qint64(std::max(0.0, seconds) * 1000));
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

void PreviewPanel::showStill(const QString &path)
{
    if (path != m_stillPath) {
        // Read no bigger than a screen: a 50-megapixel still would cost a second otherwise.
        QImageReader reader(path);
        reader.setAutoTransform(true);
        if (const QSize size = reader.size(); size.isValid())
            reader.setScaledSize(size.boundedTo(size.scaled(1920, 1080, Qt::KeepAspectRatio)));
        m_stillImage = reader.read();
        m_stillPath = path;
        if (m_stillImage.isNull()) {
            showMessage(tr("The picture “%1” cannot be read: %2.")
                                .arg(QFileInfo(path).fileName(), reader.errorString()));
            return;
        }
    }
    m_screen->setCurrentWidget(m_still);
    fitStill();
}

void PreviewPanel::fitStill()
{
    if (m_stillImage.isNull())
        return;
    const QSize room = m_still->size().isEmpty() ? QSize(640, 360) : m_still->size();
    m_still->setPixmap(QPixmap::fromImage(
            m_stillImage.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The picture follows the label's size, which the layout settles after the panel's own.
    if (watched == m_still && event->type() == QEvent::Resize)
        fitStill();
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::showVideo()
{
    m_screen->setCurrentWidget(m_video);
}

void PreviewPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_screen->setCurrentWidget(m_message);
}

void PreviewPanel::updateTransport()
{
    const double total = duration();
    const bool canPlay = m_mode == Mode::Timeline || (m_mode == Mode::Asset && !m_assetIsStill);
    m_playButton->setEnabled(canPlay);
    m_slider->setEnabled(canPlay && total > 0);
    m_slider->setRange(0, int(total * 1000));
    const double now = position();
    if (!m_sliderHeld)
        m_slider->setValue(int(now * 1000));
    m_time->setText(clock(now) + u" / "_s + clock(total));
    if (m_shuttle > 1)
        m_speed->setText(u"×%1"_s.arg(m_shuttle));
    else if (m_shuttle < 0)
        m_speed->setText(u"◀ ×%1"_s.arg(-m_shuttle));
    else
        m_speed->clear();
}

} // namespace mt
