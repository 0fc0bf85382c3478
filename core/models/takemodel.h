// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/assetflag.h"
#include "storage/takestore.h"
#include "storage/timelinestore.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace mt {

class EditHistory;
class GenerationService;
class JobQueue;
class Library;
class MediaPreviews;
class ReviewTracker;

// The takes of one timeline clip, for comparing them side by side: the take in use first, then
// its alternates, oldest first — TakeStore's takes (asset, flags with dismissed ones, duration,
// cost, provider) as rows, with whether a review of each is still running. It reloads when the
// project's EditHistory changes (a take swapped in, a flag dismissed, any undo), when a review of
// one of its takes starts or finishes, and when a poster arrives. Main thread; made by the take
// strip over the session's parts, which outlive it. previews and generation may be null (no
// posters; providers by their registry names).
class TakeModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AssetIdRole = Qt::UserRole + 1,
        AssetRole,     // the Asset (QVariant::fromValue)
        InUseRole,     // bool: the take the clip plays
        DurationRole,  // seconds (double); 0 for stills
        CostRole,      // double USD, invalid QVariant when not known (an imported file)
        SourceRole,    // translated: "MiniMax (Hailuo)", "Imported"; empty when not known
        DetailRole,    // translated: the file, the model and the prompt, one a line
        NumberRole,    // int: 1, 2, … in the order the takes were made
        FlagsRole,     // QList<AssetFlag>, oldest first, dismissed ones included
        OpenFlagsRole, // int: flags not dismissed
        ReviewingRole, // bool: a review job of the take is queued or running
        ReviewedRole,  // bool: a review finished (no flags then means a clean take)
        PosterRole,    // QImage, null until made
    };
    Q_ENUM(Role)

    TakeModel(Library &library,
              JobQueue &jobs,
              EditHistory &history,
              MediaPreviews *previews,
              GenerationService *generation,
              QObject *parent = nullptr);

    // Shows the clip's takes (0: none). projectId is the clip's project.
    void setClip(qint64 projectId, qint64 clipId);
    qint64 clipId() const { return m_clipId; }
    // The clip as last read (none when no clip or it is gone).
    const std::optional<Clip> &clip() const { return m_clip; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 assetId) const; // -1 when not a take of the clip
    QString lastError() const { return m_lastError; }

    // "$0.25", "free"; empty for an unknown cost.
    static QString formatCost(const QVariant &cost);

    void reload();

signals:
    // The clip shown is no longer on the timeline (removed, or its adding undone).
    void clipGone();

private:
    QString sourceOf(const Take &take) const;
    void onPreviewReady(qint64 assetId);

    Library &m_library;
    TimelineStore m_timeline;
    TakeStore m_store;
    MediaPreviews *m_previews;
    GenerationService *m_generation;
    ReviewTracker *m_reviews;
    qint64 m_projectId = 0;
    qint64 m_clipId = 0;
    std::optional<Clip> m_clip;
    QList<Take> m_takes;
    QHash<qint64, int> m_numbers; // asset id → its number among the takes
    QString m_lastError;
};

} // namespace mt
