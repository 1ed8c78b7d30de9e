package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story page and the top-entities page list each name once, with the type most articles gave it. */
class EntityTallyTest {
  @TempDir Path dir;
  SqliteNewsStore store;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("test.db"));
    store.insertStory(new StoryRecord("s-1", Instant.now(), null, null, Instant.now(), 0, null));
    store.insertStory(new StoryRecord("s-2", Instant.now(), null, null, Instant.now(), 0, null));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long article(String id, String story) {
    return store.insertArticle(SqliteNewsStoreTest.article(id, "https://example.org/" + id, story, null)).id();
  }

  @Test
  void aNameTypedDifferentlyByTwoArticlesIsOneEntityOfTheMajorityType() {
    long a = article("a", "s-1");
    long b = article("b", "s-1");
    long c = article("c", "s-1");
    store.saveEntities(a, List.of(new StoredEntity("Nordair", "LOCATION", 1, 1), new StoredEntity("Van Biljon", "PERSON", 1, 1)));
    store.saveEntities(b, List.of(new StoredEntity("Nordair", "ORGANIZATION", 2, 1), new StoredEntity("van Biljon", "PERSON", 2, 1)));
    store.saveEntities(c, List.of(new StoredEntity("Nordair", "ORGANIZATION", 1, 1), new StoredEntity("van Biljon", "PERSON", 1, 1)));

    assertThat(store.entitiesOfStory("s-1")).containsExactly(
        new StoredEntity("Nordair", "ORGANIZATION", 4, 3),
        new StoredEntity("van Biljon", "PERSON", 4, 3));
  }

  @Test
  void aTieBetweenTypesGoesToTheOneWithMoreMentionsThenToAFixedOrder() {
    long a = article("a", "s-1");
    long b = article("b", "s-1");
    store.saveEntities(a, List.of(new StoredEntity("Kerman", "LOCATION", 3, 1), new StoredEntity("Tom & Jerry", "PERSON", 1, 1)));
    store.saveEntities(b, List.of(new StoredEntity("Kerman", "PERSON", 1, 1), new StoredEntity("Tom & Jerry", "ORGANIZATION", 1, 1)));

    assertThat(store.entitiesOfStory("s-1")).containsExactly(
        new StoredEntity("Kerman", "LOCATION", 4, 2),
        new StoredEntity("Tom & Jerry", "ORGANIZATION", 2, 2));
  }

  @Test
  void topEntitiesMergeTypesAcrossStoriesAndKeepTheLimit() {
    long a = article("a", "s-1");
    long b = article("b", "s-2");
    long c = article("c", "s-2");
    store.saveEntities(a, List.of(new StoredEntity("Twitter", "LOCATION", 1, 1), new StoredEntity("Kenya", "LOCATION", 5, 1)));
    store.saveEntities(b, List.of(new StoredEntity("Twitter", "ORGANIZATION", 1, 1)));
    store.saveEntities(c, List.of(new StoredEntity("Twitter", "ORGANIZATION", 1, 1)));

    assertThat(store.topEntities(10)).containsExactly(
        new StoredEntity("Twitter", "ORGANIZATION", 3, 3),
        new StoredEntity("Kenya", "LOCATION", 5, 1));
    assertThat(store.topEntities(1)).extracting(StoredEntity::name).containsExactly("Twitter");
    assertThat(store.entitiesOfStory("s-3")).isEmpty();
  }
}
