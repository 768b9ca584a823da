-- Settings as named text values: a new setting needs no migration.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Answers by request: the key is a SHA-256 over model digest, prompt, options, format and repeat index.
CREATE TABLE response_cache (
    cache_key    TEXT PRIMARY KEY,
    model        TEXT NOT NULL,
    text         TEXT NOT NULL,
    thinking     TEXT NOT NULL DEFAULT '',
    done_reason  TEXT,
    metrics_json TEXT,
    created_at   TEXT NOT NULL
);

-- Why a run failed (LlmFailure name), so that the result column can offer the remedy again, e.g. a pull.
ALTER TABLE runs ADD COLUMN failure TEXT;
