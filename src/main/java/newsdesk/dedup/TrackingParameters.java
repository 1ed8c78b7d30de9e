package newsdesk.dedup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The query parameters that {@link UrlCanonicalizer} drops, as rules read from data (see
 * {@code tracking-parameters.txt}): a name, a {@code prefix*}, or a {@code name=value}.
 * Matching ignores case. Immutable and thread-safe.
 */
public final class TrackingParameters {
  private final Set<String> names;
  private final List<String> prefixes;
  private final Set<String> nameValues;

  private TrackingParameters(Set<String> names, List<String> prefixes, Set<String> nameValues) {
    this.names = Set.copyOf(names);
    this.prefixes = List.copyOf(prefixes);
    this.nameValues = Set.copyOf(nameValues);
  }

  /** The rules bundled in {@code newsdesk/dedup/tracking-parameters.txt}. */
  public static TrackingParameters bundled() {
    return of(ResourceLines.read("tracking-parameters.txt"));
  }

  /** Rules in the data-file syntax, one a list element. */
  public static TrackingParameters of(List<String> rules) {
    Objects.requireNonNull(rules, "rules");
    Set<String> names = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    Set<String> nameValues = new HashSet<>();
    for (String raw : rules) {
      String rule = raw.strip().toLowerCase(Locale.ROOT);
      if (rule.isEmpty()) throw new IllegalArgumentException("rules: blank rule");
      if (rule.endsWith("*")) prefixes.add(rule.substring(0, rule.length() - 1));
      else if (rule.contains("=")) nameValues.add(rule);
      else names.add(rule);
    }
    return new TrackingParameters(names, prefixes, nameValues);
  }

  /** True when the parameter (decoded name and value, value null when absent) is tracking. */
  public boolean isTracking(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    if (names.contains(n)) return true;
    for (String prefix : prefixes) {
      if (n.startsWith(prefix)) return true;
    }
    return value != null && nameValues.contains(n + "=" + value.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code url} without its tracking parameters, for showing: unlike
   * {@link UrlCanonicalizer#canonicalize} it changes nothing else (the other parameters keep their
   * order and spelling, the fragment stays), and drops the {@code ?} when no parameter is left.
   */
  public String removeFrom(String url) {
    int hash = url.indexOf('#');
    int question = url.indexOf('?');
    if (question < 0 || (hash >= 0 && question > hash)) return url; // a '?' in the fragment is no query
    String query = hash < 0 ? url.substring(question + 1) : url.substring(question + 1, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    List<String> kept = new ArrayList<>();
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) continue;
      int eq = part.indexOf('=');
      String name = decode(eq < 0 ? part : part.substring(0, eq));
      String value = eq < 0 ? null : decode(part.substring(eq + 1));
      if (!isTracking(name, value)) kept.add(part);
    }
    String base = url.substring(0, question);
    return base + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
