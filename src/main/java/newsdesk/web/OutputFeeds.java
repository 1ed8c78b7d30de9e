package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsdesk.publish.ArticleLead;
import newsdesk.publish.AtomFeedRenderer;
import newsdesk.publish.DigestFeeds;
import newsdesk.publish.DigestStory;
import newsdesk.publish.JsonFeedRenderer;
import newsdesk.publish.OutputFeed;
import newsdesk.store.NewsStore;
import newsdesk.store.SavedSearch;
import newsdesk.store.StoredArticle;

/**
 * The feeds other readers subscribe to: the digest ({@code /feeds/digest.atom|json}) and each
 * saved search ({@code /feeds/searches/ID.atom|json}, newest matching articles first). Links are
 * absolute: from {@code --base-url}, else from the request's scheme and host (a Host that is no
 * host name is refused). Each answers
 * conditional GETs ({@link FeedVersions}): an unchanged feed is a 304 without a body.
 */
final class OutputFeeds {
  static final int ITEMS = 50;

  private final NewsStore store;
  private final FrontPage front;
  private final Searches searches;
  private final WebOptions options;
  private final AtomFeedRenderer atom = new AtomFeedRenderer();
  private final JsonFeedRenderer jsonFeed = new JsonFeedRenderer();
  private final FeedVersions versions;
  /**
   * The updated time of a digest feed without stories: when this server started. The clock's
   * time of each request would make every answer a new version, so that an empty feed never
   * answered 304.
   */
  private final Instant emptySince;

  OutputFeeds(NewsStore store, FrontPage front, Searches searches, WebOptions options) {
    this.store = store;
    this.front = front;
    this.searches = searches;
    this.options = options;
    this.versions = new FeedVersions(options.clock());
    this.emptySince = options.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  void routes(RoutesConfig r) {
    r.get("/feeds/digest.atom", ctx -> send(ctx, "digest.atom", digest(ctx, "/feeds/digest.atom"), true));
    r.get("/feeds/digest.json", ctx -> send(ctx, "digest.json", digest(ctx, "/feeds/digest.json"), false));
    r.get("/feeds/searches/{file}", this::savedSearch);
  }

  private OutputFeed digest(Context ctx, String path) {
    List<FrontPage.RankedStory> ranked = front.stories();
    List<DigestStory> stories = front.stories(ranked.subList(0, Math.min(ITEMS, ranked.size())));
    String base = base(ctx);
    return DigestFeeds.digest(stories, base, base + path, emptySince);
  }

  private void savedSearch(Context ctx) {
    String file = ctx.pathParam("file");
    boolean isAtom = file.endsWith(".atom");
    if (!isAtom && !file.endsWith(".json")) throw HttpProblem.notFound("feeds end in .atom or .json");
    long id;
    try {
      id = Long.parseLong(file.substring(0, file.lastIndexOf('.')));
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("no saved search " + file);
    }
    SavedSearch s = store.savedSearch(id).orElseThrow(() -> HttpProblem.notFound("no saved search " + id));
    String base = base(ctx);
    // An article without a time must not change the feed on each request either.
    Instant now = emptySince;
    List<OutputFeed.Item> items = searches.run(SearchForm.of(s), true, 0, ITEMS).stream().map(r -> {
      Optional<StoredArticle> article = store.articleByPublicId(r.articleId());
      String lead = lead(r, article);
      // A corrected article (a rewritten entry) is updated when it was corrected: readers see the change.
      Instant updated = article.map(StoredArticle::updated).orElse(r.time());
      return new OutputFeed.Item(
          "urn:newsdesk:article:" + URLEncoder.encode(r.articleId(), StandardCharsets.UTF_8), r.title(),
          r.url() != null ? r.url() : r.storyId() != null ? base + "/stories/" + r.storyId() : base + "/",
          r.time(), updated != null ? updated : now, r.outlet().isEmpty() ? List.of() : List.of(r.outlet()),
          lead, "<p>" + DigestFeeds.escape(lead) + "</p>", r.language());
    }).toList();
    Instant updated = items.stream().map(OutputFeed.Item::updated).filter(Objects::nonNull).max(Instant::compareTo).orElse(s.createdAt());
    // Named by its id as written canonically: 0005.atom is 5.atom, with the same self link and version.
    String name = "searches/" + id + (isAtom ? ".atom" : ".json");
    OutputFeed feed = new OutputFeed("urn:newsdesk:search:" + s.id(), "newsdesk search: " + s.name(),
        base + "/search?" + SearchForm.of(s).queryString(), base + "/feeds/" + name, updated, items);
    send(ctx, name, feed, isAtom);
  }

  /**
   * An entry's summary: the article's description or first sentences ({@link ArticleLead}), as a
   * feed reader expects, not the search snippet (a passage from anywhere in the text).
   */
  private static String lead(SearchResult r, Optional<StoredArticle> article) {
    return article.map(a -> ArticleLead.of(a.description(), a.text()))
        .filter(lead -> !lead.isEmpty()).orElse(r.snippetText());
  }

  /**
   * The address the feed's links start with: {@code --base-url}, else the request's scheme and Host
   * (documented: a server reached under several names links each reader to the name it used). The
   * Host is any client's to choose, so it must be a host name or address with an optional port:
   * anything else is refused (400) rather than put into links. The renderers escape whatever they
   * write (an XML writer, Jackson), so even an accepted host cannot add markup.
   */
  private String base(Context ctx) {
    if (options.baseUrl() != null) return options.baseUrl();
    String host = ctx.host();
    if (host == null || !VALID_HOST.matcher(host).matches()) {
      throw HttpProblem.badRequest("the Host header is not a host name (start the server with --base-url to fix the address)");
    }
    return ctx.scheme() + "://" + host;
  }

  /** A DNS name (underscores allowed, as some intranets use them) or IPv4 address, or a bracketed IPv6 address, with an optional port. */
  private static final java.util.regex.Pattern VALID_HOST =
      java.util.regex.Pattern.compile("(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_-]{1,63})*\\.?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  /** Sends {@code feed} as the feed named {@code name} (its path under /feeds/, the same whatever address was asked). */
  private void send(Context ctx, String name, OutputFeed feed, boolean isAtom) {
    versions.send(ctx, name, base(ctx), (isAtom ? AtomFeedRenderer.MEDIA_TYPE : JsonFeedRenderer.MEDIA_TYPE) + "; charset=utf-8",
        isAtom ? atom.render(feed) : jsonFeed.render(feed));
  }
}
