package newsdesk.store;

import java.util.List;
import newsdesk.text.EntityNames;

/**
 * The named entities of each article ({@code article_entities}) and the queries by entity name
 * under the case rule of {@link EntityNames} ({@link #nameMatch}, also used by
 * {@link SqliteWebQueries}).
 * Each method implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteArticleEntities {
  private final SqliteDatabase db;

  SqliteArticleEntities(SqliteDatabase db) {
    this.db = db;
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
    String exact = "e.name IN (" + SqliteDatabase.placeholders(names.forms().size()) + ")";
    int caseless = names.caseless().size();
    return caseless == 0 ? exact
        : "(" + exact + " OR (e.name COLLATE NOCASE IN (" + SqliteDatabase.placeholders(caseless) + ") AND " + EntityTally.CASELESS + "))";
  }

  /** Binds the parameters of {@link #nameMatch} from index 1; returns the last index bound. */
  static int bindNames(java.sql.PreparedStatement ps, EntityNames names) throws java.sql.SQLException {
    int i = 0;
    for (String form : names.forms()) ps.setString(++i, form);
    for (String form : names.caseless()) ps.setString(++i, form);
    return i;
  }
}
