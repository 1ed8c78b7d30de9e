-- The names an outlet's pages declare (og:site_name, JSON-LD publisher), counted by host: an article
-- whose page could not be read (a 404, a cookie wall) or names no site is named after the host's
-- usual name, so one outlet has one name whichever way its articles were read. Filled as pages are
-- read; a data folder from before starts empty and learns from its next fetch.
CREATE TABLE outlet_names (
  host  TEXT    NOT NULL, -- lower case, without a leading "www."
  name  TEXT    NOT NULL,
  pages INTEGER NOT NULL,
  PRIMARY KEY (host, name)
);
