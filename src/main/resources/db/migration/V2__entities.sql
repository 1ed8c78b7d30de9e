-- Named entities of each article (people, organisations, places), for story pages and search.
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  type       TEXT    NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, type, name)
);
CREATE INDEX article_entities_name ON article_entities(name COLLATE NOCASE);
