// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

// The kinds of problem take review finds in a file (the asset_flags.kind column, the CLI's
// `flags[].kind`). Stable names: scripts rely on them.
namespace FlagKind {
inline const QString Black = QStringLiteral("black");       // black picture for a stretch
inline const QString Frozen = QStringLiteral("frozen");     // the picture stops moving
inline const QString Silent = QStringLiteral("silent");     // no sound where sound was asked for
inline const QString Duration = QStringLiteral("duration"); // shorter or longer than requested
inline const QString Size = QStringLiteral("size");         // another frame size than requested
inline const QString Decode = QStringLiteral("decode");     // damaged or truncated data
inline const QString Drift = QStringLiteral("drift");       // first frame far from its reference image
} // namespace FlagKind

// One problem found in an asset: what kind, where (seconds of the asset's own timeline; `to`
// empty for a problem of the whole file, such as its size), and a sentence for a person that says
// what was found and what it likely means ("Frozen from 3.2 s to 6.0 s: the provider may have
// padded a short clip."). A person may dismiss a flag; it stays in the database, shown as
// dismissed, and the dismissal can be undone.
struct AssetFlag
{
    qint64 id = 0; // 0 until stored
    qint64 assetId = 0;
    QString kind;
    double from = 0;
    std::optional<double> to;
    QString message;
    bool dismissed = false;

    // {id, kind, from, to, message, dismissed}; `to` is null for a whole-file flag.
    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("id"), id},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("from"), from},
                         {QStringLiteral("to"), to ? QJsonValue(*to) : QJsonValue()},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("dismissed"), dismissed}};
        return json;
    }
    friend bool operator==(const AssetFlag &, const AssetFlag &) = default;
};

} // namespace mt
