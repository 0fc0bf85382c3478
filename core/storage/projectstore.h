// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/project.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mt {

class Database;

// The projects table: create, look up, rename, update and delete projects. Validates before it
// writes (Error::refused, nothing written): names 1..MaxNameLength characters after trimming and
// unique (exact match), frame size MinFrameSize..MaxFrameSize and even in both directions (4:2:0
// encoders need even sizes; 7680 covers 8K UHD landscape and portrait), frame rate 1..240 fps,
// description up to MaxDescriptionLength, default preset 1..64 characters, export folder empty or
// absolute. Deleting a project deletes its rows (assets, clips, tasks, …) by cascade; its files are
// MediaLibrary's business (pathsOfProject() in AssetStore first).
// Main thread; owned by the composition root.
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxDescriptionLength = 2000;
    static constexpr int MinFrameSize = 16;
    static constexpr int MaxFrameSize = 7680;
    static constexpr int MinFps = 1;
    static constexpr int MaxFps = 240;
    static constexpr int MaxPresetLength = 64;
    static constexpr int MaxPathLength = 4096;

    explicit ProjectStore(Database &db, QObject *parent = nullptr);

    // Inserts draft (its id and timestamps are ignored; the name is trimmed) and returns the row.
    Result<Project> create(const Project &draft);
    Result<Project> get(qint64 id) const;
    // A numeric argument is an id when such a project exists, otherwise an exact name.
    Result<Project> byIdOrName(const QString &idOrName) const;
    Result<QList<Project>> list() const; // by name
    Result<Project> rename(qint64 id, const QString &name);
    // Writes every editable field of project (found by project.id) and returns the row.
    Result<Project> update(const Project &project);
    Status remove(qint64 id);

    // The checks create() and update() make, for callers that want to validate a form early.
    // excludeId: the project being edited, whose own name is not a duplicate.
    Status validate(const Project &project, qint64 excludeId = 0) const;

signals:
    void projectCreated(qint64 id);
    void projectChanged(qint64 id);
    void projectRemoved(qint64 id);

private:
    Result<std::optional<Project>> find(const QString &where, const QVariant &key) const;
    static Error unknownId(qint64 id);

    Database &m_db;
};

} // namespace mt
