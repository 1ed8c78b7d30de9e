package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest window with more stories than the front page's pages (0 to {@value PageLinks#MAX_PAGE})
 * hold: the pages stop at the last served page and link no deeper; the API's digest, paged by
 * cursor, serves every ranked story once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeepFrontPageTest {
  static final int SERVED = (PageLinks.MAX_PAGE + 1) * Pages.FRONT_LIMIT;
  @TempDir static Path dir;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  Http http;

  @BeforeAll
  void start() {
    Instant newest = Instant.parse("2026-11-29T12:00:00Z");
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    store.inTransaction(() -> {
      for (int i = 0; i < SERVED + 20; i++) FrontPageTest.story(store, String.format("s-%05d", i), 1, newest.minus(Duration.ofSeconds(i)));
      return null;
    });
    web = new WebServer(store, index, new WebOptions(null, "password 1234", null, null), System.err);
    http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
  }

  @AfterAll
  void stop() {
    web.close();
    index.close();
    store.close();
  }

  @Test
  void theLastServedPageLinksNoFurther() {
    Document last = Jsoup.parse(http.get("/?page=" + PageLinks.MAX_PAGE).body());
    assertThat(last.select("article.card")).hasSize(Pages.FRONT_LIMIT);
    assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
    assertThat(last.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/?page=" + (PageLinks.MAX_PAGE - 1));
    Document before = Jsoup.parse(http.get("/?page=" + (PageLinks.MAX_PAGE - 1)).body());
    assertThat(before.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/?page=" + PageLinks.MAX_PAGE);
    Document past = Jsoup.parse(http.get("/?page=" + (PageLinks.MAX_PAGE + 1)).body());
    assertThat(past.select("article.card")).isEmpty();
    assertThat(past.select("main .notice a").attr("href")).isEqualTo("/?page=" + PageLinks.MAX_PAGE);
  }

  @Test
  void theApiDigestPagesThroughTheWholeRankingOnceAndEndsWithoutACursor() throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> r = http.get("/api/v1/digest?limit=" + Paging.MAX_LIMIT + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode page = new ObjectMapper().readTree(r.body());
      for (JsonNode story : page.get("items")) seen.add(story.get("id").asText());
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
    } while (cursor != null);
    assertThat(seen).hasSize(SERVED + 20);
    assertThat(new HashSet<>(seen)).hasSize(SERVED + 20);
  }
}
