// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/asset.h"
#include "domain/assetflag.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mt {

class Database;

// One take of a clip, with what a person compares takes by: its flags, duration and cost, where
// it came from, and whether the clip shows it.
struct Take
{
    Asset asset;
    bool inUse = false;
    QList<AssetFlag> flags;     // oldest first, dismissed ones too
    std::optional<double> cost; // USD: what was spent on it (the ledger), else the estimate;
                                // empty when it was not generated here
    QString provider;           // empty when it was not generated here
    QString model;
    QString prompt;
    qint64 taskId = 0; // the generation task (0: none)

    int openFlagCount() const; // flags not dismissed
    // {asset, name, inUse, kind, origin, duration, width, height, cost, provider, model, task,
    //  openFlags, flags: [AssetFlag::toJson()]}; the CLI's `takes --json` element.
    QJsonObject toJson() const;
};

// Reads the takes of a timeline clip: the asset in use and its alternates (clip_takes), each with
// its flags and what it cost (asset_provenance and the spend ledger). Read-only; take swapping is
// TimelineEditor::replaceAsset. Main thread; cheap to make where needed.
class TakeStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::TakeStore)

public:
    explicit TakeStore(Database &db);

    // In the order they were made (asset id), the one in use among them. Refused for an unknown
    // clip.
    Result<QList<Take>> takes(qint64 clipId) const;
    // Whether the asset is one of the clip's takes (in use or alternate).
    Result<bool> isTake(qint64 clipId, qint64 assetId) const;

private:
    Status addOrigin(Take &take) const;

    Database &m_db;
};

} // namespace mt
