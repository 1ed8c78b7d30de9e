package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity search finds a well-known entity by any form of its name (newsdesk/text/entity-aliases.txt). */
class EntitySearchTest {
  @TempDir Path dir;
  SqliteNewsStore store;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("test.db"));
    store.insertStory(new StoryRecord("s-1", Instant.now(), null, null, Instant.now(), 0, null));
    store.insertStory(new StoryRecord("s-2", Instant.now(), null, null, Instant.now(), 0, null));
    store.insertStory(new StoryRecord("s-3", Instant.now(), null, null, Instant.now(), 0, null));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long article(String id, String story) {
    return store.insertArticle(SqliteNewsStoreTest.article(id, "https://example.org/" + id, story, null)).id();
  }

  @Test
  void anAliasFindsTheCanonicalNameAndFormsStoredBeforeIt() {
    store.saveEntities(article("a", "s-1"), List.of(new StoredEntity("United States", "LOCATION", 2, 1)));
    // A row stored before the extractor gave canonical names.
    store.saveEntities(article("b", "s-2"), List.of(new StoredEntity("U.S.", "LOCATION", 1, 1)));
    store.saveEntities(article("c", "s-3"), List.of(new StoredEntity("U.S. House", "ORGANIZATION", 1, 1),
        new StoredEntity("Kenya", "LOCATION", 1, 1)));

    for (String query : List.of("U.S.", "us", "USA", "United States", "united states of america")) {
      assertThat(store.articleIdsWithEntity(query, 10)).as(query).containsExactlyInAnyOrder("a", "b");
      assertThat(store.storiesWithEntity(query, 10)).as(query).extracting(StoryRecord::id).containsExactlyInAnyOrder("s-1", "s-2");
    }
    assertThat(store.articleIdsWithEntity("kenya", 10)).containsExactly("c");
    assertThat(store.articleIdsWithEntity("U.S. House", 10)).containsExactly("c");
    assertThat(store.articleIdsWithEntity("UK", 10)).isEmpty();
    assertThat(store.articleIdsWithEntity("US", 1)).hasSize(1);
  }
}
