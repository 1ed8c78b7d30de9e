package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops {@code newsdesk run} with SIGTERM (what Ctrl-C and a service manager send) while its poller
 * waits on a feed that does not answer: the process ends on its own, having closed the database
 * (SQLite removes the write-ahead log when its last connection closes), and the fetch it abandoned
 * is not held against the source.
 */
class RunShutdownTest {
  @TempDir Path dir;

  @Test
  void aStoppedRunClosesEverythingAndCountsNoFailureForTheFetchItAbandoned() throws Exception {
    Path data = dir.resolve("data");
    CountDownLatch release = new CountDownLatch(1);
    try (LocalServer server = new LocalServer()) {
      server.route("/slow.xml", exchange -> {
        try {
          release.await(2, TimeUnit.MINUTES); // a feed that never answers while the run is up
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
      });
      CliRun add = CliRun.of("sources", "add", server.url("/slow.xml").toString(), "--no-discover", "--allow-private-network", "--data", data.toString());
      assertThat(add.exit()).as(add.err()).isZero();

      Path out = dir.resolve("out.log");
      Path err = dir.resolve("err.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process run = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
          System.getProperty("java.class.path"), Main.class.getName(), "run", "--port", "0", "--allow-private-network",
          "--data", data.toString())).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (server.count("/slow.xml") == 0 || !Files.readString(out).contains("Serving at")) {
          assertThat(run.isAlive()).as("run ended early: %s", Files.readString(err)).isTrue();
          assertThat(System.nanoTime()).as("run did not start polling: %s", Files.readString(err)).isLessThan(deadline);
          Thread.sleep(50);
        }
        run.destroy(); // SIGTERM
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("run ends on SIGTERM").isTrue();
      } finally {
        run.destroyForcibly();
        release.countDown();
      }
      String log = Files.readString(err);
      assertThat(log).doesNotContain("did not stop").doesNotContain("did not finish").doesNotContain("failed");
      assertThat(data.resolve("newsdesk.db-wal")).as("the database was closed before the process ended").doesNotExist();
      try (SqliteNewsStore store = SqliteNewsStore.open(data.resolve("newsdesk.db"))) {
        Source source = store.sources().getFirst();
        assertThat(source.consecutiveFailures()).isZero();
        assertThat(source.lastError()).isNull();
      }
    }
  }
}
