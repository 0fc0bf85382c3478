// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/character.h"
#include "domain/job.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QJsonObject>

namespace mt {

class CharacterStore;
class JobQueue;

// The library's cast as a list, by name, for the characters panel: one row per character,
// following the store's characterCreated/Changed/Removed signals. The portrait is the primary
// reference image, scaled down by a "thumbnails" job on the queue (reference images may be huge;
// decoding them is not the main thread's work) and kept by its hash in the library's cache;
// asked for only when a view paints the row.
//
// Main thread; made by the panel that shows it, over a store and queue that outlive it. jobs may
// be null (then there are no portraits).
class CharacterModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CharacterIdRole = Qt::UserRole + 1,
        DescriptionRole,
        PortraitRole,   // QImage, null until made or when the character has no image
        ImageCountRole, // int
        CharacterRole,  // the Character (QVariant::fromValue)
    };
    Q_ENUM(Role)

    static constexpr int PortraitWidth = 256;

    CharacterModel(CharacterStore &store,
                   JobQueue *jobs,
                   QString libraryRoot,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(qint64 characterId) const; // -1 when not listed
    const Character &character(int row) const { return m_characters.at(row); }
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QImage portrait(const Character &character) const;
    void onJobFinished(qint64 jobId,
                       JobState state,
                       const QJsonObject &result,
                       const QString &error);

    CharacterStore &m_store;
    JobQueue *m_jobs;
    QString m_libraryRoot;
    QList<Character> m_characters;
    // By the primary image's sha256: the same picture is made once, whoever shows it.
    mutable QHash<QString, QImage> m_portraits;
    mutable QHash<qint64, QString> m_hashOfJob;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::Character)
