// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "providersettings.h"

#include "credentialstore.h"
#include "storage/settingsstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mt {

namespace {

QString keyOf(const QString &provider, const char *what)
{
    return u"provider.%1.%2"_s.arg(provider, QLatin1StringView(what));
}

} // namespace

Result<ProviderSettings> ProviderSettings::read(const SettingsStore &settings,
                                                const QString &provider)
{
    ProviderSettings values;
    const Result<QString> url = settings.value(keyOf(provider, "baseUrl"));
    const Result<QString> perMinute = settings.value(keyOf(provider, "requestsPerMinute"));
    const Result<QString> inFlight = settings.value(keyOf(provider, "tasksInFlight"));
    if (!url)
        return url.error();
    if (!perMinute)
        return perMinute.error();
    if (!inFlight)
        return inFlight.error();
    values.baseUrl = QUrl(*url);
    values.requestsPerMinute = std::clamp(perMinute->toInt(), 0, MaxRequestsPerMinute);
    values.tasksInFlight = std::clamp(inFlight->toInt(), 0, MaxTasksInFlight);
    return values;
}

Status ProviderSettings::write(SettingsStore &settings,
                               const QString &provider,
                               const ProviderSettings &values)
{
    if (!values.baseUrl.isEmpty() && !isAllowedBaseUrl(values.baseUrl)) {
        return Error::refused(tr("The base URL of %1 must be an https address (plain http only for "
                                 "this machine: localhost, 127.0.0.1, ::1), not “%2”.")
                                      .arg(provider, values.baseUrl.toString()));
    }
    if (values.requestsPerMinute < 0 || values.requestsPerMinute > MaxRequestsPerMinute
        || values.tasksInFlight < 0 || values.tasksInFlight > MaxTasksInFlight) {
        return Error::refused(tr("Requests per minute go from 1 to %1 and tasks in flight from 1 "
                                 "to %2 (0: the provider's own).")
                                      .arg(MaxRequestsPerMinute)
                                      .arg(MaxTasksInFlight));
    }
    const std::pair<const char *, QString> entries[] = {
            {"baseUrl", values.baseUrl.toString()},
            {"requestsPerMinute", QString::number(values.requestsPerMinute)},
            {"tasksInFlight", QString::number(values.tasksInFlight)},
    };
    for (const auto &[what, text] : entries) {
        if (Status stored = settings.setValue(keyOf(provider, what), text); !stored)
            return stored;
    }
    return {};
}

ProviderLimits ProviderSettings::applyTo(ProviderLimits limits) const
{
    if (requestsPerMinute > 0)
        limits.requestsPerMinute = requestsPerMinute;
    if (tasksInFlight > 0)
        limits.maxTasksInFlight = tasksInFlight;
    return limits;
}

} // namespace mt
