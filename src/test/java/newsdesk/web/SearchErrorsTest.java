package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import newsdesk.search.ArticleIndex;
import newsdesk.search.InvalidQueryException;
import newsdesk.search.SearchFilter;
import newsdesk.search.SearchHit;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search the query parser refuses is the reader's mistake (400, with the reason); any other
 * failure while searching is a fault of the server (500, logged), even an IllegalArgumentException,
 * so that a bug does not pass for bad input.
 */
class SearchErrorsTest {
  /** An index whose searches fail with {@code failure}. */
  private record FailingIndex(RuntimeException failure) implements ArticleIndex {
    @Override public void add(List<StoredArticle> articles) {}
    @Override public long indexedThrough() { return 0; }
    @Override public int size() { return 0; }
    @Override public void clear() {}
    @Override public int replaceAll(LongFunction<List<StoredArticle>> batchAfter) { return 0; }
    @Override public List<SearchHit> search(String query, int limit) { throw failure; }
    @Override public List<SearchHit> search(String query, SearchFilter filter, int offset, int limit) { throw failure; }
    @Override public newsdesk.search.SearchPage searchAfter(String query, SearchFilter filter, newsdesk.search.SearchCursor after, int limit) {
      throw failure;
    }
    @Override public void checkQuery(String query) {}
    @Override public void close() {}
  }

  @TempDir Path dir;
  private SqliteNewsStore store;
  private WebServer web;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @AfterEach
  void stop() {
    if (web != null) web.close();
    if (store != null) store.close();
  }

  private HttpResponse<String> search(RuntimeException failure, String path) throws Exception {
    store = SqliteNewsStore.open(dir.resolve("db"));
    web = new WebServer(store, new FailingIndex(failure), WebOptions.defaults(), new PrintStream(log, true, StandardCharsets.UTF_8));
    URI base = URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0) + "/");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aQueryTheParserRefusesIsA400WithItsReason() throws Exception {
    HttpResponse<String> r = search(new InvalidQueryException("a AND", "cannot understand the query \"a AND\""), "/search?q=a");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("cannot understand the query");
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("failed");
  }

  @Test
  void anyOtherIllegalArgumentIsA500AndLogged() throws Exception {
    HttpResponse<String> page = search(new IllegalArgumentException("offset must not be negative, got -1"), "/search?q=ash");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).doesNotContain("offset must not be negative");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("/search failed").contains("offset must not be negative");
  }

  @Test
  void theApiAnswersTheSameWay() throws Exception {
    HttpResponse<String> api = search(new IllegalArgumentException("a bug"), "/api/v1/search?q=ash");
    assertThat(api.statusCode()).isEqualTo(500);
  }
}
