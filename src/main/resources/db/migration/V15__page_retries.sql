-- Pages that failed for a while. An article whose page failed in a way that may pass (a timeout, a network
-- error, 408, 425, 429 or a 5xx, a robots.txt that could not be read) is stored with the feed's text, often
-- one sentence; its page is read again a few times while its entry is listed (pipeline.DeadLinks).
--   page_retries: NULL when no such read is pending (the page was read, is gone, or answered something that
--                 will not pass); n >= 0 when the page failed that way and has been read again n times since
--                 (each failed retry adds one, with page_checked_at); cleared when the page reads or the
--                 article's text no longer comes from the feed.
ALTER TABLE articles ADD COLUMN page_retries INTEGER;

-- Articles stored before whose page answered a status that may pass are read again like new ones (the
-- statuses are the pipeline's; an article whose page got no answer at all kept no status and cannot be told
-- from one with no link).
UPDATE articles SET page_retries = 0
WHERE text_source = 'feed' AND link_gone = 0 AND url IS NOT NULL AND url <> ''
  AND (page_status IN (408, 425, 429) OR page_status >= 500);
