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
    // Black behind the picture, as in every player: letterboxing and loading stay dark.
    m_screen->setAutoFillBackground(true);
    QPalette black = m_screen->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_screen->setPalette(black);
    m_video->setAutoFillBackground(true);
    m_video->setPalette(black);
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

void PreviewPanel::seekAsset(double seconds)
{
    if (m_assetIsStill)
        return;
    m_player->setPosition(qint64(std::max(0.0, seconds) * 1000));
    updateTransport();
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
