package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsdesk.text.EntityNames;

/**
 * An {@link ArticleStore} whose every call is served by {@link #articleStore()}: how {@link SqliteNewsStore}
 * takes on the role (the articles, their revisions, link checks and named
 * entities) without a line of its own per call.
 */
interface ForwardingArticleStore extends ArticleStore {
  /** The object that serves this role's calls. */
  ArticleStore articleStore();

  @Override
  default boolean hasGuid(long sourceId, String guid) {
    return articleStore().hasGuid(sourceId, guid);
  }

  @Override
  default Optional<StoredArticle> articleByCanonicalUrl(String canonicalUrl) {
    return articleStore().articleByCanonicalUrl(canonicalUrl);
  }

  @Override
  default Optional<StoredArticle> originalByContentHash(String contentHash) {
    return articleStore().originalByContentHash(contentHash);
  }

  @Override
  default Optional<StoredArticle> article(long id) {
    return articleStore().article(id);
  }

  @Override
  default Optional<StoredArticle> articleByPublicId(String publicId) {
    return articleStore().articleByPublicId(publicId);
  }

  @Override
  default StoredArticle insertArticle(StoredArticle a) {
    return articleStore().insertArticle(a);
  }

  @Override
  default List<StoredArticle> articlesOfStory(String storyId) {
    return articleStore().articlesOfStory(storyId);
  }

  @Override
  default List<StoredArticle> articlesAfter(long afterId, int limit) {
    return articleStore().articlesAfter(afterId, limit);
  }

  @Override
  default List<StoredArticle> storyArticlesSince(Instant since) {
    return articleStore().storyArticlesSince(since);
  }

  @Override
  default long maxArticleId() {
    return articleStore().maxArticleId();
  }

  @Override
  default long articleCount() {
    return articleStore().articleCount();
  }

  @Override
  default Instant newestArticleTime() {
    return articleStore().newestArticleTime();
  }

  @Override
  default Optional<StoredArticle> articleByGuid(long sourceId, String guid) {
    return articleStore().articleByGuid(sourceId, guid);
  }

  @Override
  default Optional<StoredArticle> articleByUrl(long sourceId, String url) {
    return articleStore().articleByUrl(sourceId, url);
  }

  @Override
  default EntryVersion entryVersion(long articleId) {
    return articleStore().entryVersion(articleId);
  }

  @Override
  default void saveEntryVersion(long articleId, EntryVersion version) {
    articleStore().saveEntryVersion(articleId, version);
  }

  @Override
  default void updateArticleContent(long articleId, String title, String description, String text, String textSource,
      String contentHash, Instant now) {
    articleStore().updateArticleContent(articleId, title, description, text, textSource, contentHash, now);
  }

  @Override
  default void saveAgencyCredits(long articleId, String creditedAgency, String contributingAgency) {
    articleStore().saveAgencyCredits(articleId, creditedAgency, contributingAgency);
  }

  @Override
  default void becomeCopiesOf(long formerOriginal, long original) {
    articleStore().becomeCopiesOf(formerOriginal, original);
  }

  @Override
  default boolean fileArticle(long articleId, String storyId, Long duplicateOf, String language) {
    return articleStore().fileArticle(articleId, storyId, duplicateOf, language);
  }

  @Override
  default boolean savePageStatus(long articleId, Integer status, boolean gone, Instant now) {
    return articleStore().savePageStatus(articleId, status, gone, now);
  }

  @Override
  default Instant pageCheckedAt(long articleId) {
    return articleStore().pageCheckedAt(articleId);
  }

  @Override
  default void savePageRetries(long articleId, Integer retried) {
    articleStore().savePageRetries(articleId, retried);
  }

  @Override
  default Integer pageRetries(long articleId) {
    return articleStore().pageRetries(articleId);
  }

  @Override
  default Instant articleUpdatedAt(long articleId) {
    return articleStore().articleUpdatedAt(articleId);
  }

  @Override
  default Instant storyArticlesUpdatedAt(String storyId) {
    return articleStore().storyArticlesUpdatedAt(storyId);
  }

  @Override
  default boolean storyFirstSeenAt(String storyId, Instant time) {
    return articleStore().storyFirstSeenAt(storyId, time);
  }

  @Override
  default boolean storyDayOnlyAt(String storyId, Instant time) {
    return articleStore().storyDayOnlyAt(storyId, time);
  }

  @Override
  default List<StoredArticle> articlesToReindex(long throughId, int limit) {
    return articleStore().articlesToReindex(throughId, limit);
  }

  @Override
  default void reindexed(java.util.Collection<StoredArticle> indexed) {
    articleStore().reindexed(indexed);
  }

  @Override
  default void saveEntities(long articleId, List<StoredEntity> entities) {
    articleStore().saveEntities(articleId, entities);
  }

  @Override
  default List<StoredEntity> entitiesOfStory(String storyId) {
    return articleStore().entitiesOfStory(storyId);
  }

  @Override
  default List<StoryRecord> storiesWithEntity(EntityNames entity, int limit) {
    return articleStore().storiesWithEntity(entity, limit);
  }
}
