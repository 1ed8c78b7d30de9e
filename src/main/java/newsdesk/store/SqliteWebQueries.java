package newsdesk.store;

import java.time.Instant;
import java.util.List;
import newsdesk.text.EntityNames;

/**
 * Reads that serve web pages (story paging by cursor, outlets, per-source statistics, entity look-ups,
 * articles by public id) and the pruning of old article bodies. Each method implements the
 * {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteWebQueries {
  private final SqliteDatabase db;

  SqliteWebQueries(SqliteDatabase db) {
    this.db = db;
  }

  List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit) {
    return storiesPage(beforeTime, beforeId, limit, "");
  }

  /** The briefs are looked up by primary key while the stories_page index is walked. */
  List<StoryRecord> briefedStoriesPage(Instant beforeTime, String beforeId, int limit) {
    return storiesPage(beforeTime, beforeId, limit, " AND EXISTS (SELECT 1 FROM briefs b WHERE b.story_id = stories.id)");
  }

  private List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit, String condition) {
    if (beforeTime == null) {
      return db.query("SELECT * FROM stories WHERE merged_into IS NULL AND last_published IS NOT NULL" + condition
          + " ORDER BY last_published DESC, id LIMIT ?", ps -> ps.setInt(1, limit), Rows::story);
    }
    return db.query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND last_published IS NOT NULL
          AND (last_published < ? OR (last_published = ? AND id > ?))""" + condition + """

        ORDER BY last_published DESC, id LIMIT ?""", ps -> {
      ps.setString(1, Rows.text(beforeTime));
      ps.setString(2, Rows.text(beforeTime));
      ps.setString(3, beforeId);
      ps.setInt(4, limit);
    }, Rows::story);
  }

  /**
   * Both halves walk the stories_page index, and the stories are then read by id: an IN list, not
   * a UNION joined to stories, which SQLite 3.54 plans as a merge over a scan of every story (31 ms
   * against 0.5 ms at 100,000 stories). The outlets are counted per story on articles_story.
   */
  static final String RANKING_CANDIDATES = """
      SELECT s.*, (SELECT count(DISTINCT a.outlet) FROM articles a WHERE a.story_id = s.id) AS outlets
      FROM stories s JOIN briefs b ON b.story_id = s.id
      WHERE s.id IN (
        SELECT id FROM stories WHERE merged_into IS NULL AND last_published >= ?
        UNION ALL
        SELECT id FROM (SELECT r.id FROM stories r JOIN briefs rb ON rb.story_id = r.id
                        WHERE r.merged_into IS NULL AND r.last_published IS NOT NULL
                        ORDER BY r.last_published DESC, r.id LIMIT ?))""";

  List<StoryCoverage> rankingCandidates(Instant since, int mostRecent) {
    if (mostRecent < 0) throw new IllegalArgumentException("mostRecent must not be negative, got " + mostRecent);
    return db.query(RANKING_CANDIDATES, ps -> {
      ps.setString(1, Rows.text(since));
      ps.setInt(2, mostRecent);
    }, rs -> new StoryCoverage(Rows.story(rs), rs.getInt("outlets")));
  }

  List<String> outlets() {
    return db.query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet", ps -> {}, rs -> rs.getString(1));
  }

  List<SourceStats> sourceStats(Instant since) {
    return db.query("""
        SELECT source_id, count(*), sum(CASE WHEN fetched_at >= ? THEN 1 ELSE 0 END), max(coalesce(published, fetched_at))
        FROM articles WHERE source_id IS NOT NULL GROUP BY source_id""", ps -> ps.setString(1, Rows.text(since)),
        rs -> new SourceStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), Rows.instant(rs.getString(4))));
  }

  /**
   * Public ids of articles naming one of {@code names} ({@link SqliteArticles#nameMatch}), newest
   * first, at most {@code limit}: a cut keeps the newest articles, which a reader searches for.
   */
  List<String> articleIdsWithEntity(EntityNames names, int limit) {
    return db.query("""
        SELECT a.public_id FROM articles a
        WHERE a.id IN (SELECT e.article_id FROM article_entities e WHERE %s)
        ORDER BY coalesce(a.published, a.fetched_at) DESC, a.id DESC LIMIT ?""".formatted(SqliteArticleEntities.nameMatch(names)),
        ps -> ps.setInt(SqliteArticleEntities.bindNames(ps, names) + 1, limit), rs -> rs.getString(1));
  }

  List<StoredEntity> topEntities(int limit) {
    return db.query(EntityTally.query(""), ps -> ps.setInt(1, limit),
        rs -> new StoredEntity(rs.getString("name"), rs.getString("type"), rs.getInt("mentions"), rs.getInt("articles")));
  }

  List<Long> pruneArticleBodies(Instant before) {
    return db.inTransaction(() -> {
      String condition = "coalesce(published, fetched_at) < ? AND (text <> '' OR description IS NOT NULL)";
      List<Long> ids = db.query("SELECT id FROM articles WHERE " + condition, ps -> ps.setString(1, Rows.text(before)), rs -> rs.getLong(1));
      // Marked in the same transaction: a crash before the index drops the deleted text cannot
      // leave it searchable, since the next catch-up re-indexes what is marked.
      db.update("INSERT OR IGNORE INTO articles_to_reindex(article_id) SELECT id FROM articles WHERE " + condition,
          ps -> ps.setString(1, Rows.text(before)));
      db.update("UPDATE articles SET text = '', description = NULL WHERE " + condition, ps -> ps.setString(1, Rows.text(before)));
      return ids;
    });
  }

  List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds) {
    if (publicIds.isEmpty()) return List.of();
    List<String> ids = List.copyOf(publicIds);
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    return db.query("SELECT * FROM articles WHERE public_id IN (" + marks + ")", ps -> {
      for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
    }, Rows::article);
  }
}
