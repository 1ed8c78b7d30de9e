package newsdesk.store;

import java.time.Instant;

/**
 * What a feed said of an article's entry when newsdesk last read it, to tell a corrected entry
 * from one listed again unchanged.
 *
 * @param fingerprint hash of the entry's title, summary and content as the feed gave them; null
 *                    for an article stored before newsdesk kept it
 * @param updated     the entry's own updated time, or null when it gave none
 */
public record EntryVersion(String fingerprint, Instant updated) {
  public static final EntryVersion UNKNOWN = new EntryVersion(null, null);
}
