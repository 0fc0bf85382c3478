// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace mt {

class EditorSession;
class PresetBox;

// Export with choices: the project, the preset, where the file goes and the render mode (auto,
// copy, smart, full) — or a batch of projects × presets queued at once, each into its project's
// export folder. Everything is started through ExportService, which checks each export before
// it queues anything; what it refuses is listed in the dialog with the reason, and the rest are
// queued all the same. Progress and results show in the Jobs panel and the window's banner.
// Main thread; made on the stack by the main window.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(EditorSession &session, QWidget *parent = nullptr);

    // The jobs queued by the last press of Export.
    QList<qint64> queuedJobs() const { return m_queued; }
    QString problems() const;

    void accept() override;

private:
    void onProjectChanged();
    void chooseOutput();
    void updateBatchSummary();
    QList<qint64> checkedProjects() const;
    QStringList checkedPresets() const;

    EditorSession &m_session;
    QComboBox *m_project = nullptr;
    PresetBox *m_preset = nullptr;
    QLineEdit *m_output = nullptr;
    QComboBox *m_mode = nullptr;
    QGroupBox *m_batch = nullptr;
    QListWidget *m_batchProjects = nullptr;
    QListWidget *m_batchPresets = nullptr;
    QLabel *m_batchSummary = nullptr;
    QLabel *m_problems = nullptr;
    QList<qint64> m_queued;
};

} // namespace mt
