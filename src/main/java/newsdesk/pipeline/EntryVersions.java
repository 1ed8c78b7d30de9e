package newsdesk.pipeline;

import java.util.Objects;
import newsdesk.feed.FeedEntry;
import newsdesk.store.EntryVersion;

/**
 * Tells an updated feed entry from one listed again unchanged. An entry changed when its title,
 * summary or content differ from what the feed said when the article was stored (a corrected
 * headline, a rising toll), or when it declares a later updated time (the page may have changed
 * while the feed's excerpt did not). An entry that comes back with an earlier or the same updated
 * time and the same words is unchanged and is not read again. A feed whose every known entry
 * comes back only with a later time (a feed stamped anew on each build) has not changed any of
 * them ({@code Pipeline} skips them).
 */
final class EntryVersions {
  private EntryVersions() {}

  /** What {@code entry} says now. */
  static EntryVersion of(FeedEntry entry) {
    String said = Objects.toString(entry.title(), "") + '\u0000' + Objects.toString(entry.summary(), "") + '\u0000'
        + Objects.toString(entry.content(), "");
    return new EntryVersion(Ids.hash(said), entry.updated());
  }

  /**
   * Whether {@code now} is a newer version of the entry than {@code stored}. An article stored
   * before versions were kept ({@code stored.fingerprint()} null) has nothing to compare with: it
   * is unchanged, and the caller records {@code now} as its version.
   */
  /** Whether {@code now} differs from {@code stored} only by a later updated time (same words). */
  static boolean onlyRestamped(EntryVersion stored, EntryVersion now) {
    return stored.fingerprint() != null && stored.fingerprint().equals(now.fingerprint()) && changed(stored, now);
  }

  static boolean changed(EntryVersion stored, EntryVersion now) {
    if (stored.fingerprint() == null) return false;
    if (!stored.fingerprint().equals(now.fingerprint())) return true;
    return now.updated() != null && (stored.updated() == null || now.updated().isAfter(stored.updated()));
  }
}
