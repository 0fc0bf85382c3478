// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/character.h"
#include "domain/error.h"
#include "librarypaths.h"

#include <QCoreApplication>
#include <QStringList>

namespace mt {

class AssetStore;
class CharacterStore;
class ProjectStore;
class SettingsStore;

// A file copied into the library by stage(): probed, hashed and in its final place, but not yet
// registered in the database.
struct StagedFile
{
    QString sourcePath;
    QString relativePath; // "media/uploads/<sha256>.<ext>"
    QString sha256;
    qint64 fileSize = 0;
    MediaInfo info;
    bool createdNow = false; // false when the same content was already in that folder
};

// The managed files of a library: import (validate, probe, hash, copy under the content's hash),
// character images, deletion to the trash, orphan cleanup, emptying the trash. Rows are the
// stores' business; this class keeps files and rows in step so that no row points at a missing
// file and no half-written file is ever registered.
//
// Import is split for the job queue: stage() is pure file work that any thread may run (it takes
// only plain values), register*() writes rows on the database's thread. importFile() does both,
// for the CLI. Owned by Library; main thread.
class MediaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaLibrary)

public:
    // What stage() may accept, read from the settings on the database's thread.
    struct Limits
    {
        qint64 maxFileSize = 0;    // bytes, 0: no limit
        qint64 quotaBytes = 0;     // 0: no quota
        qint64 usedBytes = 0;      // managed bytes now
    };

    struct Imported
    {
        Asset asset;
        bool existing = false; // the project already had this content
    };

    struct FileReport
    {
        QStringList files; // relative to the library root (for cleanup) or to the trash
        qint64 bytes = 0;
    };

    struct Usage
    {
        qint64 mediaBytes = 0;
        qint64 trashBytes = 0;
        qint64 cacheBytes = 0;
        qint64 managedBytes = 0; // what the quota counts: files rows refer to
    };

    MediaLibrary(const LibraryPaths &paths, ProjectStore &projects, CharacterStore &characters,
                 AssetStore &assets, SettingsStore &settings);

    const LibraryPaths &paths() const { return m_paths; }

    Result<Limits> limits() const;

    // Validates path (a readable, non-empty regular file under the size limit and the quota),
    // probes it (refusing what is not media, truncated or undecodable), then copies it into
    // folder (absolute, inside the library) hashing as it reads, through a temporary file renamed
    // into place. Thread-safe. acceptedKinds empty: any kind.
    static Result<StagedFile> stage(const QString &path, const QString &folder,
                                    const LibraryPaths &paths, const Limits &limits,
                                    const QList<MediaKind> &acceptedKinds = {});

    // The asset row for a staged file (the project's existing asset when it has this content).
    Result<Imported> registerAsset(qint64 projectId, const StagedFile &staged,
                                   AssetOrigin origin = AssetOrigin::Imported);

    // stage() into media/uploads + registerAsset().
    Result<Imported> importFile(qint64 projectId, const QString &path,
                                AssetOrigin origin = AssetOrigin::Imported);

    // Removes the row; its file goes to the trash when no other row refers to it.
    Result<Asset> removeAsset(qint64 assetId);
    // Removes the project with its rows; files no other project uses go to the trash.
    Status removeProject(qint64 projectId);

    // Imports an image as a reference image of a character (media/characters).
    Result<CharacterImage> addCharacterImage(qint64 characterId, const QString &path,
                                             bool makePrimary);
    Result<CharacterImage> removeCharacterImage(qint64 imageId);
    Result<Character> removeCharacter(qint64 characterId);

    // Files under media/ (uploads, outputs, characters) that no row refers to; moved to the trash
    // unless dryRun. Temporary files younger than a day are left alone: an import may be running
    // in another process.
    Result<FileReport> cleanup(bool dryRun);
    // Deletes what the trash holds.
    Result<FileReport> emptyTrash();
    Result<Usage> usage() const;

private:
    // Moves the files that no row refers to any more into the trash.
    Status trashUnreferenced(const QStringList &relativePaths);

    LibraryPaths m_paths;
    ProjectStore &m_projects;
    CharacterStore &m_characters;
    AssetStore &m_assets;
    SettingsStore &m_settings;
};

} // namespace mt
