// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "charactermodel.h"

#include "jobs/jobqueue.h"
#include "storage/characterstore.h"

#include <QDir>

namespace mt {

using namespace Qt::StringLiterals;

CharacterModel::CharacterModel(CharacterStore &store,
                               JobQueue *jobs,
                               QString libraryRoot,
                               QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_jobs(jobs)
    , m_libraryRoot(std::move(libraryRoot))
{
    // Names order the list, and a rename may move a row: a reload is simplest and the cast is
    // small (tens of characters).
    connect(&m_store, &CharacterStore::characterCreated, this, &CharacterModel::reload);
    connect(&m_store, &CharacterStore::characterChanged, this, &CharacterModel::reload);
    connect(&m_store, &CharacterStore::characterRemoved, this, &CharacterModel::reload);
    if (m_jobs)
        connect(m_jobs, &JobQueue::jobFinished, this, &CharacterModel::onJobFinished);
    reload();
}

void CharacterModel::reload()
{
    beginResetModel();
    Result<QList<Character>> listed = m_store.list();
    if (listed) {
        m_characters = std::move(listed).value();
    } else {
        m_characters.clear();
        emit loadFailed(listed.error().message);
    }
    endResetModel();
}

int CharacterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_characters.size());
}

QVariant CharacterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Character &character = m_characters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return character.name;
    case Qt::ToolTipRole:
        return character.description.isEmpty() ? character.name
                                               : character.name + u"\n"_s + character.description;
    case Qt::DecorationRole:
    case PortraitRole:
        return portrait(character);
    case CharacterIdRole:
        return character.id;
    case DescriptionRole:
        return character.description;
    case ImageCountRole:
        return int(character.images.size());
    case CharacterRole:
        return QVariant::fromValue(character);
    default:
        return {};
    }
}

QHash<int, QByteArray> CharacterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CharacterIdRole, "characterId");
    names.insert(DescriptionRole, "description");
    names.insert(PortraitRole, "portrait");
    names.insert(ImageCountRole, "imageCount");
    return names;
}

Qt::ItemFlags CharacterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int CharacterModel::rowOf(qint64 characterId) const
{
    for (qsizetype row = 0; row < m_characters.size(); ++row) {
        if (m_characters[row].id == characterId)
            return int(row);
    }
    return -1;
}

QImage CharacterModel::portrait(const Character &character) const
{
    if (character.images.isEmpty() || !m_jobs)
        return {};
    const CharacterImage &primary = character.images.first(); // the store lists it first
    const auto found = m_portraits.constFind(primary.sha256);
    if (found != m_portraits.cend())
        return *found;
    // Marked as asked (a null picture) so that painting again does not queue a second job.
    m_portraits.insert(primary.sha256, QImage());
    const Result<qint64> job = m_jobs->submit(u"thumbnails"_s,
                                              tr("Portrait of %1").arg(character.name),
                                              {{u"path"_s,
                                                QDir(m_libraryRoot).filePath(primary.relativePath)},
                                               {u"sha256"_s, primary.sha256},
                                               {u"posterWidth"_s, PortraitWidth}});
    if (job)
        m_hashOfJob.insert(*job, primary.sha256);
    else
        qWarning("No portrait of character %lld: %s",
                 qlonglong(character.id),
                 qPrintable(job.error().message));
    return {};
}

void CharacterModel::onJobFinished(qint64 jobId,
                                   JobState state,
                                   const QJsonObject &result,
                                   const QString &error)
{
    const auto owner = m_hashOfJob.find(jobId);
    if (owner == m_hashOfJob.end())
        return;
    const QString sha256 = *owner;
    m_hashOfJob.erase(owner);
    if (state != JobState::Done) {
        qWarning("No portrait for image %s: %s", qPrintable(sha256), qPrintable(error));
        return;
    }
    QImage picture(result.value(u"poster"_s).toObject().value(u"path"_s).toString());
    m_portraits.insert(sha256, picture);
    for (qsizetype row = 0; row < m_characters.size(); ++row) {
        const Character &character = m_characters[row];
        if (!character.images.isEmpty() && character.images.first().sha256 == sha256)
            emit dataChanged(index(int(row)), index(int(row)), {Qt::DecorationRole, PortraitRole});
    }
}

} // namespace mt
