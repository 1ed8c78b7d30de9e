package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk search} warns when the index holds articles the database does not (a restored backup), as when it lags. */
class SearchIndexAheadTest {
  @TempDir Path dir;

  private static StoredArticle article(long id, String text) {
    Instant t = Instant.parse("2024-05-01T10:00:00Z");
    return new StoredArticle(id, "a-" + id, null, null, "https://example.org/" + id, "https://example.org/" + id,
        "Example", "Title " + id, List.of(), t, t, "en", null, null, text, "page", "h" + id, null, null);
  }

  @Test
  void searchWarnsWhenTheIndexIsAheadOfTheDatabase() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      store.insertArticle(article(0, "volcano erupts near the coast"));
      index.add(List.of(article(1, "volcano erupts near the coast"), article(5, "earthquake report")));
    }
    CliRun r = CliRun.on(dir, "search", "volcano");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("the search index holds articles the database does not").doesNotContain("lags behind");
  }

  @Test
  void searchDoesNotWarnWhenTheIndexAgreesWithTheDatabase() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      index.add(List.of(store.insertArticle(article(0, "volcano erupts near the coast"))));
    }
    CliRun r = CliRun.on(dir, "search", "volcano");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("holds articles").doesNotContain("lags behind");
  }
}
