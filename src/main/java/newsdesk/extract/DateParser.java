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
 * without offset or time (a missing offset is taken as UTC), RFC 1123, and a date inside a URL
 * path such as {@code /2019/11/19/}.
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
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}|T\\d{4}");

  private DateParser() {}

  /** The instant {@code value} names, or null when it is not a recognised date. */
  static Instant parse(String value) {
    if (value == null) return null;
    String v = value.strip();
    if (v.isEmpty()) return null;
    Matcher iso = LEADING_ISO.matcher(v);
    if (iso.find()) v = iso.group();
    for (DateTimeFormatter f : ZONED) {
      try {
        return OffsetDateTime.parse(v, f).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return ZonedDateTime.parse(v, f).toInstant();
        } catch (DateTimeParseException ignored) {
          // try the next format
        }
      }
    }
    try {
      return LocalDateTime.parse(v, LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v, LOCAL).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  /**
   * Whether {@code value} is a date {@link #parse} recognises that gives no time of day
   * ({@code 2020-08-25}, {@code August 25, 2020}): parsed as midnight UTC, a time the page never stated.
   */
  static boolean isDayOnly(String value) {
    return parse(value) != null && !TIME_OF_DAY.matcher(value).find();
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
