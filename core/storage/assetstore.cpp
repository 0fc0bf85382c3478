// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "assetstore.h"

#include "database.h"
#include "sql.h"
#include "storevalidation.h"
#include "transaction.h"

#include <QJsonDocument>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectAsset = u"SELECT id, project_id, kind, origin, original_name, relative_path, "
                            u"sha256, file_size, probe_json, is_placeholder, created_at "
                            u"FROM assets "_s;

Asset assetFrom(const QSqlQuery &query)
{
    Asset asset;
    asset.id = query.value(0).toLongLong();
    asset.projectId = query.value(1).toLongLong();
    // The CHECK constraints allow only known names.
    asset.kind = mediaKindFromName(query.value(2).toString()).value_or(MediaKind::Video);
    asset.origin = assetOriginFromName(query.value(3).toString()).value_or(AssetOrigin::Imported);
    asset.originalName = query.value(4).toString();
    asset.relativePath = query.value(5).toString();
    asset.sha256 = query.value(6).toString();
    asset.fileSize = query.value(7).toLongLong();
    asset.info = MediaInfo::fromJson(QJsonDocument::fromJson(query.value(8).toByteArray()).object());
    asset.isPlaceholder = query.value(9).toBool();
    asset.createdAt = sql::toDateTime(query.value(10));
    return asset;
}

// The probe and the columns that mirror it, bound in this order: probe_json, duration, width,
// height.
QVariantList infoValues(const MediaInfo &info)
{
    return {QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact)),
            info.duration,
            info.video ? info.video->width : 0,
            info.video ? info.video->height : 0};
}

} // namespace

AssetStore::AssetStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Status AssetStore::checkProject(qint64 projectId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT 1 FROM projects WHERE id = ?"_s,
                                        {projectId});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(tr("No project with id %1. `movietool-cli project list` shows the "
                                 "projects.")
                                      .arg(projectId));
    }
    return {};
}

Status AssetStore::validate(const Asset &asset) const
{
    if (!validation::isLibraryPath(asset.relativePath, MaxPathLength)) {
        return Error::refused(tr("“%1” is not a path inside the library; import files through the "
                                 "library so that they are copied into it.")
                                      .arg(asset.relativePath));
    }
    if (!validation::isSha256(asset.sha256)) {
        return Error::refused(
                tr("“%1” is not a SHA-256 digest (64 lower-case hex digits).").arg(asset.sha256));
    }
    if (asset.fileSize < 0)
        return Error::refused(tr("A file size cannot be negative (%1).").arg(asset.fileSize));
    if (!(asset.info.duration >= 0)) {
        return Error::refused(tr("A duration cannot be negative (%L1 s).").arg(asset.info.duration));
    }
    if (asset.originalName.size() > MaxOriginalNameLength) {
        return Error::refused(tr("The file name has %1 characters; at most %2 are kept.")
                                      .arg(asset.originalName.size())
                                      .arg(MaxOriginalNameLength));
    }
    return {};
}

Result<Asset> AssetStore::insert(const Asset &asset)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (Status known = checkProject(asset.projectId); !known)
        return known.error();
    if (Status valid = validate(asset); !valid)
        return valid.error();
    Result<std::optional<Asset>> duplicate = findByHash(asset.projectId, asset.sha256);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value()) {
        return Error::refused(tr("This file is already asset %1 (“%2”) of the project.")
                                      .arg((*duplicate)->id)
                                      .arg((*duplicate)->originalName));
    }
    QVariantList values{asset.projectId,
                        mediaKindName(asset.kind),
                        assetOriginName(asset.origin),
                        asset.originalName,
                        asset.relativePath,
                        asset.sha256,
                        asset.fileSize};
    values << infoValues(asset.info) << (asset.isPlaceholder ? 1 : 0) << sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO assets (project_id, kind, origin, original_name, relative_path, sha256, "
            u"file_size, probe_json, duration, width, height, is_placeholder, created_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            values);
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit assetCreated(id, asset.projectId);
    return get(id);
}

Result<std::optional<Asset>> AssetStore::findByHash(qint64 projectId, const QString &sha256) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectAsset + u"WHERE project_id = ? AND sha256 = ?"_s,
                                        {projectId, sha256});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Asset>();
    return std::optional<Asset>(assetFrom(*query));
}

Result<Asset> AssetStore::get(qint64 id) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectAsset + u"WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(tr("No asset with id %1. `movietool-cli asset list P` shows a "
                                 "project's assets.")
                                      .arg(id));
    }
    return assetFrom(*query);
}

Result<QList<Asset>> AssetStore::list(qint64 projectId, std::optional<MediaKind> kind) const
{
    if (Status known = checkProject(projectId); !known)
        return known.error();
    QString where = u"WHERE project_id = ? "_s;
    QVariantList values{projectId};
    if (kind) {
        where += u"AND kind = ? "_s;
        values << mediaKindName(*kind);
    }
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        selectAsset + where + u"ORDER BY created_at, id"_s,
                                        values);
    if (!query)
        return query.error();
    QList<Asset> assets;
    while (query->next())
        assets.append(assetFrom(*query));
    return assets;
}

Result<Asset> AssetStore::setInfo(qint64 id, const MediaInfo &info)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Asset> asset = get(id);
    if (!asset)
        return asset;
    if (!(info.duration >= 0))
        return Error::refused(tr("A duration cannot be negative (%L1 s).").arg(info.duration));
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"UPDATE assets SET probe_json = ?, duration = ?, "
                                        u"width = ?, height = ? WHERE id = ?"_s,
                                        infoValues(info) << id);
    if (!query)
        return query.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit assetChanged(id, asset->projectId);
    return get(id);
}

Result<Asset> AssetStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Result<Asset> asset = get(id);
    if (!asset)
        return asset;
    Result<QSqlQuery> uses = sql::exec(m_db.connection(),
                                       u"SELECT (SELECT count(*) FROM clips WHERE asset_id = ?) + "
                                       u"(SELECT count(*) FROM audio_clips WHERE asset_id = ?)"_s,
                                       {id, id});
    if (!uses)
        return uses.error();
    if (const int count = uses->next() ? uses->value(0).toInt() : 0; count > 0) {
        return Error::refused(tr("Asset %1 (“%2”) is used by %n clip(s) on the timeline. Remove "
                                 "them first (`movietool-cli timeline show %3` lists them), then "
                                 "the asset.",
                                 nullptr,
                                 count)
                                      .arg(id)
                                      .arg(asset->originalName)
                                      .arg(asset->projectId));
    }
    // Alternate takes, provenance and flags go by ON DELETE CASCADE.
    if (Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                            u"DELETE FROM assets WHERE id = ?"_s,
                                            {id});
        !query) {
        return query.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    emit assetRemoved(id, asset->projectId);
    return asset;
}

Result<QStringList> AssetStore::paths(const QString &sql, const QVariantList &values) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), sql, values);
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

Result<QStringList> AssetStore::allReferencedPaths() const
{
    return paths(u"SELECT relative_path FROM assets UNION "
                 u"SELECT relative_path FROM character_images ORDER BY 1"_s);
}

Result<QStringList> AssetStore::pathsOfProject(qint64 projectId) const
{
    return paths(u"SELECT DISTINCT relative_path FROM assets WHERE project_id = ? ORDER BY 1"_s,
                 {projectId});
}

Result<qint64> AssetStore::totalManagedBytes() const
{
    // A file shared by several rows (the same content in two projects, or used as an asset and a
    // character image) is on disk once.
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"SELECT coalesce(sum(size), 0) FROM (SELECT max(file_size) AS size FROM ("
            u"SELECT relative_path, file_size FROM assets UNION ALL "
            u"SELECT relative_path, file_size FROM character_images) GROUP BY relative_path)"_s);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

} // namespace mt
