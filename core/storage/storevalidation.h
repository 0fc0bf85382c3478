// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QDir>
#include <QString>

// Checks of file references the stores share. Internal to core/storage.
namespace mt::validation {

// 64 lower-case hex digits, as MediaLibrary writes them.
inline bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Relative to the library root and staying inside it: rows must never point outside the library,
// because cleanup and delete move what they point at.
inline bool isLibraryPath(const QString &path, int maxLength)
{
    if (path.isEmpty() || path.size() > maxLength || QDir::isAbsolutePath(path)
        || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean == path && clean != QStringLiteral(".") && !clean.startsWith(QStringLiteral("../"))
           && clean != QStringLiteral("..");
}

} // namespace mt::validation
