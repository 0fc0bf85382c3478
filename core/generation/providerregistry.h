// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace mt {

class CredentialStore;
class GenerationService;
class JobQueue;
class SettingsStore;

// Which providers this build has, and how they are given their keys. The editor and the CLI both
// go through here, so a provider added to registerBuiltInProviders() (one line) is available to
// both. Main thread.
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(mt::ProviderRegistry)

public:
    // What providers are made with. The references must outlive the service.
    struct Context
    {
        JobQueue &jobs;
        QNetworkAccessManager &network;
        QString workFolder; // scratch space for local providers (the library's cache)
    };

    // Every provider name the product knows, built in this build or not: the CLI's words.
    static QStringList knownNames();
    static QString displayName(const QString &name);

    // Makes the providers this build has and registers them with the service.
    static void registerBuiltIn(GenerationService &service, const Context &context);

    // Reads every remote provider's key (CredentialStore) and base URL override and configures
    // it; then done(problems): translated lines about providers that could not be configured
    // (a refused base URL), empty when all is well. A provider without a key stays unconfigured
    // and says so when used.
    // With `settings` (the library's), a base URL and pace set in Settings apply too
    // (ProviderSettings); the environment's base URL wins over the stored one.
    static void configure(GenerationService &service,
                          CredentialStore &credentials,
                          std::function<void(QStringList problems)> done,
                          const SettingsStore *settings = nullptr);
};

} // namespace mt
