// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "library.h"

#include "assetstore.h"
#include "characterstore.h"
#include "database.h"
#include "medialibrary.h"
#include "projectstore.h"
#include "settingsstore.h"

namespace mt {

Library::Library(const LibraryPaths &paths)
    : m_paths(paths)
{}

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &rootDir)
{
    std::unique_ptr<Library> library(new Library(LibraryPaths(rootDir)));
    if (!library->m_paths.ensure())
        return Error::failed(tr("Could not create the library folder %1. Check its permissions "
                                "or choose another library with --library.")
                                     .arg(library->m_paths.root));
    library->m_database = std::make_unique<Database>();
    if (const Status opened = library->m_database->open(library->m_paths.database()); !opened.ok())
        return opened.error();
    Database &db = *library->m_database;
    library->m_settings = std::make_unique<SettingsStore>(db);
    library->m_projects = std::make_unique<ProjectStore>(db);
    library->m_characters = std::make_unique<CharacterStore>(db);
    library->m_assets = std::make_unique<AssetStore>(db);
    library->m_media = std::make_unique<MediaLibrary>(library->m_paths, *library->m_projects,
                                                      *library->m_characters,
                                                      *library->m_assets, *library->m_settings);
    return library;
}

} // namespace mt
