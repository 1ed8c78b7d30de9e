package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * What the web UI keeps for itself: settings, saved searches, API tokens (by hash) and browser
 * sessions; with the reads that serve web pages, handed to {@link SqliteWebQueries}, the
 * {@link WebStore} role. Each method implements the {@link NewsStore} method of the same name and
 * keeps its contract.
 */
final class SqliteWebState implements WebStore {
  private final SqliteDatabase db;
  private final SqliteWebQueries queries;

  SqliteWebState(SqliteDatabase db, SqliteWebQueries queries) {
    this.db = db;
    this.queries = queries;
  }

  @Override
  public Optional<String> setting(String key) {
    return first(db.query("SELECT value FROM settings WHERE key = ?", ps -> ps.setString(1, key), rs -> rs.getString(1)));
  }

  @Override
  public void saveSetting(String key, String value) {
    db.update("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        ps -> { ps.setString(1, key); ps.setString(2, value); });
  }

  @Override
  public SavedSearch addSavedSearch(SavedSearch s) {
    return db.inTransaction(() -> {
      db.update("INSERT INTO saved_searches(name, query, outlet, date_from, date_to, entity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          ps -> {
            ps.setString(1, s.name());
            ps.setString(2, s.query());
            ps.setString(3, s.outlet());
            ps.setString(4, s.from() == null ? null : s.from().toString());
            ps.setString(5, s.to() == null ? null : s.to().toString());
            ps.setString(6, s.entity());
            ps.setString(7, Rows.text(s.createdAt()));
          });
      long id = db.queryOne("SELECT last_insert_rowid()", rs -> rs.getLong(1));
      return savedSearch(id).orElseThrow();
    });
  }

  @Override
  public List<SavedSearch> savedSearches(long afterId, int limit) {
    return db.query("SELECT * FROM saved_searches WHERE id > ? ORDER BY id LIMIT ?",
        ps -> { ps.setLong(1, afterId); ps.setInt(2, limit); }, SqliteWebState::savedSearchRow);
  }

  @Override
  public Optional<SavedSearch> savedSearch(long id) {
    return first(db.query("SELECT * FROM saved_searches WHERE id = ?", ps -> ps.setLong(1, id), SqliteWebState::savedSearchRow));
  }

  @Override
  public boolean removeSavedSearch(long id) {
    return db.update("DELETE FROM saved_searches WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
  }

  private static SavedSearch savedSearchRow(ResultSet rs) throws SQLException {
    String from = rs.getString("date_from");
    String to = rs.getString("date_to");
    return new SavedSearch(rs.getLong("id"), rs.getString("name"), rs.getString("query"), rs.getString("outlet"),
        from == null ? null : java.time.LocalDate.parse(from), to == null ? null : java.time.LocalDate.parse(to),
        rs.getString("entity"), Rows.instant(rs.getString("created_at")));
  }

  @Override
  public ApiToken addApiToken(String name, String tokenHash, Instant now) {
    return db.inTransaction(() -> {
      db.update("INSERT INTO api_tokens(name, token_hash, created_at) VALUES (?, ?, ?)",
          ps -> { ps.setString(1, name); ps.setString(2, tokenHash); ps.setString(3, Rows.text(now)); });
      return first(db.query("SELECT * FROM api_tokens WHERE token_hash = ?", ps -> ps.setString(1, tokenHash),
          SqliteWebState::tokenRow)).orElseThrow();
    });
  }

  @Override
  public List<ApiToken> apiTokens() {
    return db.query("SELECT * FROM api_tokens ORDER BY id", ps -> {}, SqliteWebState::tokenRow);
  }

  @Override
  public Optional<ApiToken> useApiToken(String tokenHash, Instant now) {
    if (db.update("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?",
        ps -> { ps.setString(1, Rows.text(now)); ps.setString(2, tokenHash); }) == 0) return Optional.empty();
    return first(db.query("SELECT * FROM api_tokens WHERE token_hash = ?", ps -> ps.setString(1, tokenHash), SqliteWebState::tokenRow));
  }

  @Override
  public boolean removeApiToken(long id) {
    return db.update("DELETE FROM api_tokens WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
  }

  @Override
  public void addWebSession(WebSession session, Instant now) {
    db.inTransaction(() -> {
      db.update("DELETE FROM web_sessions WHERE expires_at < ?", ps -> ps.setLong(1, now.getEpochSecond()));
      return db.update("INSERT INTO web_sessions(id_hash, csrf, expires_at) VALUES (?, ?, ?)", ps -> {
        ps.setString(1, session.idHash());
        ps.setString(2, session.csrf());
        ps.setLong(3, session.expires().getEpochSecond());
      });
    });
  }

  @Override
  public Optional<WebSession> webSession(String idHash) {
    return first(db.query("SELECT * FROM web_sessions WHERE id_hash = ?", ps -> ps.setString(1, idHash),
        rs -> new WebSession(rs.getString("id_hash"), rs.getString("csrf"), Instant.ofEpochSecond(rs.getLong("expires_at")))));
  }

  @Override
  public boolean removeWebSession(String idHash) {
    return db.update("DELETE FROM web_sessions WHERE id_hash = ?", ps -> ps.setString(1, idHash)) > 0;
  }

  @Override
  public int removeAllWebSessions() {
    return db.update("DELETE FROM web_sessions", ps -> {});
  }

  private static ApiToken tokenRow(ResultSet rs) throws SQLException {
    return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hash"),
        Rows.instant(rs.getString("created_at")), Rows.instant(rs.getString("last_used_at")));
  }

  // ---- paging, statistics, pruning: handed to SqliteWebQueries

  @Override
  public List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit) {
    return queries.storiesPage(beforeTime, beforeId, limit);
  }

  @Override
  public List<StoryRecord> briefedStoriesPage(Instant beforeTime, String beforeId, int limit) {
    return queries.briefedStoriesPage(beforeTime, beforeId, limit);
  }

  @Override
  public List<StoryCoverage> rankingCandidates(Instant since, int mostRecent) {
    return queries.rankingCandidates(since, mostRecent);
  }

  @Override
  public List<String> outlets() {
    return queries.outlets();
  }

  @Override
  public List<SourceStats> sourceStats(Instant since) {
    return queries.sourceStats(since);
  }

  @Override
  public List<String> articleIdsWithEntity(EntityNames entity, int limit) {
    return queries.articleIdsWithEntity(entity, limit);
  }

  @Override
  public List<StoredEntity> topEntities(int limit) {
    return queries.topEntities(limit);
  }

  @Override
  public List<Long> pruneArticleBodies(Instant before) {
    return queries.pruneArticleBodies(before);
  }

  @Override
  public List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds) {
    return queries.articlesByPublicIds(publicIds);
  }
}
