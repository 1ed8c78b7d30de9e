package newsdesk.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO-8601 dates and times users give to options such as {@code --since}, and writes the
 * times commands print.
 */
final class Dates {
  private Dates() {}

  /**
   * {@code t} as the commands print times: ISO-8601 in UTC to the second ({@code 2026-11-30T03:12:40Z}),
   * as {@code digest} and the JSON API give them; null stays null. Finer digits are clock noise here.
   */
  static String show(Instant t) {
    return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /**
   * Parses {@code 2020-03-01}, {@code 2020-03-01T12:00:00Z} or {@code 2020-03-01T12:00+02:00}. A
   * bare date means its first instant, or its last one when {@code endOfDay}.
   */
  static Instant parse(String option, String value, boolean endOfDay) {
    if (value == null) return null;
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notDateTime) {
      try {
        LocalDate day = LocalDate.parse(value);
        return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
            : day.atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notDate) {
        throw new UserError(option + " '" + value + "' is not an ISO-8601 date such as 2020-03-01 or 2020-03-01T12:00:00Z");
      }
    }
  }
}
