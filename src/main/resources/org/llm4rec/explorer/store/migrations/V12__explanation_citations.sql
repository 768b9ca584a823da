-- Per user result: how many listed items came with an explanation, and how many of those explanations name an item,
-- creator or genre as the user's that the known history does not hold. Results stored before this step count 0 of 0.
ALTER TABLE experiment_results ADD COLUMN explained INTEGER NOT NULL DEFAULT 0;
ALTER TABLE experiment_results ADD COLUMN cites_absent_history INTEGER NOT NULL DEFAULT 0;
