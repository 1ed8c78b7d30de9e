package newsdesk.dedup;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many URLs of one article into one identity key, so that the pipeline sees a page once
 * however it was linked. The key is still a working http(s) URL, but it is meant for comparison:
 * keep the URL the page was fetched from for links.
 *
 * <p>{@link #canonicalize(String)} lower-cases scheme and host, drops userinfo, default ports,
 * the fragment (but for a hash-bang route, {@code #!/story/1}: on such sites the fragment is the
 * article) and tracking parameters ({@link TrackingParameters}), sorts the remaining query
 * parameters, normalises percent-escapes and dot segments, folds AMP variants ({@code /amp/}
 * segments, {@code .amp.html}, {@code ?amp=1}) and host variants ({@code m.}, {@code mobile.},
 * {@code amp.}, {@code www.} left of the registrable domain, as listed in
 * {@code host-variant-labels.txt}), and removes a trailing slash.
 *
 * <p>{@link #resolve(String, String)} honours the page's own {@code rel=canonical} (or
 * {@code og:url}): the declared canonical wins when it is on the same registrable domain as the
 * page (public suffix list), with the same port (another port on one host is another site), and
 * is not the site's home page declared by an article page (a common CMS mistake). A cross-domain canonical is ignored on purpose: a syndicated copy pointing at the
 * original stays its own source, and near-duplicate detection attaches it to the original.
 *
 * <p>Input that is not an absolute http(s) URL is returned stripped and otherwise unchanged: this
 * class never throws for bad data. Immutable and thread-safe.
 */
public final class UrlCanonicalizer {
  private static final Pattern URL =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");
  private static final String UNRESERVED_PUNCTUATION = "-._~";

  private final TrackingParameters tracking;
  private final Set<String> hostVariantLabels;

  public UrlCanonicalizer(TrackingParameters tracking, Set<String> hostVariantLabels) {
    this.tracking = Objects.requireNonNull(tracking, "tracking");
    this.hostVariantLabels = Set.copyOf(Objects.requireNonNull(hostVariantLabels, "hostVariantLabels"));
  }

  /** A canonicalizer with the bundled tracking parameters and host variant labels. */
  public static UrlCanonicalizer withBundledRules() {
    return new UrlCanonicalizer(
        TrackingParameters.bundled(), Set.copyOf(ResourceLines.read("host-variant-labels.txt")));
  }

  /** The identity key of {@code url}; see the class comment for what is folded. */
  public String canonicalize(String url) {
    Objects.requireNonNull(url, "url");
    String input = url.strip();
    Matcher m = URL.matcher(input);
    if (!m.matches()) return input;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return input;
    String authority = authority(scheme, m.group(2));
    if (authority.isEmpty()) return input;
    String path = path(m.group(3));
    String query = query(m.group(4));
    return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query) + hashBangRoute(m.group(5));
  }

  /**
   * The identity key of a page that declares {@code declaredCanonical} (its {@code rel=canonical}
   * or {@code og:url}, absolute or relative to the page; null or blank when it declares none).
   */
  public String resolve(String pageUrl, String declaredCanonical) {
    String page = canonicalize(pageUrl);
    if (declaredCanonical == null || declaredCanonical.isBlank()) return page;
    String declared;
    try {
      declared = canonicalize(new URI(pageUrl.strip()).resolve(declaredCanonical.strip()).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return page; // an unreadable canonical is the page's mistake, not a reason to fail
    }
    Matcher p = URL.matcher(page);
    Matcher d = URL.matcher(declared);
    if (!p.matches() || !d.matches()) return page;
    String pageDomain = registrableDomain(hostOf(p.group(2)));
    if (pageDomain == null || !pageDomain.equals(registrableDomain(hostOf(d.group(2))))) return page;
    // Another port is another site (two sites on one machine), as outlets are told apart.
    if (!portOf(p.group(2)).equals(portOf(d.group(2)))) return page;
    // Every route of a hash-bang site is served by one shell, whose canonical names none of them.
    if (p.group(5) != null && d.group(5) == null) return page;
    boolean declaresHome = d.group(3).equals("/") && d.group(4) == null;
    boolean isHome = p.group(3).equals("/") && p.group(4) == null;
    return declaresHome && !isHome ? page : declared;
  }

  /**
   * The canonical a page declares ({@code declaredCanonical}, absolute or relative to
   * {@code pageUrl}) as an absolute http(s) URL, stripped but otherwise as declared; null when it
   * declares none or one that cannot be read as such.
   */
  public String declaredUrl(String pageUrl, String declaredCanonical) {
    if (pageUrl == null || declaredCanonical == null || declaredCanonical.isBlank()) return null;
    try {
      String declared = new URI(pageUrl.strip()).resolve(declaredCanonical.strip()).toString();
      Matcher d = URL.matcher(declared);
      if (!d.matches()) return null;
      String scheme = d.group(1).toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && !d.group(2).isEmpty() ? declared : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * {@code url} without the AMP markers {@link #canonicalize} folds in a path or host (an
   * {@code amp} path segment, an {@code .amp.html} or {@code .amp} file name, an {@code amp.}
   * host label left of the registrable domain), everything else as it is: the address of the page
   * an AMP variant stands for, to show a reader. {@code url} itself when it has none (query
   * markers such as {@code ?amp=1} are tracking parameters, removed with those).
   */
  public String withoutAmp(String url) {
    Objects.requireNonNull(url, "url");
    Matcher m = URL.matcher(url.strip());
    if (!m.matches()) return url;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return url;
    String authority = m.group(2);
    int at = authority.lastIndexOf('@') + 1;
    String hostPort = authority.substring(at);
    int colon = hostPort.startsWith("[") ? -1 : hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String domain = registrableDomain(host.toLowerCase(Locale.ROOT));
    if (domain != null && host.toLowerCase(Locale.ROOT).startsWith("amp.") && host.length() - 4 >= domain.length()) {
      host = host.substring(4);
    }
    List<String> segments = new ArrayList<>(List.of(m.group(3).split("/", -1)));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (i > 0 && segment.equalsIgnoreCase("amp")) continue;
      kept.add(i == segments.size() - 1 ? foldAmpFileName(segment) : segment);
    }
    String path = String.join("/", kept);
    if (path.isEmpty() && !m.group(3).isEmpty()) path = "/";
    String rest = (m.group(4) == null ? "" : "?" + m.group(4)) + (m.group(5) == null ? "" : "#" + m.group(5));
    String out = m.group(1) + "://" + authority.substring(0, at) + host + (colon < 0 ? "" : hostPort.substring(colon)) + path + rest;
    return out.equals(url.strip()) ? url : out;
  }

  /** {@code "#!"} and the route of a hash-bang fragment, else "" (any other fragment points into the page). */
  private static String hashBangRoute(String fragment) {
    if (fragment == null || !fragment.startsWith("!") || fragment.length() == 1) return "";
    return "#" + normalizeEscapes(fragment);
  }

  private String authority(String scheme, String raw) {
    String hostPort = raw.substring(raw.lastIndexOf('@') + 1);
    String host;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) return "";
      host = hostPort.substring(0, close + 1);
      if (hostPort.length() > close + 2 && hostPort.charAt(close + 1) == ':') {
        port = hostPort.substring(close + 2);
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
    }
    host = foldHostVariants(asciiHost(host));
    if (host.isEmpty()) return "";
    boolean defaultPort =
        port.isEmpty()
            || (scheme.equals("http") && port.equals("80"))
            || (scheme.equals("https") && port.equals("443"));
    return defaultPort ? host : host + ":" + port;
  }

  private static String asciiHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.chars().allMatch(c -> c < 128)) return h;
    try {
      return IDN.toASCII(h).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return h;
    }
  }

  private String foldHostVariants(String host) {
    String domain = registrableDomain(host);
    if (domain == null || !host.endsWith("." + domain)) return host;
    String[] labels = host.substring(0, host.length() - domain.length() - 1).split("\\.");
    StringBuilder folded = new StringBuilder();
    for (String label : labels) {
      if (!hostVariantLabels.contains(label)) folded.append(label).append('.');
    }
    return folded + domain;
  }

  /** The port a canonical authority names ({@code ":8080"}), or "" for the scheme's default. */
  private static String portOf(String authority) {
    return authority.substring(hostOf(authority).length());
  }

  private static String hostOf(String authority) {
    int colon = authority.lastIndexOf(':');
    return colon < 0 || authority.endsWith("]") ? authority : authority.substring(0, colon);
  }

  /**
   * The registrable domain (eTLD+1) of a lower-case host by the public suffix list; for a suffix
   * the list does not know, its last two labels (the list's default rule "*"); an IP address or a
   * single-label host is its own domain.
   */
  static String registrableDomain(String host) {
    if (host.isEmpty()) return null;
    if (host.startsWith("[") || IPV4.matcher(host).matches()) return host;
    String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
    if (domain != null) return domain;
    int last = host.lastIndexOf('.');
    if (last < 0) return host;
    int previous = host.lastIndexOf('.', last - 1);
    return previous < 0 ? host : host.substring(previous + 1);
  }

  private static String path(String raw) {
    if (raw.isEmpty()) return "/";
    List<String> out = new ArrayList<>();
    String[] segments = normalizeEscapes(raw).split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equalsIgnoreCase("amp")) continue;
      if (segment.equals("..")) {
        if (!out.isEmpty()) out.remove(out.size() - 1);
        continue;
      }
      if (segment.isEmpty() && !last) continue; // "//" adds nothing a server distinguishes in practice
      out.add(last ? foldAmpFileName(segment) : segment);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return "/" + String.join("/", out);
  }

  private static String foldAmpFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(".amp.html", ".amp.htm")) {
      if (lower.endsWith(suffix)) return name.substring(0, name.length() - suffix.length()) + ".html";
    }
    return lower.endsWith(".amp") ? name.substring(0, name.length() - 4) : name;
  }

  private String query(String raw) {
    if (raw == null || raw.isEmpty()) return "";
    record Param(String name, String value, String text) {}
    List<Param> kept = new ArrayList<>();
    for (String part : raw.split("&")) {
      if (part.isEmpty()) continue;
      String text = normalizeEscapes(part);
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

  /** Upper-cases escape hex digits and decodes escapes of unreserved characters (RFC 3986 6.2.2). */
  private static String normalizeEscapes(String s) {
    if (s.indexOf('%') < 0) return s;
    Matcher m = ESCAPE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char c = (char) Integer.parseInt(m.group(1), 16);
      boolean unreserved =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
      m.appendReplacement(
          out, Matcher.quoteReplacement(unreserved ? String.valueOf(c) : "%" + m.group(1).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
