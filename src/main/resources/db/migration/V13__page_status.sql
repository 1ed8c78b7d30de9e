-- Dead links. What the article's page answered when newsdesk last fetched it, so that no output sends a
-- reader to a page that is gone (a "Read more" or an outlet link to a 404).
--   page_status: the HTTP status of the last fetch of the page that got an answer (200 when it was read,
--                404, 503...); NULL when no answer came (a timeout, a network error), the entry had no
--                link, or the article was stored before this column existed.
--   link_gone:   1 when the page answered a status that means it is gone for good (404 and 410, the
--                pipeline's setting); cleared when a later fetch reads the page again. A transient failure
--                (5xx, 429, a timeout) leaves it as it was. Articles stored before start as not gone: their
--                pages' answers were not kept.
--   page_checked_at: when the page was last fetched again after the article was stored (a gone page is
--                read again at most so often, pipeline.DeadLinks); NULL: not since fetched_at.
ALTER TABLE articles ADD COLUMN page_status INTEGER;
ALTER TABLE articles ADD COLUMN link_gone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN page_checked_at TEXT;

-- A story's front-page entry shows whether each article's link is gone (V9's stamps): a change of the mark
-- moves the story's stamp like a rewritten link does.
DROP TRIGGER stamp_article_updated;
CREATE TRIGGER stamp_article_updated AFTER UPDATE OF story_id, outlet, url, title, published, language, link_gone ON articles
BEGIN
  INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1 WHERE new.story_id IS NOT NULL
    UNION SELECT old.story_id, 1 WHERE old.story_id IS NOT NULL
    ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
END;

-- And the digest version (V9) moves with it, so that a front page or feed built before shows the change
-- even when no brief is rewritten with it (the pipeline rewrites the brief as well: "Read more" may move).
CREATE TRIGGER digest_article_link_gone AFTER UPDATE OF link_gone ON articles
WHEN old.link_gone IS NOT new.link_gone
BEGIN
  UPDATE digest_version SET version = version + 1 WHERE id = 1;
END;
