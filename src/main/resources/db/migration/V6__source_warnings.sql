-- A source whose last document could be read only in part (truncated, not well-formed) keeps
-- answering and is polled as usual, but says so: what was wrong and how many entries were read.
-- Null when the last document was whole. Existing sources start without a warning.
ALTER TABLE sources ADD COLUMN last_warning TEXT;
