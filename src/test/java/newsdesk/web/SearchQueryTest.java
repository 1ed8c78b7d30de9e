package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Queries the index cannot read, empty queries and snippets, on the API, the search page and saved searches. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryTest {
  static final String AND_REASON = "cannot understand the query \"AND\": AND needs a word on each side";
  @TempDir static Path dir;
  WebFixture f;
  Http http;
  String[] auth;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    http = new Http(f.base);
    String token = "nd_test-token-" + System.nanoTime();
    f.store.addApiToken("tests", PasswordHasher.sha256(token), Instant.now());
    auth = new String[] {"Authorization", "Bearer " + token};
    String url = "https://example.org/glacier";
    f.index.add(java.util.List.of(f.store.insertArticle(new newsdesk.store.StoredArticle(0, "a-g1", null, "a-g1", url, url, "Outlet",
        "Glacier", java.util.List.of(), WebFixture.T, WebFixture.T, "en", null, null,
        "The glacier melted in the heat.\n\nIt was the warmest summer on record.\n\n", "page", "hash-g1", null, null))));
    String quoted = "https://example.org/quoted";
    f.index.add(java.util.List.of(f.store.insertArticle(new newsdesk.store.StoredArticle(0, "a-q1", null, "a-q1", quoted, quoted,
        "Outlet", "Déclaration", java.util.List.of(), WebFixture.T, WebFixture.T, "fr", null, null, QUOTED_TEXT, "page", "hash-q1",
        null, null))));
  }

  static final String QUOTED_TEXT = "Le ministre Barnier a déclaré « nous ne céderons pas » devant les « députés ».";

  @AfterAll
  void stop() {
    f.close();
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static String reason(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    return ApiTest.json(r).get("error").get("reason").asText();
  }

  @Test
  void theApiAnswersABrokenQueryWithAShortReason() {
    assertThat(reason(http.get("/api/v1/search?q=AND"))).isEqualTo(AND_REASON);
    assertThat(reason(http.get("/api/v1/search?q=" + q("OR OR")))).isEqualTo("cannot understand the query \"OR OR\": OR needs a word on each side");
  }

  @Test
  void theApiRefusesAnEmptyQuery() {
    assertThat(reason(http.get("/api/v1/search?q="))).contains("give q or a filter");
    assertThat(reason(http.get("/api/v1/search?q=" + q("   ")))).contains("give q or a filter");
  }

  @Test
  void punctuationInAQueryIsNotSyntaxOnTheApiTheOutletFilterOrASavedSearchsFeed() throws Exception {
    java.util.List<String> etna = ApiTest.ids(ApiTest.json(http.get("/api/v1/search?q=etna&limit=100")), "article_id");
    assertThat(etna).isNotEmpty();
    for (String query : new String[] {"Etna?", "Etna: Catania", "[Etna]", "Etna \u00A9"}) {
      java.util.List<String> found = ApiTest.ids(ApiTest.json(http.get("/api/v1/search?q=" + q(query) + "&limit=100")), "article_id");
      assertThat(found).as(query).isNotEmpty().isSubsetOf(etna);
    }
    assertThat(ApiTest.ids(ApiTest.json(http.get("/api/v1/search?q=etna&outlet=daily%20planet")), "article_id")).containsExactly("a-v2");
    HttpResponse<String> saved = http.postJson("/api/v1/saved-searches", "{\"q\": \"Etna?\"}", auth);
    assertThat(saved.statusCode()).isEqualTo(201);
    JsonNode feed = newsdesk.publish.JsonDigestRenderer.mapper().readTree(http.get(ApiTest.json(saved).get("json_feed").asText()).body());
    assertThat(feed.get("items")).isNotEmpty();
  }

  @Test
  void anExclusionAloneFindsEveryOtherArticle() {
    JsonNode r = ApiTest.json(http.get("/api/v1/search?q=" + q("-etna") + "&limit=100"));
    assertThat(ApiTest.ids(r, "article_id")).contains("a-a1", "a-b1", "a-b2").doesNotContain("a-v1", "a-v2", "a-v3");
  }

  @Test
  void theSearchPageShowsTheFormWithTheReason() {
    HttpResponse<String> r = http.get("/search?q=AND");
    assertThat(r.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("#f-q").attr("value")).isEqualTo("AND");
    assertThat(page.select(".error").text()).isEqualTo(AND_REASON);
    assertThat(r.body()).doesNotContain("Encountered").doesNotContain("Was expecting");
  }

  /** A date range typed backwards or a query too long is the reader's to correct too: the form, kept as far as it is valid. */
  @Test
  void theSearchPageShowsTheFormWithTheReasonForFiltersItRefuses() {
    HttpResponse<String> backwards = http.get("/search?q=etna&outlet=Wikinews&from=2020-03-05&to=2020-03-01&entity=Italy");
    assertThat(backwards.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(backwards.body());
    assertThat(page.select("h1").text()).isEqualTo("Search");
    assertThat(page.select(".error").text()).isEqualTo("from 2020-03-05 is after to 2020-03-01");
    assertThat(page.select("#f-q").attr("value")).isEqualTo("etna");
    assertThat(page.select("#f-from").attr("value")).isEqualTo("2020-03-05");
    assertThat(page.select("#f-entity").attr("value")).isEqualTo("Italy");
    assertThat(page.select("#f-outlet option[selected]").text()).isEqualTo("Wikinews");
    assertThat(page.select(".result")).isEmpty();

    HttpResponse<String> badDay = http.get("/search?q=etna&to=nonsense");
    assertThat(badDay.statusCode()).isEqualTo(400);
    page = Jsoup.parse(badDay.body());
    assertThat(page.select(".error").text()).isEqualTo("to must be a day like 2020-03-01, got 'nonsense'");
    assertThat(page.select("#f-q").attr("value")).isEqualTo("etna");

    String tooLong = "etna ".repeat(120);
    HttpResponse<String> longQuery = http.get("/search?q=" + q(tooLong));
    assertThat(longQuery.statusCode()).isEqualTo(400);
    page = Jsoup.parse(longQuery.body());
    assertThat(page.select(".error").text()).contains("longer than " + SearchForm.MAX_QUERY + " characters");
    assertThat(page.select("#f-q").attr("value")).hasSizeLessThanOrEqualTo(SearchForm.MAX_QUERY).startsWith("etna etna");
  }

  @Test
  void theSearchPageWithAnEmptyQueryShowsTheEmptyForm() {
    for (String path : new String[] {"/search?q=", "/search?q=%20%20", "/search"}) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      Document page = Jsoup.parse(r.body());
      assertThat(page.select("#f-q")).hasSize(1);
      assertThat(page.select(".error")).as(path).isEmpty();
      assertThat(page.text()).contains("Type words, or choose a filter");
    }
  }

  @Test
  void aSavedSearchWithABrokenQueryIsRefusedByTheApiAndTheForm() {
    int before = f.store.savedSearches(0, 1000).size();
    assertThat(reason(http.postJson("/api/v1/saved-searches", "{\"q\": \"AND\"}", auth))).isEqualTo(AND_REASON);
    Http browser = new Http(f.base);
    String csrf = browser.logIn(WebFixture.PASSWORD);
    HttpResponse<String> form = browser.postForm("/saved-searches", Map.of("csrf", csrf, "q", "AND", "name", "broken"));
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(form.body()).text()).contains(AND_REASON);
    assertThat(f.store.savedSearches(0, 1000)).hasSize(before);
    assertThat(http.postJson("/api/v1/saved-searches", "{\"q\": \"etna -airport\"}", auth).statusCode()).isEqualTo(201);
  }

  @Test
  void apiSnippetsArePlainTextOnOneTrimmedLine() {
    JsonNode items = ApiTest.json(http.get("/api/v1/search?q=" + q("etna OR glacier OR summer"))).get("items");
    assertThat(items).isNotEmpty();
    for (JsonNode item : items) {
      String snippet = item.get("snippet").asText();
      assertThat(snippet).isEqualTo(snippet.strip()).doesNotContain("\n").doesNotContain("\u00ab").doesNotContain("\u00bb");
    }
  }

  @Test
  void guillemetsInTheTextStayTextAndOnlyTheMatchedWordIsMarked() {
    JsonNode item = ApiTest.json(http.get("/api/v1/search?q=barnier")).get("items").get(0);
    assertThat(item.get("article_id").asText()).isEqualTo("a-q1");
    assertThat(item.get("snippet").asText()).isEqualTo(QUOTED_TEXT);
    assertThat(item.get("matches")).extracting(JsonNode::asText).containsExactly("Barnier");

    Document page = Jsoup.parse(http.get("/search?q=barnier").body());
    assertThat(page.select("mark")).extracting(org.jsoup.nodes.Element::text).containsExactly("Barnier");
    assertThat(page.text()).contains("« nous ne céderons pas »");
  }
}
