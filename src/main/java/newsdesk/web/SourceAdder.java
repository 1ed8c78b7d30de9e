package newsdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import newsdesk.fetch.FetchException;
import newsdesk.sources.DiscoveredSource;
import newsdesk.sources.FeedDiscovery;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;

/**
 * Adds a source from an address the reader typed. The one place the web UI and the API subscribe
 * to something. With feed discovery, the address may be a feed, a site's home page or an article:
 * the first source discovery finds is followed (a site's announced feed before guessed ones).
 */
final class SourceAdder {
  private final NewsStore store;
  private final FeedDiscovery discovery;

  /** @param discovery finds feeds behind an address; null follows the address as given */
  SourceAdder(NewsStore store, FeedDiscovery discovery) {
    this.store = store;
    this.discovery = discovery;
  }

  /**
   * A source as {@link #add} left it.
   *
   * @param source  the source followed
   * @param created false when it was followed already (under the address discovery found, which
   *                may differ from the one typed: a site's home page leads to its feed)
   */
  record Added(Source source, boolean created) {}

  /**
   * Adds (or finds) the source at {@code url}; a non-http(s) or malformed address is a 400, an
   * address behind which no feed is found, that cannot be fetched or whose feed has no entry that can be
   * read (a truncated download) is a 400 naming the reason. A feed readable in part is followed and
   * shown damaged (its last warning) until a whole document arrives.
   */
  Added add(String url) {
    String address = checked(url);
    if (discovery == null) return followed(address, "feed", null);
    List<DiscoveredSource> found;
    try {
      found = discovery.discover(URI.create(address));
    } catch (FetchException e) {
      // The guard's own words say why and how to allow it; "cannot read" would sound like a network failure.
      if (e.kind() == FetchException.Kind.BLOCKED_ADDRESS) throw HttpProblem.badRequest("newsdesk does not follow " + e.getMessage());
      throw HttpProblem.badRequest("cannot read " + address + ": " + e.reasonFor(URI.create(address)));
    }
    if (found.isEmpty()) throw HttpProblem.badRequest("no feed or sitemap found at " + address);
    DiscoveredSource first = found.getFirst();
    if (first.unreadable()) throw HttpProblem.badRequest(address + " is not a feed newsdesk can read: " + first.damage());
    Added added = followed(first.url().toString(), first.kind(), first.title());
    // The document just read is the source's latest: the sources page shows its damage from now on.
    if (first.damaged() || added.source().damaged()) {
      Source warned = added.source().withWarning(first.damage());
      store.updateSource(warned);
      return new Added(warned, added.created());
    }
    return added;
  }

  /**
   * Follows the source at {@code url}, telling whether it is new. Two readers adding the same new
   * address at the same moment may both be told it is new; either way one source is stored.
   */
  private Added followed(String url, String kind, String title) {
    boolean existed = store.sources().stream().anyMatch(s -> s.url().equals(url));
    return new Added(store.addSource(url, kind, null, title), !existed);
  }

  static String checked(String url) {
    if (url == null || url.isBlank()) throw HttpProblem.badRequest("url is missing");
    String u = url.strip();
    if (u.length() > 2000) throw HttpProblem.badRequest("url is longer than 2000 characters");
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw HttpProblem.badRequest("url must be an absolute http:// or https:// address, got '" + u + "'");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw HttpProblem.badRequest("url '" + u + "' is not a valid address: " + e.getReason());
    }
  }
}
