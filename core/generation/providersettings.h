// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "provider.h"

#include <QCoreApplication>
#include <QUrl>

namespace mt {

class SettingsStore;

// What a person set for a remote provider in Settings, kept in the library's settings table so
// the editor and the CLI share it: another base URL (a proxy, a regional host; empty: the
// provider's own) and the pace of the person's plan (requests per minute and tasks in flight;
// 0: the provider's defaults). MOVIETOOL_<NAME>_BASE_URL in the environment wins over the stored
// URL. Never holds a key. Plain value; read and written on the main thread.
struct ProviderSettings
{
    Q_DECLARE_TR_FUNCTIONS(mt::ProviderSettings)

public:
    static constexpr int MaxRequestsPerMinute = 600;
    static constexpr int MaxTasksInFlight = 50;

    QUrl baseUrl;
    int requestsPerMinute = 0;
    int tasksInFlight = 0;

    static Result<ProviderSettings> read(const SettingsStore &settings, const QString &provider);
    // Checks (https, or http to this machine; the pace within its bounds) and stores.
    static Status write(SettingsStore &settings,
                        const QString &provider,
                        const ProviderSettings &values);
    // The provider's limits with what is set here in their place.
    ProviderLimits applyTo(ProviderLimits limits) const;
};

} // namespace mt
