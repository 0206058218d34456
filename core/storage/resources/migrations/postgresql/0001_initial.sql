-- Migration 0001 (PostgreSQL): the artist roster and its version history.
-- Same schema as sqlite/0001_initial.sql, written for PostgreSQL (team mode, QPSQL).
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.
-- Timestamps stay ISO 8601 UTC text so repositories compare and sort them the same way.

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

CREATE TABLE artists (
    id            TEXT PRIMARY KEY,
    stage_name    TEXT NOT NULL,
    primary_genre TEXT NOT NULL,
    countries     TEXT NOT NULL,
    status        TEXT NOT NULL,
    version       INTEGER NOT NULL,
    archived      INTEGER NOT NULL DEFAULT 0,
    profile_json  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    last_run_at   TEXT
);

CREATE INDEX artists_status_idx ON artists (status);
CREATE INDEX artists_genre_idx ON artists (primary_genre);
CREATE INDEX artists_stage_name_idx ON artists (LOWER(stage_name));

CREATE TABLE artist_versions (
    artist_id    TEXT NOT NULL REFERENCES artists (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    diff_json    TEXT NOT NULL,
    profile_json TEXT NOT NULL,
    PRIMARY KEY (artist_id, version)
);
