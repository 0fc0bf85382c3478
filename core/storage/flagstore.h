// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/assetflag.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mt {

class Database;

// The asset_flags table: what take review found in each asset (AssetFlag), and which findings a
// person dismissed. A review's result replaces the asset's flags as a whole; a finding the new
// review makes again (same kind and range) keeps its row — id and dismissal — so dismissing a
// flag survives a second review of the same file and the edit history that recorded the
// dismissal stays valid. Dismissing goes through TimelineEditor::setFlagDismissed (undoable);
// setDismissed() here is its row bookkeeping.
//
// Main thread, or a job's own connection, like the other stores; cheap to make where needed.
class FlagStore
{
    Q_DECLARE_TR_FUNCTIONS(mt::FlagStore)

public:
    static constexpr int MaxMessageLength = 2000;
    static constexpr int MaxFlagsPerAsset = 500;

    explicit FlagStore(Database &db);

    // Oldest first (by id); empty for an asset without flags.
    Result<QList<AssetFlag>> flags(qint64 assetId) const;
    // Asset id → how many of its flags are not dismissed; assets without open flags are absent.
    Result<QHash<qint64, int>> openFlagCounts(qint64 projectId) const;
    // Refused for an unknown id.
    Result<AssetFlag> flag(qint64 flagId) const;
    // A review's result becomes the asset's flags (see the class comment). Refused for an unknown
    // asset or a malformed flag (kind, range, message); nothing is written then.
    Status replaceFlags(qint64 assetId, const QList<AssetFlag> &flags);
    // Marks the flag dismissed or open again. Not recorded for undo: use
    // TimelineEditor::setFlagDismissed.
    Result<AssetFlag> setDismissed(qint64 flagId, bool dismissed);

private:
    Status validate(const AssetFlag &flag) const;

    Database &m_db;
};

} // namespace mt
