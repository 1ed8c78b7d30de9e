-- Times are compared as text (<, max(), ORDER BY, the story-page cursor), which orders them in time only
-- when all have one width. They were written as Instant.toString(), which drops trailing zero digits
-- ("...:00Z", "...:00.500Z", "...:00.500100Z"), and '.' sorts before 'Z', so a time half a second into a
-- minute compared before the whole second. Every time column is rewritten to the fixed width the store
-- now writes: nine fractional digits, "2024-05-01T10:00:00.500000000Z". The rewrite is textual (the
-- digits present, padded with zeros), so no value changes its instant; values of another shape (none
-- is expected) are left as they are. (saved_searches.date_from/date_to are dates, fixed width already;
-- web_sessions.expires_at is a number.)
UPDATE sources SET added_at = substr(added_at, 1, 19) || '.000000000Z'
  WHERE added_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE sources SET added_at = substr(added_at, 1, 20) || substr(substr(added_at, 21, length(added_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE added_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(added_at) < 30;
UPDATE sources SET last_fetch_at = substr(last_fetch_at, 1, 19) || '.000000000Z'
  WHERE last_fetch_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE sources SET last_fetch_at = substr(last_fetch_at, 1, 20) || substr(substr(last_fetch_at, 21, length(last_fetch_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE last_fetch_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(last_fetch_at) < 30;
UPDATE sources SET last_success_at = substr(last_success_at, 1, 19) || '.000000000Z'
  WHERE last_success_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE sources SET last_success_at = substr(last_success_at, 1, 20) || substr(substr(last_success_at, 21, length(last_success_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE last_success_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(last_success_at) < 30;
UPDATE sources SET next_fetch_at = substr(next_fetch_at, 1, 19) || '.000000000Z'
  WHERE next_fetch_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE sources SET next_fetch_at = substr(next_fetch_at, 1, 20) || substr(substr(next_fetch_at, 21, length(next_fetch_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE next_fetch_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(next_fetch_at) < 30;
UPDATE stories SET created_at = substr(created_at, 1, 19) || '.000000000Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE stories SET created_at = substr(created_at, 1, 20) || substr(substr(created_at, 21, length(created_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(created_at) < 30;
UPDATE stories SET first_published = substr(first_published, 1, 19) || '.000000000Z'
  WHERE first_published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE stories SET first_published = substr(first_published, 1, 20) || substr(substr(first_published, 21, length(first_published) - 21) || '000000000', 1, 9) || 'Z'
  WHERE first_published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(first_published) < 30;
UPDATE stories SET last_published = substr(last_published, 1, 19) || '.000000000Z'
  WHERE last_published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE stories SET last_published = substr(last_published, 1, 20) || substr(substr(last_published, 21, length(last_published) - 21) || '000000000', 1, 9) || 'Z'
  WHERE last_published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(last_published) < 30;
UPDATE stories SET updated_at = substr(updated_at, 1, 19) || '.000000000Z'
  WHERE updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE stories SET updated_at = substr(updated_at, 1, 20) || substr(substr(updated_at, 21, length(updated_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(updated_at) < 30;
UPDATE articles SET published = substr(published, 1, 19) || '.000000000Z'
  WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE articles SET published = substr(published, 1, 20) || substr(substr(published, 21, length(published) - 21) || '000000000', 1, 9) || 'Z'
  WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(published) < 30;
UPDATE articles SET fetched_at = substr(fetched_at, 1, 19) || '.000000000Z'
  WHERE fetched_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE articles SET fetched_at = substr(fetched_at, 1, 20) || substr(substr(fetched_at, 21, length(fetched_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE fetched_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(fetched_at) < 30;
UPDATE articles SET entry_updated = substr(entry_updated, 1, 19) || '.000000000Z'
  WHERE entry_updated GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE articles SET entry_updated = substr(entry_updated, 1, 20) || substr(substr(entry_updated, 21, length(entry_updated) - 21) || '000000000', 1, 9) || 'Z'
  WHERE entry_updated GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(entry_updated) < 30;
UPDATE articles SET updated_at = substr(updated_at, 1, 19) || '.000000000Z'
  WHERE updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE articles SET updated_at = substr(updated_at, 1, 20) || substr(substr(updated_at, 21, length(updated_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(updated_at) < 30;
UPDATE briefs SET computed_at = substr(computed_at, 1, 19) || '.000000000Z'
  WHERE computed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE briefs SET computed_at = substr(computed_at, 1, 20) || substr(substr(computed_at, 21, length(computed_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE computed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(computed_at) < 30;
UPDATE saved_searches SET created_at = substr(created_at, 1, 19) || '.000000000Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE saved_searches SET created_at = substr(created_at, 1, 20) || substr(substr(created_at, 21, length(created_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(created_at) < 30;
UPDATE api_tokens SET created_at = substr(created_at, 1, 19) || '.000000000Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE api_tokens SET created_at = substr(created_at, 1, 20) || substr(substr(created_at, 21, length(created_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(created_at) < 30;
UPDATE api_tokens SET last_used_at = substr(last_used_at, 1, 19) || '.000000000Z'
  WHERE last_used_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
UPDATE api_tokens SET last_used_at = substr(last_used_at, 1, 20) || substr(substr(last_used_at, 21, length(last_used_at) - 21) || '000000000', 1, 9) || 'Z'
  WHERE last_used_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z'
    AND length(last_used_at) < 30;
