package newsdesk.web;

import java.time.Instant;
import java.util.Locale;
import newsdesk.sources.PollSchedule;
import newsdesk.sources.SourceStatus;
import newsdesk.store.Source;
import newsdesk.store.SourceStats;

/**
 * A source and its status, as the sources page and the API show it.
 *
 * @param id        the source's id
 * @param url       its address
 * @param title     its title, else its address
 * @param status    its {@link SourceStatus} word (ok, refused, retrying, FAILING, ...)
 * @param lastFetchAt when it was last tried, or null
 * @param lastError why the last try failed, or, when the last document could be read only in part,
 *                  "damaged: " and what was wrong with it; null when the last try went well
 * @param articles  articles stored from it: an article listed by several sources counts for the
 *                  one that stored it first (the page and the API say so)
 * @param perDayValue articles per day over the last {@link #WINDOW_DAYS} days (by fetch time)
 */
public record SourceRow(long id, String url, String title, String status, Instant lastFetchAt, String lastError, long articles,
    double perDayValue) {
  public static final int WINDOW_DAYS = 7;
  /** The schedule the poller runs by, which says when failures make a source failing. */
  private static final PollSchedule SCHEDULE = new PollSchedule(PollSchedule.Bounds.defaults());

  static SourceRow of(Source s, SourceStats stats) {
    long articles = stats == null ? 0 : stats.articles();
    double perDay = stats == null ? 0 : stats.recentArticles() / (double) WINDOW_DAYS;
    String title = s.title() == null || s.title().isBlank() ? s.url() : s.title();
    String problem = s.lastError() != null ? s.lastError() : s.damaged() ? "damaged: " + s.lastWarning() : null;
    return new SourceRow(s.id(), s.url(), title, SourceStatus.of(s, SCHEDULE).label(), s.lastFetchAt(), problem,
        articles, perDay);
  }

  public String lastFetch() {
    return lastFetchAt == null ? "never" : lastFetchAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
  }

  public String perDay() {
    return String.format(Locale.ROOT, "%.1f", perDayValue);
  }
}
