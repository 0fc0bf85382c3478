// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelinePanel: the dock around the view, and the edits its gestures make. The context menu is
// in timelinepanelmenu.cpp.
#include "timelinepanel.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "editorsession.h"
#include "models/reviewtracker.h"
#include "panels/inlinemessage.h"
#include "panels/timelineview.h"
#include "storage/assetstore.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int ZoomSteps = 1000;

// The zoom slider is logarithmic: each step scales the zoom by the same factor.
int sliderOf(double pixelsPerSecond)
{
    const double span = std::log(TimelineLayout::MaxPixelsPerSecond
                                 / TimelineLayout::MinPixelsPerSecond);
    return int(std::lround(std::log(pixelsPerSecond / TimelineLayout::MinPixelsPerSecond) / span
                           * ZoomSteps));
}

double zoomOf(int slider)
{
    return TimelineLayout::MinPixelsPerSecond
           * std::pow(TimelineLayout::MaxPixelsPerSecond / TimelineLayout::MinPixelsPerSecond,
                      double(slider) / ZoomSteps);
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

TimelinePanel::TimelinePanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new TimelineView(session.previews(), this))
    , m_message(new InlineMessage(this))
    , m_timecode(new QLabel(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
    , m_snap(new QToolButton(this))
    , m_split(new QToolButton(this))
    , m_delete(new QToolButton(this))
{
    setAccessibleName(tr("Timeline"));
    setObjectName(u"timelinePanel"_s);
    setStyleSheet(u"#timelineToolbar { background: #2c2e33; border-bottom: 1px solid #121315; }"
                  " #timelineToolbar QToolButton { color: #d7d9de; background: transparent;"
                  " border: 1px solid transparent; border-radius: 3px; padding: 3px 8px; }"
                  " #timelineToolbar QToolButton:hover { background: #3a3d44; }"
                  " #timelineToolbar QToolButton:checked { background: #4a3a1c;"
                  " border-color: #ffb340; color: #ffd28a; }"
                  " #timelineToolbar QToolButton:disabled { color: #6b6f77; }"
                  " #timelineToolbar QLabel { color: #c4c7cd; }"
                  " #timelinePanel QScrollBar:horizontal { background: #1b1c1f; height: 12px;"
                  " margin: 0; border-top: 1px solid #121315; }"
                  " #timelinePanel QScrollBar::handle:horizontal { background: #4a4d55;"
                  " border-radius: 4px; min-width: 40px; margin: 2px; }"
                  " #timelinePanel QScrollBar::handle:horizontal:hover { background: #5d616b; }"
                  " #timelinePanel QScrollBar::add-line, #timelinePanel QScrollBar::sub-line"
                  " { width: 0; }"
                  " #timelinePanel QScrollBar::add-page, #timelinePanel QScrollBar::sub-page"
                  " { background: none; }"_s);

    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(u"timelineToolbar"_s);
    toolbar->setAttribute(Qt::WA_StyledBackground);
    const auto button = [toolbar](QToolButton *tool, const QString &text, const QString &tip) {
        tool->setParent(toolbar);
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAccessibleName(text);
        tool->setFocusPolicy(Qt::NoFocus); // keys stay with the tracks
        tool->setAutoRaise(true);
        return tool;
    };
    button(m_split, tr("Split"), tr("Split the clip at the playhead (S)"));
    button(m_delete, tr("Delete"), tr("Remove the selected clip and close the gap (Delete)"));
    button(m_snap, tr("Snap"), tr("Snap to clip edges and the playhead while dragging"));
    m_snap->setCheckable(true);
    m_snap->setChecked(true);
    auto *zoomOut = button(new QToolButton, u"−"_s, tr("Zoom out (−)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto *zoomIn = button(new QToolButton, u"+"_s, tr("Zoom in (+)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto *fit = button(new QToolButton, tr("Fit"), tr("Show the whole film"));
    m_zoom->setParent(toolbar);
    m_zoom->setRange(0, ZoomSteps);
    m_zoom->setFixedWidth(140);
    m_zoom->setFocusPolicy(Qt::NoFocus);
    m_zoom->setToolTip(tr("Zoom (Ctrl+wheel over the tracks)"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_timecode->setParent(toolbar);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_timecode->setFont(mono);
    m_timecode->setAccessibleName(tr("Playhead position"));

    auto *bar = new QHBoxLayout(toolbar);
    bar->setContentsMargins(6, 3, 6, 3);
    bar->setSpacing(2);
    bar->addWidget(m_split);
    bar->addWidget(m_delete);
    bar->addSpacing(10);
    bar->addWidget(m_snap);
    bar->addStretch(1);
    bar->addWidget(m_timecode);
    bar->addSpacing(14);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoom);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_split, &QToolButton::clicked, this, [this] { splitAtPlayhead(); });
    connect(m_delete, &QToolButton::clicked, this, [this] { deleteSelection(); });
    connect(m_snap, &QToolButton::toggled, m_view, &TimelineView::setSnapping);
    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1 / 1.5); });
    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1.5); });
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::zoomToFit);
    connect(m_zoom, &QSlider::valueChanged, m_view, [this](int value) {
        m_view->setPixelsPerSecond(zoomOf(value));
    });
    connect(m_view, &TimelineView::zoomChanged, this, &TimelinePanel::syncZoomSlider);

    connect(m_view, &TimelineView::playheadMoved, this, [this](double seconds) {
        updateTimecode();
        emit playheadMoved(seconds);
    });
    connect(m_view, &TimelineView::selectionChanged, this, [this](qint64 clipId, qint64 audioId) {
        m_delete->setEnabled(clipId != 0 || audioId != 0);
        emit clipSelected(clipId);
    });
    connect(m_view, &TimelineView::playToggled, this, &TimelinePanel::playToggled);
    connect(m_view, &TimelineView::shuttleRequested, this, &TimelinePanel::shuttleRequested);
    connect(m_view, &TimelineView::splitRequested, this, [this] { splitAtPlayhead(); });
    connect(m_view, &TimelineView::deleteRequested, this, [this] { deleteSelection(); });
    connect(m_view, &TimelineView::markRequested, this, [this](bool in) { markAtPlayhead(in); });
    connect(m_view,
            &TimelineView::assetsDroppedOnVideo,
            this,
            [this](const QList<qint64> &ids, int position) { insertAssets(ids, position); });
    connect(m_view,
            &TimelineView::assetsDroppedOnAudio,
            this,
            [this](const QList<qint64> &ids, AudioRole role, double start) {
                addSounds(ids, role, start);
            });
    connect(m_view, &TimelineView::moveRequested, this, [this](qint64 clipId, int position) {
        perform(u"move"_s,
                [&] { return statusOf(m_session.timeline().moveClip(clipId, position)); });
    });
    connect(m_view,
            &TimelineView::trimRequested,
            this,
            [this](qint64 clipId,
                   std::optional<double> in,
                   std::optional<double> out,
                   std::optional<double> still) {
                perform(u"trim"_s, [&] {
                    return statusOf(m_session.timeline().trimClip(clipId, in, out, still));
                });
            });
    connect(m_view, &TimelineView::audioChangeRequested, this, &TimelinePanel::changeSound);
    connect(m_view, &TimelineView::contextMenuRequested, this, &TimelinePanel::showContextMenu);

    connect(&m_session.history(), &EditHistory::changed, this, [this](qint64 projectId) {
        if (projectId == m_projectId)
            reload();
    });
    connect(&m_session.undoStack(), &TimelineUndoStack::failed, this, &TimelinePanel::showMessage);
    connect(&m_session.currentProject(),
            &CurrentProject::changed,
            this,
            &TimelinePanel::showProject);

    setFocusProxy(m_view); // focusing the dock puts the keys on the tracks
    m_view->setAssetLookup([this](qint64 assetId) -> std::optional<Asset> {
        const Result<Asset> asset = m_session.library().assets().get(assetId);
        return asset ? std::optional<Asset>(*asset) : std::nullopt;
    });
    m_delete->setEnabled(false);
    // Clips of takes that review flagged carry a warning mark; it follows reviews and dismissals.
    m_reviews = new ReviewTracker(m_session.library().database(),
                                  m_session.jobs(),
                                  m_session.history(),
                                  this);
    connect(m_reviews, &ReviewTracker::changed, this, [this] {
        m_view->setFlaggedAssets(m_reviews->openMessagesByAsset());
    });
    showProject(m_session.currentProject().id());
    syncZoomSlider();
}

QString TimelinePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->title();
}

void TimelinePanel::showProject(qint64 projectId)
{
    m_projectId = projectId;
    m_message->dismiss();
    double fps = 30;
    if (projectId) {
        if (const Result<Project> project = m_session.library().projects().get(projectId))
            fps = project->frameRate.toDouble();
    }
    m_view->setFrameRate(fps);
    m_view->selectClip(0);
    m_view->setPlayhead(0);
    m_reviews->setProjectId(projectId);
    reload();
    if (projectId) {
        // Open on the whole film, but not so close that a short one looks like frames.
        const int width = std::max(400, m_view->viewport()->width() - 160);
        m_view->setPixelsPerSecond(
                std::min(120.0,
                         TimelineLayout::fitPixelsPerSecond(m_view->layout().duration(), width)));
    }
}

void TimelinePanel::reload()
{
    Timeline timeline;
    timeline.projectId = m_projectId;
    if (m_projectId) {
        Result<Timeline> loaded = m_session.timeline().store().load(m_projectId);
        if (!loaded)
            showMessage(loaded.error().message);
        else
            timeline = std::move(loaded).value();
    }
    m_view->setEmptyText(m_projectId ? tr("Drag shots from the media bin here to start the film.")
                                     : tr("Open or create a project to edit its timeline."));
    m_view->setTimeline(timeline);
    const bool editable = m_projectId != 0;
    m_split->setEnabled(editable && !timeline.clips.isEmpty());
    m_delete->setEnabled(m_view->selectedClip() != 0 || m_view->selectedAudio() != 0);
    updateTimecode();
}

void TimelinePanel::setPlayhead(double seconds)
{
    m_view->setPlayhead(seconds);
    updateTimecode();
}

void TimelinePanel::updateTimecode()
{
    const double fps = m_view->frameRate();
    m_timecode->setText(
            tr("%1 / %2").arg(TimelineLayout::timecode(m_view->playhead(), fps, true),
                              TimelineLayout::timecode(m_view->layout().duration(), fps, true)));
}

void TimelinePanel::syncZoomSlider()
{
    const QSignalBlocker blocker(m_zoom);
    m_zoom->setValue(sliderOf(m_view->pixelsPerSecond()));
}

void TimelinePanel::showMessage(const QString &text)
{
    m_message->showMessage(InlineMessage::Level::Error, text);
}

Status TimelinePanel::perform(const QString &command, const std::function<Status()> &edit)
{
    const Status status = m_session.undoStack().perform(command, edit);
    if (status)
        m_message->dismiss();
    else
        showMessage(status.error().message);
    return status;
}

Status TimelinePanel::insertAssets(const QList<qint64> &assetIds, int position)
{
    // One edit per asset, so that each is one step of the history (a dropped asset may be
    // refused while the ones before it stay).
    double soundStart = m_view->layout().insertionTime(position);
    for (qint64 assetId : assetIds) {
        const Result<Asset> asset = m_session.library().assets().get(assetId);
        if (!asset) {
            showMessage(asset.error().message);
            return asset.error();
        }
        if (asset->kind == MediaKind::Audio) {
            // Sound dropped on the picture goes under it, where it was dropped.
            if (const Status added = addSounds({assetId}, AudioRole::Music, soundStart); !added)
                return added;
            soundStart += asset->info.duration;
            continue;
        }
        const bool atEnd = position >= m_view->layout().clipCount();
        const Status added = perform(atEnd ? u"add"_s : u"insert"_s, [&] {
            return statusOf(
                    m_session.timeline().addClip(m_projectId,
                                                 {.assetId = assetId, .position = position}));
        });
        if (!added)
            return added;
        m_view->selectClip(m_view->layout().timeline().clips.value(position).id);
        ++position;
    }
    return {};
}

Status TimelinePanel::addSounds(const QList<qint64> &assetIds, AudioRole role, double start)
{
    for (qint64 assetId : assetIds) {
        Result<AudioClip> added = AudioClip{};
        const Status status = perform(audioRoleName(role), [&] {
            added = m_session.timeline().addAudio(m_projectId,
                                                  {.assetId = assetId,
                                                   .role = role,
                                                   .start = start});
            return statusOf(added);
        });
        if (!status)
            return status;
        m_view->selectAudio(added->id);
        start += m_view->layout().timeline().audioDuration(*added);
    }
    return {};
}

int TimelinePanel::clipAtPlayhead() const
{
    const TimelineLayout &layout = m_view->layout();
    const double playhead = m_view->playhead();
    const int selected = layout.timeline().indexOf(m_view->selectedClip());
    if (selected >= 0 && playhead >= layout.clipStart(selected)
        && playhead <= layout.clipEnd(selected))
        return selected;
    return layout.clipAt(playhead);
}

Status TimelinePanel::splitAtPlayhead()
{
    const int index = clipAtPlayhead();
    if (index < 0) {
        const Error error = Error::refused(tr("Put the playhead on a clip to split it there."));
        showMessage(error.message);
        return error;
    }
    const TimelineLayout &layout = m_view->layout();
    const qint64 clipId = layout.timeline().clips[index].id;
    const double at = m_view->playhead() - layout.clipStart(index);
    Result<Clip> second = Clip{};
    const Status status = perform(u"split"_s, [&] {
        second = m_session.timeline().splitClip(clipId, at);
        return statusOf(second);
    });
    if (status)
        m_view->selectClip(second->id);
    return status;
}

Status TimelinePanel::deleteSelection()
{
    if (const qint64 audioId = m_view->selectedAudio()) {
        return perform(u"audio-remove"_s, [&] { return m_session.timeline().removeAudio(audioId); });
    }
    const qint64 clipId = m_view->selectedClip();
    if (!clipId) {
        const Error error = Error::refused(tr("Select a clip or a sound to delete it."));
        showMessage(error.message);
        return error;
    }
    const int index = m_view->layout().timeline().indexOf(clipId);
    const Status status = perform(u"remove"_s,
                                  [&] { return m_session.timeline().removeClip(clipId); });
    if (status) {
        // The next clip moved into its place: it is what Delete takes next, as in other editors.
        const QList<Clip> &clips = m_view->layout().timeline().clips;
        if (!clips.isEmpty())
            m_view->selectClip(clips[std::min<int>(index, clips.size() - 1)].id);
    }
    return status;
}

Status TimelinePanel::markAtPlayhead(bool in)
{
    const int index = clipAtPlayhead();
    if (index < 0) {
        const Error error = Error::refused(
                tr("Put the playhead on a clip to set its %1 point there.")
                        .arg(in ? tr("in") : tr("out")));
        showMessage(error.message);
        return error;
    }
    const TimelineLayout &layout = m_view->layout();
    const Clip clip = layout.timeline().clips[index];
    const double into = m_view->playhead() - layout.clipStart(index);
    std::optional<double> newIn;
    std::optional<double> newOut;
    std::optional<double> still;
    if (clip.stillDuration)
        still = in ? layout.clipDuration(index) - into : into; // a still only has a length
    else if (in)
        newIn = clip.in + into;
    else
        newOut = clip.in + into;
    return perform(u"trim"_s, [&] {
        return statusOf(m_session.timeline().trimClip(clip.id, newIn, newOut, still));
    });
}

Status TimelinePanel::setTransition(qint64 clipId, Transition transition, double duration)
{
    return perform(u"transition"_s, [&] {
        return statusOf(
                m_session.timeline().setTransition(clipId,
                                                   transition,
                                                   transition == Transition::Cut ? 0 : duration));
    });
}

Status TimelinePanel::setClipVolume(qint64 clipId, double volume)
{
    return perform(u"volume"_s,
                   [&] { return statusOf(m_session.timeline().setVolume(clipId, volume)); });
}

Status TimelinePanel::changeSound(qint64 audioClipId, const AudioDraft &changes)
{
    return perform(u"audio"_s, [&] {
        return statusOf(m_session.timeline().updateAudio(audioClipId, changes));
    });
}

} // namespace mt
