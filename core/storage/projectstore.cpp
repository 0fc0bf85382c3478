// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "projectstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QDir>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, name, description, width, height, fps_num, fps_den, "
                              u"default_preset, export_folder, created_at, updated_at "
                              u"FROM projects "_s;

Project projectFrom(const QSqlQuery &query)
{
    Project project;
    project.id = query.value(0).toLongLong();
    project.name = query.value(1).toString();
    project.description = query.value(2).toString();
    project.width = query.value(3).toInt();
    project.height = query.value(4).toInt();
    project.frameRate = {query.value(5).toInt(), query.value(6).toInt()};
    project.defaultPreset = query.value(7).toString();
    project.exportFolder = query.value(8).toString();
    project.createdAt = sql::toDateTime(query.value(9));
    project.updatedAt = sql::toDateTime(query.value(10));
    return project;
}

} // namespace

ProjectStore::ProjectStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<std::optional<Project>> ProjectStore::find(const QString &where, const QVariant &key) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectColumns + where, {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Project>();
    return std::optional<Project>(projectFrom(*query));
}

Error ProjectStore::unknownId(qint64 id)
{
    return Error::refused(tr("No project with id %1. `movietool-cli project list` shows the "
                             "projects.")
                                  .arg(id));
}

Result<Project> ProjectStore::get(qint64 id) const
{
    Result<std::optional<Project>> found = find(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownId(id);
    return **found;
}

Result<Project> ProjectStore::byIdOrName(const QString &idOrName) const
{
    if (const std::optional<qint64> id = sql::parseId(idOrName)) {
        Result<std::optional<Project>> byId = find(u"WHERE id = ?"_s, *id);
        if (!byId || byId.value())
            return byId ? Result<Project>(**byId) : Result<Project>(byId.error());
    }
    Result<std::optional<Project>> byName = find(u"WHERE name = ?"_s, idOrName.trimmed());
    if (!byName)
        return byName.error();
    if (!byName.value()) {
        return Error::refused(tr("No project with id or name “%1”. `movietool-cli project list` "
                                 "shows the projects.")
                                      .arg(idOrName));
    }
    return **byName;
}

Result<QList<Project>> ProjectStore::list() const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectColumns + u"ORDER BY name, id"_s);
    if (!query)
        return query.error();
    QList<Project> projects;
    while (query->next())
        projects.append(projectFrom(*query));
    return projects;
}

Status ProjectStore::validate(const Project &project, qint64 excludeId) const
{
    const QString name = project.name.trimmed();
    if (name.isEmpty())
        return Error::refused(
                tr("A project needs a name of 1 to %1 characters.").arg(MaxNameLength));
    if (name.size() > MaxNameLength) {
        return Error::refused(tr("The project name has %1 characters; shorten it to at most %2.")
                                      .arg(name.size())
                                      .arg(MaxNameLength));
    }
    if (project.description.size() > MaxDescriptionLength) {
        return Error::refused(tr("The description has %1 characters; shorten it to at most %2.")
                                      .arg(project.description.size())
                                      .arg(MaxDescriptionLength));
    }
    const int w = project.width;
    const int h = project.height;
    if (w < MinFrameSize || w > MaxFrameSize || h < MinFrameSize || h > MaxFrameSize) {
        return Error::refused(tr("A frame of %1×%2 is not possible: width and height must be "
                                 "between %3 and %4 pixels.")
                                      .arg(w)
                                      .arg(h)
                                      .arg(MinFrameSize)
                                      .arg(MaxFrameSize));
    }
    if (w % 2 != 0 || h % 2 != 0) {
        return Error::refused(tr("The frame %1×%2 has an odd side; video encoders need even "
                                 "sizes, for example %3×%4.")
                                      .arg(w)
                                      .arg(h)
                                      .arg(w + w % 2)
                                      .arg(h + h % 2));
    }
    const Rational fps = project.frameRate;
    if (!fps.isValid() || fps.num < qint64(MinFps) * fps.den || fps.num > qint64(MaxFps) * fps.den) {
        return Error::refused(tr("A frame rate of %1 fps is not possible: give %2 to %3 fps.")
                                      .arg(fps.toString())
                                      .arg(MinFps)
                                      .arg(MaxFps));
    }
    if (project.defaultPreset.isEmpty() || project.defaultPreset.size() > MaxPresetLength) {
        return Error::refused(tr("“%1” is not a preset name. `movietool-cli presets` lists them.")
                                      .arg(project.defaultPreset));
    }
    if (project.exportFolder.size() > MaxPathLength
        || (!project.exportFolder.isEmpty() && QDir::isRelativePath(project.exportFolder))) {
        return Error::refused(tr("The export folder must be an absolute path, or empty for the "
                                 "library's exports folder: “%1” is not.")
                                      .arg(project.exportFolder));
    }
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT id FROM projects WHERE name = ? AND id <> ?"_s,
                                        {name, excludeId});
    if (!query)
        return query.error();
    if (query->next()) {
        return Error::refused(tr("A project named “%1” already exists (id %2). Choose another "
                                 "name.")
                                      .arg(name)
                                      .arg(query->value(0).toLongLong()));
    }
    return {};
}

Result<Project> ProjectStore::create(const Project &draft)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Status valid = validate(draft); !valid)
        return valid.error();
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO projects (name, description, width, height, fps_num, fps_den, "
            u"default_preset, export_folder, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {draft.name.trimmed(),
             draft.description,
             draft.width,
             draft.height,
             draft.frameRate.num,
             draft.frameRate.den,
             draft.defaultPreset,
             draft.exportFolder,
             now,
             now});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit projectCreated(id);
    return get(id);
}

Result<Project> ProjectStore::rename(qint64 id, const QString &name)
{
    Result<Project> project = get(id);
    if (!project)
        return project;
    project->name = name;
    return update(*project);
}

Result<Project> ProjectStore::update(const Project &project)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Result<Project> existing = get(project.id); !existing)
        return existing;
    if (Status valid = validate(project, project.id); !valid)
        return valid.error();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"UPDATE projects SET name = ?, description = ?, width = ?, height = ?, fps_num = ?, "
            u"fps_den = ?, default_preset = ?, export_folder = ?, updated_at = ? WHERE id = ?"_s,
            {project.name.trimmed(),
             project.description,
             project.width,
             project.height,
             project.frameRate.num,
             project.frameRate.den,
             project.defaultPreset,
             project.exportFolder,
             sql::nowMs(),
             project.id});
    if (!query)
        return query.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit projectChanged(project.id);
    return get(project.id);
}

Status ProjectStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Result<Project> existing = get(id); !existing)
        return existing.error();
    // Assets, clips, tasks, exports and history go by ON DELETE CASCADE.
    if (Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                            u"DELETE FROM projects WHERE id = ?"_s,
                                            {id});
        !query) {
        return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    emit projectRemoved(id);
    return {};
}

} // namespace mt
