// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace mt {

// The editor's languages: the translations compiled into the program (:/i18n/movietool_*.qm)
// and Qt's own (dialog buttons, shortcuts) from the system's Qt translations. The choice is kept
// in QSettings under LanguageKey ("" follows the system) and applies at the next start.
namespace Translations {

inline constexpr auto LanguageKey = "ui/language";

// Languages a person can pick, as locale names ("en", "de").
QStringList available();
// Installs the translators for the chosen or the system language; returns the locale used.
QLocale install(const QString &choice);

} // namespace Translations

} // namespace mt
