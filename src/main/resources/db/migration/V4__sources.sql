-- Source management (discovery, OPML import/export): the site a source belongs to and the
-- folder (OPML outline) it is filed under. Both optional.
ALTER TABLE sources ADD COLUMN site_url TEXT;
ALTER TABLE sources ADD COLUMN folder TEXT;
