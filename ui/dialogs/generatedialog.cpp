// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "generatedialog.h"

#include "editorsession.h"
#include "generation/generationservice.h"
#include "jobs/jobqueue.h"
#include "models/charactermodel.h"
#include "models/generationtaskmodel.h"
#include "models/mediapreviews.h"
#include "panels/inlinemessage.h"
#include "storage/assetstore.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/timelinestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {} // namespace

QIcon GenerateDialog::thumbnail(const QImage &image)
{
    if (image.isNull())
        return {};
    return QIcon(
            QPixmap::fromImage(image.scaledToHeight(ThumbHeight * 2, Qt::SmoothTransformation)));
}

GenerateDialog::GenerateDialog(EditorSession &session,
                               qint64 projectId,
                               qint64 clipId,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_projectId(projectId)
    , m_clipId(clipId)
    , m_provider(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_movesList(new QListWidget(this))
    , m_movesHint(new QLabel(this))
    , m_firstFrameLabel(new QLabel(tr("First frame:"), this))
    , m_firstFrame(new QComboBox(this))
    , m_characterLabel(new QLabel(tr("Character:"), this))
    , m_character(new QComboBox(this))
    , m_resolution(new QComboBox(this))
    , m_duration(new QComboBox(this))
    , m_optimizer(new QCheckBox(tr("Let the provider improve the prompt"), this))
    , m_takes(new QSpinBox(this))
    , m_replace(
              new QCheckBox(tr("Replace this clip (the current take stays as an alternate)"), this))
    , m_message(new InlineMessage(this))
    , m_problemLabel(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_generate(m_buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole))
    , m_validateTimer(new QTimer(this))
    , m_cast(new CharacterModel(session.library().characters(),
                                &session.jobs(),
                                session.library().paths().root,
                                this))
{
    setObjectName(u"generateDialog"_s);
    setWindowTitle(clipId > 0 ? tr("Generate This Shot Again") : tr("Generate a Shot"));
    setAccessibleName(windowTitle());
    setMinimumWidth(620);

    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->setAccessibleName(tr("Provider"));
    m_mode->setObjectName(u"modeCombo"_s);
    m_mode->setAccessibleName(tr("Mode"));
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setAccessibleName(tr("Model"));
    m_prompt->setObjectName(u"promptEdit"_s);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(tr("Describe the shot: who, where, what happens, the light and "
                                    "the mood. Pick camera moves below instead of writing them."));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().height() * 6 + 12);
    m_counter->setObjectName(u"promptCounter"_s);
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);

    m_movesList->setObjectName(u"cameraMovesList"_s);
    m_movesList->setAccessibleName(tr("Camera moves"));
    m_movesList->setViewMode(QListView::ListMode);
    m_movesList->setFlow(QListView::LeftToRight);
    m_movesList->setWrapping(true);
    m_movesList->setResizeMode(QListView::Adjust);
    m_movesList->setMovement(QListView::Static);
    m_movesList->setSpacing(2);
    m_movesList->setGridSize(QSize(MoveColumnWidth, m_movesList->fontMetrics().height() + 10));
    m_movesList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_movesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_movesList->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QString &move : cameraMoveNames()) {
        auto *item = new QListWidgetItem(move, m_movesList); // the providers' own words
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setSizeHint(m_movesList->gridSize() - QSize(4, 2));
    }
    // Every move in view at once, four to a row: a list to scroll hides choices.
    const int rows = (int(cameraMoveNames().size()) + MoveColumns - 1) / MoveColumns;
    m_movesList->setFixedHeight(rows * m_movesList->gridSize().height()
                                + 2 * m_movesList->frameWidth() + 4);
    m_movesList->setMinimumWidth(MoveColumns * MoveColumnWidth + 2 * m_movesList->frameWidth() + 4);
    m_movesHint->setObjectName(u"cameraMovesHint"_s);
    // One line: a wrapped label in a form row can be given less height than it needs.
    m_movesHint->setWordWrap(false);
    m_movesHint->setForegroundRole(QPalette::PlaceholderText);

    m_firstFrame->setObjectName(u"firstFrameCombo"_s);
    m_firstFrame->setAccessibleName(tr("First frame"));
    m_firstFrame->setIconSize(QSize(ThumbHeight * 16 / 9, ThumbHeight));
    m_character->setObjectName(u"characterCombo"_s);
    m_character->setAccessibleName(tr("Character"));
    m_character->setIconSize(QSize(ThumbHeight, ThumbHeight));
    m_resolution->setObjectName(u"resolutionCombo"_s);
    m_resolution->setAccessibleName(tr("Resolution"));
    m_duration->setObjectName(u"durationCombo"_s);
    m_duration->setAccessibleName(tr("Duration"));
    m_optimizer->setObjectName(u"optimizerCheck"_s);
    m_optimizer->setAccessibleName(tr("Prompt optimizer"));
    m_optimizer->setChecked(true);
    m_takes->setObjectName(u"takesSpin"_s);
    m_takes->setAccessibleName(tr("Takes"));
    m_takes->setRange(1, GenerationService::MaxTakes);
    m_takes->setToolTip(tr("Each take is a variation of the same shot; the takes become "
                           "alternates of one clip."));
    m_replace->setObjectName(u"replaceCheck"_s);
    m_replace->setAccessibleName(tr("Replace this clip"));
    m_replace->setVisible(clipId > 0);
    m_replace->setChecked(clipId > 0);

    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"QLabel#problemLabel { color: #c9302c; }"_s);
    m_cost->setObjectName(u"costLabel"_s);
    m_cost->setWordWrap(true);
    m_generate->setObjectName(u"generateButton"_s);
    m_generate->setAccessibleName(tr("Generate"));
    m_generate->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GenerateDialog::reject);

    // Layout: what makes the shot on top, what it shows in the middle, how much of it below.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("Provider:"), m_provider);
    auto *modeRow = new QHBoxLayout;
    modeRow->setSpacing(8);
    modeRow->addWidget(m_mode, 1);
    modeRow->addSpacing(8);
    modeRow->addWidget(new QLabel(tr("Model:"), this));
    modeRow->addWidget(m_model, 1);
    form->addRow(tr("Mode:"), modeRow);
    auto *promptBox = new QVBoxLayout;
    promptBox->setSpacing(2);
    promptBox->addWidget(m_prompt);
    promptBox->addWidget(m_counter);
    form->addRow(tr("Prompt:"), promptBox);
    auto *movesBox = new QVBoxLayout;
    movesBox->setSpacing(4);
    movesBox->addWidget(m_movesList);
    movesBox->addWidget(m_movesHint);
    form->addRow(tr("Camera:"), movesBox);
    form->addRow(m_firstFrameLabel, m_firstFrame);
    form->addRow(m_characterLabel, m_character);
    auto *formatRow = new QHBoxLayout;
    formatRow->setSpacing(8);
    formatRow->addWidget(m_resolution, 1);
    formatRow->addSpacing(8);
    formatRow->addWidget(new QLabel(tr("Duration:"), this));
    formatRow->addWidget(m_duration, 1);
    formatRow->addSpacing(8);
    formatRow->addWidget(new QLabel(tr("Takes:"), this));
    formatRow->addWidget(m_takes);
    form->addRow(tr("Resolution:"), formatRow);
    form->addRow(QString(), m_optimizer);
    if (clipId > 0)
        form->addRow(QString(), m_replace);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    // The dialog grows with what it shows (rows per mode, a problem of several lines).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->setSpacing(10);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_cost, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(120);
    connect(m_validateTimer, &QTimer::timeout, this, &GenerateDialog::validate);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &GenerateDialog::providerChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &GenerateDialog::modeChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &GenerateDialog::modelChanged);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &GenerateDialog::resolutionChanged);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        scheduleValidation();
    });
    connect(m_movesList, &QListWidget::itemChanged, this, &GenerateDialog::moveToggled);
    for (QComboBox *combo : {m_duration, m_firstFrame, m_character})
        connect(combo, &QComboBox::currentIndexChanged, this, &GenerateDialog::scheduleValidation);
    connect(m_takes, &QSpinBox::valueChanged, this, &GenerateDialog::scheduleValidation);
    connect(m_replace, &QCheckBox::toggled, this, &GenerateDialog::scheduleValidation);
    // Thumbnails arrive as their jobs finish.
    connect(&m_session.previews(), &MediaPreviews::previewReady, this, [this](qint64 assetId) {
        const int row = m_firstFrame->findData(assetId);
        if (row < 0)
            return;
        const Result<Asset> asset = m_session.library().assets().get(assetId);
        if (asset)
            m_firstFrame->setItemIcon(row, thumbnail(m_session.previews().preview(*asset).poster));
    });
    connect(m_cast, &QAbstractItemModel::dataChanged, this, [this] {
        for (int row = 0; row < m_cast->rowCount(); ++row) {
            const QModelIndex index = m_cast->index(row);
            const int item = m_character->findData(index.data(CharacterModel::CharacterIdRole));
            if (item >= 0)
                m_character->setItemIcon(item,
                                         thumbnail(index.data(CharacterModel::PortraitRole)
                                                           .value<QImage>()));
        }
    });

    fillFirstFrames();
    fillCharacters();
    fillProviders();
    // Opened for a shot that was generated: start from what made it, so "again" is one click.
    if (clipId > 0) {
        const Result<Clip> clip = TimelineStore(m_session.library().database()).clip(clipId);
        if (clip) {
            const Result<std::optional<GenerationTask>> made
                    = m_session.generation().tasks().byResultAsset(clip->assetId);
            if (made && *made)
                prefill((*made)->request);
        }
    }
    updateCounter();
    validate();
}

void GenerateDialog::prefill(const GenerationRequest &request)
{
    auto select = [](QComboBox *combo, const QVariant &value) {
        if (const int row = combo->findData(value); row >= 0)
            combo->setCurrentIndex(row);
    };
    // Each choice refills the ones after it, so they are set in order.
    select(m_provider, request.provider);
    select(m_mode, int(request.mode));
    select(m_model, request.model);
    select(m_resolution, request.resolution);
    select(m_duration, request.duration);
    select(m_firstFrame, request.firstFrameAssetId);
    select(m_character, request.characterId);
    m_optimizer->setChecked(request.promptOptimizer);
    m_prompt->setPlainText(request.prompt);
    m_moves.clear();
    for (int row = 0; row < m_movesList->count(); ++row)
        m_movesList->item(row)->setCheckState(Qt::Unchecked);
    for (const QString &move : request.cameraMoves) {
        const QList<QListWidgetItem *> items = m_movesList->findItems(move, Qt::MatchExactly);
        if (!items.isEmpty() && m_movesList->isEnabled())
            items.first()->setCheckState(Qt::Checked); // moveToggled keeps the order
    }
    updateCounter();
    scheduleValidation();
}

void GenerateDialog::fillProviders()
{
    GenerationService &service = m_session.generation();
    int preferred = -1;
    int storyboard = -1;
    for (const QString &name : service.providerNames()) {
        const Provider *provider = service.provider(name);
        bool video = false;
        for (const ProviderModel &model : provider->models()) {
            for (GenerationMode mode : model.modes)
                video = video || isVideoMode(mode);
        }
        if (!video)
            continue;
        const bool ready = !provider->needsKey() || provider->isConfigured();
        const QString label = ready ? provider->displayName()
                                    : tr("%1 — no API key (set it in Settings → Providers)")
                                              .arg(provider->displayName());
        m_provider->addItem(label, name);
        if (!provider->isRemote())
            storyboard = m_provider->count() - 1;
        else if (ready && preferred < 0)
            preferred = m_provider->count() - 1;
    }
    // The storyboard is the default until a key is set: it always works, offline and free.
    m_provider->setCurrentIndex(preferred >= 0 ? preferred : std::max(storyboard, 0));
    providerChanged();
}

Provider *GenerateDialog::currentProvider() const
{
    return m_session.generation().provider(m_provider->currentData().toString());
}

std::optional<ProviderModel> GenerateDialog::currentModel() const
{
    const Provider *provider = currentProvider();
    if (!provider)
        return std::nullopt;
    const QString id = m_model->currentData().toString();
    for (const ProviderModel &model : provider->models()) {
        if (model.id == id)
            return model;
    }
    return std::nullopt;
}

void GenerateDialog::updateCounter()
{
    const std::optional<ProviderModel> model = currentModel();
    const int length = int(m_prompt->toPlainText().trimmed().size());
    const int limit = model ? model->maxPromptLength : 0;
    QString text = limit > 0 ? tr("%1 / %2 characters").arg(length).arg(limit)
                             : tr("%n character(s)", nullptr, length);
    if (!m_moves.isEmpty())
        text = tr("Sent with [%1] · %2").arg(m_moves.join(u", "_s), text);
    m_counter->setText(text);
    m_counter->setForegroundRole(limit > 0 && length > limit ? QPalette::BrightText
                                                             : QPalette::PlaceholderText);
    m_counter->setStyleSheet(limit > 0 && length > limit ? u"color: #c9302c;"_s : QString());
}

void GenerateDialog::scheduleValidation()
{
    if (!m_filling)
        m_validateTimer->start();
}

GenerationRequest GenerateDialog::request() const
{
    GenerationRequest request;
    request.provider = m_provider->currentData().toString();
    request.mode = GenerationMode(m_mode->currentData().toInt());
    request.model = m_model->currentData().toString();
    request.prompt = m_prompt->toPlainText().trimmed();
    request.cameraMoves = m_moves;
    request.projectId = m_projectId;
    if (request.mode == GenerationMode::ImageToVideo)
        request.firstFrameAssetId = m_firstFrame->currentData().toLongLong();
    if (request.mode != GenerationMode::TextToVideo)
        request.characterId = m_character->currentData().toLongLong();
    request.duration = m_duration->currentData().toDouble();
    request.resolution = m_resolution->currentData().toString();
    request.promptOptimizer = !m_optimizer->isHidden() && m_optimizer->isChecked();
    request.replaceClipId = m_clipId > 0 && m_replace->isChecked() ? m_clipId : 0;
    return request;
}

int GenerateDialog::takes() const
{
    return m_takes->value();
}

QString GenerateDialog::costText(const GenerationRequest &prepared) const
{
    Provider *provider = currentProvider();
    if (!provider || !provider->isRemote())
        return tr("Free: rendered on this computer as a storyboard card, to be generated for "
                  "real later.");
    SpendLedger &ledger = m_session.generation().ledger();
    const double each = ledger.estimatedCost(*provider, prepared);
    QString text = takes() > 1 ? tr("Estimated cost: %1 × %2 takes = %3")
                                         .arg(GenerationTaskModel::money(each))
                                         .arg(takes())
                                         .arg(GenerationTaskModel::money(each * takes()))
                               : tr("Estimated cost: %1").arg(GenerationTaskModel::money(each));
    if (const double budget = ledger.monthlyBudget(); budget > 0) {
        const Result<double> spent = ledger.spentThisMonth();
        const Result<double> committed = ledger.committed();
        if (spent && committed)
            text += u" · "_s
                    + tr("%1 of this month's %2 budget left")
                              .arg(GenerationTaskModel::money(
                                           std::max(0.0, budget - *spent - *committed)),
                                   GenerationTaskModel::money(budget));
    } else {
        text += u" · "_s + tr("no monthly budget set");
    }
    return text;
}

void GenerateDialog::validate()
{
    m_validateTimer->stop();
    QString problem;
    const GenerationRequest draft = request();
    Provider *provider = currentProvider();
    const std::optional<ProviderModel> model = currentModel();
    GenerationService &service = m_session.generation();
    std::optional<GenerationRequest> prepared;
    if (!provider) {
        problem = tr("No provider can make video shots in this build.");
    } else if (draft.prompt.isEmpty()) {
        problem = tr("Describe the shot: the prompt is empty.");
    } else if (model && model->maxPromptLength > 0 && draft.prompt.size() > model->maxPromptLength) {
        problem = tr("The prompt has %1 characters; shorten it to %2 or fewer.")
                          .arg(draft.prompt.size())
                          .arg(model->maxPromptLength);
    } else if (draft.mode == GenerationMode::ImageToVideo && draft.firstFrameAssetId == 0
               && draft.characterId == 0) {
        problem = m_firstFrame->count() > 1
                          ? tr("Pick a first frame: an image of the project, or a character.")
                          : tr("Image to video needs a first frame: import an image into the "
                               "project, or pick a character.");
    } else if (draft.mode == GenerationMode::SubjectToVideo && draft.characterId == 0) {
        problem = m_character->count() > 1
                          ? tr("Pick the character the shot is about.")
                          : tr("Character to video needs a character: add one in the Characters "
                               "panel, with a picture.");
    } else if (provider->needsKey() && !provider->isConfigured()) {
        problem = tr("%1 has no API key. Set one in Settings → Providers, or pick the storyboard "
                     "to make a placeholder shot now.")
                          .arg(provider->displayName());
    } else {
        Result<GenerationRequest> checked = service.prepare(draft);
        if (!checked) {
            problem = checked.error().message;
        } else {
            prepared = *checked;
            const double cost = service.ledger().estimatedCost(*provider, *checked) * takes();
            if (const Status budget = service.ledger().checkBudget(cost); !budget)
                problem = budget.error().message;
        }
    }
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_cost->setText(costText(prepared ? *prepared : draft));
    m_generate->setEnabled(problem.isEmpty());
}

void GenerateDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    const Result<QList<GenerationTask>> made = m_session.generation().generate(request(), takes());
    if (!made) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The shot was not generated."),
                               {made.error().message});
        return;
    }
    m_created.clear();
    for (const GenerationTask &task : *made)
        m_created << task.id;
    QDialog::accept();
}

} // namespace mt
