// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "settingsstore.h"

#include "database.h"
#include "sql.h"
#include "storagelog.h"
#include "transaction.h"

namespace mt {

using namespace Qt::StringLiterals;

SettingsStore::SettingsStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

qint64 SettingsStore::quotaBytes() const
{
    return intValue(QuotaBytesKey, DefaultQuotaBytes);
}

Status SettingsStore::setQuotaBytes(qint64 bytes)
{
    if (bytes != 0 && bytes < MinQuotaBytes) {
        return Error::refused(tr("A quota of %1 bytes is too small: give at least %2 MiB, or 0 for "
                                 "no quota.")
                                      .arg(bytes)
                                      .arg(MinQuotaBytes / MiB));
    }
    return setValue(QuotaBytesKey, QString::number(bytes));
}

qint64 SettingsStore::maxImportFileSize() const
{
    return intValue(MaxImportFileSizeKey, DefaultMaxImportFileSize);
}

Status SettingsStore::setMaxImportFileSize(qint64 bytes)
{
    if (bytes < MinMaxImportFileSize || bytes > MaxMaxImportFileSize) {
        return Error::refused(tr("The largest import must be between %1 MiB and %2 GiB; %3 bytes "
                                 "is outside.")
                                      .arg(MinMaxImportFileSize / MiB)
                                      .arg(MaxMaxImportFileSize / GiB)
                                      .arg(bytes));
    }
    return setValue(MaxImportFileSizeKey, QString::number(bytes));
}

Result<QString> SettingsStore::value(const QString &key, const QString &defaultValue) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT value FROM settings WHERE key = ?"_s,
                                        {key});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : defaultValue;
}

qint64 SettingsStore::intValue(const QString &key, qint64 defaultValue) const
{
    const Result<QString> text = value(key);
    if (!text || text->isEmpty())
        return defaultValue;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok) {
        // A hand-edited or damaged value must not stop the library from opening.
        qCWarning(lcStorage) << "setting" << key << "is not a number:" << text.value();
        return defaultValue;
    }
    return number;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    if (key.isEmpty() || key.size() > MaxKeyLength) {
        return Error::refused(
                tr("A setting's name must be 1 to %1 characters long.").arg(MaxKeyLength));
    }
    if (value.size() > MaxValueLength) {
        return Error::refused(tr("The value of setting %1 is too long: at most %2 characters.")
                                      .arg(key)
                                      .arg(MaxValueLength));
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Result<QSqlQuery> query
        = sql::exec(m_db.connection(),
                    u"INSERT INTO settings (key, value) VALUES (?, ?) "
                    u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                    {key, value});
        !query) {
        return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    emit valueChanged(key);
    return {};
}

Status SettingsStore::remove(const QString &key)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"DELETE FROM settings WHERE key = ?"_s,
                                        {key});
    if (!query)
        return query.error();
    const bool removed = query->numRowsAffected() > 0;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (removed)
        emit valueChanged(key);
    return {};
}

Result<QMap<QString, QString>> SettingsStore::values() const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT key, value FROM settings ORDER BY key"_s);
    if (!query)
        return query.error();
    QMap<QString, QString> result;
    while (query->next())
        result.insert(query->value(0).toString(), query->value(1).toString());
    return result;
}

} // namespace mt
