-- Herald store, schema version 7: the quotations and figures of each article (issue 12). Written in the article's
-- ingest transaction and replaced with it. event_ids: the events coded inside a quote; event_id: the event a figure
-- belongs to (NULL when none). Offsets are characters in the sentence's text. No secondary indexes (see V4).
CREATE SEQUENCE IF NOT EXISTS quote_ids START 1;
CREATE TABLE IF NOT EXISTS quotes (
    id           BIGINT PRIMARY KEY DEFAULT nextval('quote_ids'),
    article_id   VARCHAR NOT NULL,
    sentence     INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    speaker      VARCHAR,
    speaker_text VARCHAR,
    verb         VARCHAR,
    text         VARCHAR,
    begin_char   INTEGER,
    end_char     INTEGER,
    event_ids    BIGINT[],
    speaker_how  VARCHAR
);
CREATE SEQUENCE IF NOT EXISTS figure_ids START 1;
CREATE TABLE IF NOT EXISTS figures (
    id            BIGINT PRIMARY KEY DEFAULT nextval('figure_ids'),
    article_id    VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    value         DOUBLE NOT NULL,
    low           DOUBLE,
    high          DOUBLE,
    unit          VARCHAR,
    category      VARCHAR NOT NULL,
    counted       VARCHAR,
    among         VARCHAR,
    qualifier     VARCHAR,
    claimant      VARCHAR,
    claimant_text VARCHAR,
    event_id      BIGINT,
    text          VARCHAR,
    begin_char    INTEGER,
    end_char      INTEGER
);
