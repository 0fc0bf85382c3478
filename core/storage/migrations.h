// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mt {

// One step of the schema's history: the statements that take a database from version N-1 to N
// (N is the step's position in the list, counted from 1). Database applies a step in one
// transaction together with the PRAGMA user_version bump, so a failing step leaves version N-1.
// A step, once released, is never edited: a change to the schema is a new step at the end.
struct MigrationStep
{
    QString name;
    QStringList statements;
};

// The schema of the whole product in order: 1 library, 2 timeline, 3 work (jobs, exports),
// 4 generation, 5 job owners. schemaMigrations().size() is the current schema version.
const QList<MigrationStep> &schemaMigrations();

} // namespace mt
