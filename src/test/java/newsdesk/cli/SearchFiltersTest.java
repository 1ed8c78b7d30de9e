package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.config.DataDir;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsdesk search} filters as {@code /api/v1/search} does (QA: the command lacked outlet,
 * from, to, entity and sort).
 */
class SearchFiltersTest {
  @TempDir Path dir;

  @BeforeEach
  void articles() {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      StoredArticle etna = ws.store().insertArticle(article("a-1", "Daily Planet", "Etna erupts again",
          "Mount Etna erupted on Tuesday and the volcano closed the airport.", "2020-03-01T09:00:00Z"));
      ws.store().saveEntities(etna.id(), List.of(new StoredEntity("Mount Etna", "PLACE", 2, 1)));
      ws.store().insertArticle(article("a-2", "Le Monde", "Le volcan se réveille",
          "The volcano woke up, the observatory said.", "2020-03-03T09:00:00Z"));
      ws.store().insertArticle(article("a-3", "Daily Planet", "Volcano ash reaches the coast",
          "Ash from the volcano volcano volcano reached the coast.", "2020-03-02T09:00:00Z"));
      ws.index().add(ws.store().articlesAfter(0, 10));
    }
  }

  private static StoredArticle article(String id, String outlet, String title, String text, String time) {
    String url = "https://example.org/" + id;
    return new StoredArticle(0, id, null, id, url, url, outlet, title, List.of(), Instant.parse(time), Instant.parse(time), "en",
        null, null, text, "page", "hash-" + id, null, null);
  }

  private CliRun search(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "search";
    all[1] = "--data";
    all[2] = dir.toString();
    all[3] = "--format";
    all[4] = "json";
    System.arraycopy(args, 0, all, 5, args.length);
    return CliRun.of(all);
  }

  private static List<String> ids(CliRun run) throws Exception {
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode hits = JsonDigestRenderer.mapper().readTree(run.out()).get("items");
    return java.util.stream.StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("article_id").asText()).toList();
  }

  @Test
  void outletFromToAndEntityRestrictTheHitsAsTheApiDoes() throws Exception {
    assertThat(ids(search("volcano"))).containsExactlyInAnyOrder("a-1", "a-2", "a-3");
    assertThat(ids(search("--outlet", "Daily Planet", "volcano"))).containsExactlyInAnyOrder("a-1", "a-3");
    assertThat(ids(search("--from", "2020-03-02", "volcano"))).containsExactlyInAnyOrder("a-2", "a-3");
    assertThat(ids(search("--to", "2020-03-02", "volcano"))).as("to is inclusive").containsExactlyInAnyOrder("a-1", "a-3");
    assertThat(ids(search("--from", "2020-03-02", "--to", "2020-03-02", "volcano"))).containsExactly("a-3");
    assertThat(ids(search("--entity", "Mount Etna", "volcano"))).containsExactly("a-1");
    assertThat(ids(search("volcano", "--outlet", "Le Monde"))).as("options after the query").containsExactly("a-2");
  }

  @Test
  void aFilterAloneNeedsNoQueryAsInTheApi() throws Exception {
    assertThat(ids(search("--outlet", "Le Monde"))).containsExactly("a-2");
    assertThat(ids(search("--entity", "Mount Etna"))).containsExactly("a-1");
  }

  @Test
  void sortNewestOrdersByTimeAndRelevanceIsTheDefault() throws Exception {
    assertThat(ids(search("--sort", "newest", "volcano"))).containsExactly("a-2", "a-3", "a-1");
    assertThat(ids(search("--sort", "relevance", "volcano"))).isEqualTo(ids(search("volcano")));
  }

  @Test
  void badFiltersAreRefusedWithTheApisReasons() {
    assertRefused(search("--from", "yesterday", "volcano"), "--from must be a day like 2020-03-01, got 'yesterday'");
    assertRefused(search("--to", "2020-13-01", "volcano"), "--to must be a day like 2020-03-01, got '2020-13-01'");
    assertRefused(search("--from", "2020-03-05", "--to", "2020-03-01", "volcano"), "from 2020-03-05 is after to 2020-03-01");
    assertRefused(search("--sort", "bogus", "volcano"), "--sort must be newest or relevance (the default), got bogus");
    // The command's argument is the query, not the API's q.
    assertRefused(search("a".repeat(501)), "the query is longer than 500 characters");
  }

  private static void assertRefused(CliRun r, String reason) {
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("newsdesk search: " + reason);
  }

  @Test
  void theHelpNamesEveryFilter() {
    String help = CliRun.of("search", "--help").out();
    assertThat(help).contains("--outlet=NAME", "--from=DAY", "--to=DAY", "--entity=NAME", "--sort=ORDER");
  }
}
