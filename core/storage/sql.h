// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// Small helpers the stores share to run statements. Internal to core/storage.
namespace mt::sql {

// Prepares sql, binds values positionally and executes it on db. A null QString is bound as '' (a
// default-constructed QString means empty here); QVariant() binds SQL NULL. A failure is logged
// with the statement and becomes Error::failed with words for a person.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The Error::failed for a driver error (logged with context).
Error failure(const QSqlError &error, const QString &context);

// Timestamps are stored as UTC milliseconds since the epoch: sortable and exact.
qint64 nowMs();
QDateTime toDateTime(const QVariant &ms);

// The id a numeric idOrName argument means, when it is one.
std::optional<qint64> parseId(const QString &idOrName);

} // namespace mt::sql
