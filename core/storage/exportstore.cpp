// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportstore.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

namespace mt {

using namespace Qt::StringLiterals;

QJsonObject ExportRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"project"_s, projectId},
            {u"path"_s, path},
            {u"preset"_s, preset},
            {u"method"_s, plan.value(u"method"_s)},
            {u"duration"_s, duration},
            {u"size"_s, fileSize},
            {u"seconds"_s, secondsTaken},
            {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)}};
}

ExportStore::ExportStore(Database &db)
    : m_db(db)
{}

Result<ExportRecord> ExportStore::insert(const ExportRecord &record)
{
    ExportRecord stored = record;
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO exports (project_id, job_id, path, preset, plan, duration, file_size, "
            u"seconds_taken, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {record.projectId,
             record.jobId > 0 ? QVariant(record.jobId) : QVariant(),
             record.path,
             record.preset,
             QString::fromUtf8(QJsonDocument(record.plan).toJson(QJsonDocument::Compact)),
             record.duration,
             record.fileSize,
             record.secondsTaken,
             now});
    if (!query)
        return query.error();
    stored.id = query->lastInsertId().toLongLong();
    stored.createdAt = sql::toDateTime(now);
    return stored;
}

Result<QList<ExportRecord>> ExportStore::list(qint64 projectId) const
{
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"SELECT id, project_id, job_id, path, preset, plan, duration, file_size, "
                        u"seconds_taken, created_at FROM exports WHERE project_id = ? "
                        u"ORDER BY created_at DESC, id DESC"_s,
                        {projectId});
    if (!query)
        return query.error();
    QList<ExportRecord> records;
    while (query->next()) {
        ExportRecord record;
        record.id = query->value(0).toLongLong();
        record.projectId = query->value(1).toLongLong();
        record.jobId = query->value(2).toLongLong();
        record.path = query->value(3).toString();
        record.preset = query->value(4).toString();
        record.plan = QJsonDocument::fromJson(query->value(5).toByteArray()).object();
        record.duration = query->value(6).toDouble();
        record.fileSize = query->value(7).toLongLong();
        record.secondsTaken = query->value(8).toDouble();
        record.createdAt = sql::toDateTime(query->value(9));
        records.append(record);
    }
    return records;
}

} // namespace mt
