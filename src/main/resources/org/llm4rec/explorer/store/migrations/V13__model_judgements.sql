-- Model judges' scores of explanations, one row per judge and explanation, kept apart from people's ratings.
-- judge_id names the model and the template version, so that an edited template starts a new judge.
CREATE TABLE model_judgements (
    judge_id         TEXT    NOT NULL,
    run_id           TEXT    NOT NULL,
    rank             INTEGER NOT NULL,
    model            TEXT    NOT NULL,
    template_id      TEXT    NOT NULL,
    template_version INTEGER NOT NULL,
    item_title       TEXT    NOT NULL,
    scores_json      TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    raw_answer       TEXT    NOT NULL,
    problem          TEXT    NOT NULL,
    judged_at        TEXT    NOT NULL,
    PRIMARY KEY (judge_id, run_id, rank)
);

-- Pairwise verdicts, each pair in both orders: first_run_id is the explanation shown as A.
CREATE TABLE model_pair_judgements (
    judge_id      TEXT    NOT NULL,
    pair_key      TEXT    NOT NULL,
    first_run_id  TEXT    NOT NULL,
    second_run_id TEXT    NOT NULL,
    first_rank    INTEGER NOT NULL,
    second_rank   INTEGER NOT NULL,
    item_title    TEXT    NOT NULL,
    verdict       TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    raw_answer    TEXT    NOT NULL,
    judged_at     TEXT    NOT NULL,
    PRIMARY KEY (judge_id, pair_key, first_run_id)
);
