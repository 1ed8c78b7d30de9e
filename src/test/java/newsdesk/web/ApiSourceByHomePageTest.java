package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.sources.FeedDiscovery;
import newsdesk.sources.SitemapReader;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site added again by its home page is the source already followed: 200, not a second 201. */
class ApiSourceByHomePageTest {
  @TempDir Path dir;

  @Test
  void addingAFollowedSiteByItsHomePageAnswers200() throws Exception {
    String token = "nd_home-page-test-token";
    try (LocalServer site = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true).withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("n.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      site.route("/", LocalServer.text(200, "text/html; charset=utf-8", "<html><head>"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example News\" href=\"/news.rss\">"
          + "</head><body><h1>Example</h1></body></html>"));
      site.route("/news.rss", LocalServer.text(200, "application/rss+xml", SourceAdderTest.RSS));
      store.addApiToken("script", PasswordHasher.sha256(token), Instant.now());
      FeedDiscovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC());
      try (WebServer web = new WebServer(store, index, new WebOptions(null, WebFixture.PASSWORD, null, discovery),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
        Http http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
        String body = "{\"url\": \"" + site.url("/") + "\"}";
        HttpResponse<String> first = http.postJson("/api/v1/sources", body, "Authorization", "Bearer " + token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = http.postJson("/api/v1/sources", body, "Authorization", "Bearer " + token);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        var json = new ObjectMapper();
        assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(json.readTree(first.body()).get("id").asLong());
        assertThat(json.readTree(again.body()).get("url").asText()).isEqualTo(site.url("/news.rss").toString());
        assertThat(store.sources()).hasSize(1);
      }
    }
  }
}
