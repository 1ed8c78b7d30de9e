-- What an article's text says of a news agency (AgencyCredits, summarize/agency-credits.txt), read once
-- when it is stored and again when a corrected entry rewrites it, so that outputs name it without
-- reading texts. credited_agency: the agency whose report the text is (a dateline "WASHINGTON (AP) —",
-- a sign-off, a byline); NULL when it credits none or its outlet is that agency itself.
-- agency_contributed: the agency a contribution footer names ("The Associated Press contributed to this
-- report") when the text is no agency's report; NULL otherwise. Both are NULL for articles stored
-- before V21: they were not read for credits, and are not read now (a regular expression over every
-- stored text is no SQL migration); "Read more" reads the credit from the text and is unchanged.
-- No trigger watches them: they change only with the text, whose correction moves updated_at.
ALTER TABLE articles ADD COLUMN credited_agency TEXT;
ALTER TABLE articles ADD COLUMN agency_contributed TEXT;
