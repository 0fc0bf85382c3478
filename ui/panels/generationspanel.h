// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace mt {

class EditorSession;
class GenerationTaskModel;
class InlineMessage;
struct GenerationRequest;
struct GenerationTask;

// The generation tasks of the current project, newest first, and what a person can do with
// them: cancel a running one, retry a failed or cancelled one, decide on one whose submit may or
// may not have reached the provider ("Check again" polls when the provider gave an id; "Submit
// again" may be charged twice and asks first; "Give up" cancels), and from a done task's
// provenance "Generate again" and "Variation". "Generate…" opens the generate dialog.
// Follows the current project and GenerationService's signals through GenerationTaskModel.
// Main thread; made by the main window (a tab of the Jobs dock) over the session.
class GenerationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GenerationsPanel(EditorSession &session, QWidget *parent = nullptr);

    GenerationTaskModel *model() const { return m_model; }
    // The task whose actions are shown (0: none).
    qint64 selectedTask() const;
    void selectTask(qint64 taskId);

public slots:
    // Opens the generate dialog for the current project (for a timeline clip: it can replace it).
    void openGenerateDialog(qint64 clipId = 0);

signals:
    // A done task's result, to show in the preview (double-click on a done task).
    void resultActivated(qint64 assetId);

private:
    void updateActions();
    void updateEmptyState();
    void cancelSelected();
    void retrySelected();
    void checkAgain();
    void submitAgain();
    void generateFrom(bool variation);
    void report(const Status &status, const QString &title);

    EditorSession &m_session;
    GenerationTaskModel *m_model;
    InlineMessage *m_message;
    QPushButton *m_generateButton;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QListView *m_view;
    QWidget *m_empty;
    QWidget *m_details;
    QLabel *m_stage;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_checkAgain;
    QPushButton *m_submitAgain;
    QPushButton *m_giveUp;
    QPushButton *m_generateAgain;
    QPushButton *m_variation;
};

} // namespace mt
