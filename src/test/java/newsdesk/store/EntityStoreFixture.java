package newsdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up the entity tests share: before each test a fresh store in a temporary folder holding
 * the given (empty) stories, after it the store closed and the folder deleted; and one call that
 * stores an article naming some entities. Register it as
 * {@code @RegisterExtension final EntityStoreFixture fixture = new EntityStoreFixture("s-1", "s-2");}.
 */
final class EntityStoreFixture implements BeforeEachCallback, AfterEachCallback {
  private final List<String> storyIds;
  private Path dir;
  private SqliteNewsStore store;

  EntityStoreFixture(String... storyIds) {
    this.storyIds = List.of(storyIds);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("entity-store-test");
    store = SqliteNewsStore.open(dir.resolve("test.db"));
    for (String id : storyIds) store.insertStory(new StoryRecord(id, Instant.now(), null, null, Instant.now(), 0, null));
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete " + f, e);
        }
      });
    }
  }

  /** The store of the running test. */
  SqliteNewsStore store() {
    return store;
  }

  /** Stores article {@code id} (at https://example.org/ID) in {@code story}, naming {@code entities}. */
  void article(String id, String story, StoredEntity... entities) {
    long row = store.insertArticle(SqliteNewsStoreTest.article(id, "https://example.org/" + id, story, null)).id();
    store.saveEntities(row, List.of(entities));
  }

  /** An entity as one article names it: {@code mentions} times, in that one article. */
  static StoredEntity named(String name, String type, int mentions) {
    return new StoredEntity(name, type, mentions, 1);
  }
}
