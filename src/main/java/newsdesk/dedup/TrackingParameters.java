package newsdesk.dedup;

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
}
