// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QComboBox>

namespace mt {

// A choice among the export presets that write films (the built-in catalog without the GIF and
// single-frame presets the planner refuses for a timeline), shown by title, keyed by name.
// Used by the project settings, export and settings dialogs. Main thread; owned by its dialog.
class PresetBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PresetBox(QWidget *parent = nullptr);

    QString presetName() const { return currentData().toString(); }
    // Selects the preset called name; the first one when there is none.
    void setPresetName(const QString &name);
};

} // namespace mt
