package newsdesk.dedup;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
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
 * <p>The parts: {@link QueryCleaner} cleans the query, {@link UrlVariants} folds the AMP and
 * mobile variants, {@link PercentEscapes} normalises escapes and {@link RegistrableDomains} tells
 * sites apart; this class parses the address and folds host, port, path and fragment.
 *
 * <p>Input that is not an absolute http(s) URL is returned stripped and otherwise unchanged: this
 * class never throws for bad data. Immutable and thread-safe.
 */
public final class UrlCanonicalizer {
  /** scheme, authority, path, query (without "?"), fragment (without "#"). */
  static final Pattern URL =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$");

  private final QueryCleaner queryCleaner;
  private final UrlVariants variants;

  public UrlCanonicalizer(TrackingParameters tracking, Set<String> hostVariantLabels) {
    this.queryCleaner = new QueryCleaner(tracking);
    this.variants = new UrlVariants(hostVariantLabels);
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
    String query = queryCleaner.clean(m.group(4));
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
    String pageDomain = RegistrableDomains.of(hostOf(p.group(2)));
    if (pageDomain == null || !pageDomain.equals(RegistrableDomains.of(hostOf(d.group(2))))) return page;
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
    return variants.withoutAmp(url);
  }

  /** {@code "#!"} and the route of a hash-bang fragment, else "" (any other fragment points into the page). */
  private static String hashBangRoute(String fragment) {
    if (fragment == null || !fragment.startsWith("!") || fragment.length() == 1) return "";
    return "#" + PercentEscapes.normalize(fragment);
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
    host = variants.foldHost(asciiHost(host));
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

  /** The port a canonical authority names ({@code ":8080"}), or "" for the scheme's default. */
  private static String portOf(String authority) {
    return authority.substring(hostOf(authority).length());
  }

  private static String hostOf(String authority) {
    int colon = authority.lastIndexOf(':');
    return colon < 0 || authority.endsWith("]") ? authority : authority.substring(0, colon);
  }

  private static String path(String raw) {
    if (raw.isEmpty()) return "/";
    List<String> out = new ArrayList<>();
    String[] segments = PercentEscapes.normalize(raw).split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || UrlVariants.isAmpSegment(segment)) continue;
      if (segment.equals("..")) {
        if (!out.isEmpty()) out.remove(out.size() - 1);
        continue;
      }
      if (segment.isEmpty() && !last) continue; // "//" adds nothing a server distinguishes in practice
      out.add(last ? UrlVariants.foldAmpFileName(segment) : segment);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return "/" + String.join("/", out);
  }
}
