-- The digest version (NewsStore.digestVersion): one counter row, raised by a trigger in the
-- transaction of every write that settles what a digest shows: a brief written, rewritten or
-- removed, a story merged (or unmerged, or removed), a related-stories row written or removed. A
-- request reads this one row where it used to aggregate three whole tables; a commit of another
-- process (a fetch beside serve) moves it as one of this process does. Triggers rather than bumps
-- in the Java writes: no write path, present or future, can forget it, and it commits or rolls back
-- with the write that caused it. A replacement of a story's related list raises it once per row;
-- only its movement matters, never its value.
CREATE TABLE digest_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO digest_version(id, version) VALUES (1, 0);

CREATE TRIGGER digest_brief_inserted AFTER INSERT ON briefs
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_brief_updated AFTER UPDATE ON briefs
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_brief_deleted AFTER DELETE ON briefs
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_story_merged AFTER UPDATE OF merged_into ON stories
WHEN old.merged_into IS NOT new.merged_into
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_story_deleted AFTER DELETE ON stories
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_related_inserted AFTER INSERT ON related_stories
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_related_updated AFTER UPDATE ON related_stories
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER digest_related_deleted AFTER DELETE ON related_stories
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;
