-- Related stories carry their date (DigestStory.Related.updated: the related story's last_published,
-- or the latest correction of one of its articles when later). A front page keeps each story it built
-- while the story's stamp (V9) stands, so the stamp of a story must move when the date of a story it
-- lists as related moves, as it already moves with that story's brief. A new article usually rewrites
-- the related story's brief too (which stamps the stories listing it), but not before the brief is
-- written, and a correction that only rewrites an article's text rewrites no story row.
--
-- 1. The related story's row: its times, or its merge (a story merged away is no longer listed as
--    related, and its stamp alone did not tell the stories listing it).
CREATE TRIGGER stamp_related_story_changed
AFTER UPDATE OF first_published, last_published, merged_into ON stories
WHEN old.first_published IS NOT new.first_published OR old.last_published IS NOT new.last_published
  OR old.merged_into IS NOT new.merged_into
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT story_id, 1 FROM related_stories WHERE related_id = new.id
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

-- 2. A correction of one of its articles (articles.updated_at, V8): it dates the article's own story
--    as well as the stories listing that story as related.
CREATE TRIGGER stamp_article_corrected
AFTER UPDATE OF updated_at ON articles
WHEN new.story_id IS NOT NULL AND old.updated_at IS NOT new.updated_at
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1
    UNION SELECT story_id, 1 FROM related_stories WHERE related_id = new.story_id
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;
