// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "librarypaths.h"

#include <QDir>
#include <QStandardPaths>

namespace mt {

using namespace Qt::StringLiterals;

LibraryPaths::LibraryPaths(QString rootDir)
    : root(QDir(rootDir).absolutePath())
{}

QString LibraryPaths::database() const { return root + u"/library.db"_s; }
QString LibraryPaths::media() const { return root + u"/media"_s; }
QString LibraryPaths::uploads() const { return root + u"/media/uploads"_s; }
QString LibraryPaths::outputs() const { return root + u"/media/outputs"_s; }
QString LibraryPaths::characters() const { return root + u"/media/characters"_s; }
QString LibraryPaths::exports() const { return root + u"/media/exports"_s; }
QString LibraryPaths::trash() const { return root + u"/trash"_s; }
QString LibraryPaths::cache() const { return root + u"/cache"_s; }
QString LibraryPaths::backups() const { return root + u"/backups"_s; }

QString LibraryPaths::absolute(const QString &relativePath) const
{
    return QDir(root).filePath(relativePath);
}

QString LibraryPaths::relative(const QString &absolutePath) const
{
    return QDir(root).relativeFilePath(absolutePath);
}

bool LibraryPaths::ensure() const
{
    QDir dir;
    for (const QString &path : {root, uploads(), outputs(), characters(), exports(), trash(),
                                cache(), backups()}) {
        if (!dir.mkpath(path))
            return false;
    }
    return true;
}

QString LibraryPaths::defaultRoot()
{
    // Generic location + our folder, so the editor and the CLI agree whatever their
    // organisation and application names are.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/movietool"_s;
}

} // namespace mt
