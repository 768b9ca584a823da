-- Users and interactions of imported datasets. Interactions refer to users and items by their integer keys:
-- a 25M-row table holding two text ids and a dataset id per row would be several times larger and slower.
-- Deleting a dataset deletes its interactions explicitly (by user key, which is indexed) before the dataset
-- row; no foreign keys here, so that a bulk load does not pay a lookup per row.

CREATE TABLE dataset_users (
    id         INTEGER PRIMARY KEY,
    dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL,
    -- The dataset's fields for the user (age, gender, occupation, ...), a JSON object.
    attributes TEXT NOT NULL DEFAULT '{}',
    UNIQUE (dataset_id, user_id)
);

-- Clustered by user (WITHOUT ROWID, keyed by user and file order): a history is one range read, MovieLens files
-- (grouped by user) load as appends, and there is no separate user index to build.
CREATE TABLE interactions (
    user_key  INTEGER NOT NULL,
    -- Order of the row in the dataset's files: breaks ties between equal times, orders undated histories.
    position  INTEGER NOT NULL,
    item_key  INTEGER NOT NULL,
    -- NULL when the interaction has no rating (a book marked "to read").
    rating    REAL,
    -- Seconds since 1970, NULL when the dataset gives no time.
    timestamp INTEGER,
    review    TEXT,
    PRIMARY KEY (user_key, position)
) WITHOUT ROWID;
CREATE INDEX interactions_by_item ON interactions (item_key);

-- Fields of an item beyond the catalogue columns (description, URLs, tags), a JSON object. No foreign key:
-- a cascade from items would slow every catalogue replacement by a third; the dataset store deletes these.
CREATE TABLE item_details (
    item_key INTEGER PRIMARY KEY,
    details  TEXT NOT NULL
);

-- Where an imported dataset came from and what it holds; the sample catalogue has no row here.
CREATE TABLE dataset_imports (
    dataset_id        TEXT PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
    format            TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    user_count        INTEGER NOT NULL,
    interaction_count INTEGER NOT NULL,
    skipped_rows      INTEGER NOT NULL,
    imported_at       TEXT    NOT NULL
);

-- The files read, whose names, sizes and hashes make up the dataset's version.
CREATE TABLE dataset_files (
    dataset_id TEXT    NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    PRIMARY KEY (dataset_id, name)
);
