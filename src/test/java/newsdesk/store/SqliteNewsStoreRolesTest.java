package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each role of the store answers the same through the store and through its own accessor. */
class SqliteNewsStoreRolesTest {
  @TempDir Path dir;

  @Test
  void eachRoleIsServedByItsPartOnTheSameDatabase() {
    Instant t = Instant.parse("2020-01-09T00:00:00Z");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      Source source = store.sourceStore().addSource("https://example.org/feed.xml", "rss", null, "Example");
      store.countOutletName("example.org", "Example News");
      StoredArticle a = store.articleStore().insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", null, t));
      store.storyStore().insertStory(new StoryRecord("s-1", t, t, t, t, 1, null));
      store.webStore().saveSetting("reading", "private");

      assertThat(store.sources()).containsExactly(source);
      assertThat(store.sourceStore().outletName("example.org")).isEqualTo(store.outletName("example.org")).contains("Example News");
      assertThat(store.articleByPublicId("a-1")).contains(a);
      assertThat(store.articleStore().articleCount()).isEqualTo(store.articleCount()).isEqualTo(1);
      assertThat(store.story("s-1")).isEqualTo(store.storyStore().story("s-1")).isPresent();
      assertThat(store.setting("reading")).isEqualTo(store.webStore().setting("reading")).isEqualTo(Optional.of("private"));
      assertThat(store.webStore().outlets()).isEqualTo(store.outlets());
    }
  }

  @Test
  void aTransactionOpenedOnTheStoreSpansCallsOfEveryRole() {
    Instant t = Instant.parse("2020-01-09T00:00:00Z");
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      try {
        store.inTransaction(() -> {
          store.articleStore().insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", null, t));
          store.webStore().saveSetting("reading", "private");
          throw new IllegalStateException("roll back");
        });
      } catch (IllegalStateException expected) {
        // rolled back
      }
      assertThat(store.articleCount()).isZero();
      assertThat(store.setting("reading")).isEmpty();
    }
  }
}
