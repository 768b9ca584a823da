-- Who interacted with an item, kept by the import instead of an index of all interactions by item: building that
-- index sorted every interaction again and took longer than the rest of a 25M-row import.

-- Per item of an imported dataset: its interactions, how many carry a rating, and the sum of those ratings.
CREATE TABLE item_activity (
    item_key     INTEGER PRIMARY KEY,
    interactions INTEGER NOT NULL,
    rated        INTEGER NOT NULL,
    rating_sum   REAL    NOT NULL
);

-- The latest 20 interactions of each item (by time, then file order), which the catalogue browser lists.
CREATE TABLE item_latest (
    item_key INTEGER NOT NULL,
    user_key INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (item_key, user_key, position)
) WITHOUT ROWID;

INSERT INTO item_activity (item_key, interactions, rated, rating_sum)
SELECT item_key, COUNT(*), COUNT(rating), TOTAL(rating) FROM interactions GROUP BY item_key;

INSERT INTO item_latest (item_key, user_key, position)
SELECT item_key, user_key, position FROM (
    SELECT item_key, user_key, position,
           ROW_NUMBER() OVER (PARTITION BY item_key ORDER BY timestamp DESC, position DESC) AS latest
    FROM interactions)
WHERE latest <= 20;

DROP INDEX IF EXISTS interactions_by_item;
