-- Times are UTC text of fixed width (yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ) so that they sort as text and
-- round-trip an Instant exactly.

CREATE TABLE datasets (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    item_kind  TEXT    NOT NULL,
    version    TEXT    NOT NULL,
    item_count INTEGER NOT NULL,
    created_at TEXT    NOT NULL
);

-- The integer key is the full-text index's rowid: an explicit one, because SQLite may renumber implicit
-- rowids on VACUUM and the index would then point at the wrong items.
CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    dataset_id       TEXT    NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    item_id          TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    creators         TEXT    NOT NULL DEFAULT '',
    year             INTEGER,
    categories       TEXT    NOT NULL DEFAULT '',
    popularity       INTEGER NOT NULL DEFAULT 0,
    -- TitleNormaliser's key, filled on insert, for grounding.
    normalised_title TEXT    NOT NULL,
    -- Java's lower case of the title: SQLite's NOCASE and lower() fold ASCII letters only.
    folded_title     TEXT    NOT NULL,
    UNIQUE (dataset_id, item_id)
);
CREATE INDEX items_normalised_title ON items (dataset_id, normalised_title);
CREATE INDEX items_folded_title ON items (dataset_id, folded_title);

-- Substring search that tolerates typos: trigrams match parts of words, so "Hunger Gams" still shares most
-- trigrams with "The Hunger Games". Contentless: the text lives once, in items, and queries join items by
-- rowid = items.id; contentless_delete lets a row be removed by rowid alone, which makes replacing a
-- catalogue about ten times cheaper than re-tokenising the old text to delete it.
CREATE VIRTUAL TABLE items_fts USING fts5(
    title, creators, categories,
    content = '', contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);

-- New items are indexed by the statement that loads them (one INSERT ... SELECT per catalogue, much faster
-- than a trigger firing per row); these triggers keep the index in step with every other change.
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    DELETE FROM items_fts WHERE rowid = old.id;
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF id, title, creators, categories ON items BEGIN
    DELETE FROM items_fts WHERE rowid = old.id;
    INSERT INTO items_fts (rowid, title, creators, categories)
    VALUES (new.id, new.title, new.creators, new.categories);
END;

CREATE TABLE profiles (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    dataset_id  TEXT NOT NULL REFERENCES datasets (id),
    description TEXT NOT NULL DEFAULT '',
    preferences TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);
CREATE INDEX profiles_dataset ON profiles (dataset_id, name);

-- No foreign key to items: a catalogue is replaced wholesale when its dataset is re-imported, and a
-- profile must survive that. Loading reports entries whose item has gone.
CREATE TABLE profile_entries (
    profile_id TEXT    NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    item_id    TEXT    NOT NULL,
    rating     REAL,
    held_out   INTEGER NOT NULL DEFAULT 0 CHECK (held_out IN (0, 1)),
    PRIMARY KEY (profile_id, position)
);

-- Runs are a record of what happened: no foreign keys, so that they outlive the profiles and datasets
-- they were made from. Options, recommendations and metrics are JSON.
CREATE TABLE runs (
    id                   TEXT PRIMARY KEY,
    created_at           TEXT    NOT NULL,
    dataset_id           TEXT,
    dataset_version      TEXT,
    profile_id           TEXT,
    profile_name         TEXT,
    strategy_id          TEXT,
    template_id          TEXT,
    template_version     INTEGER NOT NULL,
    model                TEXT,
    model_digest         TEXT,
    server_version       TEXT,
    options_json         TEXT,
    prompt               TEXT,
    prompt_hash          TEXT,
    raw_response         TEXT,
    thinking             TEXT    NOT NULL DEFAULT '',
    parse_status         TEXT,
    recommendations_json TEXT    NOT NULL,
    metrics_json         TEXT,
    status               TEXT,
    message              TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX runs_created_at ON runs (created_at);
