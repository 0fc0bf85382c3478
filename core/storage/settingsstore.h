// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace mt {

class Database;

// Settings that belong to a library rather than to a person's preferences (those are QSettings):
// the storage quota, the largest file an import accepts. Key/value rows in the settings table;
// typed getters fall back to their defaults when a value is missing or unreadable.
// Main thread; owned by the composition root beside the Database it is given.
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 GiB = 1024 * MiB;

    static inline const QString QuotaBytesKey = QStringLiteral("library.quotaBytes");
    static inline const QString MaxImportFileSizeKey = QStringLiteral("import.maxFileSize");
    static constexpr qint64 DefaultQuotaBytes = 0; // 0: no quota
    static constexpr qint64 MinQuotaBytes = 100 * MiB;
    static constexpr qint64 DefaultMaxImportFileSize = 4 * GiB;
    static constexpr qint64 MinMaxImportFileSize = 1 * MiB;
    static constexpr qint64 MaxMaxImportFileSize = 1024 * GiB;
    static constexpr int MaxKeyLength = 100;
    static constexpr int MaxValueLength = 10000;

    explicit SettingsStore(Database &db, QObject *parent = nullptr);

    // Bytes the managed media may take; 0 means no quota.
    qint64 quotaBytes() const;
    Status setQuotaBytes(qint64 bytes); // 0, or at least MinQuotaBytes
    // Largest file an import accepts, in bytes.
    qint64 maxImportFileSize() const;
    Status setMaxImportFileSize(qint64 bytes); // MinMaxImportFileSize..MaxMaxImportFileSize

    // Untyped access for settings without a typed accessor yet.
    Result<QString> value(const QString &key, const QString &defaultValue = {}) const;
    qint64 intValue(const QString &key, qint64 defaultValue) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);
    Result<QMap<QString, QString>> values() const;

signals:
    void valueChanged(const QString &key);

private:
    Database &m_db;
};

} // namespace mt
