package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page's dates (first seen, valid {@code datetime}) and a page far past its end. */
class FrontPageDatesTest {
  @TempDir Path dir;
  private SqliteNewsStore store;
  private LuceneArticleIndex index;
  private WebServer web;
  private Http http;

  @AfterEach
  void stop() {
    if (web != null) web.close();
    if (index != null) index.close();
    if (store != null) store.close();
  }

  private void open() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
  }

  private Document front(String path) {
    if (web == null) {
      web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
    }
    return Jsoup.parse(http.get(path).body());
  }

  /** A story of one article; {@code published} null makes the article undated (first seen at {@code seen}). */
  private StoredArticle story(String id, Instant published, Instant seen, boolean briefed) {
    Instant t = published != null ? published : seen;
    store.insertStory(new StoryRecord(id, t, t, t, t, 1, null));
    String url = "https://example.org/" + id;
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, "a-" + id, url, url, "Wikinews", "Volcano " + id,
        List.of(), published, seen, "en", null, null, "The volcano erupted.", "page", "hash-" + id, null, id));
    if (briefed) {
      store.saveBrief(new StoredBrief(id, 1, new Brief("Volcano " + id, List.of(List.of(new SummarySentence("The volcano erupted.", "a-" + id, 0, 20)))), a.id()));
    }
    return a;
  }

  @Test
  void anUndatedStoryIsLabelledFirstSeenAndTimesCarryWholeSeconds() {
    open();
    Instant dated = Instant.parse("2020-03-02T10:00:00.123456789Z");
    story("s-dated", dated, dated, true);
    story("s-undated", null, Instant.parse("2020-03-02T11:00:00.987654321Z"), true);
    Document page = front("/");
    assertThat(page.select("#story-s-undated time").text()).isEqualTo("first seen 2020-03-02");
    assertThat(page.select("#story-s-dated time").text()).isEqualTo("2020-03-02");
    assertThat(page.select("time").eachAttr("datetime")).containsExactlyInAnyOrder("2020-03-02T10:00:00Z", "2020-03-02T11:00:00Z");
  }

  @Test
  void aPageFarPastTheEndIsEmptyWithALinkBackAndOnlyBadNumbersAreRefused() {
    open();
    Instant t = Instant.parse("2020-03-02T10:00:00Z");
    story("s-1", t, t, true);
    for (String p : List.of("99999", "99999999999999999999")) {
      Document page = front("/?page=" + p);
      assertThat(http.get("/?page=" + p).statusCode()).as(p).isEqualTo(200);
      assertThat(page.select("article.card")).isEmpty();
      assertThat(page.select("main .notice a").attr("href")).isEqualTo("/");
    }
    for (String p : List.of("-1", "two", "1.5", "")) {
      assertThat(http.get("/?page=" + p).statusCode()).as(p).isEqualTo(400);
    }
  }
}
