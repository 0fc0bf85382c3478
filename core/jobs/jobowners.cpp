// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobowners.h"

#include "jobslog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QString lockPrefix = u"jobs-"_s;
const QString lockSuffix = u".lock"_s;

bool isFileDatabase(const QString &path)
{
    return !path.isEmpty() && path != u":memory:"_s && !path.startsWith(u"file::memory:"_s);
}

} // namespace

JobOwners::JobOwners(const QString &databasePath)
    : m_runId(u"%1-%2"_s.arg(QCoreApplication::applicationPid())
                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0')))
{
    if (!isFileDatabase(databasePath))
        return;
    const QFileInfo database(databasePath);
    const QString dir = database.absoluteDir().filePath(u"locks"_s);
    if (!QDir().mkpath(dir)) {
        qCWarning(lcJobs) << "no folder for job locks at" << dir
                          << "- other programs on this library may see this run's jobs as ended";
        return;
    }
    m_lockDir = dir;
    m_lock = std::make_unique<QLockFile>(lockPath(m_runId));
    m_lock->setStaleLockTime(0); // only a dead holder makes a lock stale, never its age
    if (!m_lock->tryLock(0)) {
        qCWarning(lcJobs) << "could not take the job lock" << lockPath(m_runId) << m_lock->error();
        m_lock.reset();
    }
}

JobOwners::~JobOwners() = default; // QLockFile unlocks and removes its file

QString JobOwners::lockPath(const QString &runId) const
{
    return QDir(m_lockDir).filePath(lockPrefix + runId + lockSuffix);
}

bool JobOwners::isAlive(const QString &runId) const
{
    if (runId == m_runId)
        return true;
    if (m_lockDir.isEmpty() || runId.isEmpty() || runId.contains(u'/') || runId.contains(u'\\'))
        return false;
    if (!QFileInfo::exists(lockPath(runId)))
        return false;
    QLockFile other(lockPath(runId));
    other.setStaleLockTime(0);
    if (other.tryLock(0))
        return false; // its holder is gone; the destructor removes the file
    return other.error() == QLockFile::LockFailedError;
}

void JobOwners::removeEndedLocks() const
{
    if (m_lockDir.isEmpty())
        return;
    const QStringList names = QDir(m_lockDir).entryList({lockPrefix + u"*"_s + lockSuffix},
                                                        QDir::Files);
    for (const QString &name : names) {
        const QString runId = name.mid(lockPrefix.size(),
                                       name.size() - lockPrefix.size() - lockSuffix.size());
        isAlive(runId); // taking an ended run's lock removes its file
    }
}

} // namespace mt
