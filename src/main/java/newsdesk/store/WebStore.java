package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * What the web UI keeps and asks: settings, saved searches, API tokens, sessions, paging,
 * statistics and pruning. A role of {@link NewsStore}, whose implementations are thread-safe and
 * whose {@link NewsStore#inTransaction} makes a group of these calls atomic.
 */
public interface WebStore {
  // ---- web: settings, saved searches, API tokens, paging and statistics (added by the web UI)

  /** A stored setting, when set. */
  Optional<String> setting(String key);

  /** Sets (or replaces) a setting. */
  void saveSetting(String key, String value);

  /** Saves a new search (its id is ignored) and returns it with its id. */
  SavedSearch addSavedSearch(SavedSearch search);

  /** Saved searches with an id above {@code afterId}, by id, at most {@code limit}. */
  List<SavedSearch> savedSearches(long afterId, int limit);

  Optional<SavedSearch> savedSearch(long id);

  boolean removeSavedSearch(long id);

  /** Stores a new API token by its hash and returns it. */
  ApiToken addApiToken(String name, String tokenHash, Instant now);

  List<ApiToken> apiTokens();

  /** The token with this hash, marking it used at {@code now}. */
  Optional<ApiToken> useApiToken(String tokenHash, Instant now);

  boolean removeApiToken(long id);

  /** Stores a new browser session and deletes the sessions that expired before {@code now}. */
  void addWebSession(WebSession session, Instant now);

  /** The session with this id hash, when stored (expired or not: the caller checks). */
  Optional<WebSession> webSession(String idHash);

  /** Deletes a session (log-out); false when there was none. */
  boolean removeWebSession(String idHash);

  /** Deletes every session (the password changed: every reader logs in again); returns how many. */
  int removeAllWebSessions();

  /**
   * Live stories ordered newest first by (last_published, id), strictly after the cursor
   * ({@code beforeTime}, {@code beforeId}); a null cursor starts at the newest.
   */
  List<StoryRecord> storiesPage(Instant beforeTime, String beforeId, int limit);

  /**
   * As {@link #storiesPage}, only the stories that have a brief (those a reader can be shown), so
   * that a page of {@code limit} is full while more follow.
   */
  List<StoryRecord> briefedStoriesPage(Instant beforeTime, String beforeId, int limit);

  /**
   * The front page's candidates: every live story that has a brief and whose newest article was
   * published at or after {@code since}, and in any case the {@code mostRecent} most recently
   * published live stories with a brief; each with its count of distinct outlets. One row per
   * story, in no particular order; no article or brief is loaded.
   */
  List<StoryCoverage> rankingCandidates(Instant since, int mostRecent);

  /** Distinct outlet names, alphabetically. */
  List<String> outlets();

  /** Per-source article counts; {@code recentArticles} counts articles fetched at or after {@code since}. */
  List<SourceStats> sourceStats(Instant since);

  /**
   * Public ids of articles naming one of {@code entity}'s forms, matched as by
   * {@link ArticleStore#storiesWithEntity}, newest first (by publication, else fetch time), at most
   * {@code limit}.
   */
  List<String> articleIdsWithEntity(EntityNames entity, int limit);

  /**
   * The most widely named entities over all articles, one per name as in
   * {@link ArticleStore#entitiesOfStory}.
   */
  List<StoredEntity> topEntities(int limit);

  /**
   * Deletes the bodies (text and description) of articles placed before {@code before}; stories
   * and their briefs stay. The articles changed are marked for {@linkplain ArticleStore#articlesToReindex
   * re-indexing} in the same transaction, so that the index drops their text on its next catch-up
   * even after a crash. Returns the ids of the articles changed.
   */
  List<Long> pruneArticleBodies(Instant before);

  /** The articles with these public ids (unknown ids are left out), in no particular order. */
  List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds);
}
