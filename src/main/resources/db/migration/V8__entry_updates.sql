-- Updated feed entries. What the feed said of each article's entry when it was last read (a hash of
-- its title, summary and content, and its updated time), so that an entry that comes back corrected
-- is read again and one listed again unchanged is not; articles from before start without it and
-- take it from their next poll. updated_at: when newsdesk last rewrote the article from its entry.
ALTER TABLE articles ADD COLUMN entry_fingerprint TEXT;
ALTER TABLE articles ADD COLUMN entry_updated TEXT;
ALTER TABLE articles ADD COLUMN updated_at TEXT;

-- Articles rewritten since the search index last saw them: written in the transaction that rewrites
-- the article, deleted once the index has committed their new document (a crash in between only
-- indexes them again).
CREATE TABLE articles_to_reindex (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);

-- Links are shown without their fragment (a feed's ".../story.html#comments" points into the page, not
-- at the article); hash-bang routes ("#!/story/1") are the article on their sites and stay.
UPDATE articles SET url = substr(url, 1, instr(url, '#') - 1)
WHERE instr(url, '#') > 0 AND substr(url, instr(url, '#'), 2) <> '#!';
