package newsdesk.web;

import newsdesk.store.NewsStore;

/**
 * Why the digest has no story to show, for the front page to say what to do, as {@code newsdesk
 * digest} does: no source yet, nothing fetched yet, or stories that wait for their briefs (a fetch
 * killed after storing them and before writing the briefs).
 *
 * @param sources  whether any source is followed
 * @param fetched  whether any article is stored
 * @param waiting  how many stories wait for their brief
 */
public record EmptyDigest(boolean sources, boolean fetched, long waiting) {
  /** The state of {@code store}; only asked when the digest is empty, since counting the waiting stories reads them. */
  static EmptyDigest of(NewsStore store) {
    boolean fetched = store.newestArticleTime() != null;
    long waiting = fetched ? store.storiesNeedingBrief().stream().filter(s -> store.brief(s.id()).isEmpty()).count() : 0;
    return new EmptyDigest(!store.sources().isEmpty(), fetched, waiting);
  }

  /** "125 stories wait for their briefs" (the front page adds what to do). */
  public String waitingText() {
    return waiting == 1 ? "1 story waits for its brief" : waiting + " stories wait for their briefs";
  }
}
