// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace mt {

// One person's preference in QSettings, typed and with its default, declared beside the code that
// uses it (Tiled's Preference<T>): `static const Setting<int> Volume{"ui/volume", 80};`. Library
// settings shared by every user of a library are SettingsStore's instead. Main thread: QSettings
// objects are cheap and made per call, so values written by one part are seen by the others.
template<typename T>
struct Setting
{
    QString key;
    T defaultValue{};

    Setting(const char *settingKey, T fallback = T{})
        : key(QString::fromLatin1(settingKey))
        , defaultValue(std::move(fallback))
    {}

    T value() const
    {
        const QVariant stored = QSettings().value(key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return defaultValue;
        return stored.value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(key); }
};

} // namespace mt
