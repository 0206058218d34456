-- Migration 0003 (PostgreSQL): the analysis cache (issue 3). Analyses are keyed by the SHA-256 of
-- the file's bytes; analysis_files maps a path (with the size and mtime seen) to its hash;
-- corrections sit beside the measurements. DOUBLE PRECISION where SQLite says REAL (SQLite's
-- REAL is 8 bytes, PostgreSQL's only 4); BIGINT for file sizes past 2 GiB.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE analyses (
    content_hash      TEXT PRIMARY KEY,
    analysis_json     TEXT NOT NULL,
    analyzer_versions TEXT NOT NULL,
    analyzed_at       TEXT NOT NULL,
    duration_s        DOUBLE PRECISION,
    bpm               DOUBLE PRECISION,
    key               TEXT,
    loudness_lufs     DOUBLE PRECISION
);

CREATE INDEX analyses_analyzed_at_idx ON analyses (analyzed_at);

CREATE TABLE analysis_files (
    path         TEXT PRIMARY KEY,
    size         BIGINT NOT NULL,
    mtime        TEXT NOT NULL,
    content_hash TEXT NOT NULL REFERENCES analyses (content_hash) ON DELETE CASCADE,
    last_seen_at TEXT NOT NULL
);

CREATE INDEX analysis_files_hash_idx ON analysis_files (content_hash);
CREATE INDEX analysis_files_seen_idx ON analysis_files (last_seen_at);

CREATE TABLE analysis_corrections (
    content_hash TEXT PRIMARY KEY REFERENCES analyses (content_hash) ON DELETE CASCADE,
    bpm          DOUBLE PRECISION,
    key          TEXT,
    corrected_at TEXT NOT NULL
);
