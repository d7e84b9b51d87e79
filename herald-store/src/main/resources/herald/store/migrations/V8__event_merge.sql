-- Herald store, schema version 8: one record per real event, and near-duplicate articles.
-- event_mentions is GDELT's Mentions table: one row per coded event (event_id, its row in events) naming the real
-- event it reports (merged_id: the id of that real event's first row in events), with the mention's date and
-- confidence and the outlet that published it (source_name, the article's source). Rows stored before this version
-- are each their own real event until `herald dedup --rebuild` merges them. Every statement may run again
-- on a store that has it (a store whose schema_version was set back), changing nothing.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS merged_id BIGINT;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS date DATE;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS source_name VARCHAR;
UPDATE event_mentions SET merged_id = event_id WHERE merged_id IS NULL;
UPDATE event_mentions SET date = e.date, confidence = e.confidence FROM events e WHERE e.id = event_mentions.event_id AND event_mentions.date IS NULL;
UPDATE event_mentions SET source_name = a.source FROM articles a WHERE a.id = event_mentions.article_id AND event_mentions.source_name IS NULL;
-- Each article's MinHash signature (its word shingles; 32-bit big-endian values), kept so that later articles can be
-- compared with it; and the articles that are near-duplicates of an earlier one (syndicated copies, updated stories),
-- with the estimated Jaccard similarity of their shingles.
CREATE TABLE IF NOT EXISTS article_signatures (
    article_id VARCHAR PRIMARY KEY,
    signature  BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS near_duplicates (
    article_id   VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR NOT NULL,
    similarity   DOUBLE NOT NULL
);
