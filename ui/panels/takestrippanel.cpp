// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "takestrippanel.h"

#include "edit/timelineeditor.h"
#include "edit/timelineundostack.h"
#include "editorsession.h"
#include "inlinemessage.h"
#include "models/takemodel.h"
#include "takecard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

template<typename T>
Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

TakeStripPanel::TakeStripPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TakeModel(session.library(),
                            session.jobs(),
                            session.history(),
                            &session.previews(),
                            &session.generation(),
                            this))
    , m_title(new QLabel(tr("Takes"), this))
    , m_summary(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QFrame(this))
    , m_emptyTitle(new QLabel(tr("No clip selected"), m_empty))
    , m_emptyHint(new QLabel(tr("Select a clip on the timeline to compare its takes."), m_empty))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_stripLayout(new QGridLayout(m_strip))
{
    setObjectName(u"takeStripPanel"_s);
    setAccessibleName(tr("Takes"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"takeStripTitle"_s);
    m_summary->setObjectName(u"takeStripSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_empty->setObjectName(u"takeStripEmpty"_s);
    m_empty->setStyleSheet(u"QFrame#takeStripEmpty { border: 2px dashed palette(mid); "
                           "border-radius: 10px; }"_s);
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setObjectName(u"takeStripHint"_s);
    for (QLabel *label : {m_emptyTitle, m_emptyHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setStyleSheet(u"border: none;"_s);
    }
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(24, 18, 24, 18);
    emptyLayout->setSpacing(8);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch(2);

    m_strip->setObjectName(u"takeStrip"_s);
    m_stripLayout->setContentsMargins(2, 2, 2, 2);
    m_stripLayout->setSpacing(10);
    m_scroll->setObjectName(u"takeStripScroll"_s);
    m_scroll->setAccessibleName(tr("Takes of the selected clip"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TakeStripPanel::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TakeStripPanel::updatePosters);
    connect(m_model, &TakeModel::clipGone, this, [this] { setClip(0); });
    connect(&m_session.currentProject(), &CurrentProject::changed, this, [this] {
        m_message->dismiss();
        setClip(0);
    });
    rebuild();
}

void TakeStripPanel::setClip(qint64 clipId)
{
    m_clipId = clipId;
    m_model->setClip(m_session.currentProject().id(), clipId);
}

TakeCard *TakeStripPanel::card(qint64 assetId) const
{
    for (TakeCard *card : m_cards) {
        if (card->assetId() == assetId)
            return card;
    }
    return nullptr;
}

QString TakeStripPanel::message() const
{
    return m_message->isVisible() ? m_message->title() : QString();
}

void TakeStripPanel::rebuild()
{
    // Keep the strip where it was scrolled: a dismissal should not jump back to the first take.
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // Later: the card whose button started this (Use this take, Dismiss) is still emitting.
    for (QWidget *widget : std::as_const(m_cards)) {
        widget->hide();
        widget->deleteLater();
    }
    m_cards.clear();
    if (m_oneTakeHint) {
        m_oneTakeHint->deleteLater();
        m_oneTakeHint = nullptr;
    }
    const int count = m_model->rowCount();
    const std::optional<Clip> &clip = m_model->clip();
    m_title->setText(clip ? tr("Takes of clip %1").arg(clip->position + 1) : tr("Takes"));
    if (count == 0) {
        m_summary->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    int flagged = 0;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row);
        flagged += index.data(TakeModel::OpenFlagsRole).toInt() > 0;
        auto *card = new TakeCard(index, m_strip);
        connect(card, &TakeCard::playRequested, this, &TakeStripPanel::playRequested);
        connect(card, &TakeCard::useRequested, this, [this](qint64 assetId) { useTake(assetId); });
        connect(card, &TakeCard::dismissRequested, this, [this](qint64 flagId, bool dismissed) {
            setFlagDismissed(flagId, dismissed);
        });
        m_cards.append(card);
    }
    if (count == 1) {
        // One take cannot be compared: say where more come from.
        auto *hint = new QLabel(tr("This clip has one take. Make a variation of it in the "
                                   "Generations panel and its takes line up here to compare."),
                                m_strip);
        hint->setObjectName(u"takeStripOneTake"_s);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setFixedWidth(TakeCard::PosterWidth);
        hint->setContentsMargins(8, 8, 8, 8);
        m_oneTakeHint = hint;
    }
    QString summary = count == 1 ? tr("1 take") : tr("%1 takes").arg(count);
    if (flagged > 0)
        summary += u"  ·  "_s + tr("%1 flagged").arg(flagged);
    m_summary->setText(summary);
    m_stack->setCurrentWidget(m_scroll);
    m_columns = 0; // lay out afresh
    relayout();
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void TakeStripPanel::relayout()
{
    const int cardWidth = TakeCard::PosterWidth + 24;
    const int spacing = m_stripLayout->spacing();
    const int room = m_scroll->viewport()->width() - 4;
    const int columns = std::max(1, (room + spacing) / (cardWidth + spacing));
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (QLayoutItem *item = m_stripLayout->takeAt(0))
        delete item;
    QList<QWidget *> widgets(m_cards.cbegin(), m_cards.cend());
    if (m_oneTakeHint)
        widgets.append(m_oneTakeHint);
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        widgets[i]->show();
        // Cards of a row share its height, so their buttons line up along the bottom.
        m_stripLayout->addWidget(widgets[i],
                                 int(i / columns),
                                 int(i % columns),
                                 widgets[i] == m_oneTakeHint ? Qt::AlignVCenter : Qt::Alignment());
    }
    // The spare room goes right and below, so the cards keep their size and stay top left.
    const int rows = int((widgets.size() + columns - 1) / columns);
    for (int column = 0; column <= columns; ++column)
        m_stripLayout->setColumnStretch(column, column == columns ? 1 : 0);
    for (int row = 0; row <= rows + 1; ++row)
        m_stripLayout->setRowStretch(row, row == rows ? 1 : 0);
}

bool TakeStripPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The strip's room is the scroll area's viewport: lay out again when it changes size.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && !m_cards.isEmpty())
        relayout();
    return QWidget::eventFilter(watched, event);
}

void TakeStripPanel::updatePosters(const QModelIndex &first, const QModelIndex &last)
{
    for (int row = first.row(); row <= last.row(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (TakeCard *card = this->card(index.data(TakeModel::AssetIdRole).toLongLong()))
            card->setPoster(index.data(TakeModel::PosterRole).value<QImage>());
    }
}

Status TakeStripPanel::perform(const QString &command, const std::function<Status()> &edit)
{
    const Status status = m_session.undoStack().perform(command, edit);
    if (status)
        m_message->dismiss();
    else
        m_message->showMessage(InlineMessage::Level::Error, status.error().message);
    return status;
}

Status TakeStripPanel::useTake(qint64 assetId)
{
    const qint64 clipId = m_clipId;
    return perform(u"replace"_s,
                   [&] { return statusOf(m_session.timeline().replaceAsset(clipId, assetId)); });
}

Status TakeStripPanel::setFlagDismissed(qint64 flagId, bool dismissed)
{
    return perform(dismissed ? u"dismiss-flag"_s : u"restore-flag"_s, [&] {
        return statusOf(m_session.timeline().setFlagDismissed(flagId, dismissed));
    });
}

} // namespace mt
