// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace mt {

class Database;

// A film written by an export.
struct ExportRecord
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 jobId = 0; // 0: not run as a job (the CLI)
    QString path;
    QString preset;
    QJsonObject plan; // ExportPlan::toJson() with the method really taken
    double duration = 0;
    qint64 fileSize = 0;
    double secondsTaken = 0;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

// The exports table: what each project's exports wrote, newest first. Main thread.
class ExportStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::ExportStore)

public:
    explicit ExportStore(Database &db);

    Result<ExportRecord> insert(const ExportRecord &record);
    Result<QList<ExportRecord>> list(qint64 projectId) const;

private:
    Database &m_db;
};

} // namespace mt
