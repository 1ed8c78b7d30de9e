package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.fetch.LocalServer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a page cannot be read, the feed's own text stands in for it, however short. */
class FeedTextFallbackTest {
  @TempDir Path dir;

  @Test
  void aShortFeedSummaryOfAnUnreadablePageStillMakesAStory() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      // No page is routed: every article link answers 404.
      String generic = "Read the full story on our website.";
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Short</title>"
          + item(server, "quake", "Strong earthquake shakes northern Chile",
              "A magnitude 6.8 earthquake struck northern Chile on Sunday, shaking buildings in Antofagasta; no damage was reported.", 1)
          + item(server, "budget", "Parliament passes the winter budget", generic, 2)
          + item(server, "final", "Rovers win the cup final on penalties", generic, 3)
          + item(server, "empty", "Title only, no text", "", 4)
          + "</channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(report.added()).isEqualTo(4);
      Map<String, StoredArticle> byTitle = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::title, Function.identity()));
      StoredArticle quake = byTitle.get("Strong earthquake shakes northern Chile");
      assertThat(quake.textSource()).isEqualTo("feed");
      assertThat(quake.storyId()).as("story of a short feed summary").isNotNull();
      assertThat(f.store.brief(quake.storyId())).isPresent();
      // Two different items with the same boilerplate summary are not copies of each other.
      StoredArticle budget = byTitle.get("Parliament passes the winter budget");
      StoredArticle cup = byTitle.get("Rovers win the cup final on penalties");
      assertThat(budget.duplicateOf()).isNull();
      assertThat(cup.duplicateOf()).isNull();
      assertThat(budget.storyId()).isNotNull().isNotEqualTo(cup.storyId());
      // A headline with no text is still news (headline feeds): its own story, briefed by its headline.
      StoredArticle headline = byTitle.get("Title only, no text");
      assertThat(headline.storyId()).isNotNull().isNotIn(budget.storyId(), cup.storyId(), quake.storyId());
      assertThat(f.store.brief(headline.storyId())).get()
          .satisfies(b -> assertThat(b.brief().headline()).isEqualTo("Title only, no text"));
    }
  }

  @Test
  void controlCharactersInAFeedEntryNeverReachTheStore() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      // The page answers 404, so the entry's escaped HTML is the text; its reference decodes to U+0001.
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Controls</title>"
          + item(server, "storm", "Storm closes the coast road",
              "A storm closed the coast road&amp;#1; on Sunday; crews cleared fallen trees and reopened it by the evening.", 1)
          + "</channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);

      f.pipeline(StandardStages.create()).ingest(List.of(source));

      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      assertThat(a.text()).startsWith("A storm closed the coast road on Sunday").doesNotContain("\u0001");
      assertThat(f.store.brief(a.storyId()).orElseThrow().brief().toString()).doesNotContain("\u0001");
    }
  }

  private static String item(LocalServer server, String path, String title, String description, int hour) {
    return "<item><title>" + title + "</title><link>" + server.url("/" + path) + "</link><guid>" + path
        + "</guid><description>" + description + "</description><pubDate>Sun, 29 Nov 2026 0" + hour
        + ":00:00 GMT</pubDate></item>";
  }

  /** A consent page: {@code head} in its head, eight cookie paragraphs as its "article". */
  private static String cookieWall(String head) {
    StringBuilder wall = new StringBuilder("<html><head>" + head + "</head><body><h1>We value your privacy</h1><article>");
    for (int i = 0; i < 8; i++) {
      wall.append("<p>We and our partners use cookies to improve your experience and to show you personalised ")
          .append("content. Accept all cookies or manage your privacy settings to continue to the site.</p>");
    }
    return wall.append("</article></body></html>").toString();
  }

  /** Serves {@code page} at /page and a feed of one item linking it; ingests; the stored article. */
  private static StoredArticle ingestOne(LoopbackFixture f, String page, String title, String description) {
    LocalServer server = f.server;
    server.route("/page", LocalServer.text(200, "text/html", page));
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>One item</title>"
        + item(server, "page", title, description, 1) + "</channel></rss>";
    server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
    var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);
    f.pipeline(StandardStages.create()).ingest(List.of(source));
    return f.store.articlesAfter(0, 10).getFirst();
  }

  @Test
  void aCookieWallPageGivesWayToTheFeedsText() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      StoredArticle a = ingestOne(f, cookieWall("<title>Before you continue</title>"
          + "<meta name=\"description\" content=\"Manage your privacy choices\">"), "Volcano erupts on remote island",
          "The volcano on the island erupted overnight, sending ash two kilometres high; residents were moved to safety.");

      assertThat(a.textSource()).isEqualTo("feed");
      assertThat(a.text()).startsWith("The volcano on the island erupted");
      assertThat(a.storyId()).isNotNull();
      // The wall's title and description are the wall's, not the article's.
      assertThat(a.title()).isEqualTo("Volcano erupts on remote island");
      assertThat(a.description()).isNull();
      assertThat(f.store.brief(a.storyId()).orElseThrow().brief().headline()).isEqualTo("Volcano erupts on remote island");
    }
  }

  @Test
  void aCookieWallBehindAHeadlineOnlyEntryLeavesTheHeadline() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      StoredArticle a = ingestOne(f, cookieWall("<title>Before you continue</title>"), "Mayor resigns after corruption probe", "");

      assertThat(a.title()).isEqualTo("Mayor resigns after corruption probe");
      assertThat(a.text()).as("no consent text is kept as the article's").isEmpty();
      assertThat(a.storyId()).isNotNull();
    }
  }

  @Test
  void aShortPageKeepsItsTextAgainstAShorterFeedSummary() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      StoredArticle a = ingestOne(f, "<html><body><article><h1>Orchard harvest</h1>"
          + "<p>Growers in the valley picked a record 40,000 tonnes of apples this autumn.</p>"
          + "<p>The orchard association said warm weather in May helped the blossom.</p></article></body></html>",
          "Record apple harvest", "Record apples.");

      assertThat(a.textSource()).isEqualTo("page");
      assertThat(a.text()).contains("record 40,000 tonnes").contains("warm weather in May");
      assertThat(a.storyId()).as("a short page is a story of its own").isNotNull();
      assertThat(f.store.brief(a.storyId()).orElseThrow().brief().headline()).isNotBlank();
    }
  }

  @Test
  void anIabConsentDialogGivesWayToTheFeedsDescription() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      StoredArticle a = ingestOne(f, "<html><head><title>Markets rally as oil falls - Gazette</title></head><body>"
          + "<div id=\"cmp\"><h2>We value your privacy</h2><p>We and our partners store and/or access information on a "
          + "device, such as cookies and process personal data, such as unique identifiers and standard information sent "
          + "by a device for personalised ads and content, ad and content measurement, and audience insights, as well as "
          + "to develop and improve products.</p><p>With your permission we and our partners may use precise geolocation "
          + "data and identification through device scanning. You may click to consent to our and our partners' "
          + "processing as described above.</p><button>MORE OPTIONS</button><button>AGREE</button></div></body></html>",
          "Markets rally as oil falls", "Stock markets rose on Monday as the price of crude oil fell for a third day, "
              + "easing fears of inflation.");

      assertThat(a.textSource()).isEqualTo("feed");
      assertThat(a.text()).isEqualTo("Stock markets rose on Monday as the price of crude oil fell for a third day, "
          + "easing fears of inflation.");
      assertThat(a.storyId()).isNotNull();
      var brief = f.store.brief(a.storyId()).orElseThrow().brief();
      assertThat(brief.headline()).isEqualTo("Markets rally as oil falls");
      assertThat(brief.sentences()).extracting(s -> s.text()).noneMatch(t -> t.contains("partners"));
    }
  }

  @Test
  void aWallsHeadingNeverReplacesTheFeedsTitle() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      StoredArticle a = ingestOne(f, "<html><head><title>Before you continue</title></head><body><div class=\"consent\">"
          + "<h1>We value your privacy</h1><p>We and our 842 partners use cookies to store and access information on your "
          + "device. Click Accept all to continue, or Manage options to refuse.</p><button>Accept all</button>"
          + "<button>Manage options</button></div></body></html>", "Breaking: markets update", "");

      assertThat(a.title()).isEqualTo("Breaking: markets update");
      assertThat(a.text()).as("no consent text is kept as the article's").isEmpty();
      // As any headline-only entry: a story of its own, headed by the feed's title.
      assertThat(a.storyId()).isNotNull();
      // (The brief drops the "Breaking:" kicker, as for every headline.)
      assertThat(f.store.brief(a.storyId()).orElseThrow().brief().headline()).isEqualToIgnoringCase("markets update");
    }
  }
}
