-- Browser sessions of the web UI, so that a restart (an upgrade) does not log everyone out. Only a
-- SHA-256 hash of each session id is kept: a copy of the database does not hand out live cookies.
CREATE TABLE web_sessions (
  id_hash    TEXT PRIMARY KEY,
  csrf       TEXT NOT NULL,
  expires_at INTEGER NOT NULL -- epoch seconds
);
CREATE INDEX web_sessions_expiry ON web_sessions(expires_at);
