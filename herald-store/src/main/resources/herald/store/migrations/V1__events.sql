-- Herald store, schema version 1: articles, their sentences and actor mentions, events and event mentions.
CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    date         DATE NOT NULL,
    source       VARCHAR,
    title        VARCHAR,
    body         VARCHAR,
    content_hash VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);
CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE actor_mentions (
    article_id VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL,
    head       INTEGER NOT NULL,
    code       VARCHAR,
    text       VARCHAR,
    how        VARCHAR
);
CREATE SEQUENCE event_ids START 1;
CREATE TABLE events (
    id            BIGINT PRIMARY KEY DEFAULT nextval('event_ids'),
    article_id    VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    date          DATE NOT NULL,
    source        VARCHAR NOT NULL,
    source_text   VARCHAR,
    target        VARCHAR NOT NULL,
    target_text   VARCHAR,
    code          VARCHAR NOT NULL,
    root          VARCHAR NOT NULL,
    code_name     VARCHAR,
    goldstein     DOUBLE,
    quad_class    INTEGER,
    plover_type   VARCHAR,
    plover_mode   VARCHAR,
    pattern       VARCHAR,
    trigger       VARCHAR,
    span          VARCHAR,
    evidence      VARCHAR,
    negated       BOOLEAN,
    attributed_to VARCHAR,
    explanation   VARCHAR
);
CREATE TABLE event_mentions (
    event_id   BIGINT NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
