-- Migration 0003 (SQLite): the analysis cache (issue 3). Analyses are keyed by the SHA-256 of the
-- file's bytes, so a copied or renamed file is not analyzed again; analysis_files maps a path
-- (with the size and mtime seen) to its hash cheaply; corrections sit beside the measurements.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE analyses (
    content_hash      TEXT PRIMARY KEY NOT NULL, -- SHA-256 hex of the file's bytes
    analysis_json     TEXT NOT NULL,             -- AnalysisJson, Full detail
    analyzer_versions TEXT NOT NULL,             -- {"tempo": "qm-tempo-1", ...} as JSON
    analyzed_at       TEXT NOT NULL,
    duration_s        REAL,                      -- copies of the JSON, for sorting and filters
    bpm               REAL,
    key               TEXT,
    loudness_lufs     REAL
);

CREATE INDEX analyses_analyzed_at_idx ON analyses(analyzed_at);

CREATE TABLE analysis_files (
    path         TEXT PRIMARY KEY NOT NULL,      -- absolute, canonical
    size         INTEGER NOT NULL,               -- bytes, when hashed
    mtime        TEXT NOT NULL,                  -- last modification, ISO 8601 UTC
    content_hash TEXT NOT NULL REFERENCES analyses(content_hash) ON DELETE CASCADE,
    last_seen_at TEXT NOT NULL
);

CREATE INDEX analysis_files_hash_idx ON analysis_files(content_hash);
CREATE INDEX analysis_files_seen_idx ON analysis_files(last_seen_at);

CREATE TABLE analysis_corrections (
    content_hash TEXT PRIMARY KEY NOT NULL REFERENCES analyses(content_hash) ON DELETE CASCADE,
    bpm          REAL,                           -- the operator's tempo, NULL: none
    key          TEXT,                           -- the operator's key, NULL: none
    corrected_at TEXT NOT NULL
);
