package newsdesk.cli;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.AddressPolicy;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.HttpFetcher;
import newsdesk.sources.BareAddress;
import newsdesk.sources.DiscoveredSource;
import newsdesk.sources.FeedDiscovery;
import newsdesk.sources.SitemapReader;
import newsdesk.store.Source;
import newsdesk.store.SourceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sources add URL}: follows a feed, a site or an article's site, after discovery. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Follow a feed, a site (its announced or usual feeds) or an article's site.",
        "When several feeds are found they are listed, numbered, on stdout and the command exits with code 3: "
            + "run it again with --pick N (or --all). A site without a feed is followed through its news sitemap.",
        "A feed that can be read only in part (truncated, not well-formed) is followed with a warning that says what "
            + "is wrong and how many entries were read; one from which no entry can be read is refused.",
        "Adding a source already followed makes it due at once; when its address reads, its earlier failures are cleared."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the source is followed (or every source found already was)", "1:the address could not be read (unreachable, refused, not a feed or site)",
        "2:a usage error (a bad URL or option, no such data folder)", "3:several feeds found: pick one with --pick N or --all"})
final class SourcesAddCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @ParentCommand SourcesCommand parent;
  @Mixin NetworkOptions network;
  @Mixin DiscoveryOptions discovery;

  @Parameters(paramLabel = "URL", description = "A feed, a site's home page or an article (http or https).")
  String url;

  @Option(names = "--pick", paramLabel = "N", description = "Follow the N-th of the sources found (as listed).")
  Integer pick;

  @Option(names = "--all", description = "Follow every source found.")
  boolean all;

  @Option(names = "--no-discover", description = "Follow URL as given, without fetching it.")
  boolean noDiscover;

  @Option(names = "--kind", paramLabel = "KIND", description = "With --no-discover: feed or sitemap (default: feed).")
  String kind;

  @Override
  public Integer call() {
    String address = BareAddress.withScheme(url);
    if (!address.equals(url.strip())) System.err.println("newsdesk sources add: reading '" + url.strip() + "' as " + address);
    URI uri = SourcesCommand.httpUrl(address);
    if (pick != null && all) throw new UserError("--pick and --all exclude each other");
    // Known wrong before anything is fetched: discovery can take a while, and could not make it right.
    if (pick != null && pick < 1) throw new UserError("--pick " + pick + " is not a source number: the sources found are numbered from 1");
    if (kind != null && !noDiscover) {
      throw new UserError("--kind applies only with --no-discover (discovery tells feeds and sitemaps apart itself)");
    }
    List<DiscoveredSource> found;
    if (noDiscover) {
      String k = kind == null ? "feed" : kind;
      if (!k.equals("feed") && !k.equals("sitemap")) throw new UserError("--kind must be feed or sitemap, got '" + k + "'");
      try {
        // Not fetched now, but no fetch would read it either: refused as discovery refuses it.
        new AddressPolicy(network.config()).check(uri);
      } catch (FetchException e) {
        throw new CommandFailure("not following " + e.getMessage());
      }
      found = List.of(new DiscoveredSource(uri, k, null, null, "given"));
    } else {
      found = discover(uri);
      if (found.stream().noneMatch(d -> "given".equals(d.via()))) {
        System.err.println("newsdesk sources add: " + uri + " is not a feed or news sitemap itself; found through it:");
      }
    }
    List<DiscoveredSource> chosen;
    if (pick != null) {
      if (pick < 1 || pick > found.size()) {
        throw new UserError("--pick " + pick + " is out of range: " + Plural.count(found.size(), "source") + " found at " + uri);
      }
      chosen = List.of(found.get(pick - 1));
    } else if (all || found.size() == 1) {
      chosen = found;
    } else {
      Map<String, Long> followed = followed();
      List<DiscoveredSource> fresh = found.stream().filter(d -> d.addresses().stream().noneMatch(followed::containsKey)).toList();
      if (fresh.isEmpty()) {
        // Nothing to choose: say what is followed rather than ask for a pick that would change nothing.
        for (DiscoveredSource d : found) {
          Long id = d.addresses().stream().map(followed::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
          System.out.println(id + "\t" + describe(d));
        }
        System.err.println("newsdesk sources add: already following all " + Plural.count(found.size(), "source")
            + " found at " + uri + " (ids as `newsdesk sources list` shows them).");
        return 0;
      }
      for (int i = 0; i < found.size(); i++) System.out.println((i + 1) + "\t" + describe(found.get(i)));
      int known = found.size() - fresh.size();
      System.err.println("newsdesk sources add: " + Plural.count(found.size(), "source") + " found at " + uri
          + (known > 0 ? " (" + known + " already followed)" : "") + "; follow one with --pick N, or all of them with --all.");
      return SourcesCommand.CHOICE_NEEDED;
    }
    for (DiscoveredSource d : chosen) {
      if (d.unreadable()) {
        throw new CommandFailure(d.url() + " is not a feed newsdesk can read: " + d.damage()
            + ". Nothing was added (--no-discover follows it anyway).");
      }
    }
    try (Workspace ws = Workspace.forDatabase(data.dataDir(), parent.clock())) {
      for (DiscoveredSource d : chosen) {
        if (d.damaged()) {
          System.err.println("newsdesk sources add: warning: " + d.url() + " is damaged (" + d.damage()
              + "); following it anyway: `newsdesk sources list` shows whether later fetches are whole.");
        } else if (!noDiscover && d.kind().equals("feed") && d.entries() == 0) {
          // A whole feed without entries is a new or quiet feed, not a broken one: followed.
          System.err.println("newsdesk sources add: note: " + d.url() + " has no entries yet.");
        }
        // Followed already at the address the feed was read from (a temporary redirect's target): that source.
        Optional<String> known = ws.store().sources().stream().map(Source::url).filter(d.addresses()::contains).findFirst();
        Source s = ws.store().addSource(known.orElse(d.url().toString()), d.kind(), null, d.title());
        if (known.isPresent()) {
          System.err.println("newsdesk sources add: already following " + s.url() + " (source " + s.id() + ")");
          // Adding it again asks for it now: a backoff from earlier failures no longer holds it, and when
          // discovery just read it, those failures are history (else `sources list` would still say FAILING).
          s = s.followedAgain(!noDiscover, d.title());
          ws.store().updateSource(s);
        }
        // The document just read is the source's latest: `sources list` shows its damage from now on.
        if (d.damaged() || (s.damaged() && !noDiscover)) ws.store().updateSource(s.withWarning(d.damage()));
        if (d.siteUrl() != null) {
          SourceProfile old = ws.store().sourceProfile(s.id());
          ws.store().saveSourceProfile(s.id(), new SourceProfile(d.siteUrl(), old.folder()));
        }
        System.out.println(s.id() + "\t" + describe(d));
      }
    }
    return 0;
  }

  /** The followed sources' ids by URL; none when the data folder holds no database yet (it is not created). */
  private Map<String, Long> followed() {
    newsdesk.config.DataDir dir = data.resolved();
    Map<String, Long> ids = new java.util.HashMap<>();
    if (!java.nio.file.Files.isRegularFile(dir.database())) return ids;
    try (Workspace ws = Workspace.forReading(dir.requireExisting(), parent.clock())) {
      for (Source s : ws.store().sources()) ids.put(s.url(), s.id());
    }
    return ids;
  }

  private List<DiscoveredSource> discover(URI uri) {
    try (HttpFetcher fetcher = new HttpFetcher(discovery.applyTo(network.config()))) {
      FeedDiscovery.Discovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(),
          parent.clock()).discoverInTime(uri);
      List<DiscoveredSource> found = discovery.found();
      if (found.isEmpty()) {
        String looked = discovery.notTried() == null ? "looked for <link rel=\"alternate\"> feeds, common feed paths and sitemaps"
            : "looked for <link rel=\"alternate\"> feeds; " + discovery.notTried();
        throw new CommandFailure("no feed or news sitemap found at " + uri + " (" + looked + "); add a feed URL, or use --no-discover");
      }
      if (discovery.notTried() != null) System.err.println("newsdesk sources add: note: " + discovery.notTried());
      return found;
    } catch (FetchException e) {
      throw new CommandFailure("cannot fetch " + e.getMessage(), e);
    }
  }

  private static String describe(DiscoveredSource d) {
    return d.kind() + "\t" + d.url() + "\t" + (d.title() == null ? "" : d.title());
  }
}
