package newsdesk.store;

import java.time.Instant;
import java.util.List;

/**
 * The checks of an article's link ({@code page_status}, {@code page_checked_at},
 * {@code page_retries}, {@code link_gone}): whether the page still answers, when it was last
 * asked, and how often a failed check was retried.
 * Each method implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteLinkChecks {
  private final SqliteDatabase db;

  SqliteLinkChecks(SqliteDatabase db) {
    this.db = db;
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

  /** The time in the one column {@code sql} selects for article {@code articleId}; null without the article. */
  private Instant timeOf(String sql, long articleId) {
    List<String> rows = db.query(sql, ps -> ps.setLong(1, articleId), rs -> rs.getString(1));
    return rows.isEmpty() ? null : Rows.instant(rows.getFirst());
  }
}
