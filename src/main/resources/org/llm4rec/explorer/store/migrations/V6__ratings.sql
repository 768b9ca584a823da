-- Human judgements of explanations. One current rating per rater per explanation: rating again replaces it.
CREATE TABLE ratings (
    id             TEXT PRIMARY KEY,
    run_id         TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    rank           INTEGER NOT NULL,
    item_id        TEXT,
    item_title     TEXT    NOT NULL DEFAULT '',
    relevance      INTEGER NOT NULL CHECK (relevance BETWEEN 1 AND 5),
    specificity    INTEGER NOT NULL CHECK (specificity BETWEEN 1 AND 5),
    persuasiveness INTEGER NOT NULL CHECK (persuasiveness BETWEEN 1 AND 5),
    faithfulness   INTEGER NOT NULL CHECK (faithfulness BETWEEN 1 AND 5),
    note           TEXT    NOT NULL DEFAULT '',
    rater          TEXT    NOT NULL,
    rated_at       TEXT    NOT NULL,
    origin         TEXT    NOT NULL DEFAULT 'HUMAN',
    UNIQUE (run_id, rank, rater)
);
CREATE INDEX ratings_by_run ON ratings (run_id);

-- Blind A/B votes. Each side's source is copied in full (run, strategy, model, label), so that the leaderboard
-- can be fitted from this table alone.
CREATE TABLE votes (
    id              TEXT PRIMARY KEY,
    session_id      TEXT    NOT NULL,
    pair_key        TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    profile_id      TEXT,
    item_id         TEXT,
    item_title      TEXT    NOT NULL DEFAULT '',
    left_run_id     TEXT    NOT NULL,
    left_strategy   TEXT    NOT NULL,
    left_model      TEXT    NOT NULL,
    left_label      TEXT    NOT NULL,
    right_run_id    TEXT    NOT NULL,
    right_strategy  TEXT    NOT NULL,
    right_model     TEXT    NOT NULL,
    right_label     TEXT    NOT NULL,
    swapped         INTEGER NOT NULL,
    choice          TEXT    NOT NULL,
    rater           TEXT    NOT NULL,
    voted_at        TEXT    NOT NULL,
    origin          TEXT    NOT NULL DEFAULT 'HUMAN'
);
CREATE INDEX votes_by_session ON votes (session_id);
