package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.text.EntityAliases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity filter that cannot hold every article naming the entity keeps the newest and says it was cut. */
class SearchFormEntityLimitTest {
  @TempDir Path dir;

  private static StoredArticle article(String id, String published) {
    String url = "https://example.org/" + id;
    return new StoredArticle(0, id, null, id, url, url, "Outlet", "Title " + id, List.of(), Instant.parse(published),
        Instant.parse(published), "en", null, null, "Body " + id, "page", "hash-" + id, null, null);
  }

  @Test
  void theFilterKeepsTheNewestArticlesAndSaysWhenItCut() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("n.db"))) {
      for (String[] a : new String[][] {{"a-new", "2024-05-03T00:00:00Z"}, {"a-old", "2024-05-01T00:00:00Z"},
          {"a-mid", "2024-05-02T00:00:00Z"}}) {
        long row = store.insertArticle(article(a[0], a[1])).id();
        store.saveEntities(row, List.of(new StoredEntity("Kenya", "LOCATION", 1, 1)));
      }
      EntityAliases aliases = EntityAliases.load();
      SearchForm form = new SearchForm(null, null, null, null, "Kenya");

      SearchForm.Filter cut = form.filter(store, aliases::searchNames, false, 2);
      assertThat(cut.entityLimited()).isTrue();
      assertThat(cut.filter().articleIds()).containsExactlyInAnyOrder("a-new", "a-mid");

      SearchForm.Filter whole = form.filter(store, aliases::searchNames, false, 3);
      assertThat(whole.entityLimited()).isFalse();
      assertThat(whole.filter().articleIds()).containsExactlyInAnyOrder("a-new", "a-mid", "a-old");
      assertThat(new SearchForm("kenya", null, null, null, null).filter(store, aliases::searchNames, false).entityLimited()).isFalse();
    }
  }
}
