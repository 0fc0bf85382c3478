// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobspanel.h"

#include "editorsession.h"
#include "flagicons.h"
#include "jobs/jobqueue.h"
#include "models/jobmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUrl>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Rows tall enough to read a progress bar at a glance. A take review that found problems says
// so in its state cell with the warning mark the bin and the timeline use.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != JobModel::StateColumn
            || index.data(JobModel::ProblemsRole).toInt() <= 0)
            return;
        const int side = option->fontMetrics.height();
        const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        QPixmap mark(QSize(side, side) * ratio);
        mark.setDevicePixelRatio(ratio);
        mark.fill(Qt::transparent);
        QPainter painter(&mark);
        FlagIcons::paintWarning(painter, QRectF(0, 0, side, side));
        painter.end();
        option->icon = QIcon(mark);
        option->decorationSize = QSize(side, side);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize hint = QStyledItemDelegate::sizeHint(option, index);
        return {hint.width(), qMax(hint.height(), option.fontMetrics.height() + 14)};
    }
};

// The progress column: a slim rounded bar and the percentage beside it, coloured by state
// (running and done in the highlight colour, failed red, waiting and cancelled grey).
class ProgressDelegate : public RowDelegate
{
public:
    using RowDelegate::RowDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const auto state = JobState(index.data(JobModel::StateRole).toInt());
        const double fraction = qBound(0.0, index.data(JobModel::FractionRole).toDouble(), 1.0);
        const QString percent = index.data().toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(u"100%"_s) + 8;
        const QRect area = option.rect.adjusted(6, 0, -6, 0);
        QRect bar(area.left(), area.center().y() - 3, qMax(10, area.width() - textWidth), 7);

        // On a selected row the highlight is the background: draw in the text colour there.
        const bool selected = option.state & QStyle::State_Selected;
        QColor fill = option.palette.color(selected ? QPalette::HighlightedText
                                                    : QPalette::Highlight);
        if (state == JobState::Failed || state == JobState::Interrupted)
            fill = QColor(0xc6, 0x28, 0x28);
        else if (index.data(JobModel::ProblemsRole).toInt() > 0)
            fill = FlagIcons::warningColour();
        else if (state != JobState::Running && state != JobState::Done)
            fill = option.palette.color(QPalette::Disabled, QPalette::Text);
        QColor track = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
        track.setAlphaF(selected ? 0.3f : 0.35f);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, 3.5, 3.5);
        if (fraction > 0) {
            QRect done = bar;
            done.setWidth(qMax(7, qRound(bar.width() * fraction)));
            painter->setBrush(fill);
            painter->drawRoundedRect(done, 3.5, 3.5);
        }
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(bar.right() + 6,
                                option.rect.top(),
                                textWidth - 6,
                                option.rect.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          percent);
        painter->restore();
    }
};

} // namespace

JobsPanel::JobsPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"jobsPanel"_s);
    m_model = new JobModel(session.jobs(), this);
    m_model->setShowBackgroundWork(ShowBackgroundWork.value());

    m_view = new QTreeView(this);
    m_view->setObjectName(u"jobList"_s);
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new RowDelegate(m_view));
    m_view->setItemDelegateForColumn(JobModel::ProgressColumn, new ProgressDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JobModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(JobModel::KindColumn, 80);
    header->resizeSection(JobModel::StateColumn, 150); // room for "2 problems found"
    header->resizeSection(JobModel::ProgressColumn, 140);
    header->resizeSection(JobModel::StageColumn, 160);
    header->resizeSection(JobModel::EtaColumn, 70);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &JobsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, &JobsPanel::openSelectedResult);

    m_emptyHint = new QLabel(tr("No jobs yet. Exports and media work show here while they run, "
                                "and stay listed when they are done."),
                             this);
    m_emptyHint->setObjectName(u"jobsEmptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"jobsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    m_background = new QCheckBox(tr("Show background work"), this);
    m_background->setObjectName(u"showBackgroundWork"_s);
    m_background->setToolTip(tr("Also list the probes and thumbnails made for each media file"));
    m_background->setChecked(m_model->showBackgroundWork());
    connect(m_background, &QCheckBox::toggled, this, [this](bool show) {
        ShowBackgroundWork.setValue(show);
        m_model->setShowBackgroundWork(show);
    });

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelJob"_s);
    m_cancel->setAccessibleName(tr("Cancel job"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(u"retryJob"_s);
    m_retry->setAccessibleName(tr("Retry job"));
    m_open = new QPushButton(tr("Open result"), this);
    m_open->setObjectName(u"openJobResult"_s);
    m_open->setAccessibleName(tr("Open the file the job made"));
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &JobsPanel::retrySelected);
    connect(m_open, &QPushButton::clicked, this, &JobsPanel::openSelectedResult);

    // The same commands on a right click, enabled with the buttons.
    for (QPushButton *button : {m_open, m_retry, m_cancel}) {
        auto *action = new QAction(button->text(), m_view);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_view->addAction(action);
        m_contextActions.append({button, action});
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    // The toggle above the list, the commands under it: the dock stays narrow enough for a side.
    layout->addWidget(m_background);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    if (!m_model->lastError().isEmpty())
        showProblem(m_model->lastError());
    updateActions();
}

qint64 JobsPanel::selectedJob() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobModel::IdRole).toLongLong();
}

void JobsPanel::updateActions()
{
    const int row = m_model->rowOf(selectedJob());
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    if (row < 0) {
        m_cancel->setEnabled(false);
        m_retry->setEnabled(false);
        m_open->setEnabled(false);
        syncContextActions();
        return;
    }
    const JobInfo &job = m_model->jobAt(row);
    m_cancel->setEnabled(!isFinal(job.state));
    m_retry->setEnabled(isRetryable(job.state));
    m_open->setEnabled(!JobModel::outputOf(job).isEmpty());
    syncContextActions();
}

void JobsPanel::syncContextActions()
{
    for (const auto &[button, action] : std::as_const(m_contextActions))
        action->setEnabled(button->isEnabled());
}

void JobsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void JobsPanel::cancelSelected()
{
    if (const qint64 id = selectedJob()) {
        const Status cancelled = m_session.jobs().cancel(id);
        showProblem(cancelled ? QString() : cancelled.error().message);
    }
}

void JobsPanel::retrySelected()
{
    if (const qint64 id = selectedJob()) {
        const Result<qint64> retried = m_session.jobs().retry(id);
        showProblem(retried ? QString() : retried.error().message);
    }
}

void JobsPanel::openSelectedResult()
{
    const int row = m_model->rowOf(selectedJob());
    if (row < 0)
        return;
    const QString output = JobModel::outputOf(m_model->jobAt(row));
    if (output.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(output)))
        showProblem(tr("No program is set up to open %1.").arg(output));
}

} // namespace mt
