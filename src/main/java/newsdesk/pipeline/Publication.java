package newsdesk.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;

/**
 * The publication date an article is stored with, before the clamp to its fetch time, and whether
 * it was given as a day alone, without a time of day ({@code StoredArticle.publishedDayOnly}).
 *
 * @param time    the publication time, or null when neither the entry nor the page gave one
 * @param dayOnly whether {@code time} is a day given without a time of day (midnight UTC of that day);
 *                false without a time
 */
record Publication(Instant time, boolean dayOnly) {
  /** No publication date known. */
  static final Publication NONE = new Publication(null, false);
  public Publication {
    dayOnly = time != null && dayOnly;
  }

  /**
   * The date an entry and its page give together. The entry's publication date comes first: the
   * feed is the publisher's own list, and a page's metadata may name another time (a modification,
   * a series' first part). One exception: when the entry gives only a day ({@link FeedEntry#publishedDayOnly})
   * and the page a time of day that falls on that day in UTC (the day shown for a day-only date),
   * the page's time is the more precise account of the same publication and is taken, with its time
   * of day. A page time on another UTC day is kept out, the entry keeping its day: it would show
   * another day than the entry's, and is often not the publication (a CMS's local midnight,
   * {@code 00:00+02:00} on the 25th being the 24th in UTC, or a next-day modification). Without an
   * entry date, the page's date; without either, the entry's last update ({@link FeedEntry#updatedDayOnly}
   * saying whether it is a day); each keeps its own precision.
   */
  static Publication of(FeedEntry entry, Article page) {
    Publication fromEntry = new Publication(entry.published(), entry.publishedDayOnly());
    Publication fromPage = new Publication(page.published(), page.publishedDayOnly());
    if (fromEntry.time() != null) {
      return fromEntry.dayOnly() && fromPage.time() != null && !fromPage.dayOnly()
          && fallsOnDay(fromPage.time(), fromEntry.time()) ? fromPage : fromEntry;
    }
    if (fromPage.time() != null) return fromPage;
    return new Publication(entry.updated(), entry.updatedDayOnly());
  }

  /** Whether {@code time} is on the UTC day of {@code day} (midnight UTC of a day-only date). */
  private static boolean fallsOnDay(Instant time, Instant day) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC).equals(LocalDate.ofInstant(day, ZoneOffset.UTC));
  }
}
