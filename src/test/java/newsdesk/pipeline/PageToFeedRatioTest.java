package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Pipeline.Config#minPageToFeedRatio} decides between a page and a longer feed text. */
class PageToFeedRatioTest {
  private static final List<String> PAGE_PARAGRAPHS = List.of(
      "The harbour bridge reopened to traffic on Monday after three months of repairs to its deck and railings.",
      "Engineers said the new surface should last for twenty years without major work, and that the cost stayed within budget.",
      "The city council thanked residents for their patience and said the cycle lane on the east side opens next week.",
      "Ferry services that carried commuters across the harbour during the closure will return to their normal timetable.");
  private static final List<String> FEED_ONLY_PARAGRAPHS = List.of(
      "Drivers had used a detour through the old town since March, adding up to half an hour to journeys at peak times.",
      "Shops along the detour reported more customers than usual, and some asked the council to keep the signs in place.",
      "The repairs were planned after an inspection last year found corrosion in the steel beams under the southern span.",
      "A second phase of work on the approach roads is planned for next summer and should need only night closures.");

  @TempDir Path dir;

  @Test
  void theDefaultsKeepTheFeedsTextWhenThePageHasUnderItsShare() {
    assertThat(Pipeline.Config.defaults().minPageToFeedRatio()).isEqualTo(0.6);
    assertThat(textSource(Pipeline.Config.defaults())).isEqualTo("feed");
  }

  @Test
  void aLowerRatioPrefersTheSamePage() {
    var d = Pipeline.Config.defaults();
    assertThat(textSource(new Pipeline.Config(d.activeWindow(), d.briefLength(), d.parallelFetches(), 0.3, d.maxFutureSkew(),
        d.deadLinks())))
        .isEqualTo("page");
  }

  /** Ingests one entry whose feed text is about twice its page's article text; where its text came from. */
  private String textSource(Pipeline.Config config) {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      server.route("/bridge", LocalServer.text(200, "text/html", "<html><head><title>Bridge reopens</title></head><body>"
          + "<article><h1>Bridge reopens</h1><p>" + String.join("</p><p>", PAGE_PARAGRAPHS) + "</p></article></body></html>"));
      String feedText = String.join(" ", PAGE_PARAGRAPHS) + " " + String.join(" ", FEED_ONLY_PARAGRAPHS);
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ratio</title><item><title>Bridge reopens"
          + "</title><link>" + server.url("/bridge") + "</link><guid>bridge</guid><description>" + feedText
          + "</description><pubDate>Sun, 29 Nov 2026 01:00:00 GMT</pubDate></item></channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);
      new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), config, Clock.systemUTC(), Progress.NONE)
          .ingest(List.of(source));
      List<StoredArticle> articles = f.store.articlesAfter(0, 10);
      assertThat(articles).hasSize(1);
      return articles.get(0).textSource();
    }
  }
}
