package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one file, as {@code fetch} beside {@code serve}: neither write is lost or refused. */
class ConcurrentWritersTest {
  @TempDir Path dir;

  @Test
  void aTransactionThatReadsThenWritesIsNotRefusedByAnotherWriter() throws Exception {
    Path file = dir.resolve("newsdesk.db");
    try (SqliteNewsStore first = SqliteNewsStore.open(file); SqliteNewsStore second = SqliteNewsStore.open(file);
        ExecutorService other = Executors.newSingleThreadExecutor()) {
      Future<?>[] otherWrite = new Future<?>[1];
      first.inTransaction(() -> {
        first.hasGuid(1, "x"); // a read opens the transaction's snapshot
        otherWrite[0] = other.submit(() -> second.insertArticle(article("b")));
        try {
          // With deferred transactions the other write commits now and ours below fails.
          otherWrite[0].get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          // expected: it waits for this transaction to end
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        first.insertArticle(article("a"));
        return null;
      });
      otherWrite[0].get(20, TimeUnit.SECONDS);
      assertThat(first.articleCount()).isEqualTo(2);
    }
  }

  private static StoredArticle article(String id) {
    String url = "https://example.org/" + id;
    return new StoredArticle(0, id, null, id, url, url, "Outlet", "Title " + id, List.of(), Instant.EPOCH, Instant.EPOCH,
        "en", null, null, "Text " + id, "page", "hash-" + id, null, null);
  }
}
