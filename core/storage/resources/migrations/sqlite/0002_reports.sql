-- Migration 0002 (SQLite): index of creation and run reports written under reports/.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    artist_id     TEXT REFERENCES artists(id) ON DELETE SET NULL,
    kind          TEXT NOT NULL,            -- "creation", "run", ...
    created_at    TEXT NOT NULL,
    title         TEXT NOT NULL,
    json_path     TEXT NOT NULL,            -- relative to the data dir
    markdown_path TEXT NOT NULL             -- relative to the data dir
);

CREATE INDEX reports_artist_idx ON reports(artist_id);
CREATE INDEX reports_created_idx ON reports(created_at);
