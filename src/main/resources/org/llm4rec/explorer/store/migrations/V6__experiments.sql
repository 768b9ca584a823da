-- Experiments: saved definitions by name, their runs, and one row per user × configuration × repeat, written as
-- each result arrives so that an interrupted run resumes where it stopped. The primary key of a result row is
-- what makes a resume unable to store a user twice.

CREATE TABLE experiment_definitions (
    name            TEXT PRIMARY KEY,
    -- The definition as the experiment files write it (ExperimentJson).
    definition_json TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE experiment_runs (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    -- The definition as run: editing the saved one later does not change what these results mean.
    definition_json TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    -- RUNNING, STOPPED or FINISHED; a crash leaves RUNNING, which resumes like STOPPED.
    state           TEXT NOT NULL,
    sampled_users   INTEGER NOT NULL DEFAULT 0,
    -- Users the protocol left out, by reason: {"TOO_FEW_INTERACTIONS": 3}.
    exclusions_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX experiment_runs_by_name ON experiment_runs (name, created_at);

CREATE TABLE experiment_results (
    experiment_run_id   TEXT    NOT NULL REFERENCES experiment_runs (id) ON DELETE CASCADE,
    configuration_key   TEXT    NOT NULL,
    repeat_index        INTEGER NOT NULL,
    user_id             TEXT    NOT NULL,
    -- COMPLETED, PARSE_FAILED or FAILED (failed ones are redone by a resume).
    outcome             TEXT    NOT NULL,
    -- The stored single run (runs.id) with prompt and answer; NULL for baselines. No foreign key: deleting old
    -- runs must not silently delete experiment results.
    run_id              TEXT,
    ranked_json         TEXT    NOT NULL,
    targets_json        TEXT    NOT NULL,
    history_length      INTEGER NOT NULL,
    listed              INTEGER NOT NULL,
    out_of_catalogue    INTEGER NOT NULL,
    duplicates          INTEGER NOT NULL,
    already_seen        INTEGER NOT NULL,
    not_in_candidates   INTEGER NOT NULL,
    recommended_percentile REAL,
    history_percentile  REAL,
    novelty             REAL,
    latency_ms          INTEGER,
    first_token_ms      INTEGER,
    tokens_in           INTEGER,
    tokens_out          INTEGER,
    message             TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (experiment_run_id, configuration_key, repeat_index, user_id)
);
