package newsdesk.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether two stories may be related at all, before their words are compared: the same language
 * (or one undetermined, {@code und}) and times at most {@code window} apart in either direction
 * (no bound when a time is missing). Used by {@link RelatedCandidates} for the candidates and by
 * {@link StoryHubness} for the neighbours a hubness is measured over.
 *
 * @param window largest time distance of two comparable stories ({@link RelatedStoryFinder.Settings#window})
 */
record ComparableStories(Duration window) {
  ComparableStories {
    Objects.requireNonNull(window, "window");
  }

  boolean comparable(StoryProfile a, StoryProfile b) {
    return sameLanguage(a, b) && inWindow(a, b);
  }

  private static boolean sameLanguage(StoryProfile a, StoryProfile b) {
    return a.language().equals(b.language()) || "und".equals(a.language()) || "und".equals(b.language());
  }

  private boolean inWindow(StoryProfile a, StoryProfile b) {
    if (a.time() == null || b.time() == null) return true;
    return Duration.between(a.time(), b.time()).abs().compareTo(window) <= 0;
  }
}
