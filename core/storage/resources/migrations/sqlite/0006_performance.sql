-- Migration 0006 (SQLite): performance feedback (issue 5). A distributor's sales/streams report
-- is one performance_sources row; each report line is one performance row: the day, the release
-- title and/or ISRC, the artist when the report or earlier rows name it, country, store,
-- streams and revenue. Re-importing the same file replaces its rows (the source is deleted and
-- its rows with it).
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE performance_sources (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    label         TEXT NOT NULL,             -- the imported file
    imported_at   TEXT NOT NULL,
    rows_accepted INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX performance_sources_label_idx ON performance_sources(label);

CREATE TABLE performance (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id INTEGER NOT NULL REFERENCES performance_sources(id) ON DELETE CASCADE,
    day       TEXT NOT NULL,                 -- ISO date
    release   TEXT NOT NULL DEFAULT '',      -- release title; '' when the report has only ISRCs
    isrc      TEXT NOT NULL DEFAULT '',      -- upper case, no dashes; '' when unknown
    artist_id TEXT REFERENCES artists(id) ON DELETE SET NULL, -- NULL: not matched to an artist
    country   TEXT NOT NULL DEFAULT '',      -- ISO 3166-1 alpha-2; '' when the report has none
    store     TEXT NOT NULL DEFAULT '',      -- "spotify", "apple music", ...
    streams   INTEGER NOT NULL DEFAULT 0,
    revenue   REAL NOT NULL DEFAULT 0        -- in the report's currency
);

CREATE INDEX performance_artist_idx ON performance(artist_id, day);
CREATE INDEX performance_release_idx ON performance(release, day);
CREATE INDEX performance_isrc_idx ON performance(isrc, day);
