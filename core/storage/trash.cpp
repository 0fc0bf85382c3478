// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "trash.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

Trash::Trash(QString folder)
    : m_folder(std::move(folder))
{}

Result<QString> Trash::moveIn(const QString &absolutePath) const
{
    const QFileInfo source(absolutePath);
    if (!QDir().mkpath(m_folder))
        return Error::failed(tr("Could not create the trash folder %1. Check the library's "
                                "permissions.")
                                     .arg(m_folder));
    QString target = m_folder + u'/' + source.fileName();
    for (int n = 2; QFileInfo::exists(target); ++n) {
        const QString suffix = source.completeSuffix();
        target = m_folder + u'/' + source.baseName() + u'-' + QString::number(n)
                 + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    if (!QFile::rename(absolutePath, target))
        return Error::failed(tr("Could not move %1 to the trash. Check the library's permissions.")
                                     .arg(absolutePath));
    return target;
}

QStringList Trash::entries() const
{
    return QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                    QDir::Name);
}

qint64 Trash::bytes() const
{
    return folderBytes(m_folder);
}

Result<QStringList> Trash::empty() const
{
    QStringList deleted;
    const QDir dir(m_folder);
    for (const QString &name : entries()) {
        const QString path = dir.filePath(name);
        const bool removed = QFileInfo(path).isDir() ? QDir(path).removeRecursively()
                                                     : QFile::remove(path);
        if (!removed)
            return Error::failed(tr("Could not delete %1 from the trash. Check its permissions.")
                                         .arg(path));
        deleted << name;
    }
    return deleted;
}

qint64 Trash::folderBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace mt
