// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "setting.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTabWidget;
class QLineEdit;

namespace mt {

class ProviderSettingsPage;

class EditorSession;
class PresetBox;

// The editor's settings: where the library is (and how to use another one), the library's quota
// and import limit (SettingsStore, shared by everyone using that library), export defaults and
// the language (the person's own, in QSettings). Values are checked when OK is pressed; a refused
// value keeps the dialog open with the store's message beside it. Main thread; made on the stack
// by the main window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // The person's preferences this dialog edits, read where they are used.
    // A library folder used from the next start when MOVIETOOL_LIBRARY is not set; empty: the
    // default folder.
    static inline const Setting<QString> LibraryLocation{"library/location"};
    // "" (the system's language), "en" or "de"; the translator is chosen at start.
    static inline const Setting<QString> Language{"ui/language"};
    // The default export preset of new projects.
    static inline const Setting<QString> DefaultPreset{"export/defaultPreset",
                                                       QStringLiteral("share")};
    // The render mode the Export dialog starts with: "auto", "copy", "smart" or "full".
    static inline const Setting<QString> RenderMode{"export/renderMode", QStringLiteral("auto")};

    explicit SettingsDialog(EditorSession &session, QWidget *parent = nullptr);

    void accept() override;

private:
    void chooseLibrary();

    EditorSession &m_session;
    QLineEdit *m_libraryLocation = nullptr;
    QDoubleSpinBox *m_quota = nullptr;
    QDoubleSpinBox *m_maxImport = nullptr;
    double m_shownQuota = 0;
    double m_shownMaxImport = 0;
    QLabel *m_limitsMessage = nullptr;
    PresetBox *m_preset = nullptr;
    QComboBox *m_renderMode = nullptr;
    QComboBox *m_language = nullptr;
    QTabWidget *m_pages = nullptr;
    ProviderSettingsPage *m_providers = nullptr;
};

} // namespace mt
