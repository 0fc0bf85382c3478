// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// TimelinePanel's context menu: transitions, volume and fades of what is selected.
#include "timelinepanel.h"

#include "edit/timelineeditor.h"
#include "panels/timelineview.h"

#include <QActionGroup>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QWidgetAction>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// A "Duration [1.00 s]" field at the top of a menu, for the transition chosen below it.
QDoubleSpinBox *durationField(QMenu *menu, double value)
{
    auto *row = new QWidget(menu);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(28, 4, 10, 4);
    auto *label = new QLabel(TimelinePanel::tr("Duration"), row);
    auto *spin = new QDoubleSpinBox(row);
    spin->setRange(0.1, TimelineEditor::MaxTransitionDuration);
    spin->setSingleStep(0.25);
    spin->setDecimals(2);
    spin->setSuffix(TimelinePanel::tr(" s"));
    spin->setValue(value > 0 ? value : 1.0);
    spin->setAccessibleName(TimelinePanel::tr("Transition duration"));
    label->setBuddy(spin);
    layout->addWidget(label);
    layout->addWidget(spin, 1);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(row);
    menu->addAction(action);
    return spin;
}

} // namespace

void TimelinePanel::showContextMenu(const QPoint &globalPos)
{
    if (!m_projectId)
        return;
    QMenu menu(this);
    const TimelineLayout &layout = m_view->layout();
    const int index = layout.timeline().indexOf(m_view->selectedClip());
    if (index >= 0) {
        const Clip clip = layout.timeline().clips[index];
        QAction *split = menu.addAction(tr("Split at Playhead"), this, [this] {
            splitAtPlayhead();
        });
        split->setShortcut(Qt::Key_S);
        QAction *remove = menu.addAction(tr("Delete (Close Gap)"), this, [this] {
            deleteSelection();
        });
        remove->setShortcut(Qt::Key_Delete);
        menu.addSeparator();
        QMenu *transition = menu.addMenu(tr("Transition to Next Clip"));
        transition->setEnabled(index + 1 < layout.clipCount());
        QDoubleSpinBox *duration = durationField(transition, clip.transitionDuration);
        transition->addSeparator();
        auto *kinds = new QActionGroup(transition);
        const std::pair<Transition, QString> choices[] = {
                {Transition::Cut, tr("Cut")},
                {Transition::Crossfade, tr("Crossfade")},
                {Transition::DipToBlack, tr("Dip to Black")},
        };
        for (const auto &[kind, name] : choices) {
            QAction *choice = transition->addAction(name);
            choice->setCheckable(true);
            choice->setChecked(clip.transition == kind);
            kinds->addAction(choice);
            connect(choice, &QAction::triggered, this, [this, id = clip.id, kind, duration] {
                setTransition(id, kind, duration->value());
            });
        }
        menu.addAction(tr("Volume… (%1 %)").arg(std::lround(clip.volume * 100)),
                       this,
                       &TimelinePanel::askVolume);
    } else if (m_view->selectedAudio()) {
        const auto &audio = layout.timeline().audio;
        const auto found = std::find_if(audio.cbegin(), audio.cend(), [this](const AudioClip &a) {
            return a.id == m_view->selectedAudio();
        });
        if (found == audio.cend())
            return;
        const AudioClip sound = *found;
        menu.addAction(tr("Volume… (%1 %)").arg(std::lround(sound.volume * 100)),
                       this,
                       &TimelinePanel::askVolume);
        const auto fadeMenu = [&](const QString &title, bool fadeIn) {
            QMenu *fades = menu.addMenu(title);
            const double current = fadeIn ? sound.fadeIn : sound.fadeOut;
            for (double seconds : {0.0, 0.5, 1.0, 2.0, 4.0}) {
                QAction *choice = fades->addAction(seconds == 0 ? tr("None")
                                                                : tr("%1 s").arg(seconds));
                choice->setCheckable(true);
                choice->setChecked(std::abs(current - seconds) < 1e-6);
                connect(choice, &QAction::triggered, this, [this, id = sound.id, seconds, fadeIn] {
                    AudioDraft change;
                    (fadeIn ? change.fadeIn : change.fadeOut) = seconds;
                    changeSound(id, change);
                });
            }
        };
        fadeMenu(tr("Fade In"), true);
        fadeMenu(tr("Fade Out"), false);
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("Remove Sound"), this, [this] { deleteSelection(); });
        remove->setShortcut(Qt::Key_Delete);
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QAction *snap = menu.addAction(tr("Snap to Edges"), m_view, &TimelineView::setSnapping);
    snap->setCheckable(true);
    snap->setChecked(m_view->isSnapping());
    menu.addAction(tr("Zoom to Fit"), m_view, &TimelineView::zoomToFit);
    menu.exec(globalPos);
}

void TimelinePanel::askVolume()
{
    const TimelineLayout &layout = m_view->layout();
    const int index = layout.timeline().indexOf(m_view->selectedClip());
    double current = 1;
    qint64 audioId = 0;
    if (index >= 0) {
        current = layout.timeline().clips[index].volume;
    } else {
        for (const AudioClip &sound : layout.timeline().audio) {
            if (sound.id == m_view->selectedAudio()) {
                current = sound.volume;
                audioId = sound.id;
            }
        }
        if (!audioId)
            return;
    }
    bool accepted = false;
    const int percent = QInputDialog::getInt(
            this,
            tr("Volume"),
            tr("Volume in percent (100 % plays it as recorded, 0 % silences it):"),
            int(std::lround(current * 100)),
            0,
            int(TimelineEditor::MaxVolume * 100),
            5,
            &accepted);
    if (!accepted)
        return;
    if (index >= 0)
        setClipVolume(layout.timeline().clips[index].id, percent / 100.0);
    else
        changeSound(audioId, {.volume = percent / 100.0});
}

} // namespace mt
