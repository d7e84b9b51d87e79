-- Where each event happened (NULL or '' when its story does not say): the place's words, gazetteer id and name,
-- country (ISO 3166 alpha-3), first-level region, precision (city / region / country), position and what tied it
-- to the event (clause / sentence / dateline).
ALTER TABLE events ADD COLUMN location VARCHAR;
ALTER TABLE events ADD COLUMN location_id VARCHAR;
ALTER TABLE events ADD COLUMN location_name VARCHAR;
ALTER TABLE events ADD COLUMN location_country VARCHAR;
ALTER TABLE events ADD COLUMN location_region VARCHAR;
ALTER TABLE events ADD COLUMN location_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN location_precision VARCHAR;
ALTER TABLE events ADD COLUMN location_lat DOUBLE;
ALTER TABLE events ADD COLUMN location_lon DOUBLE;
ALTER TABLE events ADD COLUMN location_how VARCHAR;
