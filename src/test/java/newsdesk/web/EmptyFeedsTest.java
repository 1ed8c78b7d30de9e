package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SavedSearch;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed without entries (nothing fetched yet, a search that matches nothing) still answers conditional GETs. */
class EmptyFeedsTest {
  @TempDir Path dir;

  @Test
  void anEmptyFeedKeepsItsValidatorsAndAnswers304() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"));
        WebServer web = new WebServer(store, index, new WebOptions(null, "password 1234", ManualClock.ticking(Instant.parse("2026-11-29T12:00:00Z"), Duration.ofSeconds(7)), null),
            System.err)) {
      long saved = store.addSavedSearch(new SavedSearch(0, "nothing", "volcano", null, null, null, null,
          Instant.parse("2026-11-01T00:00:00Z"))).id();
      Http http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
      for (String path : List.of("/feeds/digest.atom", "/feeds/digest.json", "/feeds/searches/" + saved + ".atom",
          "/feeds/searches/" + saved + ".json")) {
        HttpResponse<String> first = http.get(path);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = http.get(path);
        assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
        assertThat(http.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        assertThat(http.get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
      }
    }
  }
}
