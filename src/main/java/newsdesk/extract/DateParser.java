package newsdesk.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats found in page metadata into an {@link Instant}: ISO-8601 with or
 * without offset or time (a missing offset is taken as UTC; an hour without minutes,
 * {@code 2020-08-25T14Z}, is a time of day), RFC 1123, and a date inside a URL path such as
 * {@code /2019/11/19/}. A day without a time of day is midnight UTC of the day written, whatever
 * zone it names ({@code 2020-08-25+02:00}), as {@code newsdesk.feed.FeedDates} reads it: readers
 * show it as that day.
 */
final class DateParser {
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          new DateTimeFormatterBuilder()
              .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSS][XXX][XX][X]")
              .toFormatter(Locale.ROOT),
          new DateTimeFormatterBuilder()
              .appendPattern("yyyyMMdd'T'HHmmss[X]")
              .toFormatter(Locale.ROOT));
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd[[ ]['T']HH:mm[:ss]]")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT);
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[^0-9]|$)");
  private static final Pattern LEADING_ISO =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
          + "|T\\d{2}(?!\\d)(?:Z|[+-]\\d{2}:?\\d{2})?|(?:Z|[+-]\\d{2}:?\\d{2})(?![\\d:]))?");
  /** A day followed by its zone alone: the day is kept, the zone dropped (see the class comment). */
  private static final Pattern DAY_WITH_ZONE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:?\\d{2})");
  /** A day and an hour without minutes: read as that hour's first minute. */
  private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2})(Z|[+-]\\d{2}:?\\d{2})?");

  /** What a date value says: its instant, and whether it gave a day without a time of day. */
  private record Reading(Instant time, boolean dayOnly) {
    static final Reading NONE = new Reading(null, false);
  }

  private DateParser() {}

  /** The instant {@code value} names, or null when it is not a recognised date. */
  static Instant parse(String value) {
    return read(value).time();
  }

  /**
   * Whether {@code value} is a date {@link #parse} recognises that gives no time of day
   * ({@code 2020-08-25}, {@code 2020-08-25+02:00}): parsed as midnight UTC, a time the page never
   * stated. An hour alone ({@code 2020-08-25T14Z}) is a time of day.
   */
  static boolean isDayOnly(String value) {
    return read(value).dayOnly();
  }

  // The precision is that of the form that parsed, not a search of the text for a colon: the
  // colon of an offset ("+02:00") is no time of day, and "T14" is one without a colon.
  private static Reading read(String value) {
    if (value == null) return Reading.NONE;
    String v = value.strip();
    if (v.isEmpty()) return Reading.NONE;
    Matcher iso = LEADING_ISO.matcher(v);
    if (iso.find()) v = iso.group();
    Matcher dayWithZone = DAY_WITH_ZONE.matcher(v);
    if (dayWithZone.matches()) v = dayWithZone.group(1);
    Matcher hourOnly = HOUR_ONLY.matcher(v);
    if (hourOnly.matches()) v = hourOnly.group(1) + ":00" + (hourOnly.group(2) == null ? "" : hourOnly.group(2));
    for (DateTimeFormatter f : ZONED) {
      try {
        return new Reading(OffsetDateTime.parse(v, f).toInstant(), false);
      } catch (DateTimeParseException e) {
        try {
          return new Reading(ZonedDateTime.parse(v, f).toInstant(), false);
        } catch (DateTimeParseException ignored) {
          // try the next format
        }
      }
    }
    try {
      return new Reading(LocalDateTime.parse(v, LOCAL).toInstant(ZoneOffset.UTC), false);
    } catch (DateTimeParseException e) {
      try {
        return new Reading(LocalDate.parse(v, LOCAL).atStartOfDay().toInstant(ZoneOffset.UTC), true);
      } catch (DateTimeParseException ignored) {
        return Reading.NONE;
      }
    }
  }

  /** A date written in a URL path ({@code /2019/11/19/}), at midnight UTC, or null. */
  static Instant fromUrl(String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) return null;
    try {
      return LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
