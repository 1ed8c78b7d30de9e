-- What ingestion rules written after the data was stored would have made of it.
--
-- 1. Nothing is published after it was read. Since the future-date clamp (pipeline.CandidateArticles), an
--    article whose publication time is after its fetch time is dated at its fetch time; articles stored
--    before it keep a typo'd year or a scheduled post's time, which tops every ranking by recency, moves the
--    story's last_published (the digest window, the front page, the stories API) into the future and sorts
--    search by date wrongly. A read-side clamp would have to repeat min(published, fetched_at) in every
--    query that reads a time, and stories.last_published is derived once at admission: the data is fixed
--    once here instead, as the clamp would have stored it. Story times are recomputed from their articles,
--    the story's version is raised so its brief and related stories are computed again, and the articles
--    are marked for re-indexing (the index keeps each article's time for date filters and sorting).
INSERT OR IGNORE INTO articles_to_reindex(article_id)
  SELECT id FROM articles WHERE published IS NOT NULL AND published > fetched_at;

UPDATE stories SET version = version + 1,
  first_published = (SELECT min(min(coalesce(a.published, a.fetched_at), a.fetched_at)) FROM articles a
                     WHERE a.story_id = stories.id),
  last_published = (SELECT max(min(coalesce(a.published, a.fetched_at), a.fetched_at)) FROM articles a
                    WHERE a.story_id = stories.id)
WHERE id IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL AND published IS NOT NULL AND published > fetched_at);

UPDATE articles SET published = fetched_at WHERE published IS NOT NULL AND published > fetched_at;

-- 2. Pages that got no answer at all. V15 marked for retry the feed-only articles whose page had answered a
--    status that may pass (408/425/429/5xx); one whose page timed out or could not be reached kept no status,
--    so it kept the feed's text (often one sentence) for good. A feed-only article with a link, not gone and
--    without a status is most often such a page; when it is something else (robots.txt disallowed it, an
--    article from before V13 recorded statuses), reading it again costs one request, made only while its
--    entry is still listed, and any answer but a failure that may pass ends the retries (pipeline.DeadLinks).
UPDATE articles SET page_retries = 0
WHERE text_source = 'feed' AND link_gone = 0 AND url IS NOT NULL AND url <> ''
  AND page_status IS NULL AND page_retries IS NULL;
