package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One outlet, one name: the page's declared name, else the host's usual one, else the source's title, else the host. */
class OutletNamesTest {
  @TempDir Path dir;
  private SqliteNewsStore store;
  private OutletNames names;
  private Source feed;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    names = new OutletNames(store);
    feed = withTitle(store.addSource("https://feeds.planet.example/world.rss", "feed", null, null), "Daily Planet - World");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Source withTitle(Source s, String title) {
    return new Source(s.id(), s.url(), s.key(), s.kind(), title, null, null, null, null, null, 0, 1800, null);
  }

  /** A page read at {@code url} that declares {@code siteName} (null: the page could not be read). */
  private Candidate read(Source source, String url, String siteName) {
    Article article = siteName == null
        ? new Article(url, null, null, null, null, null, null, null, null, "")
        : new Article(url, null, "Headline", List.of(), null, siteName, "en", null, null, "Body text.");
    FeedEntry entry = new FeedEntry(url, url, "Headline", "Feed text.", null, null, null, null, null);
    return new Candidate(source, entry, article, siteName == null ? "Feed text." : "Body text.",
        siteName == null ? "feed" : "page", siteName == null ? "HTTP 404" : null);
  }

  private String name(Candidate c) {
    return names.name(c, c.entry().link());
  }

  @Test
  void twoSitesOnOneMachineAreTwoOutlets() {
    assertThat(OutletNames.host("http://127.0.0.1:8801/a")).isEqualTo("127.0.0.1:8801");
    assertThat(OutletNames.host("https://www.Planet.example:443/a")).isEqualTo("planet.example");
    assertThat(OutletNames.host("http://planet.example:80/a")).isEqualTo("planet.example");
    Source other = withTitle(store.addSource("http://127.0.0.1:8802/feed.xml", "feed", null, null), "Broken Bugle");
    Candidate gazette = read(feed, "http://127.0.0.1:8801/ferry", "Harbor Gazette");
    names.count(OutletNames.declared(gazette.article(), gazette.entry().link()));
    assertThat(name(read(other, "http://127.0.0.1:8802/story", null))).isEqualTo("Broken Bugle");
    assertThat(name(read(feed, "http://127.0.0.1:8801/404", null))).isEqualTo("Harbor Gazette");
  }

  @Test
  void aPageThatDeclaresItsSiteIsNamedSo() {
    assertThat(name(read(feed, "https://www.planet.example/a", "Daily Planet"))).isEqualTo("Daily Planet");
  }

  @Test
  void anEntryWhosePageFailedTakesTheNameTheHostsPagesDeclared() {
    Candidate failed = read(feed, "https://www.planet.example/404", null);
    assertThat(name(failed)).as("nothing known yet: the source's title without its section").isEqualTo("Daily Planet");

    names.count(OutletNames.declared(read(feed, "https://planet.example/a", "Daily Planet").article(), "https://planet.example/a"));
    assertThat(name(failed)).as("www. or not, one host").isEqualTo("Daily Planet");
  }

  @Test
  void theHostsMostDeclaredNameWinsAndEachPageKeepsItsOwn() {
    for (String n : List.of("Daily Planet", "Daily Planet", "Planet Sport")) {
      Candidate c = read(feed, "https://planet.example/" + n.hashCode(), n);
      names.count(OutletNames.declared(c.article(), c.entry().link()));
    }
    assertThat(name(read(feed, "https://planet.example/404", null))).isEqualTo("Daily Planet");
    assertThat(name(read(feed, "https://planet.example/sport/1", "Planet Sport"))).isEqualTo("Planet Sport");
  }

  @Test
  void theHostTheExtractorStandsInForAMissingNameIsNoDeclaredName() {
    Candidate unnamed = read(feed, "https://www.planet.example/b", "planet.example");
    assertThat(OutletNames.declared(unnamed.article(), unnamed.entry().link())).isNull();
    assertThat(name(unnamed)).isEqualTo("Daily Planet");
  }

  @Test
  void aPageServedByAnotherHostDoesNotNameTheOutlet() {
    // The feed links to the outlet; the page came from a consent service it redirected to.
    Candidate wall = read(feed, "https://consent.example/ask?to=planet", "Consent Manager");
    Candidate redirected = new Candidate(feed, new FeedEntry("x", "https://planet.example/c", "H", "Feed text.", null, null,
        null, null, null), wall.article(), "Feed text.", "feed", "no article");
    assertThat(OutletNames.declared(redirected.article(), "https://planet.example/c")).isNull();
    assertThat(name(redirected)).isEqualTo("Daily Planet");
  }

  @Test
  void withoutATitleOrForASitemapSourceTheHostNamesTheOutlet() {
    Source untitled = withTitle(store.addSource("https://planet.example/feed", "feed", null, null), null);
    assertThat(name(read(untitled, "https://www.planet.example/404", null))).isEqualTo("planet.example");
    Source sitemap = withTitle(store.addSource("https://planet.example/news-sitemap.xml", "sitemap", null, null),
        "News sitemap of planet.example");
    assertThat(name(read(sitemap, "https://www.planet.example/404", null))).isEqualTo("planet.example");
  }

  /** A feed source stored with {@code title}, as a poll leaves it. */
  private Source stored(String url, String title) {
    Source s = withTitle(store.addSource(url, "feed", null, null), title);
    store.updateSource(s);
    return s;
  }

  @Test
  void theFeedsOfOneSiteShareOneNameWhenItsPagesCannotBeRead() {
    List<Source> feeds = List.of(stored("http://127.0.0.1:8801/latest.xml", "Wikinews \u2014 Latest news"),
        stored("http://127.0.0.1:8801/culture.xml", "Wikinews \u2014 Culture, sports and business"),
        stored("http://127.0.0.1:8801/disasters.xml", "Wikinews \u2014 Disasters and accidents"));
    for (Source f : feeds) {
      assertThat(name(read(f, "https://en.wikinews.org/wiki/Story_" + f.id(), null))).as(f.title()).isEqualTo("Wikinews");
    }
  }

  @Test
  void theSharedPartMayEndTheTitlesAndOneTitleMayBeTheSiteAlone() {
    Source world = stored("https://rss.bugle.example/world", "World | The Bugle");
    Source sport = stored("https://rss.bugle.example/sport", "Sport | The Bugle");
    assertThat(name(read(world, "https://bugle.example/1", null))).isEqualTo("The Bugle");
    assertThat(name(read(sport, "https://bugle.example/2", null))).isEqualTo("The Bugle");

    Source main = stored("https://news.gazette.example/rss", "Gazette");
    Source science = stored("https://news.gazette.example/science.rss", "Gazette - Science");
    names.preview(List.of(), c -> c.entry().link()); // a new batch sees the sources added since
    assertThat(name(read(main, "https://gazette.example/1", null))).isEqualTo("Gazette");
    assertThat(name(read(science, "https://gazette.example/2", null))).isEqualTo("Gazette");
  }

  /**
   * Multi-outlet QA: an outlet followed by one feed whose pages never named it was shown as "Norland
   * Today - Top stories" in "Also covered by"; a lone feed's section part is not the site's name.
   */
  @Test
  void aLoneFeedsTitleLosesItsSectionPart() {
    Source lone = stored("https://today.example/feed", "Norland Today - Top stories");
    assertThat(name(read(lone, "https://today.example/1", null))).isEqualTo("Norland Today");
    assertThat(OutletNames.withoutSection("Latest news | The Ledger")).isEqualTo("The Ledger");
    assertThat(OutletNames.withoutSection("World")).isEqualTo("World");
    assertThat(OutletNames.withoutSection("Morning Herald - Gardening")).isEqualTo("Morning Herald - Gardening");
    assertThat(OutletNames.withoutSection("E-mail news")).isEqualTo("E-mail news");
  }

  @Test
  void feedsOfOneHostWithNothingInCommonNameNoSiteAfterOneOfThem() {
    Source a = stored("https://feeds.host.example/a", "Morning Herald");
    Source b = stored("https://feeds.host.example/b", "Evening Star");
    assertThat(name(read(a, "https://herald.example/1", null))).isEqualTo("herald.example");
    assertThat(name(read(b, "https://star.example/1", null))).isEqualTo("star.example");
    // "e-mail" is one word, not a site and a section.
    Source c = stored("https://other.example/feed", "E-mail news");
    assertThat(name(read(c, "https://other.example/1", null))).isEqualTo("E-mail news");
  }

  @Test
  void aBatchPreviewNamesEntriesAdmittedBeforeTheOutletsReadablePages() {
    Candidate failedFirst = read(feed, "https://planet.example/404", null);
    Candidate readLater = read(feed, "https://planet.example/a", "Daily Planet");
    names.preview(List.of(failedFirst, readLater), c -> c.entry().link());
    assertThat(name(failedFirst)).isEqualTo("Daily Planet");
    assertThat(store.outletName("planet.example")).as("a preview stores nothing").isEmpty();
  }
}
