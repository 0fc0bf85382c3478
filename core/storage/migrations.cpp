// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "migrations.h"

namespace mt {

using namespace Qt::StringLiterals;

// Conventions of the schema:
// - STRICT tables (SQLite ≥ 3.37): a wrong type is an error, not a silent conversion.
// - Timestamps are INTEGER UTC milliseconds since the epoch; JSON columns are checked json_valid.
// - Fixed sets (media kinds, lifecycle states) are CHECKed lists; open sets that grow with the
//   product (providers, job kinds, flag kinds) only have a format check, because SQLite cannot
//   alter a CHECK without rebuilding the table.
// - Timeline rows refer to assets with the default NO ACTION instead of RESTRICT: RESTRICT is
//   checked mid-statement, so deleting a project would fail when SQLite cascades to its assets
//   before its clips; NO ACTION is checked at the end of the statement and still refuses deleting
//   an asset in use.
// - Every foreign key column has an index, so deleting a parent does not scan the child table.
// - Clip positions are not UNIQUE: SQLite checks UNIQUE row by row, so shifting positions with one
//   UPDATE would fail halfway.

static QList<MigrationStep> buildMigrations()
{
    QList<MigrationStep> steps;

    // SQL reads best laid out as SQL.
    // clang-format off
    steps.append({u"library"_s, {
        uR"(CREATE TABLE settings (
            key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
            value TEXT NOT NULL
        ) STRICT, WITHOUT ROWID)"_s,
        uR"(CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
            description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
            width INTEGER NOT NULL CHECK (width BETWEEN 16 AND 7680 AND width % 2 = 0),
            height INTEGER NOT NULL CHECK (height BETWEEN 16 AND 7680 AND height % 2 = 0),
            fps_num INTEGER NOT NULL CHECK (fps_num > 0),
            fps_den INTEGER NOT NULL CHECK (fps_den > 0),
            default_preset TEXT NOT NULL DEFAULT 'share' CHECK (length(default_preset) BETWEEN 1 AND 64),
            export_folder TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            CHECK (fps_num >= fps_den AND fps_num <= 240 * fps_den)
        ) STRICT)"_s,
        uR"(CREATE TABLE characters (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
            description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) STRICT)"_s,
        uR"(CREATE TABLE character_images (
            id INTEGER PRIMARY KEY,
            character_id INTEGER NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
            relative_path TEXT NOT NULL CHECK (relative_path <> ''),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            original_name TEXT NOT NULL DEFAULT '',
            width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 16384),
            height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 16384),
            file_size INTEGER NOT NULL DEFAULT 0 CHECK (file_size >= 0),
            is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
            created_at INTEGER NOT NULL,
            UNIQUE (character_id, sha256)
        ) STRICT)"_s,
        // At most one primary image per character.
        u"CREATE UNIQUE INDEX character_images_primary ON character_images (character_id) "
        u"WHERE is_primary = 1"_s,
        u"CREATE INDEX character_images_path ON character_images (relative_path)"_s,
        uR"(CREATE TABLE assets (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('video', 'image', 'audio')),
            origin TEXT NOT NULL CHECK (origin IN ('imported', 'generated', 'storyboard')),
            original_name TEXT NOT NULL DEFAULT '',
            relative_path TEXT NOT NULL CHECK (relative_path <> ''),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            file_size INTEGER NOT NULL CHECK (file_size >= 0),
            probe_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(probe_json)),
            duration REAL NOT NULL DEFAULT 0 CHECK (duration >= 0),
            width INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),
            height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
            is_placeholder INTEGER NOT NULL DEFAULT 0 CHECK (is_placeholder IN (0, 1)),
            created_at INTEGER NOT NULL,
            UNIQUE (project_id, sha256)
        ) STRICT)"_s,
        u"CREATE INDEX assets_project_kind ON assets (project_id, kind)"_s,
        u"CREATE INDEX assets_path ON assets (relative_path)"_s,
    }});

    steps.append({u"timeline"_s, {
        uR"(CREATE TABLE clips (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            asset_id INTEGER NOT NULL REFERENCES assets(id),
            in_point REAL NOT NULL DEFAULT 0 CHECK (in_point >= 0),
            out_point REAL CHECK (out_point IS NULL OR out_point > in_point),
            volume REAL NOT NULL DEFAULT 1 CHECK (volume BETWEEN 0 AND 4),
            still_duration REAL CHECK (still_duration IS NULL OR still_duration > 0),
            transition TEXT NOT NULL DEFAULT 'cut'
                CHECK (transition IN ('cut', 'crossfade', 'dip-to-black')),
            transition_duration REAL NOT NULL DEFAULT 0 CHECK (transition_duration BETWEEN 0 AND 10),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX clips_project_position ON clips (project_id, position)"_s,
        u"CREATE INDEX clips_asset ON clips (asset_id)"_s,
        uR"(CREATE TABLE audio_clips (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            asset_id INTEGER NOT NULL REFERENCES assets(id),
            kind TEXT NOT NULL DEFAULT 'music' CHECK (kind IN ('music', 'voice')),
            track INTEGER NOT NULL DEFAULT 0 CHECK (track BETWEEN 0 AND 15),
            start REAL NOT NULL DEFAULT 0 CHECK (start >= 0),
            in_point REAL NOT NULL DEFAULT 0 CHECK (in_point >= 0),
            out_point REAL CHECK (out_point IS NULL OR out_point > in_point),
            volume REAL NOT NULL DEFAULT 1 CHECK (volume BETWEEN 0 AND 4),
            fade_in REAL NOT NULL DEFAULT 0 CHECK (fade_in >= 0),
            fade_out REAL NOT NULL DEFAULT 0 CHECK (fade_out >= 0),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX audio_clips_project ON audio_clips (project_id, track, start)"_s,
        u"CREATE INDEX audio_clips_asset ON audio_clips (asset_id)"_s,
        // A clip's alternate takes; a take goes with its asset.
        uR"(CREATE TABLE clip_takes (
            id INTEGER PRIMARY KEY,
            clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
            asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            UNIQUE (clip_id, asset_id)
        ) STRICT)"_s,
        u"CREATE INDEX clip_takes_asset ON clip_takes (asset_id)"_s,
        uR"(CREATE TABLE edit_history (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            command TEXT NOT NULL CHECK (length(command) BETWEEN 1 AND 64),
            payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
            undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
            created_at INTEGER NOT NULL,
            UNIQUE (project_id, sequence)
        ) STRICT)"_s,
    }});

    steps.append({u"work"_s, {
        uR"(CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
            project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
            title TEXT NOT NULL DEFAULT '',
            params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN
                ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
            progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
            stage TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(result)),
            created_at INTEGER NOT NULL,
            started_at INTEGER,
            finished_at INTEGER,
            CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
        ) STRICT)"_s,
        u"CREATE INDEX jobs_state ON jobs (state)"_s,
        u"CREATE INDEX jobs_project ON jobs (project_id, created_at)"_s,
        uR"(CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
            path TEXT NOT NULL CHECK (path <> ''),
            preset TEXT NOT NULL CHECK (length(preset) BETWEEN 1 AND 64),
            plan TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(plan)),
            duration REAL NOT NULL DEFAULT 0 CHECK (duration >= 0),
            file_size INTEGER NOT NULL DEFAULT 0 CHECK (file_size >= 0),
            seconds_taken REAL NOT NULL DEFAULT 0 CHECK (seconds_taken >= 0),
            created_at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX exports_project ON exports (project_id, created_at)"_s,
        u"CREATE INDEX exports_job ON exports (job_id)"_s,
    }});

    steps.append({u"generation"_s, {
        // state: queued → submitting → submitted (remote id known, polling) → downloading → done;
        // "uncertain": the submit may or may not have reached the server, a person decides
        // (resubmitting blindly could be paid twice).
        uR"(CREATE TABLE generation_tasks (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            provider TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 32
                AND provider NOT GLOB '*[^a-z0-9_-]*'),
            model TEXT NOT NULL DEFAULT '' CHECK (length(model) <= 128),
            mode TEXT NOT NULL CHECK (mode IN ('t2v', 'i2v', 's2v', 't2i', 'i2i')),
            request TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(request)),
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'submitting',
                'submitted', 'downloading', 'done', 'failed', 'cancelled', 'uncertain')),
            remote_task_id TEXT CHECK (remote_task_id IS NULL OR remote_task_id <> ''),
            submit_started_at INTEGER,
            submitted_at INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            error TEXT NOT NULL DEFAULT '',
            result_asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,
            replaced_clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL,
            estimated_cost REAL NOT NULL DEFAULT 0 CHECK (estimated_cost >= 0),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            finished_at INTEGER
        ) STRICT)"_s,
        u"CREATE INDEX generation_tasks_project ON generation_tasks (project_id, created_at)"_s,
        u"CREATE INDEX generation_tasks_state ON generation_tasks (state)"_s,
        u"CREATE UNIQUE INDEX generation_tasks_remote ON generation_tasks (provider, "
        u"remote_task_id) WHERE remote_task_id IS NOT NULL"_s,
        u"CREATE INDEX generation_tasks_result ON generation_tasks (result_asset_id)"_s,
        u"CREATE INDEX generation_tasks_replaced ON generation_tasks (replaced_clip_id)"_s,
        // The ledger outlives tasks and projects: what was paid stays paid.
        uR"(CREATE TABLE spend (
            id INTEGER PRIMARY KEY,
            task_id INTEGER REFERENCES generation_tasks(id) ON DELETE SET NULL,
            project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
            provider TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 32),
            model TEXT NOT NULL DEFAULT '',
            amount REAL NOT NULL CHECK (amount >= 0),
            currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) BETWEEN 1 AND 8),
            at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX spend_project ON spend (project_id, provider, model)"_s,
        u"CREATE INDEX spend_task ON spend (task_id)"_s,
        u"CREATE INDEX spend_at ON spend (at)"_s,
        uR"(CREATE TABLE asset_provenance (
            asset_id INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
            task_id INTEGER REFERENCES generation_tasks(id) ON DELETE SET NULL,
            provider TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 32),
            model TEXT NOT NULL DEFAULT '',
            prompt TEXT NOT NULL DEFAULT '',
            params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
            seed INTEGER,
            reference_assets TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(reference_assets) AND json_type(reference_assets) = 'array'),
            created_at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX asset_provenance_task ON asset_provenance (task_id)"_s,
        uR"(CREATE TABLE asset_flags (
            id INTEGER PRIMARY KEY,
            asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32
                AND kind NOT GLOB '*[^a-z0-9_-]*'),
            from_seconds REAL NOT NULL DEFAULT 0 CHECK (from_seconds >= 0),
            to_seconds REAL CHECK (to_seconds IS NULL OR to_seconds >= from_seconds),
            message TEXT NOT NULL DEFAULT '',
            dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
            created_at INTEGER NOT NULL
        ) STRICT)"_s,
        u"CREATE INDEX asset_flags_asset ON asset_flags (asset_id, dismissed)"_s,
    }});

    // Several programs may share a library (the editor, and the CLI in a terminal): a job row
    // names the run of the program that queued or runs it, so a queue starting leaves another
    // live run's jobs alone (see JobOwners).
    steps.append({u"job-owners"_s, {
        u"ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 64)"_s,
    }});
    // clang-format on

    return steps;
}

const QList<MigrationStep> &schemaMigrations()
{
    static const QList<MigrationStep> steps = buildMigrations();
    return steps;
}

} // namespace mt
