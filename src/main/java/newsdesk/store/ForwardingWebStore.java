package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * A {@link WebStore} whose every call is served by {@link #webStore()}: how {@link SqliteNewsStore}
 * takes on the role (what the web UI keeps and the reads that serve its pages)
 * without a line of its own per call.
 */
interface ForwardingWebStore extends WebStore {
  /** The object that serves this role's calls. */
  WebStore webStore();

  @Override
  default Optional<String> setting(String key) {
    return webStore().setting(key);
  }

  @Override
  default void saveSetting(String key, String value) {
    webStore().saveSetting(key, value);
  }

  @Override
  default SavedSearch addSavedSearch(SavedSearch s) {
    return webStore().addSavedSearch(s);
  }

  @Override
  default List<SavedSearch> savedSearches(long afterId, int limit) {
    return webStore().savedSearches(afterId, limit);
  }

  @Override
  default Optional<SavedSearch> savedSearch(long id) {
    return webStore().savedSearch(id);
  }

  @Override
  default boolean removeSavedSearch(long id) {
    return webStore().removeSavedSearch(id);
  }

  @Override
  default ApiToken addApiToken(String name, String tokenHash, Instant now) {
    return webStore().addApiToken(name, tokenHash, now);
  }

  @Override
  default List<ApiToken> apiTokens() {
    return webStore().apiTokens();
  }

  @Override
  default Optional<ApiToken> useApiToken(String tokenHash, Instant now) {
    return webStore().useApiToken(tokenHash, now);
  }

  @Override
  default boolean removeApiToken(long id) {
    return webStore().removeApiToken(id);
  }

  @Override
  default void addWebSession(WebSession session, Instant now) {
    webStore().addWebSession(session, now);
  }

  @Override
  default Optional<WebSession> webSession(String idHash) {
    return webStore().webSession(idHash);
  }

  @Override
  default boolean removeWebSession(String idHash) {
    return webStore().removeWebSession(idHash);
  }

  @Override
  default int removeAllWebSessions() {
    return webStore().removeAllWebSessions();
  }

  @Override
  default List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit) {
    return webStore().storiesPage(beforeTime, beforeId, limit);
  }

  @Override
  default List<StoryRecord> briefedStoriesPage(Instant beforeTime, String beforeId, int limit) {
    return webStore().briefedStoriesPage(beforeTime, beforeId, limit);
  }

  @Override
  default List<StoryCoverage> rankingCandidates(Instant since, int mostRecent) {
    return webStore().rankingCandidates(since, mostRecent);
  }

  @Override
  default List<String> outlets() {
    return webStore().outlets();
  }

  @Override
  default List<SourceStats> sourceStats(Instant since) {
    return webStore().sourceStats(since);
  }

  @Override
  default List<String> articleIdsWithEntity(EntityNames entity, int limit) {
    return webStore().articleIdsWithEntity(entity, limit);
  }

  @Override
  default List<StoredEntity> topEntities(int limit) {
    return webStore().topEntities(limit);
  }

  @Override
  default List<Long> pruneArticleBodies(Instant before) {
    return webStore().pruneArticleBodies(before);
  }

  @Override
  default List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds) {
    return webStore().articlesByPublicIds(publicIds);
  }
}
