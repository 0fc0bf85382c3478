// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace mt {

// API keys of the providers. Where they come from, first match wins:
//   1. MOVIETOOL_<NAME>_API_KEY in the environment (headless use, CI);
//   2. the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, …);
//   3. a fallback file readable only by the user (0600), used when no keychain answers (a
//      headless machine has no Secret Service); isUsingFallback() is then true, and the UI and
//      the CLI show a warning that says so.
// A key lives only in memory once read and is handed to a provider's configure(); it is never
// written to the database, QSettings, a log line or a message (messages name the provider, never
// the key). Keychain calls are asynchronous; callbacks run later on the main thread.
//
// Also the base URL overrides (MOVIETOOL_<NAME>_BASE_URL): only https, or http on loopback.
// Main thread; owned by the composition root.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Environment, Keychain, File };

    struct Lookup
    {
        QString key; // empty: none
        Source source = Source::None;
    };

    static constexpr int MaxKeyLength = 1024;
    static constexpr int KeychainTimeoutMs = 5000;
    static inline const QString KeychainService = QStringLiteral("movietool");

    // fallbackFile: the user-only file (default: $MOVIETOOL_CREDENTIALS_FILE, else
    // <AppConfigLocation>/credentials.json).
    explicit CredentialStore(const QString &fallbackFile = {}, QObject *parent = nullptr);

    // Tests and headless runs turn the keychain off (it is off by itself without a D-Bus session).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    bool isKeychainEnabled() const { return m_keychainEnabled; }
    bool isUsingFallback() const { return m_usingFallback; }
    QString fallbackFile() const { return m_fallbackFile; }
    // The warning to show while the fallback file is in use, translated.
    static QString fallbackWarning();

    static QString environmentVariable(const QString &provider);        // MOVIETOOL_MINIMAX_API_KEY
    static QString baseUrlEnvironmentVariable(const QString &provider); // …_BASE_URL
    // The base URL override, if set. Refused when it is not https or loopback http.
    static Result<QUrl> baseUrlOverride(const QString &provider);
    static QString sourceName(Source source); // "environment", "keychain", "file", "none"

    // Checks a key as typed or piped (trimmed): not empty, not too long, no spaces or controls.
    static Result<QString> cleanKey(const QString &key, const QString &provider);

    void read(const QString &provider, std::function<void(Lookup)> done);
    // Into the keychain, else the fallback file. done(Status, where it went).
    void write(const QString &provider,
               const QString &key,
               std::function<void(Status, Source)> done);
    void remove(const QString &provider, std::function<void(Status)> done);

signals:
    // The fallback file was used (read or written): show fallbackWarning().
    void fallbackInUse();

private:
    bool keychainUsable() const;
    QString readFile(const QString &provider);
    Status writeFile(const QString &provider, const QString &key); // empty key: remove
    void useFallback();

    QString m_fallbackFile;
    bool m_keychainEnabled = true;
    bool m_usingFallback = false;
};

} // namespace mt
