-- Migration 0004 (SQLite): country profiles and market trends (issue 5). Every imported row names
-- the import that brought it (import_sources), so re-importing replaces it and deleting an import
-- removes it. Periods are ISO dates ("2024-05-06", the first day of the period); genre and
-- audience '' mean "all". trend_aggregates holds rolling 1/7/30/90-day sums that TrendStore
-- updates incrementally; its days are Julian day numbers so window bounds are plain arithmetic
-- on both backends.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE import_sources (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL CHECK (kind IN ('csv', 'prototype', 'audio-folder', 'sample')),
    label         TEXT NOT NULL,            -- the file or folder imported, or the sample's name
    imported_at   TEXT NOT NULL,
    rows_accepted INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX import_sources_kind_label_idx ON import_sources(kind, label);

CREATE TABLE countries (
    code          TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 2), -- ISO 3166-1 alpha-2
    name          TEXT NOT NULL,
    region        TEXT NOT NULL DEFAULT '',
    languages     TEXT NOT NULL DEFAULT '[]',  -- JSON array: ["de", "en"]
    market_weight REAL NOT NULL DEFAULT 0.3 CHECK (market_weight >= 0 AND market_weight <= 1),
    source_id     INTEGER REFERENCES import_sources(id) ON DELETE SET NULL
);

CREATE TABLE trend_observations (
    source_id     INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    country       TEXT NOT NULL CHECK (length(country) = 2),
    genre         TEXT NOT NULL DEFAULT '',
    audience      TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL,            -- ISO date
    feature       TEXT NOT NULL,            -- trendFeatureName(): tempo, energy, ..., mode
    sample_size   INTEGER NOT NULL CHECK (sample_size >= 0),
    total_streams REAL NOT NULL DEFAULT 0,  -- 0: the source has no stream counts
    mean          REAL NOT NULL,
    std           REAL NOT NULL DEFAULT 0,
    min_value     REAL,                     -- NULL: the source gave no extremes
    max_value     REAL,
    PRIMARY KEY (source_id, country, genre, audience, period, feature)
);

CREATE INDEX trend_observations_segment_idx
    ON trend_observations(country, genre, audience, feature, period);
CREATE INDEX trend_observations_global_idx
    ON trend_observations(genre, audience, feature, period);

CREATE TABLE genre_popularity (
    source_id     INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    country       TEXT NOT NULL CHECK (length(country) = 2),
    period        TEXT NOT NULL,
    genre         TEXT NOT NULL CHECK (genre <> ''),
    stream_share  REAL NOT NULL CHECK (stream_share >= 0 AND stream_share <= 1),
    growth        REAL,                     -- relative change of the share; NULL: unknown
    rank          INTEGER CHECK (rank >= 1),
    PRIMARY KEY (source_id, country, period, genre)
);

CREATE INDEX genre_popularity_country_idx ON genre_popularity(country, period);

CREATE TABLE key_mode_distribution (
    source_id     INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    country       TEXT NOT NULL CHECK (length(country) = 2),
    genre         TEXT NOT NULL DEFAULT '',
    period        TEXT NOT NULL,
    key           INTEGER NOT NULL CHECK (key >= 0 AND key <= 11), -- pitch class, 0 = C
    mode          INTEGER NOT NULL CHECK (mode IN (0, 1)),         -- 1 = major
    count         INTEGER NOT NULL CHECK (count >= 0),
    share         REAL NOT NULL CHECK (share >= 0 AND share <= 1), -- of the period's entries
    PRIMARY KEY (source_id, country, genre, period, key, mode)
);

CREATE INDEX key_mode_distribution_segment_idx
    ON key_mode_distribution(country, genre, period);

CREATE TABLE trend_aggregates (
    country       TEXT NOT NULL,
    genre         TEXT NOT NULL DEFAULT '',
    audience      TEXT NOT NULL DEFAULT '',
    feature       TEXT NOT NULL,
    window_days   INTEGER NOT NULL CHECK (window_days IN (1, 7, 30, 90)),
    end_day       INTEGER NOT NULL,         -- Julian day of the window's last day
    count         INTEGER NOT NULL,         -- chart entries
    total_streams REAL NOT NULL DEFAULT 0,
    sum_weights   REAL NOT NULL,            -- streams, or entries where streams are unknown
    weighted_sum  REAL NOT NULL,            -- sum of weight * mean
    weighted_sum_squares REAL NOT NULL,     -- sum of weight * (std^2 + mean^2)
    min_value     REAL,
    max_value     REAL,
    PRIMARY KEY (country, genre, audience, feature, window_days, end_day)
);
