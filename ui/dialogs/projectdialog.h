// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/project.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mt {

class PresetBox;
class ProjectStore;

// Creates a project, renames one, or edits its settings (frame size, frame rate, default export
// preset, export folder). Every change is checked with ProjectStore::validate and the message is
// shown under the fields at once; OK stays disabled while it is invalid, and a write the store
// refuses keeps the dialog open with the store's message. Main thread; made on the stack by
// the projects panel or the main window.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Rename, Settings };

    // project: the one edited (Rename, Settings) or the draft to start from (Create).
    // defaultExportFolder: shown where the project names no folder of its own.
    ProjectDialog(Mode mode,
                  ProjectStore &store,
                  const Project &project,
                  const QString &defaultExportFolder,
                  QWidget *parent = nullptr);

    // What the fields say now.
    Project project() const;
    // The row written by accept().
    const Project &saved() const { return m_saved; }
    // The message shown under the fields; empty when the fields are valid.
    QString validationMessage() const;

    // A name no project has yet: "Untitled film", "Untitled film 2", …
    static QString unusedName(const ProjectStore &store);

    void accept() override;

private:
    void validate();
    void chooseFolder();
    void applySizePreset(int index);

    Mode m_mode;
    ProjectStore &m_store;
    Project m_project;
    Project m_saved;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sizePreset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_frameRate = nullptr;
    PresetBox *m_preset = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
