// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;
class QTableWidget;

namespace mt {

class EditorSession;
class InlineMessage;

// Settings → Providers: per remote provider its API key (a password field, saved at once through
// CredentialStore into the keychain, or the user-only file with a visible warning when there is
// no keychain; a key set in the environment is shown as such and cannot be changed here), the
// base URL in use, and the pacing the service keeps to (requests per minute, tasks in flight);
// then the price table (USD per generation, per provider and model, overriding the providers'
// list prices) and the monthly budget, written by apply() into the library settings that
// SpendLedger reads. After a key changes the providers are configured again.
// Main thread; a page of the Settings dialog, over the session.
class ProviderSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderSettingsPage(EditorSession &session, QWidget *parent = nullptr);

    // Writes the price table and the budget (the Settings dialog's OK/Apply). Keys are saved by
    // their own buttons, as they are typed, and never pass through here.
    Status apply();

signals:
    // A key was saved or removed and the providers configured again.
    void keysChanged();

private:
    struct KeyRow
    {
        QLineEdit *edit = nullptr;
        QLabel *state = nullptr;
        QPushButton *save = nullptr;
        QPushButton *remove = nullptr;
    };

    // Base URL and pace of a remote provider, as set here.
    struct ConnectionRow
    {
        QLineEdit *baseUrl = nullptr;
        QSpinBox *perMinute = nullptr;
        QSpinBox *inFlight = nullptr;
    };

    QWidget *providerBox(const QString &name);
    Status applyConnections();
    QWidget *pricesBox();
    void refreshKey(const QString &name);
    void saveKey(const QString &name);
    void removeKey(const QString &name);
    void showFallbackWarning();

    EditorSession &m_session;
    InlineMessage *m_message;
    InlineMessage *m_fallback;
    QHash<QString, KeyRow> m_keys;
    QHash<QString, ConnectionRow> m_connections;
    QTableWidget *m_prices = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QLabel *m_spent = nullptr;
};

} // namespace mt
