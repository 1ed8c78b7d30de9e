package newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stories (articles joining, leaving and merging them), their briefs and their related stories. A
 * role of {@link NewsStore}, whose implementations are thread-safe and whose {@link
 * NewsStore#inTransaction} makes a group of these calls atomic.
 */
public interface StoryStore {
  // ---- stories
  void insertStory(StoryRecord story);

  Optional<StoryRecord> story(String id);

  /** Records that an article at {@code time} joined: widens the time span, bumps the version. */
  void storyGained(String storyId, Instant time, Instant now);

  /** Records that an article of the story changed (bumps the version, so its brief is rewritten). */
  void storyChanged(String storyId, Instant now);

  /**
   * Moves every article of {@code from} into {@code into} and marks {@code from} merged.
   *
   * @throws IllegalArgumentException when {@code from} and {@code into} are one story
   */
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
  /**
   * Stores {@code brief} as its story's brief unless the stored one is of a newer story version:
   * two processes briefing one story (a {@code fetch} beside {@code serve}) may finish in either
   * order, and the slower one's brief of an older version must not replace the newer.
   */
  void saveBrief(StoredBrief brief);

  Optional<StoredBrief> brief(String storyId);

  void replaceRelated(String storyId, List<RelatedStory> related);

  List<RelatedStory> related(String storyId);

  /** Ids of the stories whose stored related stories list {@code relatedId} (the reverse of {@link #related}). */
  List<String> storiesListing(String relatedId);

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
}
