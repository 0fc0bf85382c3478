// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinestore.h"

#include "assetstore.h"
#include "database.h"
#include "sql.h"

#include <limits>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString selectClip
        = u"SELECT id, project_id, position, asset_id, in_point, out_point, volume, "
          u"still_duration, transition, transition_duration FROM clips "_s;
const QString selectAudio = u"SELECT id, project_id, asset_id, kind, track, start, in_point, "
                            u"out_point, volume, fade_in, fade_out FROM audio_clips "_s;

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant toVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

Clip clipFrom(const QSqlQuery &query)
{
    Clip clip;
    clip.id = query.value(0).toLongLong();
    clip.projectId = query.value(1).toLongLong();
    clip.position = query.value(2).toInt();
    clip.assetId = query.value(3).toLongLong();
    clip.in = query.value(4).toDouble();
    clip.out = optionalDouble(query.value(5));
    clip.volume = query.value(6).toDouble();
    clip.stillDuration = optionalDouble(query.value(7));
    clip.transition = transitionFromName(query.value(8).toString()).value_or(Transition::Cut);
    clip.transitionDuration = query.value(9).toDouble();
    return clip;
}

AudioClip audioFrom(const QSqlQuery &query)
{
    AudioClip clip;
    clip.id = query.value(0).toLongLong();
    clip.projectId = query.value(1).toLongLong();
    clip.assetId = query.value(2).toLongLong();
    clip.role = query.value(3).toString() == u"voice"_s ? AudioRole::Voice : AudioRole::Music;
    clip.track = query.value(4).toInt();
    clip.start = query.value(5).toDouble();
    clip.in = query.value(6).toDouble();
    clip.out = optionalDouble(query.value(7));
    clip.volume = query.value(8).toDouble();
    clip.fadeIn = query.value(9).toDouble();
    clip.fadeOut = query.value(10).toDouble();
    return clip;
}

// The values of the columns an update writes, in the order of the UPDATEs below.
QVariantList clipValues(const Clip &clip)
{
    return {clip.assetId,
            clip.in,
            toVariant(clip.out),
            clip.volume,
            toVariant(clip.stillDuration),
            transitionName(clip.transition),
            clip.transitionDuration};
}

QVariantList audioValues(const AudioClip &clip)
{
    return {clip.assetId,
            audioRoleName(clip.role),
            clip.track,
            clip.start,
            clip.in,
            toVariant(clip.out),
            clip.volume,
            clip.fadeIn,
            clip.fadeOut};
}

// `notFound` when the statement changed no row.
Status changedOne(const Result<QSqlQuery> &query, const QString &notFound)
{
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error::refused(notFound);
    return {};
}

QString noClip(qint64 id)
{
    return TimelineStore::tr("No clip with id %1. `movietool-cli timeline show P` lists the clips.")
            .arg(id);
}

QString noAudioClip(qint64 id)
{
    return TimelineStore::tr(
                   "No audio clip with id %1. `movietool-cli timeline show P` lists them.")
            .arg(id);
}

} // namespace

TimelineStore::TimelineStore(Database &db)
    : m_db(db)
{}

Result<qint64> TimelineStore::newId(const QString &table)
{
    // Ids are never reused, not even those of deleted rows: undo puts a row back under its own
    // id, which a row of another project must not have taken meanwhile. The highest id given
    // is kept in the settings table (the caller's transaction covers both writes).
    const QString key = u"ids.%1"_s.arg(table);
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"SELECT max((SELECT coalesce(max(id), 0) FROM %1), "
            u"coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?), 0)) + 1"_s.arg(
                    table),
            {key});
    if (!query)
        return query.error();
    query->next();
    const qint64 id = query->value(0).toLongLong();
    Result<QSqlQuery> stored = sql::exec(m_db.connection(),
                                         u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                         u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                         {key, QString::number(id)});
    if (!stored)
        return stored.error();
    return id;
}

Result<Timeline> TimelineStore::load(qint64 projectId) const
{
    Timeline timeline;
    timeline.projectId = projectId;
    Result<QSqlQuery> clips = sql::exec(m_db.connection(),
                                        selectClip + u"WHERE project_id = ? ORDER BY position"_s,
                                        {projectId});
    if (!clips)
        return clips.error();
    while (clips->next())
        timeline.clips.append(clipFrom(*clips));
    Result<QSqlQuery> audio
            = sql::exec(m_db.connection(),
                        selectAudio + u"WHERE project_id = ? ORDER BY track, start, id"_s,
                        {projectId});
    if (!audio)
        return audio.error();
    while (audio->next())
        timeline.audio.append(audioFrom(*audio));

    AssetStore assets(m_db);
    const auto addAsset = [&](qint64 id) -> Status {
        if (timeline.assets.contains(id))
            return {};
        Result<Asset> asset = assets.get(id);
        if (!asset)
            return asset.error();
        timeline.assets.insert(id, *asset);
        return {};
    };
    for (const Clip &clip : std::as_const(timeline.clips)) {
        if (Status added = addAsset(clip.assetId); !added)
            return added.error();
    }
    for (const AudioClip &clip : std::as_const(timeline.audio)) {
        if (Status added = addAsset(clip.assetId); !added)
            return added.error();
    }
    return timeline;
}

Result<int> TimelineStore::clipCount(qint64 projectId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT count(*) FROM clips WHERE project_id = ?"_s,
                                        {projectId});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Result<Clip> TimelineStore::clip(qint64 id) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectClip + u"WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(noClip(id));
    }
    return clipFrom(*query);
}

Result<AudioClip> TimelineStore::audioClip(qint64 id) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(), selectAudio + u"WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::refused(noAudioClip(id));
    }
    return audioFrom(*query);
}

Result<QList<qint64>> TimelineStore::takes(qint64 clipId) const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT asset_id FROM clip_takes WHERE clip_id = ? "
                                        u"ORDER BY created_at, id"_s,
                                        {clipId});
    if (!query)
        return query.error();
    QList<qint64> assets;
    while (query->next())
        assets.append(query->value(0).toLongLong());
    return assets;
}

Status TimelineStore::shiftPositions(qint64 projectId, int from, int to, int by)
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"UPDATE clips SET position = position + ? "
                                        u"WHERE project_id = ? AND position BETWEEN ? AND ?"_s,
                                        {by, projectId, from, to});
    if (!query)
        return query.error();
    return {};
}

Result<qint64> TimelineStore::insertClip(const Clip &clip)
{
    if (Status shifted = shiftPositions(clip.projectId,
                                        clip.position,
                                        std::numeric_limits<int>::max(),
                                        1);
        !shifted)
        return shifted.error();
    Result<qint64> id = newId(u"clips"_s);
    if (!id)
        return id;
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO clips (id, project_id, position, asset_id, in_point, out_point, volume, "
            u"still_duration, transition, transition_duration, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            QVariantList{*id, clip.projectId, clip.position} + clipValues(clip)
                    + QVariantList{now, now});
    if (!query)
        return query.error();
    return id;
}

Status TimelineStore::updateClip(const Clip &clip)
{
    // Writing the same values would still change updated_at: an edit that changes nothing
    // writes nothing, so it is not recorded as one.
    Result<Clip> current = this->clip(clip.id);
    if (!current)
        return current.error();
    Clip wanted = clip;
    wanted.projectId = current->projectId;
    wanted.position = current->position;
    if (wanted == *current)
        return {};
    return changedOne(sql::exec(m_db.connection(),
                                u"UPDATE clips SET asset_id = ?, in_point = ?, out_point = ?, "
                                u"volume = ?, still_duration = ?, transition = ?, "
                                u"transition_duration = ?, updated_at = ? WHERE id = ?"_s,
                                clipValues(clip) + QVariantList{sql::nowMs(), clip.id}),
                      noClip(clip.id));
}

Status TimelineStore::moveClip(qint64 id, int position)
{
    Result<Clip> current = clip(id);
    if (!current)
        return current.error();
    const int from = current->position;
    if (from == position)
        return {};
    const Status shifted = position < from
                                   ? shiftPositions(current->projectId, position, from - 1, 1)
                                   : shiftPositions(current->projectId, from + 1, position, -1);
    if (!shifted)
        return shifted;
    return changedOne(sql::exec(m_db.connection(),
                                u"UPDATE clips SET position = ?, updated_at = ? WHERE id = ?"_s,
                                {position, sql::nowMs(), id}),
                      noClip(id));
}

Status TimelineStore::removeClip(qint64 id)
{
    Result<Clip> current = clip(id);
    if (!current)
        return current.error();
    if (Status removed = changedOne(sql::exec(m_db.connection(),
                                              u"DELETE FROM clips WHERE id = ?"_s,
                                              {id}),
                                    noClip(id));
        !removed)
        return removed;
    return shiftPositions(current->projectId,
                          current->position + 1,
                          std::numeric_limits<int>::max(),
                          -1);
}

Status TimelineStore::addTake(qint64 clipId, qint64 assetId)
{
    Result<QSqlQuery> existing = sql::exec(m_db.connection(),
                                           u"SELECT 1 FROM clip_takes WHERE clip_id = ? AND "
                                           u"asset_id = ?"_s,
                                           {clipId, assetId});
    if (!existing)
        return existing.error();
    if (existing->next())
        return {};
    Result<qint64> id = newId(u"clip_takes"_s);
    if (!id)
        return id.error();
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"INSERT INTO clip_takes (id, clip_id, asset_id, "
                                        u"created_at) VALUES (?, ?, ?, ?)"_s,
                                        {*id, clipId, assetId, sql::nowMs()});
    if (!query)
        return query.error();
    return {};
}

Status TimelineStore::removeTake(qint64 clipId, qint64 assetId)
{
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"DELETE FROM clip_takes WHERE clip_id = ? AND asset_id = ?"_s,
                        {clipId, assetId});
    if (!query)
        return query.error();
    return {};
}

Result<qint64> TimelineStore::insertAudioClip(const AudioClip &clip)
{
    Result<qint64> id = newId(u"audio_clips"_s);
    if (!id)
        return id;
    const qint64 now = sql::nowMs();
    Result<QSqlQuery> query = sql::exec(
            m_db.connection(),
            u"INSERT INTO audio_clips (id, project_id, asset_id, kind, track, start, in_point, "
            u"out_point, volume, fade_in, fade_out, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            QVariantList{*id, clip.projectId} + audioValues(clip) + QVariantList{now, now});
    if (!query)
        return query.error();
    return id;
}

Status TimelineStore::updateAudioClip(const AudioClip &clip)
{
    Result<AudioClip> current = audioClip(clip.id);
    if (!current)
        return current.error();
    AudioClip wanted = clip;
    wanted.projectId = current->projectId;
    if (wanted == *current)
        return {};
    return changedOne(sql::exec(m_db.connection(),
                                u"UPDATE audio_clips SET asset_id = ?, kind = ?, track = ?, "
                                u"start = ?, in_point = ?, out_point = ?, volume = ?, fade_in = ?, "
                                u"fade_out = ?, updated_at = ? WHERE id = ?"_s,
                                audioValues(clip) + QVariantList{sql::nowMs(), clip.id}),
                      noAudioClip(clip.id));
}

Status TimelineStore::removeAudioClip(qint64 id)
{
    return changedOne(sql::exec(m_db.connection(), u"DELETE FROM audio_clips WHERE id = ?"_s, {id}),
                      noAudioClip(id));
}

} // namespace mt
