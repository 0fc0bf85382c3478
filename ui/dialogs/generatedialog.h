// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generation/generationrequest.h"
#include "generation/provider.h"

#include <QDialog>
#include <QIcon>
#include <QImage>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mt {

class CharacterModel;
class EditorSession;
class InlineMessage;
class Provider;

// Asks for one generation: provider (the storyboard when no key is set), mode, model, prompt with
// a counter against the model's limit, camera moves picked from a list (sent as the bracketed
// commands the Director models take, never typed), the first frame (an image asset of the
// project) or the character (its primary image), duration and resolution as the model allows,
// prompt optimizer, takes, and, when opened for a timeline clip, whether the result replaces it.
// Every change is checked as the person types (GenerationService::prepare, the provider's
// validate and the budget) and the first problem is shown, saying what to change; Generate stays
// disabled until the request is valid. Generate hands the request to GenerationService::generate
// and closes; the tasks appear in the generations panel.
// Main thread; made by whoever offers "Generate…" (the generations panel, the main window), over
// the session, for a project (and optionally a clip of its timeline).
class GenerateDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ThumbHeight = 36; // rows of the first frame and character lists
    static constexpr int MoveColumns = 4;
    static constexpr int MoveColumnWidth = 128;

    GenerateDialog(EditorSession &session,
                   qint64 projectId,
                   qint64 clipId = 0,
                   QWidget *parent = nullptr);

    // The request the controls describe (before GenerationService::prepare completes it).
    GenerationRequest request() const;
    int takes() const;
    // The problem shown, empty when the request is valid.
    QString problem() const { return m_problem; }
    // Tasks the last Generate made (their ids), for the caller and tests.
    QList<qint64> createdTasks() const { return m_created; }

    // Sets the controls from an earlier request (its provenance): provider, mode, model, prompt,
    // camera moves, references, duration and resolution, where this build still offers them.
    void prefill(const GenerationRequest &request);

    // Camera moves in the order they were picked.
    QStringList cameraMoves() const { return m_moves; }

public slots:
    void accept() override; // Generate

private:
    void fillProviders();
    void providerChanged();
    void modeChanged();
    void modelChanged();
    void resolutionChanged();
    void fillFirstFrames();
    void fillCharacters();
    void moveToggled(QListWidgetItem *item);
    void updateCounter();
    void scheduleValidation();
    void validate();
    Provider *currentProvider() const;
    std::optional<ProviderModel> currentModel() const;
    QString costText(const GenerationRequest &prepared) const;
    static QIcon thumbnail(const QImage &image);

    EditorSession &m_session;
    qint64 m_projectId;
    qint64 m_clipId;
    QComboBox *m_provider;
    QComboBox *m_mode;
    QComboBox *m_model;
    QPlainTextEdit *m_prompt;
    QLabel *m_counter;
    QListWidget *m_movesList;
    QLabel *m_movesHint;
    QLabel *m_firstFrameLabel;
    QComboBox *m_firstFrame;
    QLabel *m_characterLabel;
    QComboBox *m_character;
    QComboBox *m_resolution;
    QComboBox *m_duration;
    QCheckBox *m_optimizer;
    QSpinBox *m_takes;
    QCheckBox *m_replace;
    InlineMessage *m_message;
    QLabel *m_problemLabel;
    QLabel *m_cost;
    QDialogButtonBox *m_buttons;
    QPushButton *m_generate;
    QTimer *m_validateTimer;
    CharacterModel *m_cast;
    QStringList m_moves;
    QString m_problem;
    QList<qint64> m_created;
    bool m_filling = false;
};

} // namespace mt
