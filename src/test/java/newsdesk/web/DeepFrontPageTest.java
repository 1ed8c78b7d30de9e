package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest window with more stories than the front page's pages hold (pages 0 to
 * {@value PageLinks#MAX_PAGE}): the last page served links to no deeper one, and a page past the
 * end leads back to a page that is served.
 */
class DeepFrontPageTest {
  @TempDir Path dir;

  @Test
  void theLastServedPageLinksNoFurther() {
    int served = (PageLinks.MAX_PAGE + 1) * Pages.FRONT_LIMIT;
    Instant newest = Instant.parse("2026-11-29T12:00:00Z");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      store.inTransaction(() -> {
        for (int i = 0; i < served + 20; i++) FrontPageTest.story(store, String.format("s-%05d", i), 1, newest.minus(Duration.ofSeconds(i)));
        return null;
      });
      try (WebServer web = new WebServer(store, index, new WebOptions(null, "password 1234", null, null), System.err)) {
        Http http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
        Document last = Jsoup.parse(http.get("/?page=" + PageLinks.MAX_PAGE).body());
        assertThat(last.select("article.card")).hasSize(Pages.FRONT_LIMIT);
        assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
        assertThat(last.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/?page=" + (PageLinks.MAX_PAGE - 1));
        Document before = Jsoup.parse(http.get("/?page=" + (PageLinks.MAX_PAGE - 1)).body());
        assertThat(before.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/?page=" + PageLinks.MAX_PAGE);
        assertThat(http.get("/?page=" + (PageLinks.MAX_PAGE + 1)).statusCode()).isEqualTo(400);
      }
    }
  }
}
