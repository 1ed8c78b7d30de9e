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

  /**
   * The day a related line dates a related story at, as its own card does: {@code 2020-03-02}, or
   * {@code first seen 2020-03-02} when that is only the first sighting of an article without a
   * publication time ({@link newsdesk.publish.DigestStory.Related#firstSeen}).
   */
  public static String relatedDay(newsdesk.publish.DigestStory.Related r) {
    String day = day(r.cardTime());
    return r.firstSeen() ? newsdesk.publish.DigestStory.FIRST_SEEN + day : day;
  }

  /**
   * The {@code datetime} attribute of a related line's {@code <time>}: the day alone when the related
   * story is dated by a day given without a time of day ({@link newsdesk.publish.DigestStory.Related#cardTimeIsDayOnly}),
   * as its card's is, else the instant to the second.
   */
  public static String relatedDatetime(newsdesk.publish.DigestStory.Related r) {
    return r.cardTimeIsDayOnly() ? day(r.cardTime()) : datetime(r.cardTime());
  }

  /** The day of {@code t} in UTC ({@code 2020-03-02}), as cards date a story. */
  public static String day(Instant t) {
    return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC).format(t);
  }
}
