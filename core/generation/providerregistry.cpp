// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "providerregistry.h"

#include "credentialstore.h"
#include "generationservice.h"
#include "minimaxprovider.h"
#include "providersettings.h"
#include "segmindprovider.h"
#include "storyboardprovider.h"

#include <QTimer>

#include <memory>

namespace mt {

using namespace Qt::StringLiterals;

QStringList ProviderRegistry::knownNames()
{
    return {u"minimax"_s, u"segmind"_s, u"storyboard"_s};
}

QString ProviderRegistry::displayName(const QString &name)
{
    if (name == u"minimax"_s)
        return tr("MiniMax (Hailuo)");
    if (name == u"segmind"_s)
        return tr("Segmind (Kling, Flux)");
    if (name == u"storyboard"_s)
        return tr("Storyboard (offline)");
    return name;
}

void ProviderRegistry::registerBuiltIn(GenerationService &service, const Context &context)
{
    service.registerProvider(std::make_unique<StoryboardProvider>(context.jobs, context.workFolder));
    service.registerProvider(std::make_unique<MinimaxProvider>(context.network));
    service.registerProvider(std::make_unique<SegmindProvider>(context.network));
}

void ProviderRegistry::configure(GenerationService &service,
                                 CredentialStore &credentials,
                                 std::function<void(QStringList problems)> done,
                                 const SettingsStore *settings)
{
    struct Pending
    {
        int left = 0;
        QStringList problems;
        std::function<void(QStringList)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QStringList remote;
    for (const QString &name : service.providerNames()) {
        if (Provider *provider = service.provider(name); provider && provider->needsKey())
            remote << name;
    }
    pending->left = int(remote.size());
    if (remote.isEmpty()) {
        QTimer::singleShot(0, &credentials, [pending] { pending->done({}); });
        return;
    }
    QPointer<GenerationService> guard(&service);
    for (const QString &name : std::as_const(remote)) {
        ProviderSettings chosen;
        if (settings) {
            if (Result<ProviderSettings> stored = ProviderSettings::read(*settings, name))
                chosen = *stored;
            else
                pending->problems << stored.error().message;
        }
        if (Provider *provider = service.provider(name))
            service.overrideLimits(name, chosen.applyTo(provider->limits()));
        credentials.read(name, [guard, name, pending, chosen](CredentialStore::Lookup lookup) {
            if (guard) {
                ProviderConfig config;
                config.apiKey = lookup.key;
                const Result<QUrl> baseUrl = CredentialStore::baseUrlOverride(name);
                if (baseUrl) {
                    config.baseUrl = baseUrl->isEmpty() ? chosen.baseUrl : *baseUrl;
                } else {
                    // A refused base URL leaves the provider without its key: nothing is sent in
                    // clear to a host that is not this machine.
                    config.apiKey.clear();
                    pending->problems << baseUrl.error().message;
                }
                if (Provider *provider = guard->provider(name))
                    provider->configure(config);
            }
            if (--pending->left == 0)
                pending->done(pending->problems);
        });
    }
}

} // namespace mt
