package newsdesk.web;

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

/**
 * A data folder with stories written straight into the store, and the web server over it, started
 * on the first page asked for: for tests of what the front page shows in a given state.
 */
final class FrontPageFixture implements AutoCloseable {
  final SqliteNewsStore store;
  private final LuceneArticleIndex index;
  private WebServer web;
  private Http http;

  FrontPageFixture(Path dir) {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
  }

  /** The server's client (the server starts if it has not). */
  Http http() {
    if (web == null) {
      web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
    }
    return http;
  }

  /** The page at {@code path}, parsed. */
  Document page(String path) {
    return Jsoup.parse(http().get(path).body());
  }

  /** A story of one article; {@code published} null makes the article undated (first seen at {@code seen}). */
  StoredArticle story(String id, Instant published, Instant seen, boolean briefed) {
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

  @Override
  public void close() {
    if (web != null) web.close();
    index.close();
    store.close();
  }
}
