-- Every key a catalogue item can be looked up by when a model names it: its title normalised
-- (TitleNormaliser), the alternative titles it carries in parentheses or another field (goodbooks'
-- original_title), and shortened forms (the title before a subtitle, a product name before its details).
-- Tier 1 keys are whole titles, tier 2 shortened ones; grounding trusts tier 1 more.
CREATE TABLE item_titles (
    item_key   INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    dataset_id TEXT    NOT NULL,
    title_key  TEXT    NOT NULL,
    tier       INTEGER NOT NULL,
    PRIMARY KEY (item_key, title_key)
) WITHOUT ROWID;
CREATE INDEX item_titles_key ON item_titles (dataset_id, title_key);

-- Which version of the key rules a dataset's keys were made with. Catalogues stored before this table, or
-- under older rules, get their keys (re)made the first time grounding looks in them.
CREATE TABLE title_key_versions (
    dataset_id TEXT PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL
);
