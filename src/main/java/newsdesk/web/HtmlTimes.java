package newsdesk.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the pages write them. */
public final class HtmlTimes {
  private HtmlTimes() {}

  /**
   * The {@code datetime} attribute of a {@code <time>}: ISO 8601 in UTC to the second. HTML allows at
   * most three fractional digits, and an {@link Instant} prints up to nine.
   */
  public static String datetime(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
