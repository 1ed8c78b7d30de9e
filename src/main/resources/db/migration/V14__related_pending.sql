-- Stories whose related stories are still to be computed. A trigger writes the mark in the
-- transaction of every brief written or rewritten (a story is shown once it has a brief, and a new
-- brief means its membership changed), so a process killed between the brief and the related
-- update, or an update that failed, leaves the mark behind and the next run of any command that
-- refreshes derived data (fetch, run, serve's cycle, demo) completes it. The related update deletes
-- the mark in the transaction that stores the story's list, only when the brief it ranked is at
-- least brief_version (a brief rewritten meanwhile by another process keeps its mark).
CREATE TABLE related_pending (
  story_id      TEXT    PRIMARY KEY REFERENCES stories(id),
  brief_version INTEGER NOT NULL
);

CREATE TRIGGER related_pending_brief_inserted AFTER INSERT ON briefs
BEGIN
  INSERT INTO related_pending(story_id, brief_version) VALUES (new.story_id, new.story_version)
  ON CONFLICT(story_id) DO UPDATE SET brief_version = max(brief_version, excluded.brief_version);
END;

CREATE TRIGGER related_pending_brief_updated AFTER UPDATE ON briefs
BEGIN
  INSERT INTO related_pending(story_id, brief_version) VALUES (new.story_id, new.story_version)
  ON CONFLICT(story_id) DO UPDATE SET brief_version = max(brief_version, excluded.brief_version);
END;
