package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.search.SearchCursor;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API pages stay consistent when data changes between two requests (docs/API.md, "Paging"): a
 * story or article that keeps its place in the order is served exactly once, whatever arrives
 * meanwhile, and every page but the last is full.
 */
class ApiPagingConsistencyTest {
  static final Instant T = Instant.parse("2020-03-02T00:00:00Z");
  @TempDir Path dir;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  Http http;
  final ObjectMapper om = new ObjectMapper();

  @BeforeEach
  void start() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    for (int i = 0; i < 6; i++) story(i, T.minusSeconds(600L * i));
    indexNew();
    web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
  }

  @AfterEach
  void stop() {
    web.close();
    index.close();
    store.close();
  }

  /** A briefed story s-NNN of one article a-N ("Quake report number N ..."), last updated {@code at}. */
  void story(int i, Instant at) {
    String id = String.format("s-%03d", i);
    store.insertStory(new StoryRecord(id, at, at, at, at, 1, null));
    String text = "Quake report number " + i + " from the coast.";
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + i, null, null, "https://example.org/" + i,
        "https://example.org/" + i, "Example", "Quake report " + i, List.of(), at, at, "en", null, null, text, "page", "h" + i, null, id));
    store.saveBrief(new StoredBrief(id, 1, new Brief("Quake report " + i,
        List.of(List.of(new SummarySentence(text, "a-" + i, 0, text.length())))), a.id()));
  }

  /** As serve's periodic catch-up. */
  void indexNew() {
    index.add(store.articlesAfter(index.indexedThrough(), 1000));
  }

  JsonNode get(String path) {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    try {
      return om.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  static String next(JsonNode page) {
    return page.get("next").isNull() ? null : page.get("next").asText();
  }

  @Test
  void digestPagesDoNotRepeatAStoryWhenANewOneArrivesBetweenPages() {
    JsonNode first = get("/api/v1/digest?limit=3");
    assertThat(ids(first, "id")).containsExactly("s-000", "s-001", "s-002");
    story(99, T.plusSeconds(60)); // a new story ranks above all
    JsonNode second = get("/api/v1/digest?limit=3&cursor=" + next(first));
    assertThat(ids(second, "id")).containsExactly("s-003", "s-004", "s-005");
    assertThat(next(second)).isNull();
    assertThat(ids(get("/api/v1/digest?limit=3"), "id")).as("a new walk shows it").startsWith("s-099");
  }

  @Test
  void aDigestWalkWithAStoryArrivingBeforeEveryPageServesEachOldStoryOnce() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int arrived = 0;
    do {
      JsonNode page = get("/api/v1/digest?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(ids(page, "id"));
      cursor = next(page);
      story(50 + arrived, T.plusSeconds(60L * ++arrived));
    } while (cursor != null);
    assertThat(seen).containsExactly("s-000", "s-001", "s-002", "s-003", "s-004", "s-005");
  }

  @Test
  void storiesPagesAreFullWhenTheNewestStoriesHaveNoBriefYet() {
    // three stories admitted but not briefed yet (briefs come after the whole batch is admitted)
    for (int i = 10; i < 13; i++) store.insertStory(new StoryRecord("s-0" + i, T, T.plusSeconds(i), T.plusSeconds(i), T, 1, null));
    JsonNode first = get("/api/v1/stories?limit=3");
    assertThat(ids(first, "id")).containsExactly("s-000", "s-001", "s-002");
    JsonNode second = get("/api/v1/stories?limit=3&cursor=" + next(first));
    assertThat(ids(second, "id")).containsExactly("s-003", "s-004", "s-005");
    assertThat(next(second)).isNull();
  }

  @Test
  void storiesPagesServeEveryStoryThatKeptItsPlaceOnceAndAnUpdatedOneMovesToTheFront() {
    JsonNode first = get("/api/v1/stories?limit=2");
    story(99, T.plusSeconds(60));
    JsonNode second = get("/api/v1/stories?limit=2&cursor=" + next(first));
    store.storyGained("s-004", T.plusSeconds(300), T.plusSeconds(300)); // s-004, not served yet, is updated
    JsonNode third = get("/api/v1/stories?limit=2&cursor=" + next(second));
    List<String> walked = new ArrayList<>(ids(first, "id"));
    walked.addAll(ids(second, "id"));
    walked.addAll(ids(third, "id"));
    assertThat(walked).containsExactly("s-000", "s-001", "s-002", "s-003", "s-005");
    assertThat(next(third)).isNull();
    assertThat(ids(get("/api/v1/stories?limit=2"), "id")).as("as documented: an updated story is at the front").containsExactly("s-004", "s-099");
  }

  @Test
  void newestFirstSearchPagesDoNotRepeatAHitWhenANewArticleArrives() {
    JsonNode first = get("/api/v1/search?q=quake&sort=newest&limit=3");
    assertThat(ids(first, "article_id")).containsExactly("a-0", "a-1", "a-2");
    story(99, T.plusSeconds(60));
    indexNew();
    JsonNode second = get("/api/v1/search?q=quake&sort=newest&limit=3&cursor=" + next(first));
    assertThat(ids(second, "article_id")).containsExactly("a-3", "a-4", "a-5");
    assertThat(next(second)).isNull();
  }

  @Test
  void searchPagesOrderArticlesOfOneTimeByIdAndWalkEachOnce() {
    for (int i = 20; i < 25; i++) story(i, T.minusSeconds(60)); // five articles of one time, between a-0 and a-1
    indexNew();
    for (String sort : List.of("newest", "relevance")) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      do {
        JsonNode page = get("/api/v1/search?q=quake&sort=" + sort + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
        assertThat(page.get("items").size()).isBetween(1, 2);
        seen.addAll(ids(page, "article_id"));
        cursor = next(page);
      } while (cursor != null);
      assertThat(seen).as(sort).hasSize(11).doesNotHaveDuplicates();
      if (sort.equals("newest")) {
        assertThat(seen).containsExactly("a-0", "a-20", "a-21", "a-22", "a-23", "a-24", "a-1", "a-2", "a-3", "a-4", "a-5");
      }
    }
  }

  @Test
  void theSearchCursorIsTheTokenOfTheSearchCursorItNames() {
    JsonNode first = get("/api/v1/search?q=quake&sort=newest&limit=3");
    SearchCursor cursor = SearchCursor.parseToken(next(first));
    assertThat(cursor).isEqualTo(SearchCursor.afterTime(T.minusSeconds(1200).toEpochMilli(), 3, "a-2"));
    assertThat(cursor.token()).isEqualTo(next(first));
  }

  @Test
  void anOffsetCursorOfAnOlderServerOrOneOfAnotherSortIs400NamingTheCursor() {
    String offset = Base64.getUrlEncoder().withoutPadding().encodeToString("3".getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/api/v1/search?q=quake&cursor=" + offset, "/api/v1/digest?cursor=" + offset)) {
      HttpResponse<String> r = http.get(path);
      ApiTest.assertError(r, 400);
      assertThat(r.body()).contains("cursor");
    }
    String relevance = next(get("/api/v1/search?q=quake&limit=2"));
    HttpResponse<String> r = http.get("/api/v1/search?q=quake&sort=newest&limit=2&cursor=" + relevance);
    ApiTest.assertError(r, 400);
    assertThat(r.body()).contains("cursor").contains("sort");
  }
}
