-- Runs that need several calls (multi-step strategies, bootstrapped rankings) keep every call, and ranking
-- runs keep the candidates they showed, in the order shown, with the protocol and seed that drew them.
ALTER TABLE runs ADD COLUMN steps_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE runs ADD COLUMN candidates_json TEXT;

-- Users' edited templates. Version 1 of every template is the built-in one shipped with the app and is not
-- stored; saved versions count up from 2 per template.
CREATE TABLE templates (
    template_id TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 2),
    name        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    saved_at    TEXT    NOT NULL,
    PRIMARY KEY (template_id, version)
);
