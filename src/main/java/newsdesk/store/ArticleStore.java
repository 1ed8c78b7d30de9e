package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * Articles: their placement, the versions of their feed entries, what their pages answered,
 * re-indexing and the entities they name. A role of {@link NewsStore}, whose implementations are
 * thread-safe and whose {@link NewsStore#inTransaction} makes a group of these calls atomic.
 */
public interface ArticleStore {
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
   * Records what article {@code articleId}'s text says of a news agency ({@link StoredArticle#creditedAgency},
   * {@link StoredArticle#contributingAgency}; null: none), as read again after {@link #updateArticleContent}
   * rewrote its text, in the same transaction (whose {@code updated_at} moves its story's stamp).
   */
  void saveAgencyCredits(long articleId, String creditedAgency, String contributingAgency);

  /**
   * Makes article {@code formerOriginal} and its copies copies of article {@code original}, which
   * becomes the original in their place (a copy that named {@code original} as its canonical was
   * stored first). Stories are left as they are: the caller files {@code original} in the story.
   *
   * @throws IllegalArgumentException when both ids are the same
   */
  void becomeCopiesOf(long formerOriginal, long original);

  /**
   * Files article {@code articleId}, stored in no story (it had no content), now that it has: under
   * story {@code storyId}, as a copy of {@code duplicateOf} (null: an original), in
   * {@code language} (null: not known). An article already in a story is left as it is (returns
   * false): moving one between stories is {@link StoryStore#moveArticle}'s.
   */
  boolean fileArticle(long articleId, String storyId, Long duplicateOf, String language);

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

  /**
   * When one of story {@code storyId}'s articles was last rewritten from an updated entry (the
   * latest {@link #articleUpdatedAt} among them), or null when none was: with the story's
   * {@link StoryRecord#lastPublished} it gives the story's updated time without reading its articles.
   */
  Instant storyArticlesUpdatedAt(String storyId);

  /**
   * Whether story {@code storyId} is dated at {@code time} only by a first sighting: one of its
   * articles without a publication time was first read at {@code time} and none of them was
   * published at {@code time} (the story's card then says "first seen",
   * {@code DigestStory.cardFirstSeen}); false for a null time. Reads no article.
   */
  boolean storyFirstSeenAt(String storyId, Instant time);

  /**
   * Whether story {@code storyId} is dated at {@code time} by a day alone: it has an article
   * published at {@code time} and every such article gave its publication date without a time of
   * day ({@link StoredArticle#timeIsDayOnly}; a related line then dates the story by its day, as its
   * card does); false for a null time. Reads only the articles published at {@code time}.
   */
  boolean storyDayOnlyAt(String storyId, Instant time);

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
}
