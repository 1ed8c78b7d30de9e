package newsdesk.store;

import java.time.Instant;

/**
 * A subscribed source and its polling state.
 *
 * @param id                  database id
 * @param url                 the feed (or page) URL
 * @param key                 stable key for sources newsdesk registers itself (the demo), else null
 * @param kind                {@code feed}, or {@code demo} for the bundled demo site's feeds
 * @param title               the feed's title once known
 * @param etag                last ETag, for conditional GET
 * @param lastModified        last Last-Modified header, for conditional GET
 * @param lastFetchAt         when it was last tried
 * @param lastSuccessAt       when it last answered with a usable feed
 * @param lastError           why the last try failed, or null
 * @param consecutiveFailures failures since the last success
 * @param pollIntervalSeconds how often it is polled
 * @param nextFetchAt         when it is due next (null: now)
 * @param lastWarning         what was wrong with the last document it answered with although it could be
 *                            read in part (e.g. "truncated: ...; 7 entries read"), or null when it was whole
 */
public record Source(
    long id,
    String url,
    String key,
    String kind,
    String title,
    String etag,
    String lastModified,
    Instant lastFetchAt,
    Instant lastSuccessAt,
    String lastError,
    int consecutiveFailures,
    int pollIntervalSeconds,
    Instant nextFetchAt,
    String lastWarning) {

  /** A source without a warning (the form before warnings existed). */
  public Source(long id, String url, String key, String kind, String title, String etag, String lastModified,
      Instant lastFetchAt, Instant lastSuccessAt, String lastError, int consecutiveFailures, int pollIntervalSeconds,
      Instant nextFetchAt) {
    this(id, url, key, kind, title, etag, lastModified, lastFetchAt, lastSuccessAt, lastError, consecutiveFailures,
        pollIntervalSeconds, nextFetchAt, null);
  }

  /**
   * True when the last try was refused by the fetching process's address policy (a private address
   * without {@code --allow-private-network}): the poller records why without counting a failure,
   * since the refusal says nothing of the source.
   */
  public boolean refused() {
    return lastError != null && consecutiveFailures == 0;
  }

  /** True when the source has failed on its last try. */
  public boolean failing() {
    return consecutiveFailures > 0;
  }

  /** This source with {@code warning} as its last warning (null clears it). */
  public Source withWarning(String warning) {
    return new Source(id, url, key, kind, title, etag, lastModified, lastFetchAt, lastSuccessAt, lastError,
        consecutiveFailures, pollIntervalSeconds, nextFetchAt, warning);
  }

  /**
   * This source as following it again leaves it (a reader adding an address already followed): due
   * now, as a backoff from failures before no longer holds it back. When {@code justRead} (its
   * address was just fetched and read as a feed), the failures before are history: no last error,
   * no failure counted; {@code title} replaces a missing title.
   */
  public Source followedAgain(boolean justRead, String title) {
    if (!justRead) {
      return new Source(id, url, key, kind, this.title, etag, lastModified, lastFetchAt, lastSuccessAt, lastError,
          consecutiveFailures, pollIntervalSeconds, null, lastWarning);
    }
    String shown = this.title == null || this.title.isBlank() ? title : this.title;
    return new Source(id, url, key, kind, shown, etag, lastModified, lastFetchAt, lastSuccessAt, null, 0,
        pollIntervalSeconds, null, lastWarning);
  }

  /** True when the source answered on its last try, but with a document that could be read only in part. */
  public boolean damaged() {
    return consecutiveFailures == 0 && lastWarning != null;
  }
}
