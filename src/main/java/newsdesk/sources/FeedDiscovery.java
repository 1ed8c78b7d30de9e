package newsdesk.sources;

import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedParseException;
import newsdesk.feed.FeedParser;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what to poll for a URL a user gives: the URL itself when it is a feed or a sitemap;
 * for a page, the feeds its {@code <link rel="alternate">} elements announce, else those of the
 * site's home page, else the first common feed paths that answer with a feed
 * ({@code feed-paths.txt}), else the site's news sitemaps (robots.txt Sitemap lines, then
 * {@code sitemap-paths.txt}). Every candidate is fetched and parsed before it is offered, and
 * the number of candidates tried per step is bounded (at most {@value #MAX_CANDIDATES} announced
 * feeds, the {@code feed-paths.txt} paths, at most {@value #MAX_ROBOTS_SITEMAPS} distinct robots.txt
 * Sitemap lines and the {@code sitemap-paths.txt} paths), so that one discovery, made inside a web
 * request or {@code sources add}, costs a few dozen fetches at most whatever the site serves. Its time
 * is bounded too, since each of those fetches may hang until its timeout: the whole discovery by
 * {@link newsdesk.fetch.FetchConfig#discoveryDeadline()}, each guessed address (home page, common
 * paths, robots.txt) by {@link newsdesk.fetch.FetchConfig#guessTimeout()}, and once a guess on a host
 * times out nothing more is guessed there; {@link Discovery#notTried()} says what was skipped. A feed whose document could be read only in
 * part is offered with its {@link DiscoveredSource#damage() damage}; one from which no entry could be
 * read is offered only when it is the URL given (then the caller can say why it refuses it).
 */
public final class FeedDiscovery {
  private static final int MAX_CANDIDATES = 8;
  /**
   * Sitemap lines of robots.txt tried, in their order: a robots.txt may list thousands (one per
   * archive month), and each costs a fetch; the common paths are tried after them all the same.
   */
  static final int MAX_ROBOTS_SITEMAPS = 8;

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final SitemapReader sitemaps;
  private final Clock clock;
  private final List<String> feedPaths = ResourceList.load("feed-paths.txt");
  private final List<String> sitemapPaths = ResourceList.load("sitemap-paths.txt");
  private final Set<String> feedTypes = Set.copyOf(ResourceList.load("feed-types.txt"));

  public FeedDiscovery(HttpFetcher fetcher, FeedParser parser, SitemapReader sitemaps, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.sitemaps = sitemaps;
    this.clock = clock;
  }

  /**
   * What discovery found, and what it did not try in time.
   *
   * @param found    the feeds (or, failing those, news sitemaps), in the order found; empty when none
   * @param notTried null when every address was tried, else which were not and why
   *                 ({@code "not tried: 7 common feed paths, ... (guessing stopped on HOST when ...)"})
   */
  public record Discovery(List<DiscoveredSource> found, String notTried) {
    public Discovery {
      found = List.copyOf(found);
    }
  }

  /**
   * The feeds (or, failing those, news sitemaps) for {@code url}, in the order found; empty when
   * there is none. Throws only when {@code url} itself cannot be fetched.
   */
  public List<DiscoveredSource> discover(URI url) throws FetchException {
    return discoverInTime(url).found();
  }

  /** As {@link #discover}, saying what was not tried within the time discovery has. */
  public Discovery discoverInTime(URI url) throws FetchException {
    DiscoveryBudget budget = new DiscoveryBudget(fetcher);
    FetchResponse given = budget.fetch(url);
    URI at = given.finalUrl();
    DiscoveredSource notAFeed = null;
    switch (DocumentKind.of(given.body(), given.contentType())) {
      case FEED -> {
        try {
          // The feed asked for, damaged or not: no other feed of the site stands in for it.
          return new Discovery(List.of(readFeed(given, url, "given")), null);
        } catch (FeedParseException e) {
          // Perhaps a page that looked like a feed: look further, but keep the reason in case
          // nothing is found, so that the caller can say it instead of "no feed found".
          notAFeed = new DiscoveredSource(url, "feed", null, null, "given", e.getMessage() + "; no entry could be read", 0);
        }
      }
      case SITEMAP -> {
        DiscoveredSource map = asSitemap(given, url, "given");
        if (map != null) return new Discovery(List.of(map), null);
      }
      default -> { }
    }
    URI home = at.resolve("/");
    Map<URI, DiscoveredSource> found = new LinkedHashMap<>();
    if (DocumentKind.of(given.body(), given.contentType()) == DocumentKind.HTML) {
      verifyLinks(budget, announcedFeeds(given), home, found);
    }
    if (found.isEmpty() && !home.equals(at)) {
      try {
        FetchResponse homePage = budget.tryFetch(home, "home page", true);
        if (homePage != null) verifyLinks(budget, announcedFeeds(homePage), home, found);
      } catch (FetchException e) {
        // no home page: the common paths may still answer
      }
    }
    if (found.isEmpty()) {
      for (String path : feedPaths) {
        DiscoveredSource feed = tryFeed(budget, home.resolve(path), "path", "common feed path");
        if (feed != null) {
          found.put(feed.url(), feed.foundAs(feed.title(), home.toString(), "path"));
          break; // the common paths are aliases of one feed on most sites
        }
      }
    }
    if (found.isEmpty()) findSitemaps(budget, home, found);
    if (found.isEmpty() && notAFeed != null) return new Discovery(List.of(notAFeed), budget.notTried());
    return new Discovery(List.copyOf(found.values()), budget.notTried());
  }

  private void verifyLinks(DiscoveryBudget budget, List<Map.Entry<URI, String>> links, URI home, Map<URI, DiscoveredSource> found) {
    for (Map.Entry<URI, String> link : links.subList(0, Math.min(MAX_CANDIDATES, links.size()))) {
      if (found.containsKey(link.getKey())) continue;
      DiscoveredSource feed = tryFeed(budget, link.getKey(), "link", "announced feed");
      if (feed != null) {
        String title = feed.title() != null ? feed.title() : link.getValue();
        found.put(link.getKey(), new DiscoveredSource(feed.url(), "feed", title, home.toString(), "link",
            feed.damage(), feed.entries(), feed.format(), feed.readAt()));
      }
    }
  }

  /** The feed URLs a page announces, with their title attributes, in document order. */
  List<Map.Entry<URI, String>> announcedFeeds(FetchResponse page) {
    if (DocumentKind.of(page.body(), page.contentType()) != DocumentKind.HTML) return List.of();
    Document doc;
    try {
      // jsoup picks the charset from the meta tags or a BOM, as a browser would.
      doc = Jsoup.parse(new java.io.ByteArrayInputStream(page.body()), null, page.finalUrl().toString());
    } catch (java.io.IOException e) {
      return List.of();
    }
    Map<URI, String> links = new LinkedHashMap<>();
    for (Element link : doc.select("link[href]")) {
      Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
      String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
      if (!rels.contains("alternate") || !feedTypes.contains(type)) continue;
      String href = link.absUrl("href");
      try {
        URI uri = URI.create(href);
        if (uri.getScheme() != null && uri.getScheme().startsWith("http")) {
          links.putIfAbsent(uri, link.attr("title").isBlank() ? null : link.attr("title").strip());
        }
      } catch (IllegalArgumentException e) {
        // an unusable href is no candidate
      }
    }
    return new ArrayList<>(links.entrySet());
  }

  /**
   * The feed at {@code url}, or null when there is none there, nothing could be read from it or it
   * was not tried in time ({@code what} it was then counted as not tried; a {@code path} is a guess).
   */
  private DiscoveredSource tryFeed(DiscoveryBudget budget, URI url, String via, String what) {
    try {
      FetchResponse r = budget.tryFetch(url, what, via.equals("path"));
      if (r == null) return null;
      DiscoveredSource feed = DocumentKind.of(r.body(), r.contentType()) == DocumentKind.FEED ? asFeed(r, url, via) : null;
      return feed == null || feed.unreadable() ? null : feed;
    } catch (FetchException e) {
      return null;
    }
  }

  /** The feed read from {@code r}, or null when it is none. */
  private DiscoveredSource asFeed(FetchResponse r, URI url, String via) {
    try {
      return readFeed(r, url, via);
    } catch (FeedParseException e) {
      return null;
    }
  }

  /** The feed read from {@code r}, with its damage and the number of entries read. */
  private DiscoveredSource readFeed(FetchResponse r, URI url, String via) throws FeedParseException {
    Feed feed = parser.parse(r.body(), r.contentType(), r.finalUrl());
    if (r.truncated() && feed.damaged()) {
      feed = feed.withProblem("the download was cut at " + r.body().length + " bytes (size limit)");
    }
    String site = feed.link() != null ? feed.link() : r.finalUrl().resolve("/").toString();
    return new DiscoveredSource(r.stableUrl(), "feed", feed.title(), site, via, feed.damageSummary(),
        feed.readEntries().size(), feed.format() == null || feed.format().isEmpty() ? null : feed.format(), r.finalUrl());
  }

  private DiscoveredSource asSitemap(FetchResponse r, URI url, String via) {
    try {
      SitemapReader.Sitemap map = sitemaps.read(r.body(), r.contentType(), r.finalUrl(), clock.instant());
      String title = (map.news() ? "News sitemap of " : "Sitemap of ") + r.finalUrl().getHost();
      return new DiscoveredSource(r.stableUrl(), "sitemap", title, r.finalUrl().resolve("/").toString(), via, null,
          map.entries().size(), null, r.finalUrl());
    } catch (SitemapException e) {
      return null;
    }
  }

  private void findSitemaps(DiscoveryBudget budget, URI home, Map<URI, DiscoveredSource> found) {
    // Candidate URL -> how it was found, each tried once, in order.
    Map<URI, String> candidates = new LinkedHashMap<>();
    try {
      FetchResponse robots = budget.tryFetch(home.resolve("/robots.txt"), "robots.txt", true);
      List<String> named = robots == null ? List.of() : new SimpleRobotRulesParser().parseContent(robots.finalUrl().toString(),
          robots.body(), "text/plain", List.of(fetcher.config().robotName())).getSitemaps();
      for (String s : named) {
        if (candidates.size() == MAX_ROBOTS_SITEMAPS) break;
        try {
          candidates.putIfAbsent(URI.create(s.strip()), "robots");
        } catch (IllegalArgumentException e) {
          // skip an unusable Sitemap line
        }
      }
    } catch (FetchException e) {
      // no robots.txt: try the common paths
    }
    for (String path : sitemapPaths) candidates.putIfAbsent(home.resolve(path), "sitemap-path");
    List<DiscoveredSource> maps = new ArrayList<>();
    for (Map.Entry<URI, String> candidate : candidates.entrySet()) {
      if (maps.size() == MAX_CANDIDATES) break;
      try {
        boolean guess = candidate.getValue().equals("sitemap-path");
        FetchResponse r = budget.tryFetch(candidate.getKey(), guess ? "sitemap path" : "robots.txt sitemap", guess);
        if (r == null) continue;
        DiscoveredSource map = asSitemap(r, candidate.getKey(), candidate.getValue());
        if (map != null) maps.add(map);
      } catch (FetchException e) {
        // this one does not exist; try the next
      }
    }
    // News sitemaps first: they are what the poller reads best.
    maps.stream().sorted((a, b) -> Boolean.compare(b.title().startsWith("News"), a.title().startsWith("News")))
        .collect(Collectors.toList()).forEach(m -> found.putIfAbsent(m.url(), m));
  }
}
