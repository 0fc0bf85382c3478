// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "flagstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectFlag = u"SELECT id, asset_id, kind, from_seconds, to_seconds, message, "
                           u"dismissed FROM asset_flags "_s;

AssetFlag flagFrom(const QSqlQuery &query)
{
    AssetFlag flag;
    flag.id = query.value(0).toLongLong();
    flag.assetId = query.value(1).toLongLong();
    flag.kind = query.value(2).toString();
    flag.from = query.value(3).toDouble();
    if (!query.value(4).isNull())
        flag.to = query.value(4).toDouble();
    flag.message = query.value(5).toString();
    flag.dismissed = query.value(6).toBool();
    return flag;
}

// The same finding as a stored one: a review of the same file finds the same stretches, up to
// the rounding of a frame time.
bool sameFinding(const AssetFlag &a, const AssetFlag &b)
{
    constexpr double Tolerance = 1e-3;
    return a.kind == b.kind && std::abs(a.from - b.from) < Tolerance
           && a.to.has_value() == b.to.has_value()
           && (!a.to || std::abs(*a.to - *b.to) < Tolerance);
}

QVariant toValue(const std::optional<double> &to)
{
    return to ? QVariant(*to) : QVariant();
}

} // namespace

FlagStore::FlagStore(Database &db)
    : m_db(db)
{}

Result<QList<AssetFlag>> FlagStore::flags(qint64 assetId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectFlag + u"WHERE asset_id = ? ORDER BY id"_s,
                                        {assetId});
    if (!query)
        return query.error();
    QList<AssetFlag> flags;
    while (query->next())
        flags.append(flagFrom(*query));
    return flags;
}

Result<QHash<qint64, int>> FlagStore::openFlagCounts(qint64 projectId) const
{
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"SELECT asset_flags.asset_id, count(*) FROM asset_flags JOIN assets ON assets.id = "
            u"asset_flags.asset_id WHERE assets.project_id = ? AND asset_flags.dismissed = 0 "
            u"GROUP BY asset_flags.asset_id"_s,
            {projectId});
    if (!query)
        return query.error();
    QHash<qint64, int> counts;
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toInt());
    return counts;
}

Result<AssetFlag> FlagStore::flag(qint64 flagId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectFlag + u"WHERE id = ?"_s, {flagId});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(tr("No flag with id %1. `movietool-cli asset show A` lists the flags "
                                 "of an asset.")
                                      .arg(flagId));
    }
    return flagFrom(*query);
}

Status FlagStore::validate(const AssetFlag &flag) const
{
    static const QRegularExpression kindPattern(u"^[a-z0-9_-]{1,32}$"_s);
    if (!kindPattern.match(flag.kind).hasMatch()) {
        return Error::refused(tr("“%1” is not a kind of flag: use lower-case letters, digits, - "
                                 "and _ (at most 32), such as “frozen”.")
                                      .arg(flag.kind));
    }
    if (!(flag.from >= 0) || (flag.to && !(*flag.to >= flag.from))) {
        return Error::refused(tr("A %1 flag must start at 0 s or later and end no earlier than it "
                                 "starts (from %L2 s to %L3 s).")
                                      .arg(flag.kind)
                                      .arg(flag.from)
                                      .arg(flag.to.value_or(flag.from)));
    }
    if (flag.message.size() > MaxMessageLength) {
        return Error::refused(tr("The message of a %1 flag has %2 characters; at most %3 are kept.")
                                      .arg(flag.kind)
                                      .arg(flag.message.size())
                                      .arg(MaxMessageLength));
    }
    return {};
}

Status FlagStore::replaceFlags(qint64 assetId, const QList<AssetFlag> &flags)
{
    if (flags.size() > MaxFlagsPerAsset) {
        return Error::refused(tr("A review found %1 problems in asset %2; at most %3 are kept.")
                                      .arg(flags.size())
                                      .arg(assetId)
                                      .arg(MaxFlagsPerAsset));
    }
    for (const AssetFlag &flag : flags) {
        if (Status valid = validate(flag); !valid)
            return valid;
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<QSqlQuery> asset = sql::exec(m_db.connection(),
                                        u"SELECT 1 FROM assets WHERE id = ?"_s,
                                        {assetId});
    if (!asset)
        return asset.error();
    if (!asset->next()) {
        return Error::refused(tr("No asset with id %1: it may have been removed while it was "
                                 "being reviewed.")
                                      .arg(assetId));
    }
    Result<QList<AssetFlag>> stored = this->flags(assetId);
    if (!stored)
        return stored.error();
    QList<AssetFlag> unmatched = *stored;
    QList<AssetFlag> added;
    for (const AssetFlag &flag : flags) {
        const auto kept = std::find_if(unmatched.begin(),
                                       unmatched.end(),
                                       [&](const AssetFlag &old) { return sameFinding(old, flag); });
        if (kept == unmatched.end()) {
            added.append(flag);
            continue;
        }
        if (kept->message != flag.message) {
            if (Result<QSqlQuery> updated = sql::exec(m_db.connection(),
                                                      u"UPDATE asset_flags SET message = ? WHERE "
                                                      u"id = ?"_s,
                                                      {flag.message, kept->id});
                !updated)
                return updated.error();
        }
        unmatched.erase(kept);
    }
    for (const AssetFlag &old : std::as_const(unmatched)) {
        if (Result<QSqlQuery> removed = sql::exec(m_db.connection(),
                                                  u"DELETE FROM asset_flags WHERE id = ?"_s,
                                                  {old.id});
            !removed)
            return removed.error();
    }
    const qint64 now = sql::nowMs();
    for (const AssetFlag &flag : std::as_const(added)) {
        if (Result<QSqlQuery> inserted = sql::exec(
                    m_db.connection(),
                    u"INSERT INTO asset_flags (asset_id, kind, from_seconds, to_seconds, message, "
                    u"dismissed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {assetId,
                     flag.kind,
                     flag.from,
                     toValue(flag.to),
                     flag.message,
                     flag.dismissed ? 1 : 0,
                     now});
            !inserted)
            return inserted.error();
    }
    return transaction.commit();
}

Result<AssetFlag> FlagStore::setDismissed(qint64 flagId, bool dismissed)
{
    Result<AssetFlag> current = flag(flagId);
    if (!current)
        return current;
    if (current->dismissed != dismissed) {
        if (Result<QSqlQuery> updated = sql::exec(m_db.connection(),
                                                  u"UPDATE asset_flags SET dismissed = ? WHERE "
                                                  u"id = ?"_s,
                                                  {dismissed ? 1 : 0, flagId});
            !updated)
            return updated.error();
    }
    return flag(flagId);
}

} // namespace mt
