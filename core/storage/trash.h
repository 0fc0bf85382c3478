// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace mt {

// The library's trash folder: deleted media waits here until the creator empties it, so a
// deletion by mistake can still be undone by hand. Names never collide: a second "x.mp4" becomes
// "x-2.mp4". Stateless apart from the folder; any thread.
class Trash
{
    Q_DECLARE_TR_FUNCTIONS(mt::Trash)

public:
    explicit Trash(QString folder);

    QString folder() const { return m_folder; }

    // Moves a file in; returns its path in the trash.
    Result<QString> moveIn(const QString &absolutePath) const;
    // Names of what the trash holds (files and folders, relative to it).
    QStringList entries() const;
    qint64 bytes() const;
    // Deletes everything in it; returns the names deleted.
    Result<QStringList> empty() const;

    // Bytes of the files below folder.
    static qint64 folderBytes(const QString &folder);

private:
    QString m_folder;
};

} // namespace mt
