-- Herald store, schema version 5: why a story was not coded (sports, entertainment or business news that only
-- looks political); NULL for a coded story.
ALTER TABLE articles ADD COLUMN discarded VARCHAR;
