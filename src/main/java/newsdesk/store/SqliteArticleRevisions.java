package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Instant;
import java.util.List;

/**
 * What changes in an article after it was stored: the version of its feed entry, its content
 * when a corrected entry or a refetched page rewrites it (and its {@code updated_at}), and the
 * queue of articles the search index must read again ({@code articles_to_reindex}).
 * Each method implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteArticleRevisions {
  private final SqliteDatabase db;

  SqliteArticleRevisions(SqliteDatabase db) {
    this.db = db;
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

  void saveAgencyCredits(long articleId, String creditedAgency, String contributingAgency) {
    db.update("UPDATE articles SET credited_agency = ?, agency_contributed = ? WHERE id = ?", ps -> {
      ps.setString(1, creditedAgency);
      ps.setString(2, contributingAgency);
      ps.setLong(3, articleId);
    });
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
}
