package newsdesk.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The AMP and mobile variants of one article's address: host labels left of the registrable
 * domain that name a variant of the same site ({@code m.}, {@code mobile.}, {@code amp.},
 * {@code www.}, as listed in {@code host-variant-labels.txt}), {@code amp} path segments and
 * {@code .amp.html} / {@code .amp} file names. {@link UrlCanonicalizer} folds them all into the
 * identity key; {@link #withoutAmp} takes off only the AMP markers, for an address to show.
 * Immutable and thread-safe.
 */
final class UrlVariants {
  private final Set<String> hostVariantLabels;

  UrlVariants(Set<String> hostVariantLabels) {
    this.hostVariantLabels = Set.copyOf(Objects.requireNonNull(hostVariantLabels, "hostVariantLabels"));
  }

  /** {@code host} (lower-case, ASCII) without the variant labels left of its registrable domain. */
  String foldHost(String host) {
    String domain = RegistrableDomains.of(host);
    if (domain == null || !host.endsWith("." + domain)) return host;
    String[] labels = host.substring(0, host.length() - domain.length() - 1).split("\\.");
    StringBuilder folded = new StringBuilder();
    for (String label : labels) {
      if (!hostVariantLabels.contains(label)) folded.append(label).append('.');
    }
    return folded + domain;
  }

  /** Whether a path segment is an AMP marker ({@code amp}, any case), which names no page of its own. */
  static boolean isAmpSegment(String segment) {
    return segment.equalsIgnoreCase("amp");
  }

  /** The file name an AMP file name stands for: {@code x.amp.html} is {@code x.html}, {@code x.amp} is {@code x}. */
  static String foldAmpFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(".amp.html", ".amp.htm")) {
      if (lower.endsWith(suffix)) return name.substring(0, name.length() - suffix.length()) + ".html";
    }
    return lower.endsWith(".amp") ? name.substring(0, name.length() - 4) : name;
  }

  /** See {@link UrlCanonicalizer#withoutAmp(String)}. */
  String withoutAmp(String url) {
    Objects.requireNonNull(url, "url");
    Matcher m = UrlCanonicalizer.URL.matcher(url.strip());
    if (!m.matches()) return url;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return url;
    String authority = m.group(2);
    int at = authority.lastIndexOf('@') + 1;
    String hostPort = authority.substring(at);
    int colon = hostPort.startsWith("[") ? -1 : hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String domain = RegistrableDomains.of(host.toLowerCase(Locale.ROOT));
    if (domain != null && host.toLowerCase(Locale.ROOT).startsWith("amp.") && host.length() - 4 >= domain.length()) {
      host = host.substring(4);
    }
    List<String> segments = new ArrayList<>(List.of(m.group(3).split("/", -1)));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (i > 0 && isAmpSegment(segment)) continue;
      kept.add(i == segments.size() - 1 ? foldAmpFileName(segment) : segment);
    }
    String path = String.join("/", kept);
    if (path.isEmpty() && !m.group(3).isEmpty()) path = "/";
    String rest = (m.group(4) == null ? "" : "?" + m.group(4)) + (m.group(5) == null ? "" : "#" + m.group(5));
    String out = m.group(1) + "://" + authority.substring(0, at) + host + (colon < 0 ? "" : hostPort.substring(colon)) + path + rest;
    return out.equals(url.strip()) ? url : out;
  }
}
