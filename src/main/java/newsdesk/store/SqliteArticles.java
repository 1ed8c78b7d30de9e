package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * The {@code articles} table: finding, inserting, listing and filing articles. An article's
 * revisions and the reindex queue are {@link SqliteArticleRevisions}'s, its link checks
 * {@link SqliteLinkChecks}'s and its named entities {@link SqliteArticleEntities}'s; this class
 * hands those calls over, so that it alone serves the {@link ArticleStore} calls. Each method
 * implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteArticles implements ArticleStore {
  private final SqliteDatabase db;
  private final SqliteArticleRevisions revisions;
  private final SqliteLinkChecks linkChecks;
  private final SqliteArticleEntities entities;

  SqliteArticles(SqliteDatabase db) {
    this.db = db;
    this.revisions = new SqliteArticleRevisions(db);
    this.linkChecks = new SqliteLinkChecks(db);
    this.entities = new SqliteArticleEntities(db);
  }

  @Override
  public boolean hasGuid(long sourceId, String guid) {
    return !db.query("SELECT 1 FROM articles WHERE source_id = ? AND guid = ?",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, guid); }, rs -> 1).isEmpty();
  }

  @Override
  public Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl) {
    return first(db.query("SELECT * FROM articles WHERE canonical_url = ?", ps -> ps.setString(1, canonicalUrl), Rows::article));
  }

  @Override
  public Optional<StoredArticle> originalByContentHash(String contentHash) {
    return first(db.query("SELECT * FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        ps -> ps.setString(1, contentHash), Rows::article));
  }

  @Override
  public Optional<StoredArticle> article(long id) {
    return first(db.query("SELECT * FROM articles WHERE id = ?", ps -> ps.setLong(1, id), Rows::article));
  }

  @Override
  public Optional<StoredArticle> articleByPublicId(String publicId) {
    return first(db.query("SELECT * FROM articles WHERE public_id = ?", ps -> ps.setString(1, publicId), Rows::article));
  }

  @Override
  public Optional<StoredArticle> articleByGuid(long sourceId, String guid) {
    return first(db.query("SELECT * FROM articles WHERE source_id = ? AND guid = ?",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, guid); }, Rows::article));
  }

  @Override
  public Optional<StoredArticle> articleByUrl(long sourceId, String url) {
    return first(db.query("SELECT * FROM articles WHERE source_id = ? AND url = ? ORDER BY id LIMIT 1",
        ps -> { ps.setLong(1, sourceId); ps.setString(2, url); }, Rows::article));
  }

  @Override
  public void becomeCopiesOf(long formerOriginal, long original) {
    if (formerOriginal == original) throw new IllegalArgumentException("formerOriginal is original: " + original);
    db.update("UPDATE articles SET duplicate_of = ? WHERE (id = ? OR duplicate_of = ?) AND id <> ?", ps -> {
      ps.setLong(1, original);
      ps.setLong(2, formerOriginal);
      ps.setLong(3, formerOriginal);
      ps.setLong(4, original);
    });
  }

  @Override
  public boolean fileArticle(long articleId, String storyId, Long duplicateOf, String language) {
    return db.update("UPDATE articles SET story_id = ?, duplicate_of = ?, language = ? WHERE id = ? AND story_id IS NULL", ps -> {
      ps.setString(1, storyId);
      ps.setObject(2, duplicateOf);
      ps.setString(3, language);
      ps.setLong(4, articleId);
    }) > 0;
  }

  @Override
  public StoredArticle insertArticle(StoredArticle a) {
    return db.inTransaction(() -> {
      db.update("""
          INSERT INTO articles(public_id, source_id, guid, url, canonical_url, outlet, title, authors, published,
            fetched_at, language, description, image, text, text_source, content_hash, duplicate_of, story_id,
            page_status, link_gone, shown_url, declared_canonical, published_precision, credited_agency, agency_contributed)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
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
        ps.setString(23, a.timeIsDayOnly() ? Rows.DAY_PRECISION : null);
        ps.setString(24, a.creditedAgency());
        ps.setString(25, a.contributingAgency());
      });
      return articleByPublicId(a.publicId()).orElseThrow();
    });
  }

  @Override
  public List<StoredArticle> articlesOfStory(String storyId) {
    return db.query("SELECT * FROM articles WHERE story_id = ? ORDER BY coalesce(published, fetched_at), id",
        ps -> ps.setString(1, storyId), Rows::article);
  }

  @Override
  public List<StoredArticle> articlesAfter(long afterId, int limit) {
    return db.query("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        ps -> { ps.setLong(1, afterId); ps.setInt(2, limit); }, Rows::article);
  }

  @Override
  public List<StoredArticle> storyArticlesSince(Instant since) {
    return db.query("""
        SELECT a.* FROM articles a JOIN stories s ON s.id = a.story_id
        WHERE s.merged_into IS NULL AND a.duplicate_of IS NULL AND s.last_published >= ? ORDER BY a.id""",
        ps -> ps.setString(1, Rows.text(since)), Rows::article);
  }

  @Override
  public long maxArticleId() {
    return db.queryOne("SELECT coalesce(max(id), 0) FROM articles", rs -> rs.getLong(1));
  }

  @Override
  public long articleCount() {
    return db.queryOne("SELECT count(*) FROM articles", rs -> rs.getLong(1));
  }

  @Override
  public Instant newestArticleTime() {
    // Times are fixed-width text, so min() and max() order them; min(.., fetched_at) keeps an article
    // dated after it was read (stored before the pipeline clamped such dates) from moving the anchor.
    return Rows.instant(db.queryOne("SELECT max(min(coalesce(published, fetched_at), fetched_at)) FROM articles",
        rs -> rs.getString(1)));
  }

  // ---- handed to the parts that own the other columns and tables

  @Override
  public EntryVersion entryVersion(long articleId) {
    return revisions.entryVersion(articleId);
  }

  @Override
  public void saveEntryVersion(long articleId, EntryVersion version) {
    revisions.saveEntryVersion(articleId, version);
  }

  @Override
  public void updateArticleContent(long articleId, String title, String description, String text, String textSource,
      String contentHash, Instant now) {
    revisions.updateArticleContent(articleId, title, description, text, textSource, contentHash, now);
  }

  @Override
  public void saveAgencyCredits(long articleId, String creditedAgency, String contributingAgency) {
    revisions.saveAgencyCredits(articleId, creditedAgency, contributingAgency);
  }

  @Override
  public Instant articleUpdatedAt(long articleId) {
    return revisions.articleUpdatedAt(articleId);
  }

  @Override
  public Instant storyArticlesUpdatedAt(String storyId) {
    return revisions.storyArticlesUpdatedAt(storyId);
  }

  @Override
  public boolean storyFirstSeenAt(String storyId, Instant time) {
    if (time == null) return false;
    return db.query("""
        SELECT EXISTS (SELECT 1 FROM articles WHERE story_id = ?1 AND published IS NULL AND fetched_at = ?2)
          AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = ?1 AND published = ?2)""",
        ps -> { ps.setString(1, storyId); ps.setString(2, Rows.text(time)); }, rs -> rs.getBoolean(1)).getFirst();
  }

  @Override
  public boolean storyDayOnlyAt(String storyId, Instant time) {
    if (time == null) return false;
    // Whole rows, read by Rows: a database older than V20, opened read-only, has no precision column
    // (and no day-only article).
    List<StoredArticle> at = db.query("SELECT * FROM articles WHERE story_id = ? AND published = ?",
        ps -> { ps.setString(1, storyId); ps.setString(2, Rows.text(time)); }, Rows::article);
    return !at.isEmpty() && at.stream().allMatch(StoredArticle::timeIsDayOnly);
  }

  @Override
  public List<StoredArticle> articlesToReindex(long throughId, int limit) {
    return revisions.articlesToReindex(throughId, limit);
  }

  @Override
  public void reindexed(java.util.Collection<StoredArticle> indexed) {
    revisions.reindexed(indexed);
  }

  @Override
  public boolean savePageStatus(long articleId, Integer status, boolean gone, Instant now) {
    return linkChecks.savePageStatus(articleId, status, gone, now);
  }

  @Override
  public Instant pageCheckedAt(long articleId) {
    return linkChecks.pageCheckedAt(articleId);
  }

  @Override
  public void savePageRetries(long articleId, Integer retried) {
    linkChecks.savePageRetries(articleId, retried);
  }

  @Override
  public Integer pageRetries(long articleId) {
    return linkChecks.pageRetries(articleId);
  }

  @Override
  public void saveEntities(long articleId, List<StoredEntity> entities) {
    this.entities.saveEntities(articleId, entities);
  }

  @Override
  public List<StoredEntity> entitiesOfStory(String storyId) {
    return entities.entitiesOfStory(storyId);
  }

  @Override
  public List<StoryRecord> storiesWithEntity(EntityNames names, int limit) {
    return entities.storiesWithEntity(names, limit);
  }
}
