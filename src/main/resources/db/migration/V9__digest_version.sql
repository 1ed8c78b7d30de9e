-- Front page without whole-table reads: a digest version counter and per-story stamps, both kept
-- by triggers.
--
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

-- Story stamps (NewsStore.storyStamps): per story, a number raised by a trigger whenever anything its
-- front-page entry is built from changes: its row (membership version, times, merge), its brief,
-- its articles (added, moved, or an outlet, link, title, time or language rewritten), its related
-- rows, and the brief of a story it lists as related. A front page keeps the entries it built with
-- their stamps and rebuilds, after the digest version moved, only those whose stamp moved, so a
-- request while an ingest writes briefs builds the few stories briefed, not the whole page. A
-- story never stamped has no row (read as 0); rows are never deleted, so a stamp never repeats.
CREATE TABLE story_stamps (
  story_id TEXT    PRIMARY KEY,
  stamp    INTEGER NOT NULL
);
-- The stories that list a story as related, found when its brief changes.
CREATE INDEX related_stories_related ON related_stories(related_id);

CREATE TRIGGER stamp_story_updated AFTER UPDATE ON stories
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (new.id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_brief_inserted AFTER INSERT ON briefs
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1
    UNION SELECT story_id, 1 FROM related_stories WHERE related_id = new.story_id
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_brief_updated AFTER UPDATE ON briefs
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1
    UNION SELECT story_id, 1 FROM related_stories WHERE related_id = new.story_id
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_brief_deleted AFTER DELETE ON briefs
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT old.story_id, 1
    UNION SELECT story_id, 1 FROM related_stories WHERE related_id = old.story_id
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_related_inserted AFTER INSERT ON related_stories
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (new.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_related_updated AFTER UPDATE ON related_stories
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (new.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
  INSERT INTO story_stamps(story_id, stamp) VALUES (old.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_related_deleted AFTER DELETE ON related_stories
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (old.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_article_inserted AFTER INSERT ON articles WHEN new.story_id IS NOT NULL
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (new.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_article_updated AFTER UPDATE OF story_id, outlet, url, title, published, language ON articles
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1 WHERE new.story_id IS NOT NULL
    UNION SELECT old.story_id, 1 WHERE old.story_id IS NOT NULL
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

CREATE TRIGGER stamp_article_deleted AFTER DELETE ON articles WHEN old.story_id IS NOT NULL
BEGIN
  INSERT INTO story_stamps(story_id, stamp) VALUES (old.story_id, 1) ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;
