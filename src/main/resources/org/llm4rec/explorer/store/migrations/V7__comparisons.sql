-- Named sets of column configurations (JSON list of ColumnConfiguration).
CREATE TABLE comparisons (
    name         TEXT PRIMARY KEY,
    columns_json TEXT NOT NULL,
    saved_at     TEXT NOT NULL
);

-- One press of Run all: every column on one profile and one frozen candidate set.
CREATE TABLE comparison_runs (
    id           TEXT PRIMARY KEY,
    started_at   TEXT NOT NULL,
    profile_id   TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    rerun_of     TEXT REFERENCES comparison_runs (id)
);

-- The runs a comparison run grouped, by column and repeat, with the column's configuration as JSON.
CREATE TABLE comparison_run_columns (
    comparison_run_id TEXT    NOT NULL REFERENCES comparison_runs (id),
    column_index      INTEGER NOT NULL,
    repeat_index      INTEGER NOT NULL,
    config_json       TEXT    NOT NULL,
    run_id            TEXT    NOT NULL REFERENCES runs (id),
    PRIMARY KEY (comparison_run_id, column_index, repeat_index)
);
CREATE INDEX comparison_run_columns_run ON comparison_run_columns (run_id);
CREATE INDEX comparison_runs_started ON comparison_runs (started_at);
