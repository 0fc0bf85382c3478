// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

namespace mt {

// What a provider accepts as a first frame or a character image.
struct ImageLimits
{
    QList<QByteArray> formats;       // QImageReader names: "jpeg", "png", "webp"
    qint64 maxBytes = 0;             // the file, not its base64
    int minShortSide = 0;            // pixels
    bool shortSideExclusive = false; // MiniMax: "over 300 px"; Kling: "at least 300 px"
    double maxAspect = 0;            // long side / short side
};

// A reference image on disk, checked against a provider's limits before anything is sent.
struct ReferenceImage
{
    QString path;
    QByteArray format; // "jpeg", "png", "webp"
    QSize size;
    qint64 bytes = 0;

    // Checks the file's header (format, size) and length; refuses with a message that says what
    // to change. `role` is translated by the caller ("The first frame").
    static Result<ReferenceImage> check(const QString &path,
                                        const QString &role,
                                        const QString &providerDisplayName,
                                        const ImageLimits &limits);
    // The file's bytes in base64; refuses if it cannot be read or changed since check().
    Result<QByteArray> base64() const;
    // data:image/<format>;base64,<payload>
    Result<QString> dataUrl() const;

    // The size in a WebP file's header; invalid when it is not WebP.
    static QSize webpSize(const QString &path);

    Q_DECLARE_TR_FUNCTIONS(mt::ReferenceImage)
};

} // namespace mt
