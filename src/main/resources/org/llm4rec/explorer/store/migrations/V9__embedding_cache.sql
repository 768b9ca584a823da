-- Vectors from embedding models, so that a catalogue is embedded once per model version. model_key is the
-- model's digest (its name when the server lists none), text_hash the SHA-256 of the exact text embedded;
-- vector holds little-endian float32 values.
CREATE TABLE embedding_cache (
    model_key  TEXT NOT NULL,
    text_hash  TEXT NOT NULL,
    model      TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    vector     BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (model_key, text_hash)
) WITHOUT ROWID;
