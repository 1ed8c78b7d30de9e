package newsdesk.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.extract.Article;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;

/**
 * Names the outlet of an article, so that one outlet has one name however its articles were read.
 * In order:
 *
 * <ol>
 *   <li>the name the page declares ({@code og:site_name}, JSON-LD publisher, {@code application-name}),
 *       when the page was read on the host of the article's canonical URL: a page served elsewhere (a
 *       consent wall on another domain) speaks for that other site;
 *   <li>else the name that host's pages have declared most often (remembered in the store, and,
 *       for hosts the store does not know yet, among the pages of the current batch): an entry whose
 *       page failed (a 404, a cookie wall) is named as the outlet's readable pages name it;
 *   <li>else the source's title (not for a sitemap source, whose title only describes the sitemap),
 *       reduced to what it shares with its sibling feeds (those followed on the same feed host, or on the
 *       article's host): "Wikinews — Latest news" and "Wikinews — Science" both name "Wikinews". Titles
 *       are cut into parts at a separator between spaces ({@code " — "}, {@code " - "}, {@code " | "},
 *       {@code " : "}, {@code " » "}, {@code " · "}), and the leading (else trailing) parts every
 *       sibling title shares are the name; when the siblings share none, no title speaks for the site
 *       and the next rule names it, so that one site never gets one name per feed. A lone feed's title
 *       loses a leading or trailing section part ({@code feed-section-names.txt}: "Norland Today - Top
 *       stories" names "Norland Today");
 *   <li>else the host, without {@code www.}.
 * </ol>
 *
 * <p>Hosts are compared lower case and without a leading {@code www.}. The extractor stands the
 * host in for a page that declares no name; that stand-in is no declared name. Not thread-safe: the
 * admission is sequential.
 */
final class OutletNames {
  private static final String SITEMAP = "sitemap";

  private final NewsStore store;
  /** Declared names by host, counted over the batch being admitted (see {@link #preview}). */
  private final Map<String, Map<String, Integer>> batch = new HashMap<>();
  /** Titled feed sources (no sitemaps) by the host of their URL; read again for each batch. */
  private Map<String, List<Source>> feedsByHost;
  /** Section names a lone feed's title adds to its site's (data: {@code feed-section-names.txt}). */
  private static final java.util.Set<String> SECTIONS = sectionNames();
  /** Separators between a feed title's site and section parts; spaces on both sides, so "e-mail" is one word. */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-\u2013\u2014|:\u00bb\u00b7\u2022]\\s+");

  OutletNames(NewsStore store) {
    this.store = store;
  }

  /** What a page declared about its outlet: its host and name, or null when it declared none. */
  record Declared(String host, String name) {}

  /**
   * Looks ahead at the pages of a batch before any is admitted: an entry whose page failed then
   * gets the outlet's declared name even when it is admitted before the outlet's readable pages.
   * Nothing is stored; {@link #count} stores a name once its article is stored.
   */
  void preview(List<Candidate> candidates, java.util.function.Function<Candidate, String> canonicalUrl) {
    batch.clear();
    feedsByHost = null; // sources added or renamed since the last batch count from this one on
    for (Candidate c : candidates) {
      Declared d;
      try {
        d = declared(c.article(), canonicalUrl.apply(c));
      } catch (RuntimeException e) {
        continue; // its admission will report it; a look-ahead must not stop the others
      }
      if (d != null) batch.computeIfAbsent(d.host(), h -> new HashMap<>()).merge(d.name(), 1, Integer::sum);
    }
  }

  /** The name the page of {@code article} declares for the outlet at {@code canonical}, or null. */
  static Declared declared(Article article, String canonical) {
    String host = host(canonical);
    String name = article.siteName() == null ? "" : article.siteName().strip();
    if (host == null || name.isEmpty() || !host.equals(host(article.url()))) return null;
    String bare = host.replaceFirst(":\\d+$", "");
    if (name.equalsIgnoreCase(bare) || name.equalsIgnoreCase("www." + bare) || name.equalsIgnoreCase(host)) {
      return null; // the extractor's stand-in
    }
    return new Declared(host, name);
  }

  /** The outlet's name for candidate {@code c} stored under {@code canonical} (see the class comment). */
  String name(Candidate c, String canonical) {
    Declared d = declared(c.article(), canonical);
    if (d != null) return d.name();
    String host = host(canonical);
    if (host != null) {
      Optional<String> known = store.outletName(host);
      if (known.isPresent()) return known.get();
      String seen = mostDeclared(batch.get(host));
      if (seen != null) return seen;
    }
    Source s = c.source();
    if (!SITEMAP.equals(s.kind()) && s.title() != null && !s.title().isBlank()) {
      String shared = siteTitle(s, host);
      if (shared != null) return shared;
    }
    return host;
  }

  /**
   * What the title of feed {@code s} shares with its sibling feeds' titles (see the class comment):
   * its whole title without siblings or when they all bear the same, null when they share no part.
   */
  private String siteTitle(Source s, String articleHost) {
    String title = s.title().strip();
    String feedHost = host(s.url());
    java.util.Set<String> titles = new java.util.LinkedHashSet<>();
    titles.add(title);
    for (String h : new java.util.LinkedHashSet<>(java.util.Arrays.asList(feedHost, articleHost))) {
      if (h == null) continue;
      for (Source sibling : feeds().getOrDefault(h, List.of())) {
        if (sibling.id() != s.id()) titles.add(sibling.title().strip());
      }
    }
    if (titles.size() == 1) return withoutSection(title);
    List<String> all = List.copyOf(titles);
    String leading = shared(all, false);
    return leading != null ? leading : shared(all, true);
  }

  /**
   * The leading (or, {@code fromEnd}, trailing) parts all of {@code titles} share, as they read in
   * the first title (separators included), or null when they share none.
   */
  private static String shared(List<String> titles, boolean fromEnd) {
    List<List<String>> parts = titles.stream().map(t -> List.of(TITLE_PARTS.split(t))).toList();
    int n = 0;
    outer:
    while (true) {
      String part = null;
      for (List<String> t : parts) {
        if (n >= t.size()) break outer;
        String p = t.get(fromEnd ? t.size() - 1 - n : n);
        if (part == null) part = p;
        else if (!part.equalsIgnoreCase(p)) break outer;
      }
      n++;
    }
    if (n == 0) return null;
    String first = titles.getFirst();
    List<int[]> separators = new ArrayList<>();
    Matcher m = TITLE_PARTS.matcher(first);
    while (m.find()) separators.add(new int[] {m.start(), m.end()});
    int count = separators.size() + 1;
    if (n >= count) return first;
    return fromEnd ? first.substring(separators.get(count - 1 - n)[1]) : first.substring(0, separators.get(n - 1)[0]);
  }

  /** The titled feed sources (no sitemaps) by host, read once per batch. */
  private Map<String, List<Source>> feeds() {
    if (feedsByHost == null) {
      feedsByHost = new HashMap<>();
      for (Source s : store.sources()) {
        String h = host(s.url());
        if (h == null || SITEMAP.equals(s.kind()) || s.title() == null || s.title().isBlank()) continue;
        feedsByHost.computeIfAbsent(h, k -> new ArrayList<>()).add(s);
      }
    }
    return feedsByHost;
  }

  /** Counts the name the page of a stored article declared; call it in the transaction that stores it. */
  void count(Declared declared) {
    if (declared != null) store.countOutletName(declared.host(), declared.name());
  }

  /** The name declared most often; ties go to the first alphabetically, as in the store. */
  private static String mostDeclared(Map<String, Integer> names) {
    if (names == null) return null;
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * The site of {@code url}: its host, lower case, without a leading {@code www.}, and with its port
   * when the URL names one other than the scheme's default (two sites on one machine are two
   * outlets); null when it has no host.
   */
  static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      URI uri = URI.create(url.strip());
      String host = uri.getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      int port = uri.getPort();
      boolean defaultPort = port == -1 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
          || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
      return defaultPort ? host : host + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A lone feed's title without a leading or trailing part that names a section ("Norland Today -
   * Top stories" names "Norland Today"); as it is when no such part is there or nothing else is left.
   */
  static String withoutSection(String title) {
    List<String> parts = List.of(TITLE_PARTS.split(title));
    if (parts.size() < 2) return title;
    if (SECTIONS.contains(parts.getLast().strip().toLowerCase(Locale.ROOT))) {
      Matcher m = TITLE_PARTS.matcher(title);
      int cut = -1;
      while (m.find()) cut = m.start();
      return title.substring(0, cut).strip();
    }
    if (SECTIONS.contains(parts.getFirst().strip().toLowerCase(Locale.ROOT))) {
      Matcher m = TITLE_PARTS.matcher(title);
      m.find();
      return title.substring(m.end()).strip();
    }
    return title;
  }

  private static java.util.Set<String> sectionNames() {
    String path = "/newsdesk/pipeline/feed-section-names.txt";
    try (var in = OutletNames.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("resource " + path + " is missing from the classpath");
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + path, e);
    }
  }
}
