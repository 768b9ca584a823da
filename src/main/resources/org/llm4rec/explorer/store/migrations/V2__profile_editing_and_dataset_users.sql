-- Profiles built by hand: optional facts about the person, and a like or dislike per entry.
ALTER TABLE profiles ADD COLUMN age_group TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN occupation TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE profile_entries ADD COLUMN reaction TEXT NOT NULL DEFAULT 'NONE'
    CHECK (reaction IN ('NONE', 'LIKED', 'DISLIKED'));

-- The fingerprint of the profile a run was made from, so that results of an older version show as stale.
ALTER TABLE runs ADD COLUMN profile_hash TEXT;

-- The users of an imported dataset, with whatever demographics it has (empty when it has none).
CREATE TABLE dataset_users (
    dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL,
    gender     TEXT NOT NULL DEFAULT '',
    age        TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    location   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dataset_id, user_id)
);

-- Their interactions. No foreign key to items, like profile_entries: reading reports an item that has gone.
-- The time is epoch seconds (what MovieLens, Amazon and goodbooks give), null when the dataset has none.
CREATE TABLE user_interactions (
    dataset_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    rating     REAL,
    time       INTEGER,
    FOREIGN KEY (dataset_id, user_id) REFERENCES dataset_users (dataset_id, user_id) ON DELETE CASCADE
);
CREATE INDEX user_interactions_user ON user_interactions (dataset_id, user_id, time);
