-- newsdesk schema v1. SQLite is the source of truth; the Lucene index is derived from it.

CREATE TABLE sources (
  id                   INTEGER PRIMARY KEY,
  url                  TEXT    NOT NULL UNIQUE,
  -- a stable key for sources the application registers itself (the demo), so re-registering
  -- on another port updates the row instead of adding one
  key                  TEXT    UNIQUE,
  kind                 TEXT    NOT NULL DEFAULT 'feed',
  title                TEXT,
  added_at             TEXT    NOT NULL,
  etag                 TEXT,
  last_modified        TEXT,
  last_fetch_at        TEXT,
  last_success_at      TEXT,
  last_error           TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  poll_interval_s      INTEGER NOT NULL DEFAULT 1800,
  next_fetch_at        TEXT
);

CREATE TABLE stories (
  id              TEXT    PRIMARY KEY,
  created_at      TEXT    NOT NULL,
  first_published TEXT,
  last_published  TEXT,
  updated_at      TEXT    NOT NULL,
  -- bumped whenever the story's membership changes; briefs are cached per version
  version         INTEGER NOT NULL DEFAULT 1,
  merged_into     TEXT    REFERENCES stories(id)
);
CREATE INDEX stories_updated ON stories(last_published);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  public_id     TEXT    NOT NULL UNIQUE,
  source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  guid          TEXT,
  url           TEXT    NOT NULL,
  canonical_url TEXT    NOT NULL UNIQUE,
  outlet        TEXT,
  title         TEXT    NOT NULL DEFAULT '',
  authors       TEXT    NOT NULL DEFAULT '[]',
  published     TEXT,
  fetched_at    TEXT    NOT NULL,
  language      TEXT,
  description   TEXT,
  image         TEXT,
  text          TEXT    NOT NULL,
  -- 'page' when the text was extracted from the article page, 'feed' when the feed's text was kept
  text_source   TEXT    NOT NULL,
  content_hash  TEXT    NOT NULL,
  duplicate_of  INTEGER REFERENCES articles(id),
  story_id      TEXT    REFERENCES stories(id)
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE UNIQUE INDEX articles_source_guid ON articles(source_id, guid) WHERE guid IS NOT NULL;

CREATE TABLE briefs (
  story_id      TEXT    PRIMARY KEY REFERENCES stories(id),
  story_version INTEGER NOT NULL,
  headline      TEXT    NOT NULL,
  -- the brief's paragraphs of sentences with provenance, as JSON
  body_json     TEXT    NOT NULL,
  read_more_article INTEGER REFERENCES articles(id),
  computed_at   TEXT    NOT NULL
);

CREATE TABLE related_stories (
  story_id   TEXT    NOT NULL REFERENCES stories(id),
  rank       INTEGER NOT NULL,
  related_id TEXT    NOT NULL REFERENCES stories(id),
  score      REAL    NOT NULL,
  PRIMARY KEY (story_id, rank)
);
