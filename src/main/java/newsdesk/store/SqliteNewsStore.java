package newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import newsdesk.summarize.Brief;
import org.flywaydb.core.Flyway;

/**
 * {@link NewsStore} on one SQLite file in WAL mode with {@code synchronous=FULL}, so that a
 * committed transaction survives a crash. Schema changes are versioned Flyway migrations under
 * {@code db/migration}. One connection serves all calls, serialized by a lock: SQLite has a single
 * writer anyway, and the reads are short.
 */
public final class SqliteNewsStore implements NewsStore {
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final ObjectMapper json =
      new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private int transactionDepth;

  private SqliteNewsStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens (creating and migrating when needed) the database at {@code file}. */
  public static SqliteNewsStore open(Path file) {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    try {
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
      return new SqliteNewsStore(c);
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + file, e);
    }
  }

  /** Runs {@code PRAGMA integrity_check}; "ok" when the file is sound. */
  public String integrityCheck() {
    return query("PRAGMA integrity_check", ps -> {}, rs -> rs.getString(1)).getFirst();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      boolean outer = transactionDepth == 0;
      if (outer) connection.setAutoCommit(false);
      transactionDepth++;
      try {
        T result = work.get();
        if (outer) connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        if (outer) connection.rollback();
        throw e;
      } finally {
        transactionDepth--;
        if (outer) connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction failed", e);
    } finally {
      lock.unlock();
    }
  }

  // ---- sources

  @Override
  public Source addSource(String url, String kind, String key, String title) {
    return inTransaction(() -> {
      if (key != null) {
        Optional<Source> byKey = first(query("SELECT * FROM sources WHERE key = ?", ps -> ps.setString(1, key), Rows::source));
        if (byKey.isPresent()) {
          if (!byKey.get().url().equals(url)) {
            update("DELETE FROM sources WHERE url = ? AND id <> ?", ps -> { ps.setString(1, url); ps.setLong(2, byKey.get().id()); });
            update("UPDATE sources SET url = ? WHERE id = ?", ps -> { ps.setString(1, url); ps.setLong(2, byKey.get().id()); });
          }
          return source(byKey.get().id()).orElseThrow();
        }
      }
      Optional<Source> byUrl = first(query("SELECT * FROM sources WHERE url = ?", ps -> ps.setString(1, url), Rows::source));
      if (byUrl.isPresent()) return byUrl.get();
      update("INSERT INTO sources(url, key, kind, title, added_at) VALUES (?, ?, ?, ?, ?)", ps -> {
        ps.setString(1, url);
        ps.setString(2, key);
        ps.setString(3, kind);
        ps.setString(4, title);
        ps.setString(5, Instant.now().toString());
      });
      return first(query("SELECT * FROM sources WHERE url = ?", ps -> ps.setString(1, url), Rows::source)).orElseThrow();
    });
  }

  @Override
  public List<Source> sources() {
    return query("SELECT * FROM sources ORDER BY id", ps -> {}, Rows::source);
  }

  @Override
  public Optional<Source> source(long id) {
    return first(query("SELECT * FROM sources WHERE id = ?", ps -> ps.setLong(1, id), Rows::source));
  }

  @Override
  public boolean removeSource(long id) {
    return update("DELETE FROM sources WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
  }

  @Override
  public void updateSource(Source s) {
    update("""
        UPDATE sources SET title = ?, etag = ?, last_modified = ?, last_fetch_at = ?, last_success_at = ?,
          last_error = ?, consecutive_failures = ?, poll_interval_s = ?, next_fetch_at = ? WHERE id = ?""", ps -> {
      ps.setString(1, s.title());
      ps.setString(2, s.etag());
      ps.setString(3, s.lastModified());
      ps.setString(4, Rows.text(s.lastFetchAt()));
      ps.setString(5, Rows.text(s.lastSuccessAt()));
      ps.setString(6, s.lastError());
      ps.setInt(7, s.consecutiveFailures());
      ps.setInt(8, s.pollIntervalSeconds());
      ps.setString(9, Rows.text(s.nextFetchAt()));
      ps.setLong(10, s.id());
    });
  }

  // ---- articles

  @Override
  public boolean hasGuid(long sourceId, String guid) {
    return !query("SELECT 1 FROM articles WHERE source_id = ? AND guid = ?",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, guid); }, rs -> 1).isEmpty();
  }

  @Override
  public Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl) {
    return first(query("SELECT * FROM articles WHERE canonical_url = ?", ps -> ps.setString(1, canonicalUrl), Rows::article));
  }

  @Override
  public Optional<StoredArticle> originalByContentHash(String contentHash) {
    return first(query("SELECT * FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        ps -> ps.setString(1, contentHash), Rows::article));
  }

  @Override
  public Optional<StoredArticle> article(long id) {
    return first(query("SELECT * FROM articles WHERE id = ?", ps -> ps.setLong(1, id), Rows::article));
  }

  @Override
  public Optional<StoredArticle> articleByPublicId(String publicId) {
    return first(query("SELECT * FROM articles WHERE public_id = ?", ps -> ps.setString(1, publicId), Rows::article));
  }

  @Override
  public StoredArticle insertArticle(StoredArticle a) {
    return inTransaction(() -> {
      update("""
          INSERT INTO articles(public_id, source_id, guid, url, canonical_url, outlet, title, authors, published,
            fetched_at, language, description, image, text, text_source, content_hash, duplicate_of, story_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
        ps.setString(1, a.publicId());
        ps.setObject(2, a.sourceId());
        ps.setString(3, a.guid());
        ps.setString(4, a.url());
        ps.setString(5, a.canonicalUrl());
        ps.setString(6, a.outlet());
        ps.setString(7, a.title());
        ps.setString(8, toJson(a.authors()));
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
      });
      return articleByPublicId(a.publicId()).orElseThrow();
    });
  }

  @Override
  public List<StoredArticle> articlesOfStory(String storyId) {
    return query("SELECT * FROM articles WHERE story_id = ? ORDER BY coalesce(published, fetched_at), id",
        ps -> ps.setString(1, storyId), Rows::article);
  }

  @Override
  public List<StoredArticle> articlesAfter(long afterId, int limit) {
    return query("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        ps -> { ps.setLong(1, afterId); ps.setInt(2, limit); }, Rows::article);
  }

  @Override
  public List<StoredArticle> storyArticlesSince(Instant since) {
    return query("""
        SELECT a.* FROM articles a JOIN stories s ON s.id = a.story_id
        WHERE s.merged_into IS NULL AND a.duplicate_of IS NULL AND s.last_published >= ? ORDER BY a.id""",
        ps -> ps.setString(1, since.toString()), Rows::article);
  }

  @Override
  public long maxArticleId() {
    return query("SELECT coalesce(max(id), 0) FROM articles", ps -> {}, rs -> rs.getLong(1)).getFirst();
  }

  @Override
  public long articleCount() {
    return query("SELECT count(*) FROM articles", ps -> {}, rs -> rs.getLong(1)).getFirst();
  }

  @Override
  public Instant newestArticleTime() {
    return Rows.instant(query("SELECT max(coalesce(published, fetched_at)) FROM articles", ps -> {}, rs -> rs.getString(1)).getFirst());
  }

  @Override
  public void saveEntities(long articleId, List<StoredEntity> entities) {
    inTransaction(() -> {
      update("DELETE FROM article_entities WHERE article_id = ?", ps -> ps.setLong(1, articleId));
      for (StoredEntity e : entities) {
        update("INSERT OR IGNORE INTO article_entities(article_id, name, type, mentions) VALUES (?, ?, ?, ?)", ps -> {
          ps.setLong(1, articleId);
          ps.setString(2, e.name());
          ps.setString(3, e.type());
          ps.setInt(4, e.mentions());
        });
      }
      return null;
    });
  }

  @Override
  public List<StoredEntity> entitiesOfStory(String storyId) {
    return query("""
        SELECT e.name, e.type, sum(e.mentions) AS mentions, count(*) AS articles
        FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE a.story_id = ?
        GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name""", ps -> ps.setString(1, storyId),
        rs -> new StoredEntity(rs.getString("name"), rs.getString("type"), rs.getInt("mentions"), rs.getInt("articles")));
  }

  @Override
  public List<StoryRecord> storiesWithEntity(String entity, int limit) {
    return query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND id IN (
          SELECT a.story_id FROM article_entities e JOIN articles a ON a.id = e.article_id
          WHERE e.name = ? COLLATE NOCASE) ORDER BY last_published DESC, id LIMIT ?""",
        ps -> { ps.setString(1, entity); ps.setInt(2, limit); }, Rows::story);
  }

  // ---- stories

  @Override
  public void insertStory(StoryRecord s) {
    update("""
        INSERT INTO stories(id, created_at, first_published, last_published, updated_at, version, merged_into)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
      ps.setString(1, s.id());
      ps.setString(2, Rows.text(s.createdAt()));
      ps.setString(3, Rows.text(s.firstPublished()));
      ps.setString(4, Rows.text(s.lastPublished()));
      ps.setString(5, Rows.text(s.updatedAt()));
      ps.setInt(6, s.version());
      ps.setString(7, s.mergedInto());
    });
  }

  @Override
  public Optional<StoryRecord> story(String id) {
    return first(query("SELECT * FROM stories WHERE id = ?", ps -> ps.setString(1, id), Rows::story));
  }

  @Override
  public void storyGained(String storyId, Instant time, Instant now) {
    String t = time.toString();
    update("""
        UPDATE stories SET version = version + 1, updated_at = ?,
          first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? ELSE first_published END,
          last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? ELSE last_published END
        WHERE id = ?""", ps -> {
      ps.setString(1, now.toString());
      ps.setString(2, t);
      ps.setString(3, t);
      ps.setString(4, t);
      ps.setString(5, t);
      ps.setString(6, storyId);
    });
  }

  @Override
  public void mergeStory(String from, String into, Instant now) {
    inTransaction(() -> {
      StoryRecord gone = story(from).orElseThrow(() -> new IllegalArgumentException("unknown story " + from));
      update("UPDATE articles SET story_id = ? WHERE story_id = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      update("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?", ps -> { ps.setString(1, into); ps.setString(2, now.toString()); ps.setString(3, from); });
      update("UPDATE stories SET merged_into = ? WHERE merged_into = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      update("DELETE FROM related_stories WHERE story_id = ? OR related_id = ?", ps -> { ps.setString(1, from); ps.setString(2, from); });
      if (gone.firstPublished() != null) storyGained(into, gone.firstPublished(), now);
      if (gone.lastPublished() != null) storyGained(into, gone.lastPublished(), now);
      return null;
    });
  }

  @Override
  public List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit) {
    return query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND last_published >= ? AND last_published <= ?
        ORDER BY last_published DESC, id LIMIT ?""", ps -> {
      ps.setString(1, since.toString());
      ps.setString(2, until.toString());
      ps.setInt(3, limit);
    }, Rows::story);
  }

  @Override
  public List<StoryRecord> storiesNeedingBrief() {
    return query("""
        SELECT s.* FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
        WHERE s.merged_into IS NULL AND (b.story_id IS NULL OR b.story_version < s.version) ORDER BY s.id""",
        ps -> {}, Rows::story);
  }

  // ---- briefs and related

  @Override
  public void saveBrief(StoredBrief b) {
    update("""
        INSERT INTO briefs(story_id, story_version, headline, body_json, read_more_article, computed_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(story_id) DO UPDATE SET story_version = excluded.story_version, headline = excluded.headline,
          body_json = excluded.body_json, read_more_article = excluded.read_more_article, computed_at = excluded.computed_at""",
        ps -> {
          ps.setString(1, b.storyId());
          ps.setInt(2, b.storyVersion());
          ps.setString(3, b.brief().headline());
          ps.setString(4, toJson(b.brief()));
          ps.setObject(5, b.readMoreArticle());
          ps.setString(6, Instant.now().toString());
        });
  }

  @Override
  public Optional<StoredBrief> brief(String storyId) {
    return first(query("SELECT * FROM briefs WHERE story_id = ?", ps -> ps.setString(1, storyId), rs -> new StoredBrief(
        rs.getString("story_id"), rs.getInt("story_version"), fromJson(rs.getString("body_json")),
        Rows.nullableLong(rs, "read_more_article"))));
  }

  @Override
  public void replaceRelated(String storyId, List<RelatedStory> related) {
    inTransaction(() -> {
      update("DELETE FROM related_stories WHERE story_id = ?", ps -> ps.setString(1, storyId));
      for (RelatedStory r : related) {
        update("INSERT INTO related_stories(story_id, rank, related_id, score) VALUES (?, ?, ?, ?)", ps -> {
          ps.setString(1, storyId);
          ps.setInt(2, r.rank());
          ps.setString(3, r.relatedId());
          ps.setDouble(4, r.score());
        });
      }
      return null;
    });
  }

  @Override
  public List<RelatedStory> related(String storyId) {
    return query("SELECT * FROM related_stories WHERE story_id = ? ORDER BY rank", ps -> ps.setString(1, storyId),
        rs -> new RelatedStory(rs.getString("story_id"), rs.getInt("rank"), rs.getString("related_id"), rs.getDouble("score")));
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database", e);
    } finally {
      lock.unlock();
    }
  }

  // ---- plumbing

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, Rows.Mapper<T> mapper) {
    lock.lock();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(mapper.map(rs));
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + sql.strip().lines().findFirst().orElse(""), e);
    } finally {
      lock.unlock();
    }
  }

  private int update(String sql, Binder binder) {
    lock.lock();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("update failed: " + sql.strip().lines().findFirst().orElse(""), e);
    } finally {
      lock.unlock();
    }
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  private Brief fromJson(String text) {
    try {
      return json.readValue(text, new TypeReference<Brief>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("stored brief is not readable", e);
    }
  }

  // ---- source profiles (schema V4)

  @Override
  public void saveSourceProfile(long sourceId, SourceProfile profile) {
    update("UPDATE sources SET site_url = ?, folder = ? WHERE id = ?", ps -> {
      ps.setString(1, profile.siteUrl());
      ps.setString(2, profile.folder());
      ps.setLong(3, sourceId);
    });
  }

  @Override
  public SourceProfile sourceProfile(long sourceId) {
    return first(query("SELECT site_url, folder FROM sources WHERE id = ?", ps -> ps.setLong(1, sourceId),
        rs -> new SourceProfile(rs.getString("site_url"), rs.getString("folder")))).orElse(SourceProfile.NONE);
  }

  @Override
  public boolean moveSource(long sourceId, String url) {
    return update("UPDATE sources SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE url = ?)", ps -> {
      ps.setString(1, url);
      ps.setLong(2, sourceId);
      ps.setString(3, url);
    }) > 0;
  }

  // ---- web: settings, saved searches, API tokens, paging and statistics

  @Override
  public Optional<String> setting(String key) {
    return first(query("SELECT value FROM settings WHERE key = ?", ps -> ps.setString(1, key), rs -> rs.getString(1)));
  }

  @Override
  public void saveSetting(String key, String value) {
    update("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        ps -> { ps.setString(1, key); ps.setString(2, value); });
  }

  @Override
  public SavedSearch addSavedSearch(SavedSearch s) {
    return inTransaction(() -> {
      update("INSERT INTO saved_searches(name, query, outlet, date_from, date_to, entity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          ps -> {
            ps.setString(1, s.name());
            ps.setString(2, s.query());
            ps.setString(3, s.outlet());
            ps.setString(4, s.from() == null ? null : s.from().toString());
            ps.setString(5, s.to() == null ? null : s.to().toString());
            ps.setString(6, s.entity());
            ps.setString(7, Rows.text(s.createdAt()));
          });
      long id = query("SELECT last_insert_rowid()", ps -> {}, rs -> rs.getLong(1)).getFirst();
      return savedSearch(id).orElseThrow();
    });
  }

  @Override
  public List<SavedSearch> savedSearches(long afterId, int limit) {
    return query("SELECT * FROM saved_searches WHERE id > ? ORDER BY id LIMIT ?",
        ps -> { ps.setLong(1, afterId); ps.setInt(2, limit); }, SqliteNewsStore::savedSearchRow);
  }

  @Override
  public Optional<SavedSearch> savedSearch(long id) {
    return first(query("SELECT * FROM saved_searches WHERE id = ?", ps -> ps.setLong(1, id), SqliteNewsStore::savedSearchRow));
  }

  @Override
  public boolean removeSavedSearch(long id) {
    return update("DELETE FROM saved_searches WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
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
    return inTransaction(() -> {
      update("INSERT INTO api_tokens(name, token_hash, created_at) VALUES (?, ?, ?)",
          ps -> { ps.setString(1, name); ps.setString(2, tokenHash); ps.setString(3, now.toString()); });
      return first(query("SELECT * FROM api_tokens WHERE token_hash = ?", ps -> ps.setString(1, tokenHash),
          SqliteNewsStore::tokenRow)).orElseThrow();
    });
  }

  @Override
  public List<ApiToken> apiTokens() {
    return query("SELECT * FROM api_tokens ORDER BY id", ps -> {}, SqliteNewsStore::tokenRow);
  }

  @Override
  public Optional<ApiToken> useApiToken(String tokenHash, Instant now) {
    if (update("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?",
        ps -> { ps.setString(1, now.toString()); ps.setString(2, tokenHash); }) == 0) return Optional.empty();
    return first(query("SELECT * FROM api_tokens WHERE token_hash = ?", ps -> ps.setString(1, tokenHash), SqliteNewsStore::tokenRow));
  }

  @Override
  public boolean removeApiToken(long id) {
    return update("DELETE FROM api_tokens WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
  }

  @Override
  public void addWebSession(WebSession session, Instant now) {
    inTransaction(() -> {
      update("DELETE FROM web_sessions WHERE expires_at < ?", ps -> ps.setLong(1, now.getEpochSecond()));
      return update("INSERT INTO web_sessions(id_hash, csrf, expires_at) VALUES (?, ?, ?)", ps -> {
        ps.setString(1, session.idHash());
        ps.setString(2, session.csrf());
        ps.setLong(3, session.expires().getEpochSecond());
      });
    });
  }

  @Override
  public Optional<WebSession> webSession(String idHash) {
    return first(query("SELECT * FROM web_sessions WHERE id_hash = ?", ps -> ps.setString(1, idHash),
        rs -> new WebSession(rs.getString("id_hash"), rs.getString("csrf"), Instant.ofEpochSecond(rs.getLong("expires_at")))));
  }

  @Override
  public boolean removeWebSession(String idHash) {
    return update("DELETE FROM web_sessions WHERE id_hash = ?", ps -> ps.setString(1, idHash)) > 0;
  }

  @Override
  public int removeAllWebSessions() {
    return update("DELETE FROM web_sessions", ps -> {});
  }

  private static ApiToken tokenRow(ResultSet rs) throws SQLException {
    return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hash"),
        Rows.instant(rs.getString("created_at")), Rows.instant(rs.getString("last_used_at")));
  }

  @Override
  public List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit) {
    if (beforeTime == null) {
      return query("SELECT * FROM stories WHERE merged_into IS NULL AND last_published IS NOT NULL "
          + "ORDER BY last_published DESC, id LIMIT ?", ps -> ps.setInt(1, limit), Rows::story);
    }
    return query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND last_published IS NOT NULL
          AND (last_published < ? OR (last_published = ? AND id > ?))
        ORDER BY last_published DESC, id LIMIT ?""", ps -> {
      ps.setString(1, beforeTime.toString());
      ps.setString(2, beforeTime.toString());
      ps.setString(3, beforeId);
      ps.setInt(4, limit);
    }, Rows::story);
  }

  @Override
  public List<String> outlets() {
    return query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet", ps -> {}, rs -> rs.getString(1));
  }

  @Override
  public List<SourceStats> sourceStats(Instant since) {
    return query("""
        SELECT source_id, count(*), sum(CASE WHEN fetched_at >= ? THEN 1 ELSE 0 END), max(coalesce(published, fetched_at))
        FROM articles WHERE source_id IS NOT NULL GROUP BY source_id""", ps -> ps.setString(1, since.toString()),
        rs -> new SourceStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), Rows.instant(rs.getString(4))));
  }

  @Override
  public List<String> articleIdsWithEntity(String entity, int limit) {
    return query("""
        SELECT DISTINCT a.public_id FROM article_entities e JOIN articles a ON a.id = e.article_id
        WHERE e.name = ? COLLATE NOCASE LIMIT ?""", ps -> { ps.setString(1, entity); ps.setInt(2, limit); }, rs -> rs.getString(1));
  }

  @Override
  public List<StoredEntity> topEntities(int limit) {
    return query("""
        SELECT name, type, sum(mentions) AS mentions, count(*) AS articles FROM article_entities
        GROUP BY name, type ORDER BY articles DESC, mentions DESC, name LIMIT ?""", ps -> ps.setInt(1, limit),
        rs -> new StoredEntity(rs.getString("name"), rs.getString("type"), rs.getInt("mentions"), rs.getInt("articles")));
  }

  @Override
  public List<Long> pruneArticleBodies(Instant before) {
    return inTransaction(() -> {
      String condition = "coalesce(published, fetched_at) < ? AND (text <> '' OR description IS NOT NULL)";
      List<Long> ids = query("SELECT id FROM articles WHERE " + condition, ps -> ps.setString(1, before.toString()), rs -> rs.getLong(1));
      update("UPDATE articles SET text = '', description = NULL WHERE " + condition, ps -> ps.setString(1, before.toString()));
      return ids;
    });
  }

  @Override
  public List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds) {
    if (publicIds.isEmpty()) return List.of();
    List<String> ids = List.copyOf(publicIds);
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    return query("SELECT * FROM articles WHERE public_id IN (" + marks + ")", ps -> {
      for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
    }, Rows::article);
  }
}
