-- Migration 0005 (SQLite): evolution plans and lifecycle events (issue 5). A plan is made from
-- one artist version and, when applied, names the version it created; its directives are
-- PlanDirective JSON ([{"field", "item", "before", "after", "reason", "expectedGain"}]).
-- lifecycle_events logs every status change the lifecycle rules made, with the rule and reason.
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE evolution_plans (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    artist_id            TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    artist_version       INTEGER NOT NULL,  -- the version the plan was made from
    created_at           TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'proposed'
                         CHECK (status IN ('proposed', 'applied', 'rejected')),
    directives_json      TEXT NOT NULL,
    compatibility_before REAL NOT NULL DEFAULT 0,
    expected_gain        REAL NOT NULL DEFAULT 0, -- compatibility after minus before
    decided_at           TEXT,              -- when applied or rejected
    applied_version      INTEGER            -- the artist version applying it created
);

CREATE INDEX evolution_plans_artist_idx ON evolution_plans(artist_id, created_at);

CREATE TABLE lifecycle_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    artist_id   TEXT NOT NULL REFERENCES artists(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    from_status TEXT NOT NULL,              -- candidate, active, evolving, paused, retired
    to_status   TEXT NOT NULL,
    rule        TEXT NOT NULL,              -- "pause.approval", "retire.rejections", ...
    reason      TEXT NOT NULL
);

CREATE INDEX lifecycle_events_artist_idx ON lifecycle_events(artist_id, at);
