package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  WebFixture f;
  Http http;
  String token;
  String[] auth;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    http = new Http(f.base);
    token = "nd_test-token-" + System.nanoTime();
    f.store.addApiToken("tests", PasswordHasher.sha256(token), Instant.now());
    auth = new String[] {"Authorization", "Bearer " + token};
  }

  @AfterAll
  void stop() {
    f.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  static void assertError(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode e = json(r).get("error");
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("reason").asText()).isNotBlank();
    assertThat(r.body()).as("keys in the documented order").startsWith("{\"error\":{\"status\":" + status + ",\"reason\":");
  }

  static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get(field).asText()));
    return out;
  }

  @Test
  void storiesArePagedNewestFirstWithACursorUntilNextIsNull() {
    JsonNode first = json(http.get("/api/v1/stories?limit=2"));
    assertThat(ids(first, "id")).containsExactly("s-ash", "s-volcano");
    String next = first.get("next").asText();
    JsonNode second = json(http.get("/api/v1/stories?limit=2&cursor=" + next));
    assertThat(ids(second, "id")).containsExactly("s-hostile", "s-vote");
    assertThat(second.get("next").isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=101", "limit=abc", "cursor=%25%25", "cursor=bm90LWEtY3Vyc29y", "limit=-3"})
  void badPagingIs400AsJson(String query) {
    for (String path : List.of("/api/v1/stories", "/api/v1/articles", "/api/v1/saved-searches", "/api/v1/sources", "/api/v1/digest")) {
      assertError(http.get(path + "?" + query), 400);
    }
  }

  @Test
  void aStoryIsTheStoryObjectAMergedOneIs301AndAnUnknownOne404() {
    JsonNode s = json(http.get("/api/v1/stories/s-volcano"));
    assertThat(s.get("headline").asText()).isEqualTo("Etna volcano erupts in Sicily");
    assertThat(s.get("summary").isArray()).isTrue();
    JsonNode sentence = s.get("sentences").get(0);
    assertThat(sentence.get("article_id").asText()).isEqualTo("a-v1");
    assertThat(sentence.get("end").asInt()).isGreaterThan(sentence.get("start").asInt());
    assertThat(s.get("read_more").get("url").asText()).startsWith("https://");
    assertThat(s.get("outlets")).hasSize(3);
    assertThat(s.get("related").get(0).get("id").asText()).isEqualTo("s-ash");
    assertThat(s.get("updated").asText()).isEqualTo("2020-03-02T10:00:00Z");

    HttpResponse<String> merged = http.get("/api/v1/stories/s-old");
    assertThat(merged.statusCode()).isEqualTo(301);
    assertThat(merged.headers().firstValue("Location")).contains("/api/v1/stories/s-volcano");
    assertError(http.get("/api/v1/stories/s-nope"), 404);
  }

  @Test
  void articlesArePagedByIdAndOneArticleCarriesItsText() {
    JsonNode first = json(http.get("/api/v1/articles?limit=3"));
    assertThat(ids(first, "id")).containsExactly("a-v1", "a-v2", "a-v3");
    assertThat(first.get("items").get(0).has("text")).isFalse();
    List<String> all = new ArrayList<>(ids(first, "id"));
    String next = first.get("next").asText();
    while (next != null) {
      JsonNode page = json(http.get("/api/v1/articles?limit=3&cursor=" + next));
      all.addAll(ids(page, "id"));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(all).hasSize(8).doesNotHaveDuplicates();
    JsonNode one = json(http.get("/api/v1/articles/a-v2"));
    assertThat(one.get("text").asText()).contains("Palermo");
    assertThat(one.get("outlet").asText()).isEqualTo("Daily Planet");
    assertThat(one.get("story_id").asText()).isEqualTo("s-volcano");
    assertError(http.get("/api/v1/articles/a-nope"), 404);
  }

  @Test
  void searchFindsArticlesWithHighlightsAndHonoursEveryFilter() {
    JsonNode etna = json(http.get("/api/v1/search?q=etna"));
    assertThat(ids(etna, "article_id")).containsExactlyInAnyOrder("a-v1", "a-v2", "a-v3");
    assertThat(etna.get("items").get(0).get("matches").toString()).containsIgnoringCase("etna");
    assertThat(ids(json(http.get("/api/v1/search?q=etna&outlet=Le%20Monde")), "article_id")).containsExactly("a-v3");
    assertThat(ids(json(http.get("/api/v1/search?entity=parliament")), "article_id")).containsExactlyInAnyOrder("a-b1", "a-b2");
    assertThat(ids(json(http.get("/api/v1/search?q=budget&from=2020-02-26&to=2020-02-27")), "article_id")).isEmpty();
    assertThat(ids(json(http.get("/api/v1/search?q=budget&from=2020-02-28&to=2020-02-28")), "article_id")).hasSize(2);
    assertThat(ids(json(http.get("/api/v1/search?q=budget&from=2020-02-29")), "article_id")).isEmpty();
    JsonNode page1 = json(http.get("/api/v1/search?q=etna&limit=2"));
    assertThat(page1.get("items")).hasSize(2);
    JsonNode page2 = json(http.get("/api/v1/search?q=etna&limit=2&cursor=" + page1.get("next").asText()));
    assertThat(page2.get("items")).hasSize(1);
    assertThat(page2.get("next").isNull()).isTrue();
  }

  @Test
  void searchRejectsBadInput() {
    assertError(http.get("/api/v1/search"), 400);
    assertError(http.get("/api/v1/search?q=etna&from=yesterday"), 400);
    assertError(http.get("/api/v1/search?q=etna&from=2020-03-05&to=2020-03-01"), 400);
    assertError(http.get("/api/v1/search?q=" + "a".repeat(501)), 400);
    assertError(http.get("/api/v1/search?q=etna&sort=bogus"), 400);
    assertThat(http.get("/api/v1/search?q=etna&sort=relevance").statusCode()).isEqualTo(200);
  }

  @Test
  void theDigestIsRankedByRecencyAndBreadth() {
    JsonNode digest = json(http.get("/api/v1/digest"));
    // Three outlets outrank one outlet half an hour newer; three days old ranks last.
    assertThat(ids(digest, "id")).containsExactly("s-volcano", "s-ash", "s-hostile", "s-vote");
    JsonNode paged = json(http.get("/api/v1/digest?limit=3"));
    assertThat(ids(json(http.get("/api/v1/digest?limit=3&cursor=" + paged.get("next").asText())), "id")).containsExactly("s-vote");
  }

  @Test
  void savedSearchesNeedATokenToChangeAndCarryTheirFeeds() {
    String body = "{\"name\": \"Etna watch\", \"q\": \"etna\", \"outlet\": \"Daily Planet\"}";
    assertError(http.postJson("/api/v1/saved-searches", body), 401);
    assertError(http.postJson("/api/v1/saved-searches", body, "Authorization", "Bearer wrong"), 401);
    assertError(http.postJson("/api/v1/saved-searches", "{not json", auth), 400);
    assertError(http.postJson("/api/v1/saved-searches", "[1, 2]", auth), 400);
    assertError(http.postJson("/api/v1/saved-searches", "{\"q\": 5}", auth), 400);
    assertError(http.postJson("/api/v1/saved-searches", "{\"name\": \"nothing\"}", auth), 400);
    assertError(http.postJson("/api/v1/saved-searches", "{\"q\": \"x\", \"from\": \"March\"}", auth), 400);

    HttpResponse<String> created = http.postJson("/api/v1/saved-searches", body, auth);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode s = json(created);
    long id = s.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/saved-searches/" + id);
    assertThat(s.get("atom").asText()).isEqualTo("/feeds/searches/" + id + ".atom");
    assertThat(json(http.get("/api/v1/saved-searches/" + id)).get("q").asText()).isEqualTo("etna");
    assertThat(ids(json(http.get("/api/v1/saved-searches")), "name")).contains("Etna watch");
    assertThat(http.get(s.get("json_feed").asText()).body()).contains("Etna eruption closes Catania airport").doesNotContain("Le Monde");

    assertError(http.delete("/api/v1/saved-searches/" + id), 401);
    assertThat(http.delete("/api/v1/saved-searches/" + id, auth).statusCode()).isEqualTo(204);
    assertError(http.get("/api/v1/saved-searches/" + id), 404);
    assertError(http.delete("/api/v1/saved-searches/" + id, auth), 404);
    assertError(http.get("/api/v1/saved-searches/abc"), 404);
  }

  @Test
  void aBodyThatIsNotJsonIsAnsweredInPlainWordsWithWhereItBroke() {
    // QA: "[1" answered Jackson's internals ("expected close marker for Array (start marker at [Source: REDACTED ...").
    String unclosed = json(http.postJson("/api/v1/saved-searches", "[1", auth)).get("error").get("reason").asText();
    assertThat(unclosed).isEqualTo("the body is not valid JSON: it ends before the value is complete (line 1, column 3)");
    String badToken = json(http.postJson("/api/v1/saved-searches", "{\n  \"q\": nope}", auth)).get("error").get("reason").asText();
    assertThat(badToken).startsWith("the body is not valid JSON: ").endsWith("(line 2, column 8)")
        .doesNotContain("Source", "REDACTED", "StreamReadFeature", "marker", "code ");
    String badChar = json(http.postJson("/api/v1/saved-searches", "{x}", auth)).get("error").get("reason").asText();
    assertThat(badChar).startsWith("the body is not valid JSON: ").contains("'x'").endsWith("(line 1, column 2)")
        .doesNotContain("Source", "REDACTED", "code 120");
  }

  @Test
  void sourcesAreCreatedReadAndDeletedWithAToken() {
    JsonNode list = json(http.get("/api/v1/sources"));
    JsonNode wikinews = list.get("items").get(0);
    assertThat(wikinews.get("url").asText()).isEqualTo("https://en.wikinews.org/feed.xml");
    assertThat(wikinews.get("articles").asInt()).isEqualTo(6);
    assertThat(wikinews.has("last_error")).isTrue();
    assertThat(wikinews.get("status").asText()).isEqualTo("never fetched");

    assertError(http.postJson("/api/v1/sources", "{\"url\": \"https://new.example/feed\"}"), 401);
    assertError(http.postJson("/api/v1/sources", "{\"url\": \"javascript:alert(1)\"}", auth), 400);
    assertError(http.postJson("/api/v1/sources", "{\"url\": \"not a url\"}", auth), 400);
    assertError(http.postJson("/api/v1/sources", "{}", auth), 400);
    assertError(http.postJson("/api/v1/sources", "url=https://x.example", auth), 400);
    HttpResponse<String> created = http.postJson("/api/v1/sources", "{\"url\": \"https://new.example/feed\"}", auth);
    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    HttpResponse<String> again = http.postJson("/api/v1/sources", "{\"url\": \"https://new.example/feed\"}", auth);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("id").asLong()).isEqualTo(id);
    assertThat(json(http.get("/api/v1/sources/" + id)).get("url").asText()).isEqualTo("https://new.example/feed");
    assertError(http.delete("/api/v1/sources/" + id), 401);
    assertThat(http.delete("/api/v1/sources/" + id, auth).statusCode()).isEqualTo(204);
    assertError(http.get("/api/v1/sources/" + id), 404);
    assertError(http.get("/api/v1/sources/x"), 404);
  }

  @Test
  void aLoggedInSessionMayWriteOnlyWithItsCsrfHeader() {
    Http browser = new Http(f.base);
    String csrf = browser.logIn(WebFixture.PASSWORD);
    String body = "{\"q\": \"ash\"}";
    assertError(browser.postJson("/api/v1/saved-searches", body), 403);
    assertError(browser.postJson("/api/v1/saved-searches", body, "X-CSRF-Token", "forged"), 403);
    assertThat(browser.postJson("/api/v1/saved-searches", body, "X-CSRF-Token", csrf).statusCode()).isEqualTo(201);
  }

  @Test
  void unknownPathsAndMethodsAnswerJsonErrors() {
    assertError(http.get("/api/v1/nothing-here"), 404);
    assertError(http.get("/api/v2/stories"), 404);
    assertError(http.postJson("/api/v1/stories", "{}", auth), 405);
  }

  @Test
  void privateReadingNeedsALoginOrAToken() {
    Http admin = new Http(f.base);
    String csrf = admin.logIn(WebFixture.PASSWORD);
    assertThat(admin.postForm("/settings", java.util.Map.of("csrf", csrf, "reading", "private", "retention_days", "0")).statusCode())
        .isEqualTo(303);
    try {
      assertError(http.get("/api/v1/stories"), 401);
      assertThat(http.get("/api/v1/stories", auth).statusCode()).isEqualTo(200);
      assertError(http.get("/feeds/digest.atom"), 401);
      assertThat(http.get("/feeds/digest.atom?token=" + token).statusCode()).isEqualTo(200);
      HttpResponse<String> page = http.get("/stories/s-volcano");
      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
      assertThat(http.get("/login").statusCode()).isEqualTo(200);
      assertThat(http.get("/static/newsdesk.css").statusCode()).isEqualTo(200);
      assertThat(admin.get("/stories/s-volcano").statusCode()).isEqualTo(200);
    } finally {
      admin.postForm("/settings", java.util.Map.of("csrf", csrf, "reading", "public", "retention_days", "0"));
    }
    assertThat(http.get("/api/v1/stories").statusCode()).isEqualTo(200);
  }
}
