-- Grounding looks titles up in item_titles (V11), which holds every key a title has; nothing read the single
-- normalised title of each item any more, yet every import computed it, wrote it and kept an index of it.
DROP INDEX IF EXISTS items_normalised_title;
ALTER TABLE items DROP COLUMN normalised_title;
