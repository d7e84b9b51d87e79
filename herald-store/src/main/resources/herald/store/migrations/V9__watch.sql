-- What herald watch has dealt with, so that a restart neither fetches nor ingests it again. seen_urls: the article
-- pages of feeds (by URL) and the files of watched directories (file: URLs, with their size and modification time
-- in detail, so a changed file is read again). outcome: ingested; gone (404 or 410); refused (robots.txt, not HTML,
-- over a limit, no text, could not be coded); retry (a failure that may pass: 5xx, time-outs; attempts counts the
-- polls that tried). validators: the ETag and Last-Modified a feed last answered with, for conditional GETs.
CREATE TABLE IF NOT EXISTS seen_urls (
    url VARCHAR PRIMARY KEY,
    outcome VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    article_id VARCHAR,
    feed VARCHAR,
    attempts INTEGER NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    checked_at TIMESTAMP NOT NULL
);
