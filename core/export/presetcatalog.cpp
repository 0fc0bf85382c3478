// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "presetcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace mt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPresets, "mt.export.presets")

const PresetCatalog &PresetCatalog::builtIn()
{
    static const PresetCatalog catalog = [] {
        // Compiled in by resources/CMakeLists.txt (qt_add_resources on movietool_core).
        QFile file(u":/presets/presets.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcPresets) << "the built-in presets are missing:" << file.errorString();
            return PresetCatalog();
        }
        Result<PresetCatalog> read = fromJson(file.readAll());
        if (!read.ok()) {
            qCCritical(lcPresets).noquote() << read.error().message;
            return PresetCatalog();
        }
        return std::move(read).value();
    }();
    return catalog;
}

Result<PresetCatalog> PresetCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().value(u"presets"_s).isArray()) {
        return Error::refused(tr("The presets are not a JSON object with a “presets” list (%1).")
                                      .arg(parseError.errorString()));
    }
    PresetCatalog catalog;
    const QJsonArray list = document.object().value(u"presets"_s).toArray();
    for (const QJsonValue &value : list) {
        Result<ExportPreset> preset = ExportPreset::fromJson(value.toObject());
        if (!preset.ok())
            return preset.error();
        if (catalog.find(preset->name))
            return Error::refused(tr("The preset name “%1” is used twice.").arg(preset->name));
        catalog.m_presets.append(std::move(preset).value());
    }
    return catalog;
}

QStringList PresetCatalog::names() const
{
    QStringList names;
    for (const ExportPreset &preset : m_presets)
        names << preset.name;
    return names;
}

const ExportPreset *PresetCatalog::find(const QString &name) const
{
    for (const ExportPreset &preset : m_presets) {
        if (preset.name.compare(name, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

const ExportPreset *PresetCatalog::forExtension(const QString &extension) const
{
    for (const ExportPreset &preset : m_presets) {
        if (preset.extension.compare(extension, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

Result<ExportPreset> PresetCatalog::preset(const QString &name) const
{
    if (const ExportPreset *found = find(name))
        return *found;
    return Error::refused(
            tr("There is no preset “%1”. The presets are: %2.").arg(name, names().join(u", "_s)));
}

} // namespace mt
