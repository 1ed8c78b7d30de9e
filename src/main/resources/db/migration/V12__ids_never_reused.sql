-- Saved-search ids name feeds (/searches/ID/feed, Atom id urn:newsdesk:search:ID) and token ids name
-- what a revocation removes; an INTEGER PRIMARY KEY without AUTOINCREMENT gives the highest id again
-- after it is deleted, so a reader's feed URL could start serving someone else's search. Both tables
-- are rebuilt with AUTOINCREMENT, rows and ids kept: SQLite then never hands out an id it has given
-- before (sqlite_sequence starts at the highest id copied; an id deleted before this migration above
-- that highest one cannot be known, and is the only one that may come back once).
CREATE TABLE saved_searches_v12 (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT    NOT NULL,
  query      TEXT    NOT NULL,
  outlet     TEXT,
  date_from  TEXT,
  date_to    TEXT,
  entity     TEXT,
  created_at TEXT    NOT NULL
);
INSERT INTO saved_searches_v12(id, name, query, outlet, date_from, date_to, entity, created_at)
  SELECT id, name, query, outlet, date_from, date_to, entity, created_at FROM saved_searches;
DROP TABLE saved_searches;
ALTER TABLE saved_searches_v12 RENAME TO saved_searches;

-- Only a SHA-256 hash of each token is kept; the token itself is shown once when it is created.
CREATE TABLE api_tokens_v12 (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT    NOT NULL,
  token_hash   TEXT    NOT NULL UNIQUE,
  created_at   TEXT    NOT NULL,
  last_used_at TEXT
);
INSERT INTO api_tokens_v12(id, name, token_hash, created_at, last_used_at)
  SELECT id, name, token_hash, created_at, last_used_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_v12 RENAME TO api_tokens;
