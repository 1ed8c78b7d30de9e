package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pages promise about a new source depends on whether the process fetches: {@code run}
 * does, {@code serve} and {@code demo} only serve and must say how the source gets read.
 */
class ServingModeTest {
  @TempDir Path dir;

  /** The notice after adding a source through the form, and the empty front page, of a server that does or does not poll. */
  private record Seen(String notice, String emptyFront) {}

  private Seen addASource(boolean polls) throws java.io.IOException {
    Path d = java.nio.file.Files.createDirectories(dir.resolve(polls ? "run" : "serve"));
    try (SqliteNewsStore store = SqliteNewsStore.open(d.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(d.resolve("index"));
        WebServer web = new WebServer(store, index, new WebOptions(null, WebFixture.PASSWORD, null, null).withPolling(polls),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      Http http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
      String emptyFront = Jsoup.parse(http.get("/").body()).select("main p").text();
      String csrf = http.logIn(WebFixture.PASSWORD);
      HttpResponse<String> added = http.postForm("/sources", Map.of("csrf", csrf, "url", "https://news.example.org/feed.xml"));
      assertThat(added.statusCode()).isEqualTo(303);
      String location = added.headers().firstValue("Location").orElseThrow();
      assertThat(store.sources()).hasSize(1);
      String notice = Jsoup.parse(http.get(location).body()).select(".notice").text();
      return new Seen(notice, emptyFront);
    }
  }

  @Test
  void aServerThatOnlyServesSaysHowANewSourceGetsRead() throws Exception {
    Seen seen = addASource(false);
    assertThat(seen.notice()).isEqualTo("Source added. This server does not fetch: run newsdesk fetch to read it now, "
        + "or serve with newsdesk run, which also fetches on a schedule.");
    assertThat(seen.emptyFront()).isEqualTo("No stories yet. Add a source on the sources page, then run newsdesk fetch to read it "
        + "(this server does not fetch), or serve with newsdesk run, which also fetches on a schedule.");
  }

  @Test
  void aServerThatPollsPromisesTheNextRound() throws Exception {
    Seen seen = addASource(true);
    assertThat(seen.notice()).isEqualTo("Source added; newsdesk reads it on its next round.");
    assertThat(seen.emptyFront()).isEqualTo("No stories yet. Add a source on the sources page; newsdesk reads it on its next round.");
  }

  @Test
  void serverOptionsDefaultToAProcessThatDoesNotFetch() {
    assertThat(WebOptions.defaults().polls()).isFalse();
    assertThat(new WebOptions(null, null, null, null).polls()).isFalse();
    assertThat(WebOptions.defaults().withPolling(true).polls()).isTrue();
  }
}
