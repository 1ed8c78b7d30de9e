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
  /** The earliest and latest offsets of the time zones in use (Kiribati's and Baker Island's). */
  private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);
  private static final ZoneOffset WESTERNMOST = ZoneOffset.ofHours(-12);

  public Publication {
    dayOnly = time != null && dayOnly;
  }

  /**
   * The date an entry and its page give together. The entry's publication date comes first: the
   * feed is the publisher's own list, and a page's metadata may name another time (a modification,
   * a series' first part). One exception: when the entry gives only a day ({@link FeedEntry#publishedDayOnly})
   * and the page a time of day that falls on that day in some time zone in use (UTC-12:00 to
   * UTC+14:00, since a bare day names the publisher's local calendar, whose zone is unknown), the
   * page's time is the more precise account of the same publication and is taken, with its time of
   * day; a page time on another day contradicts the entry, which is kept with its day. Without an
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

  /** Whether {@code time} is on the day starting at {@code day} (midnight UTC) in some time zone in use. */
  private static boolean fallsOnDay(Instant time, Instant day) {
    LocalDate date = LocalDate.ofInstant(day, ZoneOffset.UTC);
    return !LocalDate.ofInstant(time, EASTERNMOST).isBefore(date) && !LocalDate.ofInstant(time, WESTERNMOST).isAfter(date);
  }
}
