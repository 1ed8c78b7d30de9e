package newsdesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import newsdesk.text.EntityNames;

/**
 * {@link NewsStore} on one SQLite file in WAL mode with {@code synchronous=FULL}, so that a
 * committed transaction survives a crash. Schema changes are versioned Flyway migrations under
 * {@code db/migration}. One connection serves all calls, serialized by a lock: SQLite has a single
 * writer anyway, and the reads are short.
 *
 * <p>The connection, the lock and transactions live in {@link SqliteDatabase}; this class hands
 * each call to the part that owns its tables: {@link SqliteSources}, {@link SqliteArticles},
 * {@link SqliteStories}, {@link SqliteWebState} and {@link SqliteWebQueries}. A transaction opened
 * here spans the calls made inside it, whichever part serves them. Its length is the breadth of
 * {@link NewsStore}: each method is a one-line hand-over, the logic lives in the parts. (Java has
 * no delegation, and forwarding through default methods would make each part's accessor a public
 * method of this class.) The sections follow the roles: {@link SourceStore}, {@link ArticleStore},
 * {@link StoryStore} and {@link WebStore}.
 */
public final class SqliteNewsStore implements NewsStore {
  private final SqliteDatabase database;
  private final SqliteSources sources;
  private final SqliteArticles articles;
  private final SqliteStories stories;
  private final SqliteWebState webState;
  private final SqliteWebQueries webQueries;
  private final SqliteOutletNames outletNames;

  private SqliteNewsStore(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.sources = new SqliteSources(database, clock);
    this.articles = new SqliteArticles(database);
    this.stories = new SqliteStories(database, clock);
    this.webState = new SqliteWebState(database);
    this.webQueries = new SqliteWebQueries(database);
    this.outletNames = new SqliteOutletNames(database);
  }

  /**
   * Opens (creating and migrating when needed) the database at {@code file}.
   *
   * @throws DatabaseOpenException when the file is a folder, not a SQLite database, corrupt, locked
   *     or unreadable (the message names the file and says which)
   */
  public static SqliteNewsStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /**
   * Opens the database at {@code file} as {@link #open(Path)} does, stamping with {@code clock} the
   * times the store itself records (a source's {@code added_at}, a brief's {@code computed_at}); the
   * caller's times (an article's fetch, a story's change) are passed to the calls that write them.
   *
   * @throws DatabaseOpenException as {@link #open(Path)}
   */
  public static SqliteNewsStore open(Path file, Clock clock) {
    return new SqliteNewsStore(SqliteDatabase.open(file), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Opens the existing database at {@code file} read-only (no migration, no file created): every
   * write fails with a {@link StoreException}. For commands that only read, which then work while
   * another process writes the database and on a folder this process cannot write.
   */
  public static SqliteNewsStore openReadOnly(Path file) {
    // It writes nothing, so it stamps nothing: no clock is read.
    return new SqliteNewsStore(SqliteDatabase.openReadOnly(file), Clock.systemUTC());
  }

  /** Runs {@code PRAGMA integrity_check}; "ok" when the file is sound. */
  public String integrityCheck() {
    return database.queryOne("PRAGMA integrity_check", rs -> rs.getString(1));
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return database.inTransaction(work);
  }

  @Override
  public void close() {
    database.close();
  }

  // ---- SourceStore: outlet names

  @Override
  public void countOutletName(String host, String name) {
    outletNames.countOutletName(host, name);
  }

  @Override
  public Optional<String> outletName(String host) {
    return outletNames.outletName(host);
  }

  // ---- SourceStore: sources and their profiles

  @Override
  public Source addSource(String url, String kind, String key, String title) {
    return sources.addSource(url, kind, key, title);
  }
  @Override
  public List<Source> sources() {
    return sources.sources();
  }
  @Override
  public Optional<Source> source(long id) {
    return sources.source(id);
  }
  @Override
  public boolean removeSource(long id) {
    return sources.removeSource(id);
  }
  @Override
  public void updateSource(Source s) {
    sources.updateSource(s);
  }
  @Override
  public void saveSourceProfile(long sourceId, SourceProfile profile) {
    sources.saveSourceProfile(sourceId, profile);
  }
  @Override
  public SourceProfile sourceProfile(long sourceId) {
    return sources.sourceProfile(sourceId);
  }
  @Override
  public boolean moveSource(long sourceId, String url) {
    return sources.moveSource(sourceId, url);
  }

  // ---- ArticleStore

  @Override
  public boolean hasGuid(long sourceId, String guid) {
    return articles.hasGuid(sourceId, guid);
  }
  @Override
  public Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl) {
    return articles.articleByCanonicalUrl(canonicalUrl);
  }
  @Override
  public Optional<StoredArticle> originalByContentHash(String contentHash) {
    return articles.originalByContentHash(contentHash);
  }
  @Override
  public Optional<StoredArticle> article(long id) {
    return articles.article(id);
  }
  @Override
  public Optional<StoredArticle> articleByPublicId(String publicId) {
    return articles.articleByPublicId(publicId);
  }
  @Override
  public StoredArticle insertArticle(StoredArticle a) {
    return articles.insertArticle(a);
  }
  @Override
  public List<StoredArticle> articlesOfStory(String storyId) {
    return articles.articlesOfStory(storyId);
  }
  @Override
  public List<StoredArticle> articlesAfter(long afterId, int limit) {
    return articles.articlesAfter(afterId, limit);
  }
  @Override
  public List<StoredArticle> storyArticlesSince(Instant since) {
    return articles.storyArticlesSince(since);
  }
  @Override
  public long maxArticleId() {
    return articles.maxArticleId();
  }
  @Override
  public long articleCount() {
    return articles.articleCount();
  }
  @Override
  public Instant newestArticleTime() {
    return articles.newestArticleTime();
  }
  @Override
  public Optional<StoredArticle> articleByGuid(long sourceId, String guid) {
    return articles.articleByGuid(sourceId, guid);
  }
  @Override
  public Optional<StoredArticle> articleByUrl(long sourceId, String url) {
    return articles.articleByUrl(sourceId, url);
  }
  @Override
  public EntryVersion entryVersion(long articleId) {
    return articles.entryVersion(articleId);
  }
  @Override
  public void saveEntryVersion(long articleId, EntryVersion version) {
    articles.saveEntryVersion(articleId, version);
  }
  @Override
  public void updateArticleContent(long articleId, String title, String description, String text, String textSource,
      String contentHash, Instant now) {
    articles.updateArticleContent(articleId, title, description, text, textSource, contentHash, now);
  }

  @Override
  public void becomeCopiesOf(long formerOriginal, long original) {
    articles.becomeCopiesOf(formerOriginal, original);
  }

  @Override
  public boolean fileArticle(long articleId, String storyId, Long duplicateOf, String language) {
    return articles.fileArticle(articleId, storyId, duplicateOf, language);
  }
  @Override
  public boolean savePageStatus(long articleId, Integer status, boolean gone, Instant now) {
    return articles.savePageStatus(articleId, status, gone, now);
  }
  @Override
  public Instant pageCheckedAt(long articleId) {
    return articles.pageCheckedAt(articleId);
  }
  @Override
  public void savePageRetries(long articleId, Integer retried) {
    articles.savePageRetries(articleId, retried);
  }
  @Override
  public Integer pageRetries(long articleId) {
    return articles.pageRetries(articleId);
  }
  @Override
  public Instant articleUpdatedAt(long articleId) {
    return articles.articleUpdatedAt(articleId);
  }
  @Override
  public Instant storyArticlesUpdatedAt(String storyId) {
    return articles.storyArticlesUpdatedAt(storyId);
  }
  @Override
  public boolean storyFirstSeenAt(String storyId, Instant time) {
    return articles.storyFirstSeenAt(storyId, time);
  }
  @Override
  public List<StoredArticle> articlesToReindex(long throughId, int limit) {
    return articles.articlesToReindex(throughId, limit);
  }
  @Override
  public void reindexed(java.util.Collection<StoredArticle> indexed) {
    articles.reindexed(indexed);
  }
  @Override
  public void saveEntities(long articleId, List<StoredEntity> entities) {
    articles.saveEntities(articleId, entities);
  }
  @Override
  public List<StoredEntity> entitiesOfStory(String storyId) {
    return articles.entitiesOfStory(storyId);
  }
  @Override
  public List<StoryRecord> storiesWithEntity(EntityNames entity, int limit) {
    return articles.storiesWithEntity(entity, limit);
  }

  // ---- StoryStore: stories, briefs and related stories

  @Override
  public void insertStory(StoryRecord s) {
    stories.insertStory(s);
  }
  @Override
  public Optional<StoryRecord> story(String id) {
    return stories.story(id);
  }
  @Override
  public void storyGained(String storyId, Instant time, Instant now) {
    stories.storyGained(storyId, time, now);
  }
  @Override
  public void storyChanged(String storyId, Instant now) {
    stories.storyChanged(storyId, now);
  }
  @Override
  public void mergeStory(String from, String into, Instant now) {
    stories.mergeStory(from, into, now);
  }
  @Override
  public Optional<String> moveArticle(String publicId, String into, Instant now) {
    return stories.moveArticle(publicId, into, now);
  }
  @Override
  public List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit) {
    return stories.storiesUpdatedBetween(since, until, limit);
  }
  @Override
  public List<StoryRecord> storiesNeedingBrief() {
    return stories.storiesNeedingBrief();
  }
  @Override
  public String digestVersion() {
    return stories.digestVersion();
  }
  @Override
  public java.util.Map<String, Long> storyStamps(java.util.Collection<String> storyIds) {
    return stories.storyStamps(storyIds);
  }
  @Override
  public void saveBrief(StoredBrief b) {
    stories.saveBrief(b);
  }
  @Override
  public Optional<StoredBrief> brief(String storyId) {
    return stories.brief(storyId);
  }
  @Override
  public void replaceRelated(String storyId, List<RelatedStory> related) {
    stories.replaceRelated(storyId, related);
  }
  @Override
  public List<String> storiesNeedingRelated() {
    return stories.storiesNeedingRelated();
  }

  @Override
  public void relatedStored(String storyId, int briefVersion) {
    stories.relatedStored(storyId, briefVersion);
  }

  @Override
  public List<RelatedStory> related(String storyId) {
    return stories.related(storyId);
  }

  @Override
  public List<String> storiesListing(String relatedId) {
    return stories.storiesListing(relatedId);
  }

  // ---- WebStore: settings, saved searches, API tokens, sessions

  @Override
  public Optional<String> setting(String key) {
    return webState.setting(key);
  }
  @Override
  public void saveSetting(String key, String value) {
    webState.saveSetting(key, value);
  }
  @Override
  public SavedSearch addSavedSearch(SavedSearch s) {
    return webState.addSavedSearch(s);
  }
  @Override
  public List<SavedSearch> savedSearches(long afterId, int limit) {
    return webState.savedSearches(afterId, limit);
  }
  @Override
  public Optional<SavedSearch> savedSearch(long id) {
    return webState.savedSearch(id);
  }
  @Override
  public boolean removeSavedSearch(long id) {
    return webState.removeSavedSearch(id);
  }
  @Override
  public ApiToken addApiToken(String name, String tokenHash, Instant now) {
    return webState.addApiToken(name, tokenHash, now);
  }
  @Override
  public List<ApiToken> apiTokens() {
    return webState.apiTokens();
  }
  @Override
  public Optional<ApiToken> useApiToken(String tokenHash, Instant now) {
    return webState.useApiToken(tokenHash, now);
  }
  @Override
  public boolean removeApiToken(long id) {
    return webState.removeApiToken(id);
  }
  @Override
  public void addWebSession(WebSession session, Instant now) {
    webState.addWebSession(session, now);
  }
  @Override
  public Optional<WebSession> webSession(String idHash) {
    return webState.webSession(idHash);
  }
  @Override
  public boolean removeWebSession(String idHash) {
    return webState.removeWebSession(idHash);
  }
  @Override
  public int removeAllWebSessions() {
    return webState.removeAllWebSessions();
  }

  // ---- WebStore: paging, statistics, pruning

  @Override
  public List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit) {
    return webQueries.storiesPage(beforeTime, beforeId, limit);
  }

  @Override
  public List<StoryRecord> briefedStoriesPage(Instant beforeTime, String beforeId, int limit) {
    return webQueries.briefedStoriesPage(beforeTime, beforeId, limit);
  }
  @Override
  public List<StoryCoverage> rankingCandidates(Instant since, int mostRecent) {
    return webQueries.rankingCandidates(since, mostRecent);
  }
  @Override
  public List<String> outlets() {
    return webQueries.outlets();
  }
  @Override
  public List<SourceStats> sourceStats(Instant since) {
    return webQueries.sourceStats(since);
  }
  @Override
  public List<String> articleIdsWithEntity(EntityNames entity, int limit) {
    return webQueries.articleIdsWithEntity(entity, limit);
  }
  @Override
  public List<StoredEntity> topEntities(int limit) {
    return webQueries.topEntities(limit);
  }
  @Override
  public List<Long> pruneArticleBodies(Instant before) {
    return webQueries.pruneArticleBodies(before);
  }
  @Override
  public List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds) {
    return webQueries.articlesByPublicIds(publicIds);
  }
}
