package newsdesk.pipeline;

import java.util.Objects;
import newsdesk.feed.FeedEntry;
import newsdesk.store.EntryVersion;
import org.jsoup.Jsoup;

/**
 * Tells an updated feed entry from one listed again unchanged. An entry changed when the words of
 * its title, summary or content differ from what the feed said when the article was stored (a
 * corrected headline, a rising toll), or when it declares a later updated time (the page may have
 * changed while the feed's excerpt did not). Markup is no part of it: a tracking pixel whose
 * address changes on every build, or a class added to a paragraph, changes nothing a reader sees.
 * An entry that comes back with an earlier or the same updated time and the same words is
 * unchanged and is not read again. A feed whose every known entry comes back only with a later
 * time (a feed stamped anew on each build) has not changed any of them ({@code Pipeline} skips
 * them).
 */
final class EntryVersions {
  private EntryVersions() {}

  /** What {@code entry} says now: a hash of its title and the plain text of its summary and content. */
  static EntryVersion of(FeedEntry entry) {
    String said = Objects.toString(entry.title(), "").strip() + '\u0000' + plainText(entry.summary()) + '\u0000'
        + plainText(entry.content());
    return new EntryVersion(Ids.hash(said), entry.updated());
  }

  /**
   * Whether {@code now} is a newer version of the entry than {@code stored}. An article stored
   * before versions were kept, or whose version was cleared by a schema upgrade that changed how
   * it is computed ({@code stored.fingerprint()} null), has nothing to compare with: it is
   * unchanged here, and the caller records {@code now} as its version.
   */
  static boolean changed(EntryVersion stored, EntryVersion now) {
    if (stored.fingerprint() == null) return false;
    if (!stored.fingerprint().equals(now.fingerprint())) return true;
    return now.updated() != null && (stored.updated() == null || now.updated().isAfter(stored.updated()));
  }

  /** Whether {@code now} differs from {@code stored} only by a later updated time (same words). */
  static boolean onlyRestamped(EntryVersion stored, EntryVersion now) {
    return stored.fingerprint() != null && stored.fingerprint().equals(now.fingerprint()) && changed(stored, now);
  }

  /** The text a reader sees of {@code html}, whitespace collapsed; "" for none. */
  private static String plainText(String html) {
    if (html == null || html.isBlank()) return "";
    return Jsoup.parseBodyFragment(html).body().text().strip();
  }
}
