package newsdesk.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The URL prefix rewrites of {@link FetchConfig#mirrors()}: a prefix of the address asked for,
 * mapped to the prefix of the address actually requested, so that a local mirror can serve another
 * site's URLs. Requests go to {@link #toMirror}; redirects the mirror answers are read back with
 * {@link #fromMirror}, so callers only ever see the addresses they asked for. Immutable; thread-safe.
 */
final class Mirrors {
  private final Map<String, String> prefixes;

  Mirrors(Map<String, String> prefixes) {
    this.prefixes = Map.copyOf(Objects.requireNonNull(prefixes, "prefixes"));
  }

  /** The address read for {@code url}: its mirror when a prefix matches, else {@code url} itself. */
  URI toMirror(URI url) {
    String s = url.toString();
    for (Map.Entry<String, String> m : prefixes.entrySet()) {
      if (s.startsWith(m.getKey())) return URI.create(m.getValue() + s.substring(m.getKey().length()));
    }
    return url;
  }

  /** The address asked for that {@code url} on a mirror stands for, else {@code url} itself. */
  URI fromMirror(URI url) {
    String s = url.toString();
    for (Map.Entry<String, String> m : prefixes.entrySet()) {
      if (s.startsWith(m.getValue())) return URI.create(m.getKey() + s.substring(m.getValue().length()));
    }
    return url;
  }

  /** Whether {@code target} lies on a mirror (configured by the operator: no per-host delay applies). */
  boolean isMirror(URI target) {
    String s = target.toString();
    return prefixes.values().stream().anyMatch(s::startsWith);
  }
}
