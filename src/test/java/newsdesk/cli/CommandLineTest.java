package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs commands in-process and checks what they print and return. */
class CommandLineTest {
  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.of(args);
  }

  void storeOneStory() {
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
      store.insertStory(new StoryRecord("s-1", t, t, t, t, 1, null));
      StoredArticle a = store.insertArticle(new StoredArticle(0, "a-1", null, null, "https://example.org/1",
          "https://example.org/1", "Example", "Volcano erupts", List.of(), t, t, "en", null, null,
          "A volcano erupted on Tuesday.", "page", "h", null, "s-1"));
      store.saveBrief(new StoredBrief("s-1", 1,
          new Brief("Volcano erupts", List.of(List.of(new SummarySentence("A volcano erupted on Tuesday.", "a-1", 0, 29)))), a.id()));
    }
  }

  void storeStory(String id, Instant t, String headline) {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
      store.insertStory(new StoryRecord(id, t, t, t, t, 1, null));
      StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, null, "https://example.org/" + id,
          "https://example.org/" + id, "Example", headline, List.of(), t, t, "en", null, null,
          headline + " on Tuesday.", "page", "h" + id, null, id));
      store.saveBrief(new StoredBrief(id, 1,
          new Brief(headline, List.of(List.of(new SummarySentence(headline + " on Tuesday.", "a-" + id, 0, headline.length() + 12)))), a.id()));
    }
  }

  @Test
  void theDefaultDigestShowsTheFrontPagesStoriesAlsoWhenTheWeekHoldsFew() throws Exception {
    storeStory("s-new", Instant.parse("2020-03-02T00:00:00Z"), "Volcano erupts");
    storeStory("s-old", Instant.parse("2020-01-10T00:00:00Z"), "Bridge opens");
    storeStory("s-older", Instant.parse("2019-12-01T00:00:00Z"), "Election held");

    CliRun r = run("digest", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = new ObjectMapper().readTree(r.out()).get("stories");
    assertThat(stories.findValuesAsText("id")).containsExactly("s-new", "s-old", "s-older");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        newsdesk.web.FrontPage front = new newsdesk.web.FrontPage(store, newsdesk.web.FrontPage.Ranking.defaults(),
            java.time.Clock.systemUTC())) {
      assertThat(front.stories()).extracting(x -> x.record().id()).containsExactlyInAnyOrder("s-new", "s-old", "s-older");
    }
    // An explicit span keeps its meaning: 7 days up to --until, or from --since up to the newest article.
    assertThat(run("digest", "--data", dir.toString(), "--until", "2020-03-02").out()).contains("Volcano erupts")
        .doesNotContain("Bridge opens");
    assertThat(run("digest", "--data", dir.toString(), "--since", "2020-01-01").out()).contains("Bridge opens")
        .doesNotContain("Election held");
    assertThat(run("digest", "--data", dir.toString(), "--limit", "1").out()).contains("Volcano erupts")
        .doesNotContain("Bridge opens");
  }

  @Test
  void digestAsJsonPrintsOnlyJsonOnStdout() throws Exception {
    storeOneStory();
    CliRun r = run("digest", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("stories")).hasSize(1);
    assertThat(json.get("stories").get(0).get("headline").asText()).isEqualTo("Volcano erupts");
    assertThat(json.get("stories").get(0).get("read_more").get("url").asText()).isEqualTo("https://example.org/1");
  }

  @Test
  void theDigestWindowFollowsSinceAndUntil() {
    storeOneStory();
    assertThat(run("digest", "--data", dir.toString(), "--until", "2020-03-01").out()).isEmpty();
    assertThat(run("digest", "--data", dir.toString(), "--since", "2020-03-01", "--until", "2020-03-02").out())
        .startsWith("Volcano erupts\n").contains("Read more at Example: https://example.org/1");
  }

  @Test
  void anEmptyDigestSaysWhyOnStderrAndKeepsStdoutEmpty() {
    assertThat(run("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", dir.toString()).exit()).isZero();
    CliRun neverFetched = run("digest", "--data", dir.toString());
    assertThat(neverFetched.exit()).isZero();
    assertThat(neverFetched.out()).isEmpty();
    assertThat(neverFetched.err()).isEqualTo("newsdesk digest: no stories yet: run `newsdesk fetch`\n");

    // A fetch killed between admission and briefing leaves stories without briefs.
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
      for (int i = 1; i <= 2; i++) {
        store.insertStory(new StoryRecord("s-" + i, t, t, t, t, 1, null));
        store.insertArticle(new StoredArticle(0, "a-" + i, null, null, "https://example.org/" + i,
            "https://example.org/" + i, "Example", "Volcano erupts", List.of(), t, t, "en", null, null,
            "A volcano erupted on Tuesday.", "page", "h" + i, null, "s-" + i));
      }
    }
    CliRun unbriefed = run("digest", "--data", dir.toString());
    assertThat(unbriefed.exit()).isZero();
    assertThat(unbriefed.out()).isEmpty();
    assertThat(unbriefed.err()).isEqualTo("newsdesk digest: 2 stories wait for their briefs: run `newsdesk fetch`\n");
    CliRun json = run("digest", "--data", dir.toString(), "--format", "json");
    assertThat(json.out()).isEqualTo("{\"stories\":[]}\n");
    assertThat(json.err()).contains("2 stories wait for their briefs");
  }

  @Test
  void aDigestWindowWithoutStoriesSaysSo() {
    storeOneStory();
    CliRun r = run("digest", "--data", dir.toString(), "--until", "2020-03-01");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("no story was updated in the time asked for");
  }

  @Test
  void digestSpansAreQuotedAsTypedAndASinceAfterEverythingIsAnEmptyDigest() {
    storeOneStory();
    CliRun reversed = run("digest", "--data", dir.toString(), "--since", "2020-03-05", "--until", "2020-03-01");
    assertThat(reversed.exit()).isEqualTo(2);
    assertThat(reversed.err()).isEqualTo("newsdesk digest: --since 2020-03-05 is after --until 2020-03-01\n");

    CliRun later = run("digest", "--data", dir.toString(), "--since", "2030-01-01");
    assertThat(later.exit()).as(later.err()).isZero();
    assertThat(later.out()).isEmpty();
    assertThat(later.err()).isEqualTo("newsdesk digest: no story was updated in the time asked for: --since 2030-01-01 "
        + "is after the newest stored article (2020-03-02T00:00:00Z)\n");
  }

  @Test
  void aSourceIdThatIsNoNumberIsSaidSo() {
    assertThat(run("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", dir.toString()).exit()).isZero();
    CliRun r = run("sources", "remove", "abc", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("source id must be a number").contains("got 'abc'").doesNotContain("not a long");
  }

  @Test
  void userMistakesGetOneLineNamingTheInputAndNoStackTrace() {
    CliRun badDate = run("digest", "--data", dir.toString(), "--since", "yesterday");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--since 'yesterday'").doesNotContain("Exception").doesNotContain("\tat ");

    CliRun badFormat = run("digest", "--data", dir.toString(), "--format", "pdf");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("'pdf'");

    assertThat(run("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", dir.toString()).exit()).isZero();
    CliRun noSource = run("sources", "remove", "42", "--data", dir.toString());
    assertThat(noSource.exit()).isEqualTo(2);
    assertThat(noSource.err()).contains("no source with id 42");

    CliRun badPort = run("serve", "--data", dir.toString(), "--port", "70000");
    assertThat(badPort.exit()).isEqualTo(2);
    assertThat(badPort.err()).contains("--port");
  }

  @Test
  void sourcesCanBeAddedListedAndRemoved() {
    String data = dir.toString();
    assertThat(run("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", data).exit()).isZero();
    assertThat(run("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", data).exit()).isZero();
    CliRun list = run("sources", "list", "--data", data);
    assertThat(list.out().lines()).hasSize(1).first().asString().contains("https://example.org/feed.xml").contains("never fetched");
    assertThat(run("sources", "remove", "1", "--data", data).exit()).isZero();
    assertThat(run("sources", "list", "--data", data).out()).isEmpty();
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    CommandLine root = Main.commandLine();
    assertThat(run("--help").out()).contains("Commands:").contains("demo").contains("digest");
    for (String name : root.getSubcommands().keySet()) {
      CliRun r = run(name, "--help");
      assertThat(r.exit()).as(name).isZero();
      assertThat(r.out()).as(name).contains("Usage: newsdesk " + name);
    }
  }
}
