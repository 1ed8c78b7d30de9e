package newsdesk.dedup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The query part of an identity key ({@link UrlCanonicalizer}): tracking parameters
 * ({@link TrackingParameters}) removed, the rest with normalised escapes
 * ({@link PercentEscapes}) and sorted by decoded name, then by text, so that the order a link
 * wrote them in does not matter. Immutable and thread-safe.
 */
final class QueryCleaner {
  private final TrackingParameters tracking;

  QueryCleaner(TrackingParameters tracking) {
    this.tracking = Objects.requireNonNull(tracking, "tracking");
  }

  /** The cleaned query of {@code raw} (without the "?"; null or empty for none), "" when nothing is left. */
  String clean(String raw) {
    if (raw == null || raw.isEmpty()) return "";
    record Param(String name, String value, String text) {}
    List<Param> kept = new ArrayList<>();
    for (String part : raw.split("&")) {
      if (part.isEmpty()) continue;
      String text = PercentEscapes.normalize(part);
      int eq = text.indexOf('=');
      String name = decode(eq < 0 ? text : text.substring(0, eq));
      String value = eq < 0 ? null : decode(text.substring(eq + 1));
      if (!tracking.isTracking(name, value)) kept.add(new Param(name, value, text));
    }
    kept.sort(Comparator.comparing(Param::name).thenComparing(Param::text));
    return String.join("&", kept.stream().map(Param::text).toList());
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
