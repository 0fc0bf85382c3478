// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// providers list | check [NAME] | set-key NAME, costs P
#include "cli.h"
#include "generationsession.h"

#include "generation/credentialstore.h"
#include "generation/generationservice.h"
#include "generation/providerregistry.h"
#include "generation/spendledger.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString money(double usd)
{
    return u"$%1"_s.arg(usd, 0, 'f', 2);
}

QJsonArray modelsJson(const Provider &provider)
{
    QJsonArray models;
    for (const ProviderModel &model : provider.models()) {
        QJsonArray modes;
        for (GenerationMode mode : model.modes)
            modes.append(generationModeName(mode));
        QJsonObject resolutions;
        for (const ProviderModel::Resolution &resolution : model.resolutions) {
            QJsonArray durations;
            for (int duration : resolution.durations)
                durations.append(duration);
            resolutions.insert(resolution.name, durations);
        }
        models.append(QJsonObject{{u"id"_s, model.id},
                                  {u"name"_s, model.displayName},
                                  {u"modes"_s, modes},
                                  {u"resolutions"_s, resolutions},
                                  {u"cameraMoves"_s, model.cameraMoves}});
    }
    return models;
}

int providersList(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, args, 0, 0))
        return *exit;
    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    QJsonArray json;
    QStringList lines;
    for (const QString &name : ProviderRegistry::knownNames()) {
        Provider *provider = session.service().provider(name);
        QJsonObject entry{{u"name"_s, name},
                          {u"title"_s, ProviderRegistry::displayName(name)},
                          {u"available"_s, provider != nullptr}};
        if (!provider) {
            lines << Cli::tr("%1  %2: not available in this build")
                             .arg(name, -10)
                             .arg(ProviderRegistry::displayName(name));
            json.append(entry);
            continue;
        }
        CredentialStore::Lookup key;
        bool read = !provider->needsKey();
        if (provider->needsKey()) {
            session.credentials().read(name, [&](CredentialStore::Lookup lookup) {
                key = lookup;
                read = true;
            });
            session.waitUntil([&] { return read; });
        }
        entry.insert(u"remote"_s, provider->isRemote());
        entry.insert(u"needsKey"_s, provider->needsKey());
        entry.insert(u"keySource"_s, CredentialStore::sourceName(key.source));
        entry.insert(u"configured"_s, provider->isConfigured());
        entry.insert(u"models"_s, modelsJson(*provider));
        json.append(entry);
        QStringList models;
        for (const ProviderModel &model : provider->models())
            models << model.id;
        const QString state
                = !provider->needsKey() ? Cli::tr("ready, no key needed")
                  : key.key.isEmpty()
                          ? Cli::tr("no key (set one with “providers set-key "
                                    "%1” or %2)")
                                    .arg(name, CredentialStore::environmentVariable(name))
                          : Cli::tr("key from the %1").arg(CredentialStore::sourceName(key.source));
        lines << Cli::tr("%1  %2: %3\n      models: %4")
                         .arg(name, -10)
                         .arg(provider->displayName(), state, models.join(u", "_s));
    }
    if (session.credentials().isUsingFallback())
        cli.progress(CredentialStore::fallbackWarning());
    return cli.print(json, lines.join(u'\n'));
}

int providersCheck(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("Only this provider."), u"[NAME]"_s);
    if (auto exit = cli.parse(parser, args, 0, 1))
        return *exit;
    QStringList names = ProviderRegistry::knownNames();
    if (!parser.positionalArguments().isEmpty()) {
        const QString name = parser.positionalArguments().at(0).toLower();
        if (!names.contains(name))
            return cli.usage(Cli::tr("NAME is one of %1.").arg(names.join(u", "_s)));
        names = {name};
    }
    GenerationSession session;
    if (auto exit = session.open(cli))
        return *exit;
    QJsonArray json;
    QStringList lines;
    int status = ExitOk;
    for (const QString &name : std::as_const(names)) {
        Provider *provider = session.service().provider(name);
        if (!provider) {
            json.append(QJsonObject{{u"name"_s, name}, {u"available"_s, false}});
            lines << Cli::tr("%1: not available in this build.").arg(name);
            status = std::max<int>(status, ExitRefused);
            continue;
        }
        std::optional<ProviderResult<Provider::Access>> answer;
        provider->checkAccess([&](ProviderResult<Provider::Access> result) { answer = result; });
        session.waitUntil([&] { return answer.has_value(); });
        QJsonObject entry{{u"name"_s, name}, {u"available"_s, true}};
        if (answer->ok()) {
            const Provider::Access &access = answer->value();
            const bool keyOk = !provider->needsKey() || (access.keyPresent && access.keyAccepted);
            entry.insert(u"keyPresent"_s, access.keyPresent);
            entry.insert(u"keyAccepted"_s, access.keyAccepted);
            entry.insert(u"reachable"_s, access.reachable);
            entry.insert(u"detail"_s, access.detail);
            entry.insert(u"ok"_s, keyOk && access.reachable);
            if (!keyOk || !access.reachable)
                status = std::max<int>(status,
                                       provider->needsKey() && !access.keyPresent ? ExitRefused
                                                                                  : ExitFailed);
            lines << Cli::tr("%1: %2").arg(name,
                                           keyOk && access.reachable ? Cli::tr("ok")
                                                                     : Cli::tr("not ready"))
                             + (access.detail.isEmpty() ? QString() : u" — "_s + access.detail);
        } else {
            const ProviderError &error = answer->error();
            entry.insert(u"ok"_s, false);
            entry.insert(u"error"_s, error.message);
            entry.insert(u"errorKind"_s, providerErrorKindName(error.kind));
            status = std::max<int>(status,
                                   error.kind == ProviderErrorKind::Unavailable ? ExitRefused
                                                                                : ExitFailed);
            lines << Cli::tr("%1: %2").arg(name, error.message);
        }
        json.append(entry);
    }
    for (const QString &problem : session.problems())
        lines << problem;
    cli.print(json, lines.join(u'\n'));
    return status;
}

int providersSetKey(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Reads the key from standard input (so it never "
                                             "appears in the shell's history)."));
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The provider."));
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    const QString name = parser.positionalArguments().at(0).toLower();
    if (!ProviderRegistry::knownNames().contains(name))
        return cli.usage(
                Cli::tr("NAME is one of %1.").arg(ProviderRegistry::knownNames().join(u", "_s)));
    if (name == u"storyboard"_s)
        return cli.fail(Error::refused(Cli::tr("The storyboard works offline and needs no key.")));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return cli.fail(Error::failed(Cli::tr("Could not read standard input.")));
    const QString key = QString::fromUtf8(input.read(CredentialStore::MaxKeyLength * 4 + 16));
    CredentialStore credentials;
    std::optional<std::pair<Status, CredentialStore::Source>> written;
    credentials.write(name, key, [&](Status status, CredentialStore::Source source) {
        written.emplace(status, source);
    });
    // No service is needed to store a key; only its callbacks.
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (written)
            loop.quit();
    });
    tick.start(20);
    if (!written)
        loop.exec();
    if (!written->first)
        return cli.fail(written->first.error());
    const bool inFile = written->second == CredentialStore::Source::File;
    if (inFile)
        cli.progress(CredentialStore::fallbackWarning());
    return cli.print(QJsonObject{{u"name"_s, name},
                                 {u"stored"_s, CredentialStore::sourceName(written->second)},
                                 {u"warning"_s,
                                  inFile ? CredentialStore::fallbackWarning() : QString()}},
                     inFile ? Cli::tr("The key for %1 is stored in %2 (readable only by you).")
                                      .arg(ProviderRegistry::displayName(name),
                                           credentials.fallbackFile())
                            : Cli::tr("The key for %1 is stored in the system keychain.")
                                      .arg(ProviderRegistry::displayName(name)));
}

int costs(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"P"_s, Cli::tr("Project id or name."));
    parser.addOption({u"set-budget"_s,
                      Cli::tr("Set the monthly budget for paid generation, in US dollars (0: "
                              "none)."),
                      u"USD"_s});
    if (auto exit = cli.parse(parser, args, 1, 1))
        return *exit;
    Library *library = cli.library();
    if (!library)
        return cli.libraryStatus();
    const Result<Project> project = library->projects().byIdOrName(
            parser.positionalArguments().at(0));
    if (!project)
        return cli.fail(project.error());
    SpendLedger ledger(library->database(), library->settings());
    if (parser.isSet(u"set-budget"_s)) {
        bool ok = false;
        const double budget = parser.value(u"set-budget"_s).toDouble(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--set-budget is an amount in US dollars."));
        if (const Status set = ledger.setMonthlyBudget(budget); !set)
            return cli.fail(set.error());
    }
    const Result<QList<SpendLedger::Line>> lines = ledger.lines(project->id);
    const Result<double> month = ledger.spentThisMonth();
    const Result<double> committed = ledger.committed();
    if (!lines)
        return cli.fail(lines.error());
    if (!month)
        return cli.fail(month.error());
    if (!committed)
        return cli.fail(committed.error());
    QJsonArray json;
    QStringList text{Cli::tr("Spend on “%1”:").arg(project->name)};
    double total = 0;
    for (const SpendLedger::Line &line : *lines) {
        total += line.amount;
        json.append(QJsonObject{{u"provider"_s, line.provider},
                                {u"model"_s, line.model},
                                {u"tasks"_s, line.tasks},
                                {u"amount"_s, line.amount}});
        text << Cli::tr("  %1 %2: %3 generations, %4")
                        .arg(line.provider, line.model)
                        .arg(line.tasks)
                        .arg(money(line.amount));
    }
    if (lines->isEmpty())
        text << Cli::tr("  nothing yet (storyboard shots are free)");
    text << Cli::tr("  total %1").arg(money(total));
    const double budget = ledger.monthlyBudget();
    QJsonObject monthJson{{u"spent"_s, *month}, {u"committed"_s, *committed}};
    if (budget > 0) {
        monthJson.insert(u"budget"_s, budget);
        monthJson.insert(u"remaining"_s, std::max(0.0, budget - *month - *committed));
        text << Cli::tr("This month, all projects: %1 spent and %2 in tasks still running, of a "
                        "budget of %3.")
                        .arg(money(*month), money(*committed), money(budget));
    } else {
        monthJson.insert(u"budget"_s, QJsonValue());
        text << Cli::tr("This month, all projects: %1 spent, %2 in tasks still running; no budget "
                        "set (costs P --set-budget USD).")
                        .arg(money(*month), money(*committed));
    }
    return cli.print(QJsonObject{{u"project"_s, project->name},
                                 {u"projectId"_s, project->id},
                                 {u"lines"_s, json},
                                 {u"total"_s, total},
                                 {u"currency"_s, u"USD"_s},
                                 {u"month"_s, monthJson}},
                     text.join(u'\n'));
}

} // namespace

QList<Command> providerCommands()
{
    return {
            {{u"providers"_s, u"list"_s}, QString(), providersList},
            {{u"providers"_s, u"check"_s}, u"[NAME]"_s, providersCheck},
            {{u"providers"_s, u"set-key"_s},
             u"NAME   (the key is read from stdin)"_s,
             providersSetKey},
            {{u"costs"_s}, u"P [--set-budget USD]"_s, costs},
    };
}

} // namespace mt
