-- No secondary indexes on events. DuckDB (1.4) replays the WAL of an unclean exit into an index only when something
-- binds that index; a first open that never touched events (herald query --sql "SELECT 1") checkpointed them on
-- close without the replayed rows, so lookups by article id or date missed rows a scan found, and a re-ingest's
-- DELETE FROM events WHERE article_id = ? left the old events behind. Filters on article_id and date are served by
-- DuckDB's per-row-group min/max statistics instead; the primary keys stay (they are bound during the replay).
DROP INDEX IF EXISTS events_article;
DROP INDEX IF EXISTS events_date;
-- Events such a DELETE missed: their event_mentions rows (a table without index) went, so they have none.
DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_mentions);
