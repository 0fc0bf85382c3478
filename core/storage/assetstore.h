// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/error.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace mt {

class Database;

// The assets table: the media a project uses, one row per content (sha256) per project. The
// columns duration/width/height mirror Asset::info (the probe, kept whole as JSON) so that lists
// and sums need no JSON. Removing an asset the timeline uses (clips, music/voice clips) is
// refused; alternate takes of a clip that used it go with it. The files are MediaLibrary's
// business: this store answers which paths rows refer to and how many bytes they take.
// Main thread; owned by the composition root.
class AssetStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxOriginalNameLength = 255;
    static constexpr int MaxPathLength = 4096;

    explicit AssetStore(Database &db, QObject *parent = nullptr);

    // Inserts a row for a file already in the library (id and createdAt are ignored) and returns
    // it. Refused: unknown project, malformed sha256 or path, the same sha256 twice in a project.
    Result<Asset> insert(const Asset &asset);
    // The asset with this content in the project, if any: a second import is the same asset.
    Result<std::optional<Asset>> findByHash(qint64 projectId, const QString &sha256) const;
    Result<Asset> get(qint64 id) const;
    // Oldest first; kind filters by media kind.
    Result<QList<Asset>> list(qint64 projectId, std::optional<MediaKind> kind = std::nullopt) const;
    // Replaces the probe result (and the columns derived from it), after a probe job.
    Result<Asset> setInfo(qint64 id, const MediaInfo &info);
    // Returns the removed row. Refused while a timeline clip uses the asset.
    Result<Asset> remove(qint64 id);

    // Every relative path a row refers to (assets and character images), each once, sorted:
    // files under media/ that are not listed are orphans.
    Result<QStringList> allReferencedPaths() const;
    // The relative paths of a project's assets, each once, sorted.
    Result<QStringList> pathsOfProject(qint64 projectId) const;
    // Bytes of the managed files (assets and character images), each path counted once: what the
    // quota compares against.
    Result<qint64> totalManagedBytes() const;

signals:
    void assetCreated(qint64 id, qint64 projectId);
    void assetChanged(qint64 id, qint64 projectId);
    void assetRemoved(qint64 id, qint64 projectId);

private:
    Status checkProject(qint64 projectId) const;
    Status validate(const Asset &asset) const;
    Result<QStringList> paths(const QString &sql, const QVariantList &values = {}) const;

    Database &m_db;
};

} // namespace mt
