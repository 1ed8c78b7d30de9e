-- Web UI state: settings (retention, private reading, the hashed password), saved searches and API tokens.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE saved_searches (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,
  query      TEXT    NOT NULL,
  outlet     TEXT,
  date_from  TEXT,
  date_to    TEXT,
  entity     TEXT,
  created_at TEXT    NOT NULL
);

-- Only a SHA-256 hash of each token is kept; the token itself is shown once when it is created.
CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL,
  token_hash   TEXT    NOT NULL UNIQUE,
  created_at   TEXT    NOT NULL,
  last_used_at TEXT
);

CREATE INDEX articles_time ON articles(coalesce(published, fetched_at));
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX stories_page ON stories(last_published DESC, id) WHERE merged_into IS NULL;
-- the search page's outlet filter lists the distinct outlets
CREATE INDEX articles_outlet ON articles(outlet);
