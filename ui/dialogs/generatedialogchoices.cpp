// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// GenerateDialog's choices: what a provider, mode, model and resolution allow, and the lists a
// person picks from (first frames, the cast, camera moves).
#include "generatedialog.h"

#include "editorsession.h"
#include "generation/generationservice.h"
#include "models/charactermodel.h"
#include "models/mediapreviews.h"
#include "panels/inlinemessage.h"
#include "storage/assetstore.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString modeLabel(GenerationMode mode)
{
    switch (mode) {
    case GenerationMode::TextToVideo:
        return GenerateDialog::tr("Text to video");
    case GenerationMode::ImageToVideo:
        return GenerateDialog::tr("Image to video (from a first frame)");
    case GenerationMode::SubjectToVideo:
        return GenerateDialog::tr("Character to video");
    default:
        return generationModeName(mode);
    }
}

} // namespace

void GenerateDialog::providerChanged()
{
    const Provider *provider = currentProvider();
    const GenerationMode previous = GenerationMode(
            m_mode->currentData().isValid() ? m_mode->currentData().toInt() : 0);
    m_filling = true;
    m_mode->clear();
    if (provider) {
        for (GenerationMode mode : {GenerationMode::TextToVideo,
                                    GenerationMode::ImageToVideo,
                                    GenerationMode::SubjectToVideo}) {
            if (!provider->defaultModel(mode).isEmpty())
                m_mode->addItem(modeLabel(mode), int(mode));
        }
    }
    const int keep = m_mode->findData(int(previous));
    m_mode->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = false;
    // Only remote providers rewrite prompts; the storyboard draws the prompt as written.
    m_optimizer->setVisible(provider && provider->isRemote());
    modeChanged();
}

void GenerateDialog::modeChanged()
{
    if (m_filling)
        return;
    const Provider *provider = currentProvider();
    const auto mode = GenerationMode(m_mode->currentData().toInt());
    const QString previous = m_model->currentData().toString();
    m_filling = true;
    m_model->clear();
    if (provider) {
        for (const ProviderModel &model : provider->models()) {
            if (model.modes.contains(mode))
                m_model->addItem(model.displayName.isEmpty() ? model.id : model.displayName,
                                 model.id);
        }
        int keep = m_model->findData(previous);
        if (keep < 0)
            keep = m_model->findData(provider->defaultModel(mode));
        m_model->setCurrentIndex(std::max(keep, 0));
    }
    m_filling = false;
    const bool image = mode == GenerationMode::ImageToVideo;
    const bool subject = mode == GenerationMode::SubjectToVideo;
    m_firstFrameLabel->setVisible(image);
    m_firstFrame->setVisible(image);
    m_characterLabel->setVisible(image || subject);
    m_character->setVisible(image || subject);
    // In image to video a character's picture may stand in for the first frame.
    m_character->setItemText(0, image ? tr("None (use the first frame)") : tr("Pick a character"));
    modelChanged();
}

void GenerateDialog::modelChanged()
{
    if (m_filling)
        return;
    const std::optional<ProviderModel> model = currentModel();
    const QString previous = m_resolution->currentData().toString();
    m_filling = true;
    m_resolution->clear();
    if (model) {
        for (const ProviderModel::Resolution &resolution : model->resolutions) {
            const QString label = resolution.name == u"project"_s ? tr("The project's size")
                                                                  : resolution.name;
            m_resolution->addItem(label, resolution.name);
        }
        int keep = m_resolution->findData(previous);
        if (keep < 0)
            keep = m_resolution->findData(model->defaultResolution);
        m_resolution->setCurrentIndex(std::max(keep, 0));
    }
    m_filling = false;

    const bool moves = model && model->cameraMoves && model->maxCameraMoves > 0;
    if (!moves) {
        // Moves a model cannot take are dropped, never sent.
        const QSignalBlocker blocker(m_movesList);
        for (int row = 0; row < m_movesList->count(); ++row)
            m_movesList->item(row)->setCheckState(Qt::Unchecked);
        m_moves.clear();
    }
    m_movesList->setEnabled(moves);
    m_movesHint->setText(moves ? (model->maxCameraMoves == 1
                                          ? tr("Pick one move for the shot.")
                                          : tr("Pick up to %1 moves, in the order they should "
                                               "happen.")
                                                    .arg(model->maxCameraMoves))
                               : tr("This model does not take camera moves; Director models do."));
    updateCounter();
    resolutionChanged();
}

void GenerateDialog::resolutionChanged()
{
    if (m_filling)
        return;
    const std::optional<ProviderModel> model = currentModel();
    const QString resolution = m_resolution->currentData().toString();
    const double previous = m_duration->currentData().toDouble();
    m_filling = true;
    m_duration->clear();
    if (model) {
        for (const ProviderModel::Resolution &allowed : model->resolutions) {
            if (allowed.name != resolution)
                continue;
            for (int seconds : allowed.durations)
                m_duration->addItem(tr("%1 s").arg(seconds), double(seconds));
        }
        int keep = m_duration->findData(previous);
        if (keep < 0)
            keep = m_duration->findData(double(model->defaultDuration));
        m_duration->setCurrentIndex(std::max(keep, 0));
    }
    m_filling = false;
    scheduleValidation();
}

void GenerateDialog::fillFirstFrames()
{
    m_firstFrame->clear();
    m_firstFrame->addItem(tr("Pick an image of the project"), qint64(0));
    const Result<QList<Asset>> images = m_session.library().assets().list(m_projectId,
                                                                          MediaKind::Image);
    if (!images) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The project's images could not be listed."),
                               {images.error().message});
        return;
    }
    for (const Asset &asset : *images) {
        m_firstFrame->addItem(thumbnail(m_session.previews().preview(asset).poster),
                              asset.originalName,
                              asset.id);
    }
}

void GenerateDialog::fillCharacters()
{
    m_character->clear();
    m_character->addItem(tr("Pick a character"), qint64(0));
    for (int row = 0; row < m_cast->rowCount(); ++row) {
        const QModelIndex index = m_cast->index(row);
        const int images = index.data(CharacterModel::ImageCountRole).toInt();
        QString label = index.data().toString();
        if (images == 0)
            label = tr("%1 (no picture yet)").arg(label);
        m_character->addItem(thumbnail(index.data(CharacterModel::PortraitRole).value<QImage>()),
                             label,
                             index.data(CharacterModel::CharacterIdRole));
    }
}

void GenerateDialog::moveToggled(QListWidgetItem *item)
{
    const QString move = item->text();
    if (item->checkState() == Qt::Checked) {
        if (!m_moves.contains(move))
            m_moves << move;
    } else {
        m_moves.removeAll(move);
    }
    // At the model's limit the other moves cannot be picked (rather than refused later).
    const std::optional<ProviderModel> model = currentModel();
    const int limit = model ? model->maxCameraMoves : 0;
    const QSignalBlocker blocker(m_movesList);
    for (int row = 0; row < m_movesList->count(); ++row) {
        QListWidgetItem *other = m_movesList->item(row);
        const bool full = m_moves.size() >= limit && other->checkState() != Qt::Checked;
        other->setFlags(full ? Qt::ItemIsUserCheckable
                             : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    }
    updateCounter();
    scheduleValidation();
}

} // namespace mt
