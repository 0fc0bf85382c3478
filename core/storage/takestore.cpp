// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "takestore.h"

#include "assetstore.h"
#include "database.h"
#include "flagstore.h"
#include "sql.h"
#include "timelinestore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

int Take::openFlagCount() const
{
    return int(std::count_if(flags.cbegin(), flags.cend(), [](const AssetFlag &flag) {
        return !flag.dismissed;
    }));
}

QJsonObject Take::toJson() const
{
    QJsonArray flagArray;
    for (const AssetFlag &flag : flags)
        flagArray.append(flag.toJson());
    QJsonObject json{{u"asset"_s, asset.id},
                     {u"name"_s, asset.originalName},
                     {u"inUse"_s, inUse},
                     {u"kind"_s, mediaKindName(asset.kind)},
                     {u"origin"_s, assetOriginName(asset.origin)},
                     {u"duration"_s, asset.info.duration},
                     {u"cost"_s, cost ? QJsonValue(*cost) : QJsonValue()},
                     {u"provider"_s, provider},
                     {u"model"_s, model},
                     {u"task"_s, taskId > 0 ? QJsonValue(taskId) : QJsonValue()},
                     {u"openFlags"_s, openFlagCount()},
                     {u"flags"_s, flagArray}};
    if (asset.info.video) {
        json.insert(u"width"_s, asset.info.video->width);
        json.insert(u"height"_s, asset.info.video->height);
    }
    return json;
}

TakeStore::TakeStore(Database &db)
    : m_db(db)
{}

Status TakeStore::addOrigin(Take &take) const
{
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"SELECT asset_provenance.task_id, provider, model, prompt, params, "
            u"(SELECT sum(amount) FROM spend WHERE spend.task_id = asset_provenance.task_id) "
            u"FROM asset_provenance WHERE asset_id = ?"_s,
            {take.asset.id});
    if (!query)
        return query.error();
    if (!query->next())
        return {};
    take.taskId = query->value(0).toLongLong();
    take.provider = query->value(1).toString();
    take.model = query->value(2).toString();
    take.prompt = query->value(3).toString();
    // What was paid when the ledger has it; a local take (storyboard) has no spend and costs its
    // estimate, which is 0.
    if (!query->value(5).isNull()) {
        take.cost = query->value(5).toDouble();
    } else {
        const QJsonObject params = QJsonDocument::fromJson(query->value(4).toByteArray()).object();
        if (params.value(u"cost"_s).isDouble())
            take.cost = params.value(u"cost"_s).toDouble();
    }
    return {};
}

Result<QList<Take>> TakeStore::takes(qint64 clipId) const
{
    const TimelineStore timeline(m_db);
    Result<Clip> clip = timeline.clip(clipId);
    if (!clip)
        return clip.error();
    Result<QList<qint64>> alternates = timeline.takes(clipId);
    if (!alternates)
        return alternates.error();
    QList<qint64> ids = *alternates;
    ids.append(clip->assetId);
    std::sort(ids.begin(), ids.end());
    const AssetStore assets(m_db);
    const FlagStore flags(m_db);
    QList<Take> takes;
    for (const qint64 id : std::as_const(ids)) {
        Take take;
        Result<Asset> asset = assets.get(id);
        if (!asset)
            return asset.error();
        take.asset = *asset;
        take.inUse = id == clip->assetId;
        Result<QList<AssetFlag>> found = flags.flags(id);
        if (!found)
            return found.error();
        take.flags = *found;
        if (Status origin = addOrigin(take); !origin)
            return origin.error();
        takes.append(take);
    }
    return takes;
}

Result<bool> TakeStore::isTake(qint64 clipId, qint64 assetId) const
{
    const TimelineStore timeline(m_db);
    Result<Clip> clip = timeline.clip(clipId);
    if (!clip)
        return clip.error();
    if (clip->assetId == assetId)
        return true;
    Result<QList<qint64>> alternates = timeline.takes(clipId);
    if (!alternates)
        return alternates.error();
    return alternates->contains(assetId);
}

} // namespace mt
