package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * The {@code articles} table and the named entities of each article ({@code article_entities}).
 * Each method implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteArticles {
  private final SqliteDatabase db;

  SqliteArticles(SqliteDatabase db) {
    this.db = db;
  }

  boolean hasGuid(long sourceId, String guid) {
    return !db.query("SELECT 1 FROM articles WHERE source_id = ? AND guid = ?",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, guid); }, rs -> 1).isEmpty();
  }

  Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl) {
    return first(db.query("SELECT * FROM articles WHERE canonical_url = ?", ps -> ps.setString(1, canonicalUrl), Rows::article));
  }

  Optional<StoredArticle> originalByContentHash(String contentHash) {
    return first(db.query("SELECT * FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        ps -> ps.setString(1, contentHash), Rows::article));
  }

  Optional<StoredArticle> article(long id) {
    return first(db.query("SELECT * FROM articles WHERE id = ?", ps -> ps.setLong(1, id), Rows::article));
  }

  Optional<StoredArticle> articleByPublicId(String publicId) {
    return first(db.query("SELECT * FROM articles WHERE public_id = ?", ps -> ps.setString(1, publicId), Rows::article));
  }

  Optional<StoredArticle> articleByGuid(long sourceId, String guid) {
    return first(db.query("SELECT * FROM articles WHERE source_id = ? AND guid = ?",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, guid); }, Rows::article));
  }

  Optional<StoredArticle> articleByUrl(long sourceId, String url) {
    return first(db.query("SELECT * FROM articles WHERE source_id = ? AND url = ? ORDER BY id LIMIT 1",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, url); }, Rows::article));
  }

  EntryVersion entryVersion(long articleId) {
    return first(db.query("SELECT entry_fingerprint, entry_updated FROM articles WHERE id = ?", ps -> ps.setLong(1, articleId),
        rs -> new EntryVersion(rs.getString(1), Rows.instant(rs.getString(2))))).orElse(EntryVersion.UNKNOWN);
  }

  void saveEntryVersion(long articleId, EntryVersion v) {
    db.update("UPDATE articles SET entry_fingerprint = ?, entry_updated = ? WHERE id = ?", ps -> {
      ps.setString(1, v.fingerprint());
      ps.setString(2, Rows.text(v.updated()));
      ps.setLong(3, articleId);
    });
  }

  void updateArticleContent(long articleId, String title, String description, String text, String textSource,
      String contentHash, Instant now) {
    db.inTransaction(() -> {
      db.update("""
          UPDATE articles SET title = ?, description = ?, text = ?, text_source = ?, content_hash = ?, updated_at = ?
          WHERE id = ?""", ps -> {
        ps.setString(1, title);
        ps.setString(2, description);
        ps.setString(3, text);
        ps.setString(4, textSource);
        ps.setString(5, contentHash);
        ps.setString(6, Rows.text(now));
        ps.setLong(7, articleId);
      });
      db.update("INSERT OR IGNORE INTO articles_to_reindex(article_id) VALUES (?)", ps -> ps.setLong(1, articleId));
      return null;
    });
  }

  void becomeCopiesOf(long formerOriginal, long original) {
    if (formerOriginal == original) throw new IllegalArgumentException("formerOriginal is original: " + original);
    db.update("UPDATE articles SET duplicate_of = ? WHERE (id = ? OR duplicate_of = ?) AND id <> ?", ps -> {
      ps.setLong(1, original);
      ps.setLong(2, formerOriginal);
      ps.setLong(3, formerOriginal);
      ps.setLong(4, original);
    });
  }

  boolean fileArticle(long articleId, String storyId, Long duplicateOf, String language) {
    return db.update("UPDATE articles SET story_id = ?, duplicate_of = ?, language = ? WHERE id = ? AND story_id IS NULL", ps -> {
      ps.setString(1, storyId);
      ps.setObject(2, duplicateOf);
      ps.setString(3, language);
      ps.setLong(4, articleId);
    }) > 0;
  }

  boolean savePageStatus(long articleId, Integer status, boolean gone, Instant now) {
    return db.inTransaction(() -> {
      db.update("UPDATE articles SET page_status = coalesce(?, page_status), page_checked_at = ? WHERE id = ?", ps -> {
        ps.setObject(1, status);
        ps.setString(2, Rows.text(now));
        ps.setLong(3, articleId);
      });
      // Written only when it changes: the story-stamp trigger fires on any write of the column.
      return db.update("UPDATE articles SET link_gone = ? WHERE id = ? AND link_gone <> ?", ps -> {
        ps.setInt(1, gone ? 1 : 0);
        ps.setLong(2, articleId);
        ps.setInt(3, gone ? 1 : 0);
      }) > 0;
    });
  }

  Instant pageCheckedAt(long articleId) {
    return timeOf("SELECT page_checked_at FROM articles WHERE id = ?", articleId);
  }

  void savePageRetries(long articleId, Integer retried) {
    db.update("UPDATE articles SET page_retries = ? WHERE id = ?", ps -> {
      ps.setObject(1, retried);
      ps.setLong(2, articleId);
    });
  }

  Integer pageRetries(long articleId) {
    List<Integer> rows = db.query("SELECT page_retries FROM articles WHERE id = ?", ps -> ps.setLong(1, articleId),
        rs -> {
          int n = rs.getInt(1);
          return rs.wasNull() ? null : n;
        });
    return rows.isEmpty() ? null : rows.getFirst();
  }

  Instant articleUpdatedAt(long articleId) {
    return timeOf("SELECT updated_at FROM articles WHERE id = ?", articleId);
  }

  Instant storyArticlesUpdatedAt(String storyId) {
    // Times have one width (V11), so the greatest text is the latest time.
    List<String> rows = db.query("SELECT max(updated_at) FROM articles WHERE story_id = ?", ps -> ps.setString(1, storyId),
        rs -> rs.getString(1));
    return rows.isEmpty() ? null : Rows.instant(rows.getFirst());
  }

  boolean storyFirstSeenAt(String storyId, Instant time) {
    if (time == null) return false;
    return db.query("""
        SELECT EXISTS (SELECT 1 FROM articles WHERE story_id = ?1 AND published IS NULL AND fetched_at = ?2)
          AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = ?1 AND published = ?2)""",
        ps -> { ps.setString(1, storyId); ps.setString(2, Rows.text(time)); }, rs -> rs.getBoolean(1)).getFirst();
  }

  /** The time in the one column {@code sql} selects for article {@code articleId}; null without the article. */
  private Instant timeOf(String sql, long articleId) {
    List<String> rows = db.query(sql, ps -> ps.setLong(1, articleId), rs -> rs.getString(1));
    return rows.isEmpty() ? null : Rows.instant(rows.getFirst());
  }

  List<StoredArticle> articlesToReindex(long throughId, int limit) {
    return db.query("""
        SELECT a.* FROM articles_to_reindex r JOIN articles a ON a.id = r.article_id
        WHERE r.article_id <= ? ORDER BY r.article_id LIMIT ?""",
        ps -> { ps.setLong(1, throughId); ps.setInt(2, limit); }, Rows::article);
  }

  void reindexed(java.util.Collection<StoredArticle> indexed) {
    db.inTransaction(() -> {
      // Only while the article is as indexed: a rewrite in between keeps the mark it set, and so
      // does a prune (which empties text and description but keeps the content hash).
      for (StoredArticle a : indexed) {
        db.update("DELETE FROM articles_to_reindex WHERE article_id = ? AND EXISTS (SELECT 1 FROM articles WHERE id = ? "
            + "AND title IS ? AND content_hash IS ? AND text IS ? AND description IS ?)", ps -> {
              ps.setLong(1, a.id());
              ps.setLong(2, a.id());
              ps.setString(3, a.title());
              ps.setString(4, a.contentHash());
              ps.setString(5, a.text());
              ps.setString(6, a.description());
            });
      }
      return null;
    });
  }

  StoredArticle insertArticle(StoredArticle a) {
    return db.inTransaction(() -> {
      db.update("""
          INSERT INTO articles(public_id, source_id, guid, url, canonical_url, outlet, title, authors, published,
            fetched_at, language, description, image, text, text_source, content_hash, duplicate_of, story_id,
            page_status, link_gone, shown_url, declared_canonical)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
        ps.setString(1, a.publicId());
        ps.setObject(2, a.sourceId());
        ps.setString(3, a.guid());
        ps.setString(4, a.url());
        ps.setString(5, a.canonicalUrl());
        ps.setString(6, a.outlet());
        ps.setString(7, a.title());
        ps.setString(8, db.json().encode(a.authors()));
        ps.setString(9, Rows.text(a.published()));
        ps.setString(10, Rows.text(a.fetchedAt()));
        ps.setString(11, a.language());
        ps.setString(12, a.description());
        ps.setString(13, a.image());
        ps.setString(14, a.text());
        ps.setString(15, a.textSource());
        ps.setString(16, a.contentHash());
        ps.setObject(17, a.duplicateOf());
        ps.setString(18, a.storyId());
        ps.setObject(19, a.pageStatus());
        ps.setInt(20, a.linkGone() ? 1 : 0);
        ps.setString(21, a.shownUrl());
        ps.setString(22, a.declaredCanonical());
      });
      return articleByPublicId(a.publicId()).orElseThrow();
    });
  }

  List<StoredArticle> articlesOfStory(String storyId) {
    return db.query("SELECT * FROM articles WHERE story_id = ? ORDER BY coalesce(published, fetched_at), id",
        ps -> ps.setString(1, storyId), Rows::article);
  }

  List<StoredArticle> articlesAfter(long afterId, int limit) {
    return db.query("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        ps -> { ps.setLong(1, afterId); ps.setInt(2, limit); }, Rows::article);
  }

  List<StoredArticle> storyArticlesSince(Instant since) {
    return db.query("""
        SELECT a.* FROM articles a JOIN stories s ON s.id = a.story_id
        WHERE s.merged_into IS NULL AND a.duplicate_of IS NULL AND s.last_published >= ? ORDER BY a.id""",
        ps -> ps.setString(1, Rows.text(since)), Rows::article);
  }

  long maxArticleId() {
    return db.queryOne("SELECT coalesce(max(id), 0) FROM articles", rs -> rs.getLong(1));
  }

  long articleCount() {
    return db.queryOne("SELECT count(*) FROM articles", rs -> rs.getLong(1));
  }

  Instant newestArticleTime() {
    // Times are fixed-width text, so min() and max() order them; min(.., fetched_at) keeps an article
    // dated after it was read (stored before the pipeline clamped such dates) from moving the anchor.
    return Rows.instant(db.queryOne("SELECT max(min(coalesce(published, fetched_at), fetched_at)) FROM articles",
        rs -> rs.getString(1)));
  }

  void saveEntities(long articleId, List<StoredEntity> entities) {
    db.replaceRows("DELETE FROM article_entities WHERE article_id = ?", ps -> ps.setLong(1, articleId),
        "INSERT OR IGNORE INTO article_entities(article_id, name, type, mentions) VALUES (?, ?, ?, ?)", entities,
        (ps, e) -> {
          ps.setLong(1, articleId);
          ps.setString(2, e.name());
          ps.setString(3, e.type());
          ps.setInt(4, e.mentions());
        });
  }

  List<StoredEntity> entitiesOfStory(String storyId) {
    return db.query(EntityTally.query("JOIN articles a ON a.id = e.article_id WHERE a.story_id = ?"),
        ps -> { ps.setString(1, storyId); ps.setInt(2, -1); },
        rs -> new StoredEntity(rs.getString("name"), rs.getString("type"), rs.getInt("mentions"), rs.getInt("articles")));
  }

  /** Live stories with an article naming one of {@code names} ({@link #nameMatch}), newest first. */
  List<StoryRecord> storiesWithEntity(EntityNames names, int limit) {
    return db.query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND id IN (
          SELECT a.story_id FROM article_entities e JOIN articles a ON a.id = e.article_id
          WHERE %s) ORDER BY last_published DESC, id LIMIT ?""".formatted(nameMatch(names)),
        ps -> ps.setInt(bindNames(ps, names) + 1, limit), Rows::story);
  }

  /**
   * The condition on {@code e.name} that finds {@code names} under the case rule of
   * {@link EntityNames}: any form written the same, or a caseless form equal ignoring case to a
   * stored name that is no initialism ({@link EntityTally#CASELESS}: a stored "US" is matched only
   * exactly). SQLite's NOCASE folds ASCII letters only, so other scripts match as written.
   */
  static String nameMatch(EntityNames names) {
    String exact = "e.name IN (" + placeholders(names.forms().size()) + ")";
    int caseless = names.caseless().size();
    return caseless == 0 ? exact
        : "(" + exact + " OR (e.name COLLATE NOCASE IN (" + placeholders(caseless) + ") AND " + EntityTally.CASELESS + "))";
  }

  /** Binds the parameters of {@link #nameMatch} from index 1; returns the last index bound. */
  static int bindNames(java.sql.PreparedStatement ps, EntityNames names) throws java.sql.SQLException {
    int i = 0;
    for (String form : names.forms()) ps.setString(++i, form);
    for (String form : names.caseless()) ps.setString(++i, form);
    return i;
  }

  /** "?, ?, ?": {@code n} (at least 1) SQL parameters. */
  static String placeholders(int n) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
