-- What a page says of its own address, kept beside the link an article is known by (url, the feed
-- entry's link, which later polls recognise the entry by and which stays as it is).
--
-- shown_url: the address shown to readers ("Read more", "Also covered by", the API, the feeds out)
--   when it is not url: for an AMP variant, the page's declared same-site canonical, or the link
--   without its AMP markers. NULL: url is shown.
-- declared_canonical: the identity key (UrlCanonicalizer) of the rel=canonical a page declares when
--   it is not the article's own canonical_url, as a copy naming another site's original does. When
--   that original arrives after the copy, it becomes the story's original and the copy its duplicate.
ALTER TABLE articles ADD COLUMN shown_url TEXT;
ALTER TABLE articles ADD COLUMN declared_canonical TEXT;
