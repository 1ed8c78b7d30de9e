package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.config.DataDir;
import newsdesk.search.LegacyIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder whose index was built before search ignored accents: {@code search} says so and
 * answers from it as built; the next process that opens the index for writing rebuilds it.
 */
class SearchUpgradeTest {
  @TempDir Path dir;
  private DataDir data;

  @BeforeEach
  void dataFolderWithAnOldIndex() throws Exception {
    data = new DataDir(dir.resolve("data")).create();
    try (SqliteNewsStore store = SqliteNewsStore.open(data.database())) {
      store.insertArticle(article("1", "Slovak politics", "Former prime minister Igor Matovič spoke on Sunday."));
      store.insertArticle(article("2", "Brazil floods", "Heavy rain flooded parts of São Paulo."));
      LegacyIndex.write(data.index(), store.articlesAfter(0, 10));
    }
  }

  private static StoredArticle article(String n, String title, String text) {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    return new StoredArticle(0, "a-" + n, null, null, "https://example.org/" + n, "https://example.org/" + n, "Outlet",
        title, List.of(), t, t, "en", null, null, text, "page", "h" + n, null, null);
  }

  private CliRun search(String query) {
    return CliRun.of("search", "--data", data.root().toString(), query);
  }

  @Test
  void searchOnAnOldIndexSaysSoAndAnswersAsItWasBuilt() {
    CliRun unaccented = search("Matovic");
    assertThat(unaccented.exit()).as(unaccented.err()).isZero();
    assertThat(unaccented.out()).isEmpty();
    assertThat(unaccented.err()).contains("built by an older version of newsdesk").contains("newsdesk reindex --data " + data.root());
    CliRun accented = search("Matovič");
    assertThat(accented.out()).contains("Slovak politics");
  }

  @Test
  void theNextWriterRebuildsItAndSaysSo() {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setErr(e);
      try (Workspace ws = Workspace.forIngest(data, true, java.time.Clock.systemUTC())) {
        assertThat(ws.index().outdated()).isFalse();
        assertThat(ws.index().size()).isEqualTo(2);
      }
    } finally {
      System.setErr(oldErr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("rebuilding it from the database");
    CliRun after = search("Sao Paulo");
    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(after.out()).contains("Brazil floods").contains("\u00abSão\u00bb");
    assertThat(after.err()).doesNotContain("older version");
    assertThat(search("Matovic").out()).contains("Slovak politics");
  }

  @Test
  void reindexMakesItCurrentToo() {
    CliRun reindex = CliRun.of("reindex", "--data", data.root().toString());
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    CliRun after = search("Matovic");
    assertThat(after.out()).contains("Slovak politics");
    assertThat(after.err()).doesNotContain("older version");
  }
}
