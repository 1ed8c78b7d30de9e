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
 * to something. With feed discovery ({@link FeedDiscovery}, as {@code newsdesk sources add}), the
 * address may be a feed, a site's home page or an article: when discovery finds one source it is
 * followed; when it finds several, none is: the reader is offered them ({@link Choice}) and picks by
 * adding a candidate's own address, as {@code sources add} lists them and exits 3.
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
  record Added(Source source, boolean created) implements Outcome {}

  /**
   * Several sources found behind one address: nothing was followed.
   *
   * @param address    the address as checked
   * @param candidates what discovery found, in its order (a site's announced feeds first); adding
   *                   one's {@link DiscoveredSource#url()} follows it
   */
  record Choice(String address, List<DiscoveredSource> candidates) implements Outcome {
    Choice {
      if (candidates.size() < 2) throw new IllegalArgumentException("a choice needs two candidates or more, got " + candidates.size());
      candidates = List.copyOf(candidates);
    }
  }

  /** What {@link #add} did: followed one source, or found several to choose from. */
  sealed interface Outcome permits Added, Choice {}

  /**
   * Adds (or finds) the source at {@code url}, or answers the {@link Choice} when discovery finds
   * several there; a non-http(s) or malformed address is a 400, an
   * address behind which no feed is found, that cannot be fetched or whose feed has no entry that can be
   * read (a truncated download) is a 400 naming the reason. A feed readable in part is followed and
   * shown damaged (its last warning) until a whole document arrives.
   */
  Outcome add(String url) {
    String address = checked(url);
    if (discovery == null) return followed(address, "feed", null, false);
    FeedDiscovery.Discovery discovered;
    try {
      discovered = discovery.discoverInTime(URI.create(address));
    } catch (FetchException e) {
      // The guard's own words say why and how to allow it; "cannot read" would sound like a network failure.
      if (e.kind() == FetchException.Kind.BLOCKED_ADDRESS) throw HttpProblem.badRequest("newsdesk does not follow " + e.getMessage());
      throw HttpProblem.badRequest("cannot read " + address + ": " + e.reasonFor(URI.create(address)));
    }
    List<DiscoveredSource> found = discovered.found();
    if (found.isEmpty()) {
      throw HttpProblem.badRequest("no feed or sitemap found at " + address + (discovered.notTried() == null ? "" : "; " + discovered.notTried()));
    }
    // Following the first of several silently would hide the others (a site's full feed and its
    // comments feed, RSS beside Atom): the reader chooses.
    if (found.size() > 1) return new Choice(address, found);
    DiscoveredSource first = found.getFirst();
    if (first.unreadable()) throw HttpProblem.badRequest(address + " is not a feed newsdesk can read: " + first.damage());
    // Followed already at the address the feed was read from (a temporary redirect's target): that source.
    String follow = store.sources().stream().map(Source::url).filter(first.addresses()::contains).findFirst()
        .orElse(first.url().toString());
    Added added = followed(follow, first.kind(), first.title(), true);
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
   * address at the same moment may both be told it is new; either way one source is stored. A
   * source followed already is {@linkplain Source#followedAgain followed again}: due now, and, when
   * discovery {@code justRead} it, without the failures before (as `newsdesk sources add` does).
   */
  private Added followed(String url, String kind, String title, boolean justRead) {
    boolean existed = store.sources().stream().anyMatch(s -> s.url().equals(url));
    Source source = store.addSource(url, kind, null, title);
    if (existed) {
      source = source.followedAgain(justRead, title);
      store.updateSource(source);
    }
    return new Added(source, !existed);
  }

  static String checked(String url) {
    if (url == null || url.isBlank()) throw HttpProblem.badRequest("url is missing");
    String u = newsdesk.sources.BareAddress.withScheme(url); // "example.org" as the reader means it
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
