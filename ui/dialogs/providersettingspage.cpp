// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "providersettingspage.h"

#include "generation/providersettings.h"
#include "storage/library.h"
#include "storage/settingsstore.h"

#include "editorsession.h"
#include "generation/credentialstore.h"
#include "generation/generationservice.h"
#include "models/generationtaskmodel.h"
#include "panels/inlinemessage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

enum PriceColumn { ProviderColumn, ModelColumn, ListPriceColumn, PriceColumn };

} // namespace

ProviderSettingsPage::ProviderSettingsPage(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_fallback(new InlineMessage(this))
{
    setObjectName(u"providerSettingsPage"_s);
    setAccessibleName(tr("Providers"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 6, 0);
    column->setSpacing(12);
    GenerationService &service = m_session.generation();
    for (const QString &name : service.providerNames()) {
        if (const Provider *provider = service.provider(name); provider && provider->needsKey())
            column->addWidget(providerBox(name));
    }
    column->addWidget(pricesBox());
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *intro = new QLabel(tr("Keys of the cloud video services. Without a key, shots are made "
                                "as offline storyboard cards, to be generated for real later."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_fallback->setObjectName(u"fallbackWarning"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(m_fallback);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(&m_session.credentials(),
            &CredentialStore::fallbackInUse,
            this,
            &ProviderSettingsPage::showFallbackWarning);
    if (m_session.credentials().isUsingFallback())
        showFallbackWarning();
    // A base URL override that was refused leaves its provider without a key: say why.
    if (const QStringList problems = m_session.providerProblems(); !problems.isEmpty())
        m_message->showMessage(InlineMessage::Level::Warning,
                               tr("A provider could not be set up."),
                               problems);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        refreshKey(it.key());
}

void ProviderSettingsPage::showFallbackWarning()
{
    m_fallback->showMessage(InlineMessage::Level::Warning,
                            tr("No keychain: keys are stored in a file only you can read."),
                            {CredentialStore::fallbackWarning(),
                             tr("File: %1").arg(m_session.credentials().fallbackFile())});
}

QWidget *ProviderSettingsPage::providerBox(const QString &name)
{
    const Provider *provider = m_session.generation().provider(name);
    auto *box = new QGroupBox(provider->displayName());
    box->setObjectName(name + u"Box"_s);

    KeyRow row;
    row.edit = new QLineEdit(box);
    row.edit->setObjectName(name + u"KeyEdit"_s);
    row.edit->setEchoMode(QLineEdit::Password);
    row.edit->setClearButtonEnabled(true);
    row.edit->setAccessibleName(tr("API key for %1").arg(provider->displayName()));
    row.save = new QPushButton(tr("Save Key"), box);
    row.save->setObjectName(name + u"SaveKey"_s);
    row.save->setAccessibleName(tr("Save the API key for %1").arg(provider->displayName()));
    row.save->setEnabled(false);
    row.remove = new QPushButton(tr("Remove"), box);
    row.remove->setObjectName(name + u"RemoveKey"_s);
    row.remove->setAccessibleName(tr("Remove the API key for %1").arg(provider->displayName()));
    row.state = new QLabel(box);
    row.state->setObjectName(name + u"KeyState"_s);
    row.state->setWordWrap(true);
    row.state->setForegroundRole(QPalette::PlaceholderText);
    connect(row.edit, &QLineEdit::textChanged, row.save, [save = row.save](const QString &text) {
        save->setEnabled(!text.trimmed().isEmpty());
    });
    connect(row.edit, &QLineEdit::returnPressed, this, [this, name] { saveKey(name); });
    connect(row.save, &QPushButton::clicked, this, [this, name] { saveKey(name); });
    connect(row.remove, &QPushButton::clicked, this, [this, name] { removeKey(name); });
    m_keys.insert(name, row);

    auto *keyLine = new QHBoxLayout;
    keyLine->setSpacing(6);
    keyLine->addWidget(row.edit, 1);
    keyLine->addWidget(row.save);
    keyLine->addWidget(row.remove);

    // Where requests go and how fast: the provider's own unless set here (a proxy, a regional
    // host, the pace of one's plan). The environment's base URL wins over this one, so the field
    // then shows that and cannot be edited.
    const ProviderLimits defaults = provider->limits();
    Result<ProviderSettings> stored = ProviderSettings::read(m_session.library().settings(), name);
    const ProviderSettings chosen = stored ? *stored : ProviderSettings();
    ConnectionRow connection;
    connection.baseUrl = new QLineEdit(chosen.baseUrl.toString(), box);
    connection.baseUrl->setObjectName(name + u"BaseUrl"_s);
    connection.baseUrl->setPlaceholderText(tr("The provider's own"));
    connection.baseUrl->setClearButtonEnabled(true);
    connection.baseUrl->setAccessibleName(tr("Base URL of %1").arg(provider->displayName()));
    const QString variable = CredentialStore::baseUrlEnvironmentVariable(name);
    const Result<QUrl> override = CredentialStore::baseUrlOverride(name);
    if (!override || !override->isEmpty()) {
        connection.baseUrl->setText(override ? override->toString() : QString());
        connection.baseUrl->setEnabled(false);
        connection.baseUrl->setToolTip(tr("Set by %1 in the environment.").arg(variable));
    }
    const auto paceBox = [box](int value, int maximum, int providerDefault, const QString &what) {
        auto *spin = new QSpinBox(box);
        spin->setRange(0, maximum);
        spin->setSpecialValueText(tr("Provider's own (%1)").arg(providerDefault));
        spin->setValue(value);
        spin->setAccessibleName(what);
        return spin;
    };
    connection.perMinute = paceBox(chosen.requestsPerMinute,
                                   ProviderSettings::MaxRequestsPerMinute,
                                   defaults.requestsPerMinute,
                                   tr("Requests per minute to %1").arg(provider->displayName()));
    connection.perMinute->setObjectName(name + u"RequestsPerMinute"_s);
    connection.inFlight = paceBox(chosen.tasksInFlight,
                                  ProviderSettings::MaxTasksInFlight,
                                  defaults.maxTasksInFlight,
                                  tr("Tasks in flight at %1").arg(provider->displayName()));
    connection.inFlight->setObjectName(name + u"TasksInFlight"_s);
    m_connections.insert(name, connection);
    auto *pacing = new QHBoxLayout;
    pacing->setSpacing(6);
    pacing->addWidget(connection.perMinute);
    pacing->addWidget(new QLabel(tr("requests per minute"), box));
    pacing->addSpacing(12);
    pacing->addWidget(connection.inFlight);
    pacing->addWidget(new QLabel(tr("tasks at once"), box));
    pacing->addStretch(1);

    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->addRow(tr("API key:"), keyLine);
    form->addRow(QString(), row.state);
    form->addRow(tr("Base URL:"), connection.baseUrl);
    form->addRow(tr("Pacing:"), pacing);
    return box;
}

void ProviderSettingsPage::refreshKey(const QString &name)
{
    const KeyRow row = m_keys.value(name);
    if (!row.edit)
        return;
    QPointer<ProviderSettingsPage> guard(this);
    m_session.credentials().read(name, [guard, name](CredentialStore::Lookup lookup) {
        if (!guard)
            return;
        const KeyRow row = guard->m_keys.value(name);
        const bool fromEnvironment = lookup.source == CredentialStore::Source::Environment;
        QString state;
        switch (lookup.source) {
        case CredentialStore::Source::None:
            state = tr("No key set: shots are made as storyboard cards.");
            break;
        case CredentialStore::Source::Environment:
            state = tr("Set by %1 in the environment; change it there.")
                            .arg(CredentialStore::environmentVariable(name));
            break;
        case CredentialStore::Source::Keychain:
            state = tr("Stored in the system keychain.");
            break;
        case CredentialStore::Source::File:
            state = tr("Stored in a file only you can read.");
            break;
        }
        row.state->setText(state);
        // The key itself is never shown again: the field only takes a new one.
        row.edit->clear();
        row.edit->setPlaceholderText(lookup.key.isEmpty()
                                             ? tr("Paste the API key")
                                             : tr("A key is set; paste one to replace it"));
        row.edit->setEnabled(!fromEnvironment);
        row.remove->setEnabled(!lookup.key.isEmpty() && !fromEnvironment);
    });
}

void ProviderSettingsPage::saveKey(const QString &name)
{
    const KeyRow row = m_keys.value(name);
    const Result<QString> clean = CredentialStore::cleanKey(row.edit->text(), name);
    if (!clean) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The key was not saved."),
                               {clean.error().message});
        return;
    }
    row.save->setEnabled(false);
    QPointer<ProviderSettingsPage> guard(this);
    m_session.credentials().write(name, *clean, [guard, name](Status saved, CredentialStore::Source) {
        if (!guard)
            return;
        if (!saved) {
            guard->m_message->showMessage(InlineMessage::Level::Error,
                                          tr("The key was not saved."),
                                          {saved.error().message});
            guard->m_keys.value(name).save->setEnabled(true);
            return;
        }
        guard->m_message->dismiss();
        guard->refreshKey(name);
        guard->m_session.configureProviders([guard](const QStringList &) {
            if (guard)
                emit guard->keysChanged();
        });
    });
}

void ProviderSettingsPage::removeKey(const QString &name)
{
    QPointer<ProviderSettingsPage> guard(this);
    m_session.credentials().remove(name, [guard, name](Status removed) {
        if (!guard)
            return;
        if (!removed) {
            guard->m_message->showMessage(InlineMessage::Level::Error,
                                          tr("The key was not removed."),
                                          {removed.error().message});
            return;
        }
        guard->refreshKey(name);
        guard->m_session.configureProviders([guard](const QStringList &) {
            if (guard)
                emit guard->keysChanged();
        });
    });
}

QWidget *ProviderSettingsPage::pricesBox()
{
    auto *box = new QGroupBox(tr("Prices and budget"));
    box->setObjectName(u"pricesBox"_s);
    GenerationService &service = m_session.generation();
    SpendLedger &ledger = service.ledger();

    m_prices = new QTableWidget(0, 4, box);
    m_prices->setObjectName(u"priceTable"_s);
    m_prices->setAccessibleName(tr("Price per generation"));
    m_prices->setHorizontalHeaderLabels(
            {tr("Provider"), tr("Model"), tr("List price"), tr("Your price (USD)")});
    m_prices->verticalHeader()->hide();
    m_prices->verticalHeader()->setDefaultSectionSize(m_prices->fontMetrics().height() + 10);
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_prices->horizontalHeader()->setSectionResizeMode(ProviderColumn,
                                                       QHeaderView::ResizeToContents);
    m_prices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_prices->setAlternatingRowColors(true);
    const QJsonObject prices = ledger.prices();
    for (const QString &name : service.providerNames()) {
        const Provider *provider = service.provider(name);
        if (!provider || !provider->isRemote())
            continue;
        for (const ProviderModel &model : provider->models()) {
            GenerationRequest sample;
            sample.provider = name;
            sample.model = model.id;
            sample.mode = model.modes.value(0);
            sample.resolution = model.defaultResolution;
            sample.duration = model.defaultDuration;
            const int row = m_prices->rowCount();
            m_prices->insertRow(row);
            auto *providerItem = new QTableWidgetItem(provider->displayName());
            providerItem->setData(Qt::UserRole, name);
            auto *modelItem = new QTableWidgetItem(model.id);
            auto *listItem = new QTableWidgetItem(
                    GenerationTaskModel::money(provider->estimatedCost(sample)));
            for (QTableWidgetItem *item : {providerItem, modelItem, listItem})
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const QJsonValue own = prices.value(name).toObject().value(model.id);
            auto *priceItem = new QTableWidgetItem(own.isDouble() ? QString::number(own.toDouble())
                                                                  : QString());
            priceItem->setToolTip(tr("Leave empty to use the list price"));
            m_prices->setItem(row, ProviderColumn, providerItem);
            m_prices->setItem(row, ModelColumn, modelItem);
            m_prices->setItem(row, ListPriceColumn, listItem);
            m_prices->setItem(row, PriceColumn, priceItem);
        }
    }
    m_prices->setMinimumHeight(std::min(m_prices->rowCount(), 8)
                                       * m_prices->verticalHeader()->defaultSectionSize()
                               + m_prices->horizontalHeader()->sizeHint().height() + 4);

    m_budget = new QDoubleSpinBox(box);
    m_budget->setObjectName(u"budgetSpin"_s);
    m_budget->setAccessibleName(tr("Monthly budget in US dollars"));
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$ "_s);
    m_budget->setSpecialValueText(tr("No budget"));
    m_budget->setValue(ledger.monthlyBudget());
    m_spent = new QLabel(box);
    m_spent->setObjectName(u"spentLabel"_s);
    m_spent->setForegroundRole(QPalette::PlaceholderText);
    const Result<double> spent = ledger.spentThisMonth();
    m_spent->setText(spent ? tr("Spent this month: %1").arg(GenerationTaskModel::money(*spent))
                           : spent.error().message);
    auto *budgetLine = new QHBoxLayout;
    budgetLine->addWidget(m_budget);
    budgetLine->addWidget(m_spent, 1);

    auto *hint = new QLabel(tr("Prices are per generation. Paid tasks that would take this "
                               "month's spending over the budget are refused before anything is "
                               "sent."),
                            box);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(6);
    layout->addWidget(m_prices);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Monthly budget:"), budgetLine);
    layout->addLayout(form);
    layout->addWidget(hint);
    return box;
}

Status ProviderSettingsPage::apply()
{
    if (Status connections = applyConnections(); !connections)
        return connections;
    QJsonObject prices;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QString provider = m_prices->item(row, ProviderColumn)->data(Qt::UserRole).toString();
        const QString model = m_prices->item(row, ModelColumn)->text();
        const QString text = m_prices->item(row, PriceColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = text.toDouble(&ok);
        if (!ok || value < 0) {
            const Status refused = Error::refused(
                    tr("The price of %1 is “%2”: write an amount in US dollars, like 0.25, or "
                       "leave it empty for the list price.")
                            .arg(model, text));
            m_message->showMessage(InlineMessage::Level::Error,
                                   tr("The prices were not saved."),
                                   {refused.error().message});
            m_prices->setCurrentCell(row, PriceColumn);
            return refused;
        }
        QJsonObject ofProvider = prices.value(provider).toObject();
        ofProvider.insert(model, value);
        prices.insert(provider, ofProvider);
    }
    SpendLedger &ledger = m_session.generation().ledger();
    Status saved = ledger.setPrices(prices);
    if (saved)
        saved = ledger.setMonthlyBudget(m_budget->value());
    if (!saved)
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The prices and budget were not saved."),
                               {saved.error().message});
    else
        m_message->dismiss();
    return saved;
}

Status ProviderSettingsPage::applyConnections()
{
    SettingsStore &settings = m_session.library().settings();
    bool changed = false;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const Result<ProviderSettings> stored = ProviderSettings::read(settings, it.key());
        ProviderSettings values = stored ? *stored : ProviderSettings();
        if (it->baseUrl->isEnabled())
            values.baseUrl = QUrl(it->baseUrl->text().trimmed());
        values.requestsPerMinute = it->perMinute->value();
        values.tasksInFlight = it->inFlight->value();
        if (stored && stored->baseUrl == values.baseUrl
            && stored->requestsPerMinute == values.requestsPerMinute
            && stored->tasksInFlight == values.tasksInFlight)
            continue;
        if (Status saved = ProviderSettings::write(settings, it.key(), values); !saved) {
            m_message->showMessage(InlineMessage::Level::Error,
                                   tr("The provider settings were not saved."),
                                   {saved.error().message});
            it->baseUrl->setFocus();
            return saved;
        }
        changed = true;
    }
    if (changed)
        m_session.configureProviders({});
    return {};
}

} // namespace mt
