package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link StoryStore} whose every call is served by {@link #storyStore()}: how {@link SqliteNewsStore}
 * takes on the role (the stories, their briefs and related stories) without a
 * line of its own per call.
 */
interface ForwardingStoryStore extends StoryStore {
  /** The object that serves this role's calls. */
  StoryStore storyStore();

  @Override
  default void insertStory(StoryRecord s) {
    storyStore().insertStory(s);
  }

  @Override
  default Optional<StoryRecord> story(String id) {
    return storyStore().story(id);
  }

  @Override
  default void storyGained(String storyId, Instant time, Instant now) {
    storyStore().storyGained(storyId, time, now);
  }

  @Override
  default void storyChanged(String storyId, Instant now) {
    storyStore().storyChanged(storyId, now);
  }

  @Override
  default void mergeStory(String from, String into, Instant now) {
    storyStore().mergeStory(from, into, now);
  }

  @Override
  default Optional<String> moveArticle(String publicId, String into, Instant now) {
    return storyStore().moveArticle(publicId, into, now);
  }

  @Override
  default List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit) {
    return storyStore().storiesUpdatedBetween(since, until, limit);
  }

  @Override
  default List<StoryRecord> storiesNeedingBrief() {
    return storyStore().storiesNeedingBrief();
  }

  @Override
  default String digestVersion() {
    return storyStore().digestVersion();
  }

  @Override
  default java.util.Map<String, Long> storyStamps(java.util.Collection<String> storyIds) {
    return storyStore().storyStamps(storyIds);
  }

  @Override
  default void saveBrief(StoredBrief b) {
    storyStore().saveBrief(b);
  }

  @Override
  default Optional<StoredBrief> brief(String storyId) {
    return storyStore().brief(storyId);
  }

  @Override
  default void replaceRelated(String storyId, List<RelatedStory> related) {
    storyStore().replaceRelated(storyId, related);
  }

  @Override
  default List<String> storiesNeedingRelated() {
    return storyStore().storiesNeedingRelated();
  }

  @Override
  default void relatedStored(String storyId, int briefVersion) {
    storyStore().relatedStored(storyId, briefVersion);
  }

  @Override
  default List<RelatedStory> related(String storyId) {
    return storyStore().related(storyId);
  }

  @Override
  default List<String> storiesListing(String relatedId) {
    return storyStore().storiesListing(relatedId);
  }
}
