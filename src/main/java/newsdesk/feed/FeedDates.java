package newsdesk.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates of real feeds: RFC 822/1123 and their variants, ISO 8601 and W3C-DTF (including
 * the two-digit-year and ordinal forms), asctime, numeric US and European forms, Unix time, and
 * month and day names in several languages. Patterns and words are data
 * ({@code date-patterns.txt}, {@code date-words.txt}). A date without a zone is taken as UTC. A day
 * without a time of day ({@link #isDayOnly}) is midnight UTC of the day written, whatever zone it
 * names ({@code 2020-08-25+02:00} is {@code 2020-08-25T00:00Z}): readers show such a date as its UTC
 * day, and midnight at +02:00 would be 22:00 UTC the day before, a day the source never said. An
 * hour without minutes ({@code 2020-08-25T14Z}, ISO 8601's reduced precision) is a time of day.
 * Anything not understood fully (an unknown word, an out-of-range field) gives null, never a guess.
 * Instances are immutable and thread-safe.
 */
public final class FeedDates {
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d:])(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?(?![\\d:])(?:\\s*([ap])\\.?\\s?m\\b\\.?)?");
  private static final Pattern NUMERIC_ZONE =
      Pattern.compile("^\\s*(?:(?:gmt|utc|ut)\\s*)?([+-])(\\d{1,2})(?::?(\\d{2}))?(?![\\d:])");
  private static final Pattern ZONE_ID = Pattern.compile("\\b([a-z]+/[a-z_]+(?:/[a-z_]+)?)\\b");
  private static final Pattern TOKEN = Pattern.compile("\\d+(?:[./-]\\d+){2}|\\d+|[\\p{L}.]+|[^\\s\\p{L}\\d]");

  private final List<Pattern> numericPatterns = new ArrayList<>();
  private final Map<String, String[]> words = new HashMap<>();

  public FeedDates() {
    for (String line : lines("date-patterns.txt")) numericPatterns.add(Pattern.compile(line));
    for (String line : lines("date-words.txt")) {
      String[] f = line.split("\\s+");
      words.putIfAbsent(f[0] + ":" + f[1], f);
    }
  }

  /** The instant {@code text} denotes, or null when it is empty or not understood. */
  public Instant parse(String text) {
    if (text == null) return null;
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) return null;
    try {
      for (Pattern p : numericPatterns) {
        Matcher m = p.matcher(s);
        if (m.matches()) return numeric(m);
      }
      return worded(s.toLowerCase(Locale.ROOT));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether {@code text} is a date {@link #parse} understands that gives no time of day: a day
   * ({@code 2020-08-25}, {@code Tue, 25 Aug 2020}), a month or an ordinal day. Such a date is parsed
   * as midnight UTC, a time the source never stated; readers show its day alone. Unix time and
   * anything with hours and minutes carry a time; text {@link #parse} does not understand is not a
   * day-only date (false).
   */
  public boolean isDayOnly(String text) {
    if (parse(text) == null) return false;
    String s = text.strip().replaceAll("\\s+", " ");
    for (Pattern p : numericPatterns) {
      Matcher m = p.matcher(s);
      if (m.matches()) return group(m, "epoch") == null && group(m, "hour") == null;
    }
    return !TIME.matcher(s.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ")).find();
  }

  private Instant numeric(Matcher m) {
    if (group(m, "epoch") != null) return Instant.ofEpochSecond(Long.parseLong(m.group("epoch")));
    int year = group(m, "year") != null ? Integer.parseInt(m.group("year")) : twoDigitYear(m.group("yy"));
    LocalDate date;
    if (group(m, "ordinal") != null) {
      date = LocalDate.ofYearDay(year, Integer.parseInt(m.group("ordinal")));
    } else {
      int month = group(m, "month") == null ? 1 : Integer.parseInt(m.group("month"));
      int day = group(m, "day") == null ? 1 : Integer.parseInt(m.group("day"));
      date = LocalDate.of(year, month, day);
    }
    int hour = intGroup(m, "hour"), minute = intGroup(m, "minute"), second = intGroup(m, "second");
    // A day alone is the day written (see the class comment): its zone is checked, not applied.
    ZoneOffset zone = group(m, "zone") == null ? ZoneOffset.UTC : offset(m.group("zone"));
    if (group(m, "hour") == null) zone = ZoneOffset.UTC;
    return toInstant(date, hour, minute, second, zone);
  }

  private Instant worded(String s) {
    s = s.replaceAll("\\([^)]*\\)", " ");
    Matcher t = TIME.matcher(s);
    int hour = 0, minute = 0, second = 0;
    java.time.ZoneId zone = null;
    String rest = s;
    boolean timeMarker = false;
    int afterTime = Integer.MAX_VALUE;
    if (t.find()) {
      timeMarker = t.group(4) != null;
      hour = Integer.parseInt(t.group(1));
      minute = Integer.parseInt(t.group(2));
      second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
      if (t.group(4) != null) {
        if (hour < 1 || hour > 12) return null;
        hour = hour % 12 + (t.group(4).equals("p") ? 12 : 0);
      }
      String after = s.substring(t.end());
      Matcher z = NUMERIC_ZONE.matcher(after);
      if (z.find()) {
        zone = offset(z.group(1) + pad(z.group(2)) + (z.group(3) == null ? "00" : z.group(3)));
        after = after.substring(z.end());
      }
      rest = s.substring(0, t.start()) + " " + after;
      afterTime = t.start() + 1;
      if (after.contains(":")) return null;
    }
    Matcher id = ZONE_ID.matcher(rest);
    if (id.find()) {
      zone = ZoneId.of(regionId(id.group(1)));
      rest = rest.substring(0, id.start()) + " " + rest.substring(id.end());
    }
    Integer month = null, day = null, year = null;
    List<Integer> numbers = new ArrayList<>();
    List<Integer> numberWidths = new ArrayList<>();
    Matcher tok = TOKEN.matcher(rest);
    boolean first = true;
    String localZone = null;
    String pendingAmPm = null;
    while (tok.find()) {
      String w = tok.group();
      boolean leading = first;
      first = false;
      if (Character.isDigit(w.charAt(0))) {
        if (w.matches("\\d+")) {
          numbers.add(Integer.parseInt(w));
          numberWidths.add(w.length());
          continue;
        }
        int[] ymd = compoundDate(w);
        if (ymd == null || year != null) return null;
        year = ymd[0];
        month = ymd[1];
        day = ymd[2];
        continue;
      }
      if (!Character.isLetter(w.charAt(0)) && !w.startsWith(".")) continue;
      String word = w.replaceAll("^\\.+|\\.+$", "");
      if (word.isEmpty()) continue;
      String[] loc = words.get("local:" + word);
      if (loc != null) localZone = loc[2];
      boolean followedByComma = rest.startsWith(",", tok.end()) || rest.startsWith(".,", tok.end() - 1);
      String[] mo = words.get("month:" + word);
      String[] ampm = words.get("ampm:" + word);
      if (tok.start() >= afterTime && zone == null && words.containsKey("zone:" + word)) {
        zone = offset(words.get("zone:" + word)[2]);
      } else if (mo != null && !(leading && followedByComma && words.containsKey("day:" + word))
          && !(leading && followedByComma && month == null && hasLaterMonth(rest, tok.end()))) {
        if (month != null) return null;
        month = Integer.parseInt(mo[2]);
      } else if (ampm != null) {
        pendingAmPm = ampm[2];
      } else if (words.containsKey("day:" + word) || words.containsKey("skip:" + word)) {
        continue;
      } else if (words.containsKey("zone:" + word)) {
        // "+0200 CEST": a zone name after an offset only repeats it.
        if (zone == null) zone = offset(words.get("zone:" + word)[2]);
      } else if (mo == null) {
        return null;
      }
    }
    if (zone == null && localZone != null) zone = ZoneId.of(localZone);
    if (pendingAmPm != null && !timeMarker && hour >= 1 && hour <= 12) {
      hour = hour % 12 + (pendingAmPm.equals("pm") ? 12 : 0);
    }
    // Loose numbers: a leading 4-digit year means year-month-day order; otherwise day, then month
    // (unless a month name was given), then a two-digit year.
    boolean yearFirst = !numbers.isEmpty() && numberWidths.get(0) >= 3 && year == null;
    for (int i = 0; i < numbers.size(); i++) {
      int n = numbers.get(i);
      boolean small = numberWidths.get(i) <= 2;
      if (!small && year == null) year = n;
      else if (yearFirst && small && month == null) month = n;
      else if (small && day == null && (month != null || !yearFirst)) day = n;
      else if (small && month == null && day != null) month = n;
      else if (small && year == null) year = twoDigitYear(n);
      else return null;
    }
    if (year == null || month == null) return null;
    if (day == null) {
      // "Nov. 2020": a month and a year alone mean the first of the month.
      if (numbers.size() <= 1) day = 1;
      else return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    // No time matched: a day alone is the day written, as in numeric() ("25 Aug 2020 CEST" is the 25th).
    if (afterTime == Integer.MAX_VALUE || zone == null) zone = ZoneOffset.UTC;
    return toInstant(date, hour, minute, second, zone);
  }

  private boolean hasLaterMonth(String s, int from) {
    Matcher tok = TOKEN.matcher(s);
    tok.region(from, s.length());
    while (tok.find()) {
      String word = tok.group().replaceAll("^\\.+|\\.+$", "");
      if (words.containsKey("month:" + word)) return true;
    }
    return false;
  }

  /** 2006/09/15, 03/30/2020, 26/06/2020, 30.10.23, 10/30/23: year first, then day first if it cannot be a month, then US order for '/', day first for '.' and '-'. */
  private static int[] compoundDate(String w) {
    String[] p = w.split("[./-]");
    int a = Integer.parseInt(p[0]), b = Integer.parseInt(p[1]), c = Integer.parseInt(p[2]);
    if (p[0].length() == 4) return new int[] {a, b, c};
    int year = p[2].length() <= 2 ? twoDigitYear(c) : c;
    boolean dayFirst = a > 12 || (b <= 12 && !w.contains("/"));
    return dayFirst ? new int[] {year, b, a} : new int[] {year, a, b};
  }

  private static String regionId(String lower) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : lower.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = c == '/' || c == '_';
    }
    String id = sb.toString();
    return id.equalsIgnoreCase("etc/gmt") ? "Etc/GMT" : id;
  }

  private static Instant toInstant(LocalDate date, int hour, int minute, int second, ZoneId zone) {
    if (hour > 24 || minute > 59 || second > 60) return null;
    LocalDateTime t = date.atStartOfDay().plusHours(hour).plusMinutes(minute).plusSeconds(Math.min(second, 59));
    return t.atZone(zone).toInstant();
  }

  private static ZoneOffset offset(String z) {
    if (z.equals("Z") || z.equals("z")) return ZoneOffset.UTC;
    String digits = z.substring(1).replace(":", "");
    int h = Integer.parseInt(digits.substring(0, 2));
    int m = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    if (m > 59 || h > 18) throw new DateTimeException("zone out of range: " + z);
    int sign = z.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
  }

  private static String pad(String h) {
    return h.length() == 1 ? "0" + h : h;
  }

  private static int twoDigitYear(String yy) {
    return twoDigitYear(Integer.parseInt(yy));
  }

  private static int twoDigitYear(int yy) {
    return yy < 70 ? 2000 + yy : 1900 + yy;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int intGroup(Matcher m, String name) {
    String g = group(m, name);
    return g == null ? 0 : Integer.parseInt(g);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = FeedDates.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource newsdesk/feed/" + resource);
      List<String> out = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
