-- Migration 0007 (postgresql): the global market's series, pooled over every country once per
-- (genre, audience, feature, period) when an import finishes or a source is deleted
-- (TrendStore::refreshGlobalSeries), so a global chart reads 520 rows for 10 weekly years
-- instead of pooling 250 countries' rows on every query. Both weighting bases are kept and the
-- reader picks one per period: streams when every observation has them (min_streams > 0), else
-- entries (docs/trends.md, "Weighting").
-- Shipped: never edit. Add a new number (for both backends) instead; see docs/storage.md.

CREATE TABLE trend_global (
    genre          TEXT NOT NULL,
    audience       TEXT NOT NULL,
    feature        TEXT NOT NULL,
    period         TEXT NOT NULL,              -- ISO date
    sample_size    BIGINT NOT NULL,            -- entries over every country
    min_streams    DOUBLE PRECISION,           -- the smallest total_streams of the period
    total_streams  DOUBLE PRECISION NOT NULL,
    stream_weights DOUBLE PRECISION NOT NULL,  -- Σw, w = total_streams, else sample_size
    stream_sum     DOUBLE PRECISION NOT NULL,  -- Σw·mean
    stream_squares DOUBLE PRECISION NOT NULL,  -- Σw·(std² + mean²)
    entry_sum      DOUBLE PRECISION NOT NULL,  -- Σsample_size·mean
    entry_squares  DOUBLE PRECISION NOT NULL,  -- Σsample_size·(std² + mean²)
    min_value      DOUBLE PRECISION,
    max_value      DOUBLE PRECISION,
    PRIMARY KEY (genre, audience, feature, period)
);

INSERT INTO trend_global
SELECT genre, audience, feature, period, SUM(sample_size), MIN(total_streams), SUM(total_streams),
       SUM(w), SUM(w * mean), SUM(w * (std * std + mean * mean)), SUM(sample_size * mean),
       SUM(sample_size * (std * std + mean * mean)), MIN(min_value), MAX(max_value)
FROM (SELECT genre, audience, feature, period, sample_size, total_streams, mean, std, min_value,
             max_value,
             CASE WHEN total_streams > 0 THEN total_streams ELSE sample_size END AS w
      FROM trend_observations) weighted
GROUP BY genre, audience, feature, period;
