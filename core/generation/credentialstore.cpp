// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "credentialstore.h"

#include "generationlog.h"
#include "provider.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions UserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Runs `finished` once: when the keychain job ends or after the timeout, whichever comes first
// (a Secret Service that does not answer must not hang the editor or a script).
void runGuarded(QKeychain::Job *job,
                QObject *context,
                std::function<void(QKeychain::Error, QKeychain::Job *)> finished)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, finished](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        finished(j->error(), j);
    });
    QTimer::singleShot(CredentialStore::KeychainTimeoutMs, context, [done, finished] {
        if (*done)
            return;
        *done = true;
        finished(QKeychain::NoBackendAvailable, nullptr);
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(const QString &fallbackFile, QObject *parent)
    : QObject(parent)
    , m_fallbackFile(fallbackFile)
{
    if (m_fallbackFile.isEmpty())
        m_fallbackFile = qEnvironmentVariable("MOVIETOOL_CREDENTIALS_FILE");
    if (m_fallbackFile.isEmpty())
        m_fallbackFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                         + u"/credentials.json"_s;
}

QString CredentialStore::fallbackWarning()
{
    return tr("No system keychain is available, so API keys are kept in a file only you can "
              "read. Anyone with access to your account can read them; install a keyring "
              "(GNOME Keyring, KWallet) to keep them in the keychain instead.");
}

QString CredentialStore::environmentVariable(const QString &provider)
{
    return u"MOVIETOOL_"_s + provider.toUpper() + u"_API_KEY"_s;
}

QString CredentialStore::baseUrlEnvironmentVariable(const QString &provider)
{
    return u"MOVIETOOL_"_s + provider.toUpper() + u"_BASE_URL"_s;
}

Result<QUrl> CredentialStore::baseUrlOverride(const QString &provider)
{
    const QString variable = baseUrlEnvironmentVariable(provider);
    const QString text = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (text.isEmpty())
        return QUrl();
    const QUrl url(text);
    if (!isAllowedBaseUrl(url))
        return Error::refused(tr("%1 must be an https address (plain http only for this machine: "
                                 "localhost, 127.0.0.1, ::1); got “%2”.")
                                      .arg(variable, text));
    return url;
}

QString CredentialStore::sourceName(Source source)
{
    switch (source) {
    case Source::None:
        return u"none"_s;
    case Source::Environment:
        return u"environment"_s;
    case Source::Keychain:
        return u"keychain"_s;
    case Source::File:
        return u"file"_s;
    }
    return {};
}

Result<QString> CredentialStore::cleanKey(const QString &key, const QString &provider)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return Error::refused(tr("The API key for %1 is empty. Paste the key from your %1 "
                                 "account.")
                                      .arg(provider));
    if (trimmed.size() > MaxKeyLength)
        return Error::refused(tr("That is not an API key for %1: it is longer than %2 characters.")
                                      .arg(provider)
                                      .arg(MaxKeyLength));
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::refused(tr("That is not an API key for %1: it contains spaces or "
                                     "control characters. Paste the key alone.")
                                          .arg(provider));
    }
    return trimmed;
}

bool CredentialStore::keychainUsable() const
{
    // Without a session bus there is no Secret Service to ask; asking would only time out.
    return m_keychainEnabled && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void CredentialStore::useFallback()
{
    if (!m_usingFallback)
        qCWarning(lcGeneration) << "no keychain: API keys are kept in the user-only file"
                                << m_fallbackFile;
    m_usingFallback = true;
    emit fallbackInUse();
}

void CredentialStore::read(const QString &provider, std::function<void(Lookup)> done)
{
    const QString fromEnvironment
            = qEnvironmentVariable(environmentVariable(provider).toLatin1().constData()).trimmed();
    QPointer<CredentialStore> self(this);
    if (!fromEnvironment.isEmpty()) {
        QTimer::singleShot(0, this, [done, fromEnvironment] {
            done({fromEnvironment, Source::Environment});
        });
        return;
    }
    auto fromFile = [self, provider, done] {
        if (!self)
            return;
        const QString key = self->readFile(provider);
        if (!key.isEmpty())
            self->useFallback();
        done({key, key.isEmpty() ? Source::None : Source::File});
    };
    if (!keychainUsable()) {
        QTimer::singleShot(0, this, fromFile);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setKey(provider);
    job->setInsecureFallback(false); // its fallback is plain QSettings: never
    runGuarded(job, this, [fromFile, done](QKeychain::Error error, QKeychain::Job *finished) {
        if (error == QKeychain::NoError && finished) {
            const QString key = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            done({key, key.isEmpty() ? Source::None : Source::Keychain});
            return;
        }
        // Not found in the keychain, or no keychain: the file may hold it.
        fromFile();
    });
}

void CredentialStore::write(const QString &provider,
                            const QString &key,
                            std::function<void(Status, Source)> done)
{
    const Result<QString> clean = cleanKey(key, provider);
    if (!clean) {
        QTimer::singleShot(0, this, [done, error = clean.error()] { done(error, Source::None); });
        return;
    }
    QPointer<CredentialStore> self(this);
    auto toFile = [self, provider, done, value = *clean] {
        if (!self)
            return;
        const Status written = self->writeFile(provider, value);
        if (written)
            self->useFallback();
        done(written, written ? Source::File : Source::None);
    };
    if (!keychainUsable()) {
        QTimer::singleShot(0, this, toFile);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setKey(provider);
    job->setInsecureFallback(false);
    job->setTextData(*clean);
    runGuarded(job, this, [self, provider, toFile, done](QKeychain::Error error, QKeychain::Job *) {
        if (error == QKeychain::NoError) {
            // A key left in the file from a time without keychain would shadow nothing but
            // would still be readable: remove it.
            if (self)
                self->writeFile(provider, {});
            done({}, Source::Keychain);
            return;
        }
        qCWarning(lcGeneration) << "keychain refused to store the key of" << provider << "error"
                                << int(error);
        toFile();
    });
}

void CredentialStore::remove(const QString &provider, std::function<void(Status)> done)
{
    const Status fileRemoved = writeFile(provider, {});
    if (!keychainUsable()) {
        QTimer::singleShot(0, this, [done, fileRemoved] { done(fileRemoved); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setKey(provider);
    job->setInsecureFallback(false);
    runGuarded(job, this, [done, fileRemoved](QKeychain::Error, QKeychain::Job *) {
        done(fileRemoved);
    });
}

QString CredentialStore::readFile(const QString &provider)
{
    QFile file(m_fallbackFile);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    if (file.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)) {
        // Someone widened it: narrow it again before trusting what is in it.
        qCWarning(lcGeneration) << "the credentials file was readable by others; made it user-only";
        file.setPermissions(UserOnly);
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(provider).toString();
}

Status CredentialStore::writeFile(const QString &provider, const QString &key)
{
    QJsonObject keys;
    {
        QFile existing(m_fallbackFile);
        if (existing.open(QIODevice::ReadOnly))
            keys = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (key.isEmpty() && !keys.contains(provider))
        return {};
    if (key.isEmpty())
        keys.remove(provider);
    else
        keys.insert(provider, key);
    const QString folder = QFileInfo(m_fallbackFile).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::failed(tr("Could not create the folder %1 for the API keys.").arg(folder));
    QSaveFile file(m_fallbackFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(tr("Could not write the API key file %1: %2.")
                                     .arg(m_fallbackFile, file.errorString()));
    // Narrowed before a byte is written; the rename keeps the temporary file's permissions.
    file.setPermissions(UserOnly);
    file.write(QJsonDocument(keys).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::failed(tr("Could not write the API key file %1: %2.")
                                     .arg(m_fallbackFile, file.errorString()));
    return {};
}

} // namespace mt
