// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/timeline.h"

#include <QCoreApplication>

namespace mt {

class Database;

// The rows of a project's timeline: clips of the main track (kept in order by `position`, 0..n-1
// without gaps), audio clips and the alternate takes of a clip. Plain row access without policy:
// what an edit may do is TimelineEditor's business, which runs these inside one transaction
// recorded in the EditHistory. Reads may be used by anyone. Main thread.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::TimelineStore)

public:
    explicit TimelineStore(Database &db);

    // The project's clips and audio clips, with the assets they use.
    Result<Timeline> load(qint64 projectId) const;
    Result<int> clipCount(qint64 projectId) const;
    Result<Clip> clip(qint64 id) const;
    Result<AudioClip> audioClip(qint64 id) const;
    // The alternate takes of a clip (assets, oldest first), without the one in use.
    Result<QList<qint64>> takes(qint64 clipId) const;

    // Inserts the clip at clip.position (shifting later ones up); returns its id.
    Result<qint64> insertClip(const Clip &clip);
    // Writes every field but the position and the project.
    Status updateClip(const Clip &clip);
    // Moves the clip to `position` (0..n-1), shifting the ones between.
    Status moveClip(qint64 id, int position);
    // Removes the clip and closes the gap (ripple).
    Status removeClip(qint64 id);
    Status addTake(qint64 clipId, qint64 assetId);
    Status removeTake(qint64 clipId, qint64 assetId);

    Result<qint64> insertAudioClip(const AudioClip &clip);
    Status updateAudioClip(const AudioClip &clip);
    Status removeAudioClip(qint64 id);

private:
    Result<qint64> newId(const QString &table);
    Status shiftPositions(qint64 projectId, int from, int to, int by);

    Database &m_db;
};

} // namespace mt
