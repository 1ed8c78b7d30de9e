package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every story of a long list can be reached from its first page: the digest (50 a page), an
 * entity's stories (30 a page) and search results (20 a page) link to the next and previous
 * pages, and a page past the end says so and links back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTest {
  static final int STORIES = 120;
  static final int NAMING = 65;
  @TempDir static Path dir;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  Http http;

  @BeforeAll
  void start() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    for (int i = 0; i < STORIES; i++) {
      String id = String.format("s-%03d", i);
      Instant at = t.minusSeconds(600L * i);
      store.insertStory(new StoryRecord(id, at, at, at, at, 1, null));
      String text = "Quake report number " + i + " from the coast.";
      StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + i, null, null, "https://example.org/" + i,
          "https://example.org/" + i, "Example", "Quake report " + i, List.of(), at, at, "en", null, null, text, "page", "h" + i, null, id));
      if (i < NAMING) store.saveEntities(a.id(), List.of(new StoredEntity("Richter", "PERSON", 1, 1)));
      store.saveBrief(new StoredBrief(id, 1, new Brief("Quake report " + i,
          List.of(List.of(new SummarySentence(text, "a-" + i, 0, text.length())))), a.id()));
    }
    index.add(store.articlesAfter(0, 1000));
    web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
  }

  @AfterAll
  void stop() {
    web.close();
    index.close();
    store.close();
  }

  private Document page(String path) {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  private static String link(Document page, String rel) {
    return page.select("nav.pager a[rel=" + rel + "]").attr("href");
  }

  /** Follows the "next" links from {@code first}, checking that each page's "previous" link leads back; returns every item seen. */
  private List<String> walk(String first, String itemSelector, int perPage) {
    List<String> seen = new ArrayList<>();
    String path = first;
    String previous = "";
    while (!path.isEmpty()) {
      Document p = page(path);
      List<String> items = p.select(itemSelector).eachText();
      assertThat(items).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(perPage);
      assertThat(link(p, "prev")).as(path + " links back").isEqualTo(previous);
      seen.addAll(items);
      previous = path;
      path = link(p, "next");
      if (!path.isEmpty()) assertThat(items).as(path).hasSize(perPage);
    }
    return seen;
  }

  @Test
  void theDigestPagesThroughEveryRankedStoryOnceAndSaysWhenAPageIsPastTheEnd() {
    List<String> seen = walk("/", "article.card h2 a", Pages.FRONT_LIMIT);
    assertThat(seen).hasSize(STORIES);
    assertThat(new HashSet<>(seen)).hasSize(STORIES);
    assertThat(link(page("/?page=1"), "prev")).isEqualTo("/");
    assertThat(link(page("/?page=1"), "next")).isEqualTo("/?page=2");

    Document past = page("/?page=3");
    assertThat(past.select("article.card")).isEmpty();
    assertThat(past.select(".notice").text())
        .isEqualTo("This page is past the end of the digest: it has 120 stories on 3 pages. Back to the last page");
    assertThat(past.select(".notice a").attr("href")).isEqualTo("/?page=2");
  }

  @Test
  void theNewStoriesNoteCountsEveryNewStoryWithOneSpace() {
    // A reader of its own: the shared client's visit cookie would stand beside this one.
    HttpResponse<String> r = new Http(http.get("/").uri().resolve("/")).get("/", "Cookie", Pages.VISIT_COOKIE + "=1000.1000");
    assertThat(Jsoup.parse(r.body()).select(".new-note").text()).isEqualTo("120 stories are new since your last visit.");
    assertThat(r.body()).contains(">120 stories are new since your last visit.<");
    assertThat(r.body()).contains(" 1 outlet: Example").doesNotContain("1  outlet");
  }

  @Test
  void anEntityPagesThroughEveryStoryNamingIt() {
    List<String> seen = walk("/entities/Richter", "article.card h2 a", Pages.ENTITY_PAGE);
    assertThat(seen).hasSize(NAMING);
    assertThat(new HashSet<>(seen)).hasSize(NAMING);
    Document past = page("/entities/Richter?page=5");
    assertThat(past.select(".notice").text()).isEqualTo("This page is past the end: 65 stories name Richter. Back to the last page");
    assertThat(past.select(".notice a").attr("href")).isEqualTo("/entities/Richter?page=2");
  }

  @Test
  void anEntityNoArticleNamesIsA404WithTheUsualPage() {
    HttpResponse<String> r = http.get("/entities/NoSuchEntityXYZ");
    assertThat(r.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).isEqualTo("Not found (404)");
    assertThat(page.select(".error-message").text()).isEqualTo("No stored article names NoSuchEntityXYZ.");
    assertThat(http.get("/entities/richter").statusCode()).as("names match without regard to case").isEqualTo(200);
  }

  @Test
  void searchLinksBothWaysAndAPagePastTheEndSaysHowManyMatch() {
    List<String> seen = walk("/search?q=quake", "ol.results li h2", Pages.SEARCH_PAGE);
    assertThat(seen).hasSize(STORIES);
    assertThat(new HashSet<>(seen)).hasSize(STORIES);
    assertThat(link(page("/search?q=quake&page=1"), "prev")).isEqualTo("/search?q=quake");
    assertThat(page("/search?q=quake&page=1").select("ol.results").attr("start")).as("numbered on from page 0").isEqualTo("21");

    Document past = page("/search?q=quake&page=6");
    assertThat(past.select(".notice").text())
        .isEqualTo("This page is past the end of the results: 120 articles match quake. Back to the last page");
    assertThat(past.select(".notice a").attr("href")).isEqualTo("/search?q=quake&page=5");
    assertThat(past.select("main").text()).doesNotContain("No article matches");
    assertThat(page("/search?q=tsunami&page=2").select("main").text()).contains("No article matches tsunami.");
    Set<Integer> refused = new HashSet<>();
    for (String p : List.of("-1", "two")) refused.add(http.get("/?page=" + p).statusCode());
    assertThat(refused).containsExactly(400);
    // Past the deepest page served is past the end, not a mistake: the page links back.
    Document deep = page("/search?q=quake&page=51");
    assertThat(deep.select("ol.results li")).isEmpty();
    assertThat(deep.select(".notice a").attr("href")).isEqualTo("/search?q=quake&page=5");
  }
}
