package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import newsdesk.text.EntityNames;

/**
 * Storage of sources, articles, stories, briefs and related stories: the source of truth. The
 * embedded implementation is {@link SqliteNewsStore}; a server database can implement the same
 * interface. Implementations are thread-safe; {@link #inTransaction} makes a group of writes
 * atomic and durable (all or nothing after a crash).
 */
public interface NewsStore extends AutoCloseable {

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Supplier<T> work);

  // ---- sources
  /**
   * Adds a source, or returns the existing one with the same URL or (when given) the same key.
   * A keyed source that exists under another URL is moved to {@code url}.
   */
  Source addSource(String url, String kind, String key, String title);

  List<Source> sources();

  Optional<Source> source(long id);

  boolean removeSource(long id);

  /** Saves the polling state of a source after a fetch (success or failure). */
  void updateSource(Source source);

  // ---- articles
  boolean hasGuid(long sourceId, String guid);

  Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl);

  /** The first stored article with this content hash that is not itself a duplicate. */
  Optional<StoredArticle> originalByContentHash(String contentHash);

  Optional<StoredArticle> article(long id);

  Optional<StoredArticle> articleByPublicId(String publicId);

  /** Inserts {@code article} (its id is ignored) and returns it with its new id. */
  StoredArticle insertArticle(StoredArticle article);

  /** Articles of a story, oldest first. */
  List<StoredArticle> articlesOfStory(String storyId);

  /** Articles with an id above {@code afterId}, by id, at most {@code limit}. */
  List<StoredArticle> articlesAfter(long afterId, int limit);

  /** Articles in a story whose time is at or after {@code since}, by id (for resuming clustering). */
  List<StoredArticle> storyArticlesSince(Instant since);

  long maxArticleId();

  long articleCount();

  /**
   * Time of the newest stored article (its publication time, else its fetch time), or null when
   * there is none; never later than the latest fetch, so that the digest window it anchors never
   * lies in the future.
   */
  Instant newestArticleTime();

  // ---- updated entries and re-indexing (schema V8)
  /** The article stored from the entry {@code guid} of source {@code sourceId}. */
  Optional<StoredArticle> articleByGuid(long sourceId, String guid);

  /**
   * The first article (by id) that source {@code sourceId} stored from an entry linking to {@code url}
   * (as stored: without a fragment other than a hash-bang route); its canonical URL may be the one
   * its page declares (schema V10 indexes this).
   */
  Optional<StoredArticle> articleByUrl(long sourceId, String url);

  /** What the feed said of article {@code articleId}'s entry when last read; {@link EntryVersion#UNKNOWN} when not kept. */
  EntryVersion entryVersion(long articleId);

  /** Records what the feed said of article {@code articleId}'s entry. */
  void saveEntryVersion(long articleId, EntryVersion version);

  /**
   * Rewrites an article from its updated entry (title, description, text, text source, content
   * hash; {@code now} as its updated time) and marks it for {@linkplain #articlesToReindex
   * re-indexing}, in one transaction. Its id, URLs and story stay.
   */
  void updateArticleContent(long articleId, String title, String description, String text, String textSource,
      String contentHash, Instant now);

  /**
   * Records that article {@code articleId}'s page was fetched again at {@code now} (schema V13),
   * what it answered, {@code status} (null: no answer, the status kept is left), and whether the
   * page is gone for good. Returns whether the gone mark changed (the caller re-briefs the story:
   * its "Read more" may have to move).
   */
  boolean savePageStatus(long articleId, Integer status, boolean gone, Instant now);

  /** When article {@code articleId}'s page was last fetched again, or null when not since it was stored. */
  Instant pageCheckedAt(long articleId);

  /**
   * Records whether article {@code articleId}'s page is to be read again because it failed in a way
   * that may pass (schema V15): {@code retried} is how many times it has been read again since it
   * first failed so, or null when no read is pending.
   */
  void savePageRetries(long articleId, Integer retried);

  /** How many times article {@code articleId}'s page, which failed in a way that may pass, has been read again; null when no read is pending. */
  Integer pageRetries(long articleId);

  /** When the article was last rewritten from an updated entry, or null when never. */
  Instant articleUpdatedAt(long articleId);

  /** Articles rewritten since the index saw them, with an id at or below {@code throughId}, by id, at most {@code limit}. */
  List<StoredArticle> articlesToReindex(long throughId, int limit);

  /**
   * Records that the index committed these versions of the articles (as read by
   * {@link #articlesToReindex}). An article rewritten or pruned since keeps its mark, so its newer
   * version is indexed by the next call.
   */
  void reindexed(java.util.Collection<StoredArticle> indexed);

  /** Replaces the named entities of an article. */
  void saveEntities(long articleId, List<StoredEntity> entities);

  /**
   * Entities of a story's articles, one per name (case-insensitive) with the type most of its
   * articles gave it, most widely named first.
   */
  List<StoredEntity> entitiesOfStory(String storyId);

  /**
   * Live stories with an article naming one of {@code entity}'s forms, as the case rule of
   * {@link EntityNames} matches them, newest first. The caller expands the name asked
   * ({@code EntityAliases.searchNames}: "U.S" finds "United States" too); the store only matches.
   */
  List<StoryRecord> storiesWithEntity(EntityNames entity, int limit);

  // ---- stories
  void insertStory(StoryRecord story);

  Optional<StoryRecord> story(String id);

  /** Records that an article at {@code time} joined: widens the time span, bumps the version. */
  void storyGained(String storyId, Instant time, Instant now);

  /** Records that an article of the story changed (bumps the version, so its brief is rewritten). */
  void storyChanged(String storyId, Instant now);

  /** Moves every article of {@code from} into {@code into} and marks {@code from} merged. */
  void mergeStory(String from, String into, Instant now);

  /**
   * Re-files the article {@code publicId} (and its duplicates, which follow their original) under
   * story {@code into}, as when clustering revised where it belongs: {@code into} widens its time
   * span and bumps its version; the story it left, when other articles remain, narrows its span to
   * theirs and bumps its version (both briefs and related lists are rewritten), and when none
   * remains it is marked merged into {@code into}, exactly as {@link #mergeStory} leaves an absorbed
   * story. Returns the story the article left, or empty when it is unknown, in no story or already in
   * {@code into} (nothing changes).
   */
  Optional<String> moveArticle(String publicId, String into, Instant now);

  /** Live (not merged) stories whose newest article lies in [since, until], newest first. */
  List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit);

  /** Live stories whose cached brief is missing or older than the story. */
  List<StoryRecord> storiesNeedingBrief();

  /**
   * A value that changes whenever a commit, of this process or of another one on the same
   * database (a {@code fetch} beside {@code serve}), settles what a digest shows: a brief written,
   * stories merged, related stories replaced. A story is shown only once it has a brief, and every
   * story that gains an article is briefed again in the same ingest, so articles admitted but not
   * yet briefed do not move it (an ingest in progress does not make a cached digest stale at every
   * article). Cheap enough to ask on every request: one row, whatever the size of the archive.
   * Only whether it changed means anything, not its value.
   */
  String digestVersion();

  /**
   * For each of {@code storyIds}, a number that changes whenever a commit changes anything a
   * digest entry of the story is built from: its row (membership, times, merge), its brief, its
   * articles' outlet, link, title, time or language, its related stories, or the brief of a story
   * it lists as related. A reader that kept an entry built after reading its stamp may show it
   * again while the stamp is unchanged. Every id asked has an entry (0 for a story never changed
   * since it was stored); where the database keeps no stamps (an older schema opened read-only)
   * every call returns values not returned before, so nothing kept is reused.
   */
  java.util.Map<String, Long> storyStamps(java.util.Collection<String> storyIds);

  // ---- briefs and related stories
  void saveBrief(StoredBrief brief);

  Optional<StoredBrief> brief(String storyId);

  void replaceRelated(String storyId, List<RelatedStory> related);

  List<RelatedStory> related(String storyId);

  /**
   * Live stories whose related stories are still to be computed (schema V14): every brief written
   * marks its story in the same transaction, and {@link #relatedStored} clears the mark. A run
   * killed between the two, or a related update that failed, leaves the marks for the next run.
   * As many as there are stories briefed and not yet ranked: a few per run, not the archive.
   */
  List<String> storiesNeedingRelated();

  /**
   * Clears the mark of {@link #storiesNeedingRelated} of {@code storyId} if its brief was at most
   * version {@code briefVersion} when marked: the related stories just stored were ranked from that
   * brief (a brief written meanwhile by another process keeps its mark). Call it in the transaction
   * that stores the story's list.
   */
  void relatedStored(String storyId, int briefVersion);

  // ---- source profiles (schema V4)
  /** Records the site and folder of a source (see {@link SourceProfile}); nulls clear them. */
  void saveSourceProfile(long sourceId, SourceProfile profile);

  /** The site and folder of a source; {@link SourceProfile#NONE} when none were saved or no such source. */
  SourceProfile sourceProfile(long sourceId);

  /**
   * Moves a source to {@code url} (its feed moved permanently). Returns false, changing nothing,
   * when another source already has that URL or there is no such source.
   */
  boolean moveSource(long sourceId, String url);

  // ---- outlet names (schema V7)
  /**
   * Counts one more page of {@code host} (lower case, without "www.") that declared its outlet's
   * name as {@code name}.
   */
  void countOutletName(String host, String name);

  /** The name {@code host}'s pages declared most often (ties: the first alphabetically), if any did. */
  Optional<String> outletName(String host);

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
   * {@link #storiesWithEntity}, newest first (by publication, else fetch time), at most {@code limit}.
   */
  List<String> articleIdsWithEntity(EntityNames entity, int limit);

  /** The most widely named entities over all articles, one per name as in {@link #entitiesOfStory}. */
  List<StoredEntity> topEntities(int limit);

  /**
   * Deletes the bodies (text and description) of articles placed before {@code before}; stories
   * and their briefs stay. The articles changed are marked for {@linkplain #articlesToReindex
   * re-indexing} in the same transaction, so that the index drops their text on its next catch-up
   * even after a crash. Returns the ids of the articles changed.
   */
  List<Long> pruneArticleBodies(Instant before);

  /** The articles with these public ids (unknown ids are left out), in no particular order. */
  List<StoredArticle> articlesByPublicIds(java.util.Collection<String> publicIds);

  @Override
  void close();
}
