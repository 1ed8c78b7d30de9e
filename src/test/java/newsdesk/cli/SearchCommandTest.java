package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.config.DataDir;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk search} over a small data folder. */
class SearchCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void articles() {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      ws.store().insertArticle(article("a-1", "Volcano erupts", "The volcano erupted on Tuesday.\n\nAsh fell on the villages.\n\n"));
      ws.store().insertArticle(article("a-2", "Volcano sleeps", "The volcano has been quiet for a century."));
      ws.store().insertArticle(article("a-3", "Election results", "Voters elected a new parliament."));
      ws.index().add(ws.store().articlesAfter(0, 10));
    }
  }

  private static StoredArticle article(String id, String title, String text) {
    String url = "https://example.org/" + id;
    return new StoredArticle(0, id, null, id, url, url, "Outlet", title, List.of(), Instant.EPOCH, Instant.EPOCH, "en",
        null, null, text, "page", "hash-" + id, null, null);
  }

  private CliRun search(String... args) {
    return CliRun.on(dir, "search", args);
  }

  private static List<String> ids(CliRun run) throws Exception {
    JsonNode hits = JsonDigestRenderer.mapper().readTree(run.out()).get("items");
    return java.util.stream.StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("article_id").asText()).toList();
  }

  @Test
  void wordsStartingWithADashAreExclusionsNotOptions() throws Exception {
    CliRun r = search("--format", "json", "volcano", "-erupted");
    assertThat(r.err()).doesNotContain("Unknown option");
    assertThat(r.exit()).isZero();
    assertThat(ids(r)).containsExactly("a-2");
    CliRun onlyExclusion = search("--format", "json", "-volcano");
    assertThat(onlyExclusion.exit()).as(onlyExclusion.err()).isZero();
    assertThat(ids(onlyExclusion)).containsExactly("a-3");
    assertThat(ids(search("--format", "json", "--", "-volcano"))).containsExactly("a-3");
  }

  @Test
  void wordsSpelledLikeShortOptionsAreQueryWordsAndOptionsAfterTheQueryStillCount() throws Exception {
    CliRun hamas = search("-hamas", "--format", "json");
    assertThat(hamas.exit()).as(hamas.err()).isZero();
    assertThat(hamas.out()).doesNotContain("Usage:");
    assertThat(ids(hamas)).containsExactlyInAnyOrder("a-1", "a-2", "a-3");
    CliRun limited = search("-Vienna", "--limit", "1", "--format", "json");
    assertThat(ids(limited)).hasSize(1);
    CliRun afterDashes = search("--format", "json", "volcano", "--", "-h");
    assertThat(afterDashes.out()).doesNotContain("Usage:");
    assertThat(ids(afterDashes)).containsExactlyInAnyOrder("a-1", "a-2");
  }

  @Test
  void aBrokenQueryIsOneShortLine() {
    for (String q : List.of("AND", "OR OR")) {
      CliRun r = search(q);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo("newsdesk search: cannot understand the query \"" + q + "\": "
          + q.substring(0, q.indexOf(' ') < 0 ? q.length() : q.indexOf(' ')) + " needs a word on each side");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void anEmptyQueryIsRefused() {
    CliRun r = search("");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the query is empty");
  }

  @Test
  void jsonSnippetsArePlainTextWithTheMatchesListedTextKeepsTheMarks() throws Exception {
    CliRun json = search("--format", "json", "erupted");
    JsonNode hit = JsonDigestRenderer.mapper().readTree(json.out()).get("items").get(0);
    assertThat(hit.get("snippet").asText()).isEqualTo("The volcano erupted on Tuesday.");
    assertThat(hit.get("matches").get(0).asText()).isEqualTo("erupted");
    CliRun text = search("erupted");
    assertThat(text.out()).contains("  The volcano \u00aberupted\u00bb on Tuesday.\n");
  }

  @Test
  void jsonHitsCarryThePublicationTimeAsTheWebApiDoes() throws Exception {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      long before = ws.store().maxArticleId();
      String url = "https://example.org/a-4";
      ws.store().insertArticle(new StoredArticle(0, "a-4", null, "a-4", url, url, "Outlet", "Glacier melts", List.of(),
          Instant.parse("2026-03-02T10:15:30Z"), Instant.parse("2026-03-03T00:00:00Z"), "en", null, null,
          "The glacier melted faster this year.", "page", "hash-a-4", null, null));
      ws.index().add(ws.store().articlesAfter(before, 10));
    }
    CliRun r = search("--format", "json", "glacier");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode hit = JsonDigestRenderer.mapper().readTree(r.out()).get("items").get(0);
    assertThat(hit.get("published").asText()).isEqualTo("2026-03-02T10:15:30Z");
    java.util.List<String> names = new java.util.ArrayList<>();
    hit.fieldNames().forEachRemaining(names::add);
    // Exactly the keys of a hit of /api/v1/search, in a page shaped like the API's.
    assertThat(names).containsExactly("article_id", "story_id", "title", "outlet", "url", "published", "snippet", "matches");
    java.util.List<String> top = new java.util.ArrayList<>();
    JsonDigestRenderer.mapper().readTree(r.out()).fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactly("items", "next");
    assertThat(r.out().strip()).doesNotContain("\n");
    JsonNode epoch = JsonDigestRenderer.mapper().readTree(search("--format", "json", "election").out()).get("items").get(0);
    assertThat(epoch.get("published").asText()).isEqualTo("1970-01-01T00:00:00Z");
  }
  @Test
  void jsonHitsNameTheCreditedOrContributingAgencyAfterTheOutlet() throws Exception {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      long before = ws.store().maxArticleId();
      ws.store().insertArticle(article("a-5", "Glacier report", "GENEVA (AP) — The glacier melted.")
          .withAgencies("Associated Press", null));
      ws.store().insertArticle(article("a-6", "Glacier local", "The glacier melted.").withAgencies(null, "Reuters"));
      ws.index().add(ws.store().articlesAfter(before, 10));
    }
    JsonNode items = JsonDigestRenderer.mapper().readTree(search("--format", "json", "--sort", "newest", "glacier").out())
        .get("items");
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    items.forEach(h -> byId.put(h.get("article_id").asText(), h));
    java.util.List<String> names = new java.util.ArrayList<>();
    byId.get("a-5").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("article_id", "story_id", "title", "outlet", "credited_agency", "url", "published",
        "snippet", "matches");
    assertThat(byId.get("a-5").get("credited_agency").asText()).isEqualTo("Associated Press");
    assertThat(byId.get("a-6").get("agency_contributed").asText()).isEqualTo("Reuters");
    assertThat(byId.get("a-6").has("credited_agency")).isFalse();
  }

  @Test
  void nextIsACursorWhileMoreHitsMatchAndNullOnTheLastPage() throws Exception {
    // Three articles match the exclusion-only query -nothing, newest first then by id: pages of two.
    CliRun first = search("--format", "json", "--limit", "2", "--sort", "newest", "-nothing");
    assertThat(first.exit()).as(first.err()).isZero();
    JsonNode page = JsonDigestRenderer.mapper().readTree(first.out());
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("next").isTextual()).as("more hits than printed: a cursor, not null").isTrue();

    CliRun second = search("--format", "json", "--limit", "2", "--sort", "newest", "--cursor", page.get("next").asText(), "-nothing");
    assertThat(second.exit()).as(second.err()).isZero();
    JsonNode last = JsonDigestRenderer.mapper().readTree(second.out());
    assertThat(last.get("next").isNull()).as("the last page").isTrue();
    List<String> all = new java.util.ArrayList<>(ids(first));
    all.addAll(ids(second));
    assertThat(all).as("the pages together: every hit once").containsExactlyInAnyOrder("a-1", "a-2", "a-3");

    CliRun exact = search("--format", "json", "--limit", "3", "-nothing");
    assertThat(JsonDigestRenderer.mapper().readTree(exact.out()).get("next").isNull())
        .as("a page that holds every hit has no next, even when it is exactly full").isTrue();
  }

  @Test
  void theTextFormatSaysOnStderrHowToGetTheNextPage() throws Exception {
    CliRun first = search("--limit", "1", "volcano");
    assertThat(first.exit()).as(first.err()).isZero();
    String next = JsonDigestRenderer.mapper().readTree(search("--format", "json", "--limit", "1", "volcano").out()).get("next").asText();
    assertThat(first.err()).contains("more articles match; the next 1: add --cursor " + next);
    assertThat(first.out()).doesNotContain("--cursor");
    CliRun second = search("--limit", "1", "--cursor", next, "volcano");
    assertThat(second.err()).doesNotContain("--cursor");
    assertThat(second.out()).isNotEqualTo(first.out()).contains("Volcano");
    // A relevance cursor past every hit (its own hit gone, more served than there are).
    CliRun past = search("--limit", "1", "--cursor", newsdesk.search.SearchCursor.afterScore(1f, 1000, "gone").token(), "volcano");
    assertThat(past.exit()).isZero();
    assertThat(past.err()).contains("no more articles match");
  }

  @Test
  void aCursorOfTheOtherOrderIsAUserError() throws Exception {
    String next = JsonDigestRenderer.mapper().readTree(search("--format", "json", "--limit", "1", "volcano").out()).get("next").asText();
    CliRun r = search("--sort", "newest", "--cursor", next, "volcano");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--cursor belongs to a search in another order (--sort)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aCursorTheCommandDidNotGiveIsAUserErrorNamingIt() {
    for (String bad : List.of("not base64!", "LTE" /* -1 */, "eA" /* x */)) {
      CliRun r = search("--cursor", bad, "volcano");
      assertThat(r.exit()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).contains("--cursor '" + bad + "' is not a cursor newsdesk search gave out");
      assertThat(r.out()).isEmpty();
    }
  }
}
