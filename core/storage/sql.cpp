// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "sql.h"

#include "storagelog.h"

#include <QCoreApplication>
#include <QSqlError>

namespace mt::sql {

using namespace Qt::StringLiterals;

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return failure(query.lastError(), sql);
    for (const QVariant &value : values) {
        // QtSql binds a null QString as SQL NULL; our text columns are NOT NULL and a default
        // constructed QString means "empty". A deliberate NULL is bound as QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(u""_s);
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return failure(query.lastError(), sql);
    return query;
}

Error failure(const QSqlError &error, const QString &context)
{
    qCWarning(lcStorage) << "SQL failed:" << error.text() << "native code"
                         << error.nativeErrorCode() << "in" << context;
    return Error::failed(
            QCoreApplication::translate("mt::Database",
                                        "The library database could not be read or written (%1). "
                                        "Check that the disk has free space and that no other "
                                        "program holds the library, then try again.")
                    .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime toDateTime(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

std::optional<qint64> parseId(const QString &idOrName)
{
    bool ok = false;
    const qint64 id = idOrName.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace mt::sql
