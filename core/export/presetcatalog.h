// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "export/exportpreset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mt {

// The export presets, in the order people see them. builtIn() is the list shipped in
// resources/presets/presets.json (compiled into movietool_core); fromJson() reads such a document.
// Immutable after construction, so one catalog can be read from any thread.
class PresetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(mt::PresetCatalog)

public:
    // The shipped presets, read once (thread-safe) from the resource.
    static const PresetCatalog &builtIn();
    // {"presets": [ … ]}; refused naming the first invalid preset or a repeated name.
    static Result<PresetCatalog> fromJson(const QByteArray &json);

    const QList<ExportPreset> &presets() const { return m_presets; }
    QStringList names() const;

    const ExportPreset *find(const QString &name) const;
    // The first preset writing files with this extension ("mp4" → "share"), for a target named
    // without a preset; nullptr when none does.
    const ExportPreset *forExtension(const QString &extension) const;
    // The preset called `name`; refused, listing the names there are, when there is none.
    Result<ExportPreset> preset(const QString &name) const;

private:
    QList<ExportPreset> m_presets;
};

} // namespace mt
