// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QString>

namespace mt {

// Where a library keeps its things. One folder holds the database, the managed media (named by
// content hash, so the database only stores relative paths and a library can be moved whole),
// the trash, caches and backups.
struct LibraryPaths
{
    QString root;

    explicit LibraryPaths(QString rootDir);

    QString database() const;       // library.db
    QString media() const;          // media/
    QString uploads() const;        // media/uploads: imported files
    QString outputs() const;        // media/outputs: generated shots
    QString characters() const;     // media/characters: reference images
    QString exports() const;        // media/exports: the default export folder
    QString trash() const;          // trash/: deleted files until "empty trash"
    QString cache() const;          // cache/: thumbnails, waveforms (derivable, may be deleted)
    QString backups() const;        // backups/: database copies made before migrations

    QString absolute(const QString &relativePath) const;
    QString relative(const QString &absolutePath) const;

    // Creates every folder above; false when one cannot be made.
    bool ensure() const;

    // QStandardPaths' data location for Movie Tool; the CLI's and the editor's default.
    static QString defaultRoot();
};

} // namespace mt
