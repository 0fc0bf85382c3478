// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "presetbox.h"

#include "export/presetcatalog.h"

namespace mt {

PresetBox::PresetBox(QWidget *parent)
    : QComboBox(parent)
{
    for (const ExportPreset &preset : PresetCatalog::builtIn().presets()) {
        // The planner refuses these for a film: they make a preview picture or a GIF.
        if (preset.singleFrame || (preset.video && preset.video->palette))
            continue;
        addItem(preset.title, preset.name);
        setItemData(count() - 1, preset.description, Qt::ToolTipRole);
    }
    setAccessibleName(tr("Export preset"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PresetBox::setPresetName(const QString &name)
{
    const int index = findData(name);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace mt
