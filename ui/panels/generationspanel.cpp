// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generationspanel.h"

#include "dialogs/generatedialog.h"
#include "editorsession.h"
#include "generation/generationservice.h"
#include "generationdelegate.h"
#include "inlinemessage.h"
#include "models/generationtaskmodel.h"
#include "storage/library.h"
#include "storage/timelinestore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QPushButton *actionButton(const QString &text,
                          const QString &accessible,
                          const QString &tip,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessible);
    button->setToolTip(tip);
    return button;
}

} // namespace

GenerationsPanel::GenerationsPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new GenerationTaskModel(session.generation(), this))
    , m_message(new InlineMessage(this))
    , m_generateButton(new QPushButton(tr("Generate…"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_empty(new QFrame(this))
    , m_details(new QFrame(this))
    , m_stage(new QLabel(m_details))
    , m_error(new QLabel(m_details))
    , m_cancel(actionButton(tr("Cancel"),
                            tr("Cancel the generation"),
                            tr("Stop working on this task (a provider that already has it may "
                               "still bill it)"),
                            m_details))
    , m_retry(actionButton(tr("Retry"),
                           tr("Retry the generation"),
                           tr("Run this task again"),
                           m_details))
    , m_checkAgain(actionButton(tr("Check Again"),
                                tr("Check again with the provider"),
                                tr("Ask the provider about the task it already has; nothing is "
                                   "submitted again"),
                                m_details))
    , m_submitAgain(actionButton(tr("Submit Again…"),
                                 tr("Submit again, may be charged twice"),
                                 tr("Send the request once more: if the first one did reach the "
                                    "provider, you pay twice"),
                                 m_details))
    , m_giveUp(actionButton(tr("Give Up"),
                            tr("Give up on the task"),
                            tr("Cancel this task"),
                            m_details))
    , m_generateAgain(actionButton(tr("Generate Again"),
                                   tr("Generate again from the same request"),
                                   tr("Make this shot again from its recorded request"),
                                   m_details))
    , m_variation(actionButton(tr("Variation"),
                               tr("Generate a variation"),
                               tr("Make another take of this shot; it becomes an alternate of the "
                                  "clip"),
                               m_details))
{
    setObjectName(u"generationsPanel"_s);
    setAccessibleName(tr("Generations"));

    m_generateButton->setObjectName(u"generateButton"_s);
    m_generateButton->setAccessibleName(tr("Generate a shot"));
    m_generateButton->setToolTip(tr("Generate a shot for the timeline from a prompt"));
    connect(m_generateButton, &QPushButton::clicked, this, [this] { openGenerateDialog(); });
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(u"generationsView"_s);
    m_view->setAccessibleName(tr("Generation tasks"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GenerationDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &GenerationsPanel::updateActions);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 asset = index.data(GenerationTaskModel::ResultAssetRole).toLongLong())
            emit resultActivated(asset);
    });

    // The empty state says what the panel is for and offers the first step.
    m_empty->setObjectName(u"generationsEmpty"_s);
    m_empty->setStyleSheet(u"QFrame#generationsEmpty { border: 2px dashed palette(mid); "
                           "border-radius: 10px; }"_s);
    auto *emptyTitle = new QLabel(tr("No generations yet"), m_empty);
    QFont title = emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    emptyTitle->setFont(title);
    auto *emptyHint = new QLabel(tr("Describe a shot and Movie Tool makes it, with a cloud video "
                                    "model or as an offline storyboard card. Each result lands on "
                                    "the timeline."),
                                 m_empty);
    emptyHint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {emptyTitle, emptyHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    auto *emptyAction = new QPushButton(tr("Generate a Shot…"), m_empty);
    emptyAction->setAccessibleName(tr("Generate a shot"));
    connect(emptyAction, &QPushButton::clicked, this, [this] { openGenerateDialog(); });
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(32, 24, 32, 24);
    emptyLayout->setSpacing(10);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addWidget(emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // The selected task: its stage, what went wrong, and the decisions it allows.
    m_details->setObjectName(u"generationDetails"_s);
    m_details->setStyleSheet(u"QFrame#generationDetails { background: palette(alternate-base); "
                             "border: 1px solid palette(mid); border-radius: 6px; }"_s);
    QFont stageFont = m_stage->font();
    stageFont.setBold(true);
    m_stage->setFont(stageFont);
    m_stage->setObjectName(u"generationStage"_s);
    // Wrapped: a long stage ("Waiting for Storyboard …") must not widen the dock and with it the
    // whole window past the screen.
    m_stage->setWordWrap(true);
    m_error->setObjectName(u"generationError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_checkAgain->setObjectName(u"checkAgainButton"_s);
    m_submitAgain->setObjectName(u"submitAgainButton"_s);
    m_giveUp->setObjectName(u"giveUpButton"_s);
    m_generateAgain->setObjectName(u"generateAgainButton"_s);
    m_variation->setObjectName(u"variationButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &GenerationsPanel::cancelSelected);
    connect(m_giveUp, &QPushButton::clicked, this, &GenerationsPanel::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &GenerationsPanel::retrySelected);
    connect(m_checkAgain, &QPushButton::clicked, this, &GenerationsPanel::checkAgain);
    connect(m_submitAgain, &QPushButton::clicked, this, &GenerationsPanel::submitAgain);
    connect(m_generateAgain, &QPushButton::clicked, this, [this] { generateFrom(false); });
    connect(m_variation, &QPushButton::clicked, this, [this] { generateFrom(true); });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QPushButton *button :
         {m_checkAgain, m_submitAgain, m_giveUp, m_cancel, m_retry, m_generateAgain, m_variation})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(10, 8, 10, 8);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_stage);
    detailsLayout->addWidget(m_error);
    detailsLayout->addLayout(buttons);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_generateButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_model, &GenerationTaskModel::loadFailed, this, [this](const QString &why) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The generation tasks could not be listed."),
                               {why});
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &GenerationsPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GenerationsPanel::updateEmptyState);
    // A task changing state changes the summary ("2 running") and maybe the actions shown.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GenerationsPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // A new task is selected, so its progress and actions are in view at once.
        m_view->setCurrentIndex(m_model->index(first));
        updateEmptyState();
    });
    connect(&m_session.currentProject(), &CurrentProject::changed, this, [this](qint64 id) {
        m_message->dismiss();
        m_model->setProject(id);
    });
    m_model->setProject(m_session.currentProject().id());
    updateEmptyState();
}

qint64 GenerationsPanel::selectedTask() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(GenerationTaskModel::TaskIdRole).toLongLong() : 0;
}

void GenerationsPanel::selectTask(qint64 taskId)
{
    const int row = m_model->rowOf(taskId);
    m_view->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
}

void GenerationsPanel::updateEmptyState()
{
    const int count = m_model->rowCount();
    m_stack->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    m_generateButton->setEnabled(m_session.currentProject().id() > 0);
    int running = 0;
    int attention = 0;
    for (int row = 0; row < count; ++row) {
        const auto state = TaskState(
                m_model->index(row).data(GenerationTaskModel::StateRole).toInt());
        running += !isFinished(state) && state != TaskState::NeedsAttention;
        attention += state == TaskState::NeedsAttention;
    }
    QStringList parts;
    if (running > 0)
        parts << tr("%n running", nullptr, running);
    if (attention > 0)
        parts << tr("%n need attention", nullptr, attention);
    m_summary->setText(parts.join(u" · "_s));
    updateActions();
}

void GenerationsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->hide();
        return;
    }
    const GenerationTask task = current.data(GenerationTaskModel::TaskRole).value<GenerationTask>();
    const bool decision = task.state == TaskState::NeedsAttention;
    QString stage = m_model->stageText(task);
    if (task.state == TaskState::Failed && !task.error.isEmpty())
        stage = tr("Failed");
    if (task.estimatedCost > 0)
        stage += u" · "_s + tr("estimated %1").arg(GenerationTaskModel::money(task.estimatedCost));
    m_stage->setText(stage);
    QString explanation = task.error;
    if (decision && explanation.isEmpty())
        explanation = tr("Movie Tool cannot tell whether the provider received this request.");
    // The service's own message already says what to check when no id came back; the way out
    // without paying twice is worth saying when there is one.
    if (decision && (task.error.isEmpty() || GenerationTaskModel::canCheckAgain(task))) {
        explanation += u"\n\n"_s
                       + (!GenerationTaskModel::canCheckAgain(task)
                                  ? tr("No task id came back. Check your account on the provider's "
                                       "site: if the video is there, give up here; if not, submit "
                                       "again.")
                                  : tr("The provider gave this task an id, so Movie Tool can ask "
                                       "about it again without paying twice."));
    }
    if (task.state == TaskState::Done && explanation.isEmpty())
        explanation = tr("The shot is in the media bin and on the timeline. Double-click the row "
                         "to preview it; Variation makes another take of it.");
    m_error->setText(explanation.trimmed());
    m_error->setVisible(!m_error->text().isEmpty());

    m_cancel->setVisible(current.data(GenerationTaskModel::CanCancelRole).toBool());
    m_retry->setVisible(current.data(GenerationTaskModel::CanRetryRole).toBool());
    const bool checkable = GenerationTaskModel::canCheckAgain(task);
    m_checkAgain->setVisible(decision && checkable);
    m_submitAgain->setVisible(decision && !checkable);
    m_giveUp->setVisible(decision);
    m_generateAgain->setVisible(task.state == TaskState::Done || task.state == TaskState::Failed);
    m_variation->setVisible(task.state == TaskState::Done && task.resultAssetId > 0);
    // Shown only now, with just the task's own buttons: shown with all seven, the row would ask
    // the dock for their width once, and the dock and the window would keep it.
    m_details->show();
}

void GenerationsPanel::report(const Status &status, const QString &title)
{
    if (status)
        m_message->dismiss();
    else
        m_message->showMessage(InlineMessage::Level::Error, title, {status.error().message});
}

void GenerationsPanel::cancelSelected()
{
    if (const qint64 id = selectedTask()) {
        const Result<GenerationTask> cancelled = m_session.generation().cancel(id);
        report(cancelled ? Status() : Status(cancelled.error()), tr("The task was not cancelled."));
    }
}

void GenerationsPanel::retrySelected()
{
    if (const qint64 id = selectedTask()) {
        const Result<GenerationTask> retried = m_session.generation().retry(id);
        report(retried ? Status() : Status(retried.error()), tr("The task was not retried."));
    }
}

void GenerationsPanel::checkAgain()
{
    // With a remote id, retry() polls the task the provider has: nothing is submitted. Checked
    // here too, so that a task that changed meanwhile is never resubmitted by this button.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.data(GenerationTaskModel::CanCheckAgainRole).toBool())
        return;
    retrySelected();
}

void GenerationsPanel::submitAgain()
{
    const qint64 id = selectedTask();
    if (!id)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Submit Again?"),
                                tr("If the first request reached the provider, it is being "
                                   "generated and billed already, and submitting again is "
                                   "charged twice."),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(u"submitAgainConfirmation"_s);
    box->setInformativeText(tr("Check your account on the provider's site first. Submit again "
                               "only when the video is not there."));
    QPushButton *submit = box->addButton(tr("Submit Again"), QMessageBox::AcceptRole);
    submit->setObjectName(u"confirmSubmitAgain"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, submit, id] {
        if (box->clickedButton() != submit)
            return;
        const Result<GenerationTask> retried = m_session.generation().retry(id);
        report(retried ? Status() : Status(retried.error()), tr("The task was not submitted."));
    });
    box->open();
}

void GenerationsPanel::generateFrom(bool variation)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const GenerationTask task = current.data(GenerationTaskModel::TaskRole).value<GenerationTask>();
    // From the task's record alone: the request as asked, placed where its result is now (the
    // new take replaces it on the timeline, keeping the earlier one as an alternate).
    GenerationRequest request = task.request;
    request.takeIndex = 0;
    request.takeOfTaskId = 0;
    request.replaceClipId = 0;
    request.shotNumber = 0;
    request.variationOfAssetId = 0;
    const TimelineStore timeline(m_session.library().database());
    if (const Result<Timeline> loaded = timeline.load(task.projectId); loaded) {
        for (const Clip &clip : loaded->clips) {
            if (task.resultAssetId > 0 && clip.assetId == task.resultAssetId)
                request.replaceClipId = clip.id;
        }
        if (request.replaceClipId == 0 && task.replacedClipId > 0) {
            for (const Clip &clip : loaded->clips) {
                if (clip.id == task.replacedClipId)
                    request.replaceClipId = clip.id;
            }
        }
    }
    if (variation) {
        request.variationOfAssetId = task.resultAssetId;
        request.seed.reset(); // a variation differs by more than chance where seeds exist
    }
    const Result<QList<GenerationTask>> made = m_session.generation().generate(request, 1);
    report(made ? Status() : Status(made.error()),
           variation ? tr("The variation was not started.")
                     : tr("The shot was not generated again."));
}

void GenerationsPanel::openGenerateDialog(qint64 clipId)
{
    const qint64 project = m_session.currentProject().id();
    if (project <= 0)
        return;
    auto *dialog = new GenerateDialog(m_session, project, clipId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mt
