-- Migration 0001 (SQLite): the artist roster and its version history.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.
-- Timestamps are ISO 8601 UTC with milliseconds ("2024-05-01T12:00:00.000Z").

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

CREATE TABLE artists (
    id            TEXT PRIMARY KEY NOT NULL,
    stage_name    TEXT NOT NULL,
    primary_genre TEXT NOT NULL,
    countries     TEXT NOT NULL,            -- ISO 3166-1 alpha-2, comma separated: "DE,FR"
    status        TEXT NOT NULL,            -- candidate, active, evolving, paused, retired
    version       INTEGER NOT NULL,         -- latest artist_versions.version
    archived      INTEGER NOT NULL DEFAULT 0,
    profile_json  TEXT NOT NULL,            -- ArtistJson of the current version
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    last_run_at   TEXT
);

CREATE INDEX artists_status_idx ON artists(status);
CREATE INDEX artists_genre_idx ON artists(primary_genre);
CREATE INDEX artists_stage_name_idx ON artists(stage_name COLLATE NOCASE);

CREATE TABLE artist_versions (
    artist_id    TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    source       TEXT NOT NULL,             -- operator, evolution, import, creation
    reason       TEXT NOT NULL,
    diff_json    TEXT NOT NULL,             -- [{"field", "before", "after"}]
    profile_json TEXT NOT NULL,             -- the profile as saved in this version
    PRIMARY KEY (artist_id, version)
);
