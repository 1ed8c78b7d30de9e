package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.pipeline.Pipeline;
import newsdesk.pipeline.Progress;
import newsdesk.pipeline.StandardStages;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries whose links are no web pages ({@code javascript:void(0)} twice, an {@code ftp:} link
 * twice) are ingested like link-less entries: each is an article of its own, and no output (the
 * JSON API, the JSON digest, the digest feeds) gives a reader anything but an http(s) link.
 */
class ScriptLinkIngestTest {
  @TempDir Path dir;

  @Test
  void entriesWithScriptOrOtherSchemeLinksAreKeptApartAndNeverLinked() throws Exception {
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Herald</title>"
        + item("javascript:void(0)", "Storm floods the river valley", "Heavy rain flooded the river valley overnight and "
            + "hundreds of homes were evacuated, the regional fire service said on Monday.", t)
        + item("javascript:void(0)", "Parliament passes the budget", "Parliament passed the budget after a vote that "
            + "lasted all night, with a narrow majority of four votes, the speaker said.", t.plusSeconds(60))
        + item("ftp://files.example/report.txt", "Miners rescued after three days", "Rescuers brought twelve miners to "
            + "the surface after three days underground, the mining company said on Tuesday.", t.plusSeconds(120))
        + item("ftp://files.example/report.txt", "Chess champion keeps her title", "The chess champion kept her title "
            + "after a tie-break in the final game of the match, the federation said.", t.plusSeconds(180))
        + "</channel></rss>";
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalServer server = new LocalServer();
         HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
             .withRetries(0, Duration.ZERO, Duration.ZERO).withPoliteness(4, Duration.ZERO));
         SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
         LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      server.route("/feed.xml", LocalServer.text(200, "application/rss+xml", rss));
      var source = store.addSource(server.url("/feed.xml").toString(), "feed", null, "Herald");
      new Pipeline(store, index, fetcher, StandardStages.create(), Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE)
          .ingest(List.of(source));

      List<StoredArticle> articles = store.articlesAfter(0, 10);
      assertThat(articles).as("both entries of each shared link are kept").hasSize(4);
      assertThat(articles).allSatisfy(a -> {
        assertThat(a.url()).doesNotContain("javascript").doesNotStartWith("ftp:");
        assertThat(a.readableUrl()).isNull();
      });
      String digestJson = new JsonDigestRenderer().render(
          new DigestBuilder(store).digest(t.minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofHours(1)), 10));
      assertNoOtherLink(digestJson);

      try (WebServer web = new WebServer(store, index, new WebOptions("https://news.example.org", WebFixture.PASSWORD, null, null),
          new PrintStream(log, true, StandardCharsets.UTF_8))) {
        Http http = new Http(java.net.URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
        List<String> bodies = new ArrayList<>();
        JsonNode stories = ApiTest.json(http.get("/api/v1/stories"));
        assertThat(stories.get("items")).isNotEmpty();
        bodies.add(stories.toString());
        for (JsonNode s : stories.get("items")) bodies.add(http.get("/api/v1/stories/" + s.get("id").asText()).body());
        bodies.add(http.get("/api/v1/articles").body());
        for (StoredArticle a : articles) {
          JsonNode one = ApiTest.json(http.get("/api/v1/articles/" + a.publicId()));
          assertThat(one.get("url").isNull()).as(a.title()).isTrue();
          bodies.add(one.toString());
        }
        bodies.add(http.get("/api/v1/digest").body());
        bodies.add(http.get("/feeds/digest.atom").body());
        bodies.add(http.get("/feeds/digest.json").body());
        for (String body : bodies) assertNoOtherLink(body);
      }
    }
  }

  private static void assertNoOtherLink(String output) {
    assertThat(output).doesNotContainIgnoringCase("javascript:").doesNotContain("ftp://");
  }

  private static String item(String link, String title, String text, Instant published) {
    return "<item><title>" + title + "</title><link>" + link + "</link><description>" + text + "</description>"
        + "<pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atZone(java.time.ZoneOffset.UTC))
        + "</pubDate></item>";
  }
}
