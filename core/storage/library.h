// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "librarypaths.h"

#include <QCoreApplication>

#include <memory>

namespace mt {

class AssetStore;
class CharacterStore;
class Database;
class MediaLibrary;
class ProjectStore;
class SettingsStore;

// One open library: its folders, its database and the stores and file manager over it, created
// together in the right order. The editor and the CLI each open one as their composition root
// and hand its parts to whoever needs them. Main thread.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(mt::Library)

public:
    // Creates the folders when missing, opens (and migrates) the database.
    static Result<std::unique_ptr<Library>> open(const QString &rootDir);
    ~Library();

    const LibraryPaths &paths() const { return m_paths; }
    Database &database() { return *m_database; }
    SettingsStore &settings() { return *m_settings; }
    ProjectStore &projects() { return *m_projects; }
    CharacterStore &characters() { return *m_characters; }
    AssetStore &assets() { return *m_assets; }
    MediaLibrary &media() { return *m_media; }

private:
    explicit Library(const LibraryPaths &paths);

    LibraryPaths m_paths;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<CharacterStore> m_characters;
    std::unique_ptr<AssetStore> m_assets;
    std::unique_ptr<MediaLibrary> m_media;
};

} // namespace mt
