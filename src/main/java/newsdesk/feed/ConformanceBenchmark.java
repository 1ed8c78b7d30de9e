package newsdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import newsdesk.fetch.Urls;

/**
 * Runs the feed conformance corpus ({@code expectations.json}, {@code dates.json},
 * {@code dates-miniflux.json}, see the corpus README) against a parser: tier A and tier B checks
 * over {@link CanonicalView}, the date strings through a date function, and the documents on which
 * the parser threw.
 */
public final class ConformanceBenchmark {
  /** The outcome; {@code failures} lists one line per failed check (file, path, expected, actual). */
  public record Result(int tierAPassed, int tierATotal, int tierBPassed, int tierBTotal, int datesPassed,
      int datesTotal, int feedparserDatesPassed, int minifluxDatesPassed, int exceptions, int documents,
      List<String> failures) {
    /** The four lines {@code newsdesk bench feeds} prints. */
    public String summary() {
      return "tier A: " + tierAPassed + "/" + tierATotal + "\n" + "tier B: " + tierBPassed + "/" + tierBTotal + "\n"
          + "dates: " + datesPassed + "/" + datesTotal + "\n" + "exceptions: " + exceptions + "\n";
    }
  }

  /** A parser under test: bytes, the HTTP response headers (maybe empty) and the document URL (or null) to our model. */
  public interface Subject {
    Feed parse(byte[] body, Map<String, String> headers, URI documentUrl) throws Exception;
  }

  private static final Pattern STEP = Pattern.compile("([A-Za-z_]+)(?:\\[(\\d+)])?");
  private final ObjectMapper json = new ObjectMapper();

  /** Runs everything under {@code dir} (the folder holding expectations.json). */
  public Result run(Path dir, Subject parser, Function<String, Instant> dates) {
    JsonNode expectations = read(dir.resolve("expectations.json"));
    int[] pass = new int[2], total = new int[2];
    int exceptions = 0, documents = 0;
    List<String> failures = new ArrayList<>();
    for (JsonNode c : expectations.path("cases")) {
      documents++;
      Map<String, Object> view = null;
      String error = null;
      byte[] body = null;
      String file = c.path("file").asText();
      try {
        body = Files.readAllBytes(dir.resolve(file));
      } catch (IOException | RuntimeException e) {
        // One unreadable corpus file fails its own checks, not the run.
        error = "corpus file unreadable: " + e;
        System.err.println("bench feeds: cannot read " + dir.resolve(file) + ": " + e.getMessage());
      }
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      URI url = null;
      JsonNode http = c.get("http");
      if (http != null && http.isObject()) {
        url = http.hasNonNull("url") ? Urls.parse(http.get("url").asText()) : null;
        for (Map.Entry<String, JsonNode> h : http.path("headers").properties()) headers.put(h.getKey(), h.getValue().asText());
      }
      if (body != null) {
        try {
          view = CanonicalView.of(parser.parse(body, headers, url));
        } catch (Exception | StackOverflowError e) {
          exceptions++;
          error = e.toString();
        }
      }
      for (JsonNode check : c.path("checks")) {
        String tier = check.path("tier").asText();
        int t = tier.equals("A") ? 0 : tier.equals("B") ? 1 : -1;
        if (t < 0) continue;
        total[t]++;
        Object actual = view == null ? null : lookup(view, check.path("canonical").asText());
        if (view != null && passes(check, actual)) pass[t]++;
        else failures.add(tier + " " + file + " " + check.path("canonical").asText() + " "
            + check.path("op").asText() + " expected=" + check.get("expected") + " actual="
            + (error != null ? "EXCEPTION " + error : quote(actual)));
      }
    }
    int datesPassed = 0, datesTotal = 0, feedparserDates;
    for (JsonNode d : optional(dir.resolve("dates.json")).path("cases")) {
      datesTotal++;
      Instant got = safeDate(dates, d.path("input").asText());
      JsonNode exp = d.get("expected_utc");
      boolean ok = exp == null || exp.isNull() ? got == null : got != null && got.toString().equals(exp.asText());
      if (ok) datesPassed++;
      else failures.add("D " + d.path("input").asText() + " expected=" + exp + " actual=" + got);
    }
    feedparserDates = datesPassed;
    for (JsonNode d : optional(dir.resolve("dates-miniflux.json")).path("cases")) {
      datesTotal++;
      Instant got = safeDate(dates, d.path("input").asText());
      String exp = d.path("expect").asText();
      boolean ok = switch (exp) {
        case "parses" -> got != null;
        case "null" -> got == null;
        default -> got != null && got.equals(instantOrNull(exp));
      };
      if (ok) datesPassed++;
      else failures.add("D " + d.path("input").asText() + " expected=" + exp + " actual=" + got);
    }
    return new Result(pass[0], total[0], pass[1], total[1], datesPassed, datesTotal, feedparserDates,
        datesPassed - feedparserDates, exceptions, documents, List.copyOf(failures));
  }

  private static Instant instantOrNull(String iso) {
    try {
      return Instant.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Instant safeDate(Function<String, Instant> dates, String input) {
    try {
      return dates.apply(input);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String quote(Object o) {
    return o instanceof String s ? "\"" + s.replace("\n", "\\n") + "\"" : String.valueOf(o);
  }

  static Object lookup(Map<String, Object> root, String path) {
    if (path.isEmpty()) return root;
    Object cur = root;
    for (String part : path.split("\\.")) {
      Matcher m = STEP.matcher(part);
      if (!m.matches() || !(cur instanceof Map<?, ?> map)) return null;
      cur = map.get(m.group(1));
      if (m.group(2) != null) {
        int i = Integer.parseInt(m.group(2));
        if (!(cur instanceof List<?> list) || i >= list.size()) return null;
        cur = list.get(i);
      }
    }
    return cur;
  }

  private static boolean passes(JsonNode check, Object actual) {
    JsonNode expected = check.get("expected");
    String type = check.path("type").asText("");
    return switch (check.get("op").asText()) {
      case "parses" -> true;
      case "absent" -> actual == null;
      case "truthy" -> truthy(actual);
      case "falsy" -> !truthy(actual);
      case "len" -> actual instanceof List<?> l && l.size() == expected.asInt();
      case "eq" -> equal(type, expected, actual);
      default -> false;
    };
  }

  private static boolean truthy(Object o) {
    if (o == null) return false;
    if (o instanceof String s) return !s.isEmpty();
    if (o instanceof List<?> l) return !l.isEmpty();
    if (o instanceof Map<?, ?> m) return !m.isEmpty();
    return true;
  }

  private static boolean equal(String type, JsonNode expected, Object actual) {
    if (expected == null || expected.isNull()) return actual == null;
    if (actual == null) return false;
    return switch (type) {
      case "html" -> normalizeHtml(expected.asText()).equals(normalizeHtml(String.valueOf(actual)));
      case "charset" -> sameCharset(expected.asText(), String.valueOf(actual));
      case "int" -> actual instanceof Number n && n.longValue() == expected.asLong();
      case "bool" -> Objects.equals(actual, expected.asBoolean());
      default -> expected.asText().equals(String.valueOf(actual));
    };
  }

  /** The corpus README's HTML normalization: jsoup fragment, attributes sorted, whitespace collapsed. */
  static String normalizeHtml(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element e : body.getAllElements()) {
      List<Attribute> attrs = new ArrayList<>(e.attributes().asList());
      attrs.sort(Comparator.comparing(Attribute::getKey));
      for (Attribute a : attrs) e.removeAttr(a.getKey());
      for (Attribute a : attrs) e.attr(a.getKey(), a.getValue());
    }
    body.ownerDocument().outputSettings().prettyPrint(false);
    return body.html().replaceAll("\\s+", " ").strip();
  }

  /** Charset names compared alias-aware; GB2312 counts as GB18030, its superset, as feedparser reports it. */
  static boolean sameCharset(String expected, String actual) {
    String a = expected.strip().toLowerCase(Locale.ROOT), b = actual.strip().toLowerCase(Locale.ROOT);
    if (a.equals(b)) return true;
    try {
      return canonical(a).equals(canonical(b));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String canonical(String name) {
    String c = Charset.forName(name).name().toLowerCase(Locale.ROOT);
    return c.equals("gb2312") || c.equals("gbk") ? "gb18030" : c;
  }

  /** The JSON at {@code p}, or an empty object when the corpus has no such file. */
  private JsonNode optional(Path p) {
    return Files.isRegularFile(p) ? read(p) : json.createObjectNode();
  }

  private JsonNode read(Path p) {
    try {
      return json.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
