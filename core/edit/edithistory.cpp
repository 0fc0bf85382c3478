// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "edithistory.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// The timeline tables, parents first: rows are written in this order and deleted in reverse,
// so a clip exists before its takes and its takes go before it. The flags of the project's
// assets are here too: dismissing one is an edit a person wants to take back like any other.
const QStringList timelineTables{u"clips"_s, u"audio_clips"_s, u"clip_takes"_s, u"asset_flags"_s};
const QString flagsTable = u"asset_flags"_s;

QString selectProjectRows(const QString &table)
{
    if (table == u"clip_takes"_s) {
        return u"SELECT clip_takes.* FROM clip_takes JOIN clips ON clips.id = clip_takes.clip_id "
               u"WHERE clips.project_id = ?"_s;
    }
    if (table == flagsTable) {
        return u"SELECT asset_flags.* FROM asset_flags JOIN assets ON assets.id = "
               u"asset_flags.asset_id WHERE assets.project_id = ?"_s;
    }
    return u"SELECT * FROM %1 WHERE project_id = ?"_s.arg(table);
}

QJsonObject rowFrom(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query.value(i);
        QJsonValue json;
        if (value.isNull())
            json = QJsonValue(QJsonValue::Null);
        else if (value.typeId() == QMetaType::Double)
            json = value.toDouble();
        else if (value.typeId() == QMetaType::QString)
            json = value.toString();
        else
            json = value.toLongLong();
        row.insert(record.fieldName(i), json);
    }
    return row;
}

} // namespace

EditHistory::EditHistory(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

const QHash<QString, QString> &EditHistory::columnTypes(const QString &table) const
{
    auto found = m_columnTypes.find(table);
    if (found == m_columnTypes.end()) {
        QHash<QString, QString> types;
        if (Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                                u"SELECT name, type FROM pragma_table_info(?)"_s,
                                                {table})) {
            while (query->next())
                types.insert(query->value(0).toString(), query->value(1).toString().toUpper());
        }
        found = m_columnTypes.insert(table, types);
    }
    return *found;
}

Result<EditHistory::Snapshot> EditHistory::snapshot(qint64 projectId) const
{
    Snapshot snapshot;
    for (const QString &table : timelineTables) {
        Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                            selectProjectRows(table),
                                            {projectId});
        if (!query)
            return query.error();
        Rows &rows = snapshot[table];
        while (query->next()) {
            QJsonObject row = rowFrom(*query);
            rows.emplace(row.value(u"id"_s).toInteger(), std::move(row));
        }
    }
    return snapshot;
}

Result<std::optional<QJsonObject>> EditHistory::currentRow(const QString &table, qint64 id) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT * FROM %1 WHERE id = ?"_s.arg(table),
                                        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rowFrom(*query));
}

Status EditHistory::writeRow(const QString &table, const QJsonObject &row)
{
    if (row.contains(u"asset_id"_s)) {
        Result<QSqlQuery> asset = sql::exec(m_db.connection(),
                                            u"SELECT 1 FROM assets WHERE id = ?"_s,
                                            {row.value(u"asset_id"_s).toInteger()});
        if (!asset)
            return asset.error();
        if (!asset->next()) {
            return Error::refused(tr("This step uses a file (asset %1) that has been removed from "
                                     "the library since, so it cannot be taken.")
                                          .arg(row.value(u"asset_id"_s).toInteger()));
        }
    }
    const QHash<QString, QString> &types = columnTypes(table);
    QStringList columns;
    QStringList updates;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString type = types.value(it.key());
        if (type.isEmpty())
            return Error::failed(tr("The edit history names a column “%1” that the table “%2” does "
                                    "not have.")
                                         .arg(it.key(), table));
        columns.append(it.key());
        if (it.key() != u"id"_s)
            updates.append(u"%1 = excluded.%1"_s.arg(it.key()));
        if (it->isNull())
            values.append(QVariant());
        else if (type == u"INTEGER"_s)
            values.append(it->toInteger());
        else if (type == u"REAL"_s)
            values.append(it->toDouble());
        else
            values.append(it->toString());
    }
    QStringList marks(columns.size(), u"?"_s);
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO "
                                        u"UPDATE SET %4"_s.arg(table,
                                                               columns.join(u", "_s),
                                                               marks.join(u", "_s),
                                                               updates.join(u", "_s)),
                                        values);
    if (!query)
        return query.error();
    return {};
}

Status EditHistory::apply(const QJsonArray &allChanges, const QString &side, const QString &expected)
{
    // An alternate take goes with its asset (ON DELETE CASCADE): a take whose asset has been
    // removed from the library since is no longer part of the story, on either side.
    QJsonArray changes;
    for (const QJsonValue &value : allChanges) {
        QJsonObject change = value.toObject();
        if (change[u"t"_s].toString() == flagsTable) {
            // Flags are written by reviews too, outside the history: a flag that a later review
            // replaced (or whose asset went) is not the one this step dismissed or restored, and
            // there is nothing left to take back about it. A review that found the same thing
            // again keeps the row and may only have reworded its sentence (another language, say):
            // that is still the flag, so its current words are kept on both sides.
            Result<std::optional<QJsonObject>> current = currentRow(flagsTable,
                                                                    change[u"id"_s].toInteger());
            if (!current)
                return current.error();
            if (!current->has_value() || !change[expected].isObject())
                continue;
            const QJsonValue message = (**current)[u"message"_s];
            for (const QString &key : {side, expected}) {
                QJsonObject row = change[key].toObject();
                row[u"message"_s] = message;
                change[key] = row;
            }
            if (**current != change[expected].toObject())
                continue;
        }
        if (change[u"t"_s].toString() == u"clip_takes"_s) {
            const QJsonObject row = change[u"b"_s].isObject() ? change[u"b"_s].toObject()
                                                              : change[u"a"_s].toObject();
            Result<QSqlQuery> asset = sql::exec(m_db.connection(),
                                                u"SELECT 1 FROM assets WHERE id = ?"_s,
                                                {row.value(u"asset_id"_s).toInteger()});
            if (!asset)
                return asset.error();
            if (!asset->next())
                continue;
        }
        changes.append(change);
    }
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        Result<std::optional<QJsonObject>> current = currentRow(change[u"t"_s].toString(),
                                                                change[u"id"_s].toInteger());
        if (!current)
            return current.error();
        const QJsonValue wanted = change[expected];
        if (current->has_value() != wanted.isObject()
            || (current->has_value() && **current != wanted.toObject())) {
            return Error::refused(tr("The timeline was changed outside the edit history, so this "
                                     "step cannot be taken safely. Edit the timeline by hand "
                                     "instead."));
        }
    }
    for (auto table = timelineTables.crbegin(); table != timelineTables.crend(); ++table) {
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (change[u"t"_s].toString() != *table || !change[side].isNull())
                continue;
            Result<QSqlQuery> removed = sql::exec(m_db.connection(),
                                                  u"DELETE FROM %1 WHERE id = ?"_s.arg(*table),
                                                  {change[u"id"_s].toInteger()});
            if (!removed)
                return removed.error();
        }
    }
    for (const QString &table : timelineTables) {
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (change[u"t"_s].toString() != table || !change[side].isObject())
                continue;
            if (Status written = writeRow(table, change[side].toObject()); !written)
                return written;
        }
    }
    return {};
}

Result<EditEntry> EditHistory::record(qint64 projectId,
                                      const QString &command,
                                      const std::function<Status()> &edit)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Snapshot> before = snapshot(projectId);
    if (!before)
        return before.error();
    if (Status edited = edit(); !edited)
        return edited.error();
    Result<Snapshot> after = snapshot(projectId);
    if (!after)
        return after.error();

    QJsonArray changes;
    for (const QString &table : timelineTables) {
        const Rows &was = (*before)[table];
        const Rows &is = (*after)[table];
        const auto addChange = [&](qint64 id, const QJsonObject *b, const QJsonObject *a) {
            if (b && a && *b == *a)
                return;
            changes.append(QJsonObject{{u"t"_s, table},
                                       {u"id"_s, id},
                                       {u"b"_s, b ? QJsonValue(*b) : QJsonValue()},
                                       {u"a"_s, a ? QJsonValue(*a) : QJsonValue()}});
        };
        for (const auto &[id, row] : was) {
            const auto now = is.find(id);
            addChange(id, &row, now == is.end() ? nullptr : &now->second);
        }
        for (const auto &[id, row] : is) {
            if (was.find(id) == was.end())
                addChange(id, nullptr, &row);
        }
    }
    EditEntry entry;
    entry.command = command;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    if (changes.isEmpty())
        return entry; // nothing to record; the transaction ends without writes

    const QString payload = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"changes"_s, changes}}).toJson(QJsonDocument::Compact));
    Result<QSqlQuery> next = sql::exec(
            m_db.connection(),
            u"SELECT coalesce(max(sequence), 0) + 1 FROM edit_history WHERE project_id = ? AND "
            u"undone = 0"_s,
            {projectId});
    if (!next || !next->next())
        return next ? Error::failed(tr("The edit history could not be read. Try again; if it "
                                       "keeps failing, restore a backup (library restore)."))
                    : next.error();
    entry.sequence = next->value(0).toLongLong();
    for (const auto &[statement, values] :
         {std::pair{u"DELETE FROM edit_history WHERE project_id = ? AND undone = 1"_s,
                    QVariantList{projectId}},
          std::pair{u"INSERT INTO edit_history (project_id, sequence, command, payload, undone, "
                    u"created_at) VALUES (?, ?, ?, ?, 0, ?)"_s,
                    QVariantList{projectId,
                                 entry.sequence,
                                 command,
                                 payload,
                                 entry.createdAt.toMSecsSinceEpoch()}},
          std::pair{u"DELETE FROM edit_history WHERE project_id = ? AND sequence <= ?"_s,
                    QVariantList{projectId, entry.sequence - MaxEntries}}}) {
        if (Result<QSqlQuery> query = sql::exec(m_db.connection(), statement, values); !query)
            return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit changed(projectId);
    return entry;
}

Result<EditEntry> EditHistory::step(qint64 projectId, bool undo)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            undo ? u"SELECT id, sequence, command, payload, created_at FROM edit_history "
                   u"WHERE project_id = ? AND undone = 0 ORDER BY sequence DESC LIMIT 1"_s
                 : u"SELECT id, sequence, command, payload, created_at FROM edit_history "
                   u"WHERE project_id = ? AND undone = 1 ORDER BY sequence ASC LIMIT 1"_s,
            {projectId});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(undo ? tr("Nothing to undo: no edit of this timeline is left to "
                                        "take back.")
                                   : tr("Nothing to redo: no undone edit is left to make again."));
    }
    const qint64 rowId = query->value(0).toLongLong();
    EditEntry entry{query->value(1).toLongLong(),
                    query->value(2).toString(),
                    undo,
                    sql::toDateTime(query->value(4))};
    const QJsonArray changes = QJsonDocument::fromJson(query->value(3).toByteArray())
                                       .object()[u"changes"_s]
                                       .toArray();
    if (Status applied = apply(changes, undo ? u"b"_s : u"a"_s, undo ? u"a"_s : u"b"_s); !applied)
        return applied.error();
    if (Result<QSqlQuery> marked = sql::exec(m_db.connection(),
                                             u"UPDATE edit_history SET undone = ? WHERE id = ?"_s,
                                             {undo ? 1 : 0, rowId});
        !marked)
        return marked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit changed(projectId);
    return entry;
}

Result<EditEntry> EditHistory::undo(qint64 projectId)
{
    return step(projectId, true);
}

Result<EditEntry> EditHistory::redo(qint64 projectId)
{
    return step(projectId, false);
}

Result<QList<EditEntry>> EditHistory::entries(qint64 projectId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT sequence, command, undone, created_at FROM "
                                        u"edit_history WHERE project_id = ? ORDER BY sequence"_s,
                                        {projectId});
    if (!query)
        return query.error();
    QList<EditEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toLongLong(),
                        query->value(1).toString(),
                        query->value(2).toBool(),
                        sql::toDateTime(query->value(3))});
    }
    return entries;
}

} // namespace mt
