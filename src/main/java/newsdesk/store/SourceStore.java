package newsdesk.store;

import java.util.List;
import java.util.Optional;

/**
 * The sources a reader follows, their polling state and profiles, and the outlet names their pages
 * declare. A role of {@link NewsStore}, whose implementations are thread-safe and whose {@link
 * NewsStore#inTransaction} makes a group of these calls atomic.
 */
public interface SourceStore {
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
}
