-- Profiles built by hand: optional facts about the person, and a like or dislike per entry.
ALTER TABLE profiles ADD COLUMN age_group TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN occupation TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE profile_entries ADD COLUMN reaction TEXT NOT NULL DEFAULT 'NONE'
    CHECK (reaction IN ('NONE', 'LIKED', 'DISLIKED'));

-- The fingerprint of the profile a run was made from, so that results of an older version show as stale.
ALTER TABLE runs ADD COLUMN profile_hash TEXT;
