package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the demo ingestion with SIGKILL while it stores articles, runs it again, and checks that
 * it resumed: nothing lost, nothing stored twice, a sound database, an index that agrees, and the
 * same stories as a run that was never interrupted.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  private Process demo(Path data, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "demo", "--no-serve", "--data", data.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static long count(Path db, String sql) {
    if (!Files.exists(db)) return 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // the schema is not there yet
    }
  }

  /** The articles (canonical URLs) of each story, whatever the stories' ids. */
  private static Set<Set<String>> stories(Path db) throws SQLException {
    Map<String, Set<String>> byStory = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT story_id, canonical_url FROM articles WHERE story_id IS NOT NULL")) {
      while (rs.next()) byStory.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
    }
    return new HashSet<>(byStory.values());
  }

  @Test
  void aKilledIngestionResumesWithoutLosingOrDuplicatingArticles() throws Exception {
    Path data = dir.resolve("data");
    Path db = data.resolve("newsdesk.db");
    Process first = demo(data, dir.resolve("first.log"));
    long atKill = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (first.isAlive() && System.nanoTime() < deadline) {
      atKill = count(db, "SELECT count(*) FROM articles");
      if (atKill >= 5) break;
      Thread.sleep(5);
    }
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(atKill).as("the first run must be killed while it stores articles; log: %s",
        Files.readString(dir.resolve("first.log"))).isBetween(5L, 290L);

    Process second = demo(data, dir.resolve("second.log"));
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();

    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(291);
    assertThat(count(db, "SELECT count(DISTINCT canonical_url) FROM articles")).isEqualTo(291);
    assertThat(count(db, "SELECT count(*) FROM stories s LEFT JOIN briefs b ON b.story_id = s.id "
        + "WHERE s.merged_into IS NULL AND (b.story_id IS NULL OR b.story_version <> s.version)")).isZero();
    try (SqliteNewsStore store = SqliteNewsStore.open(db)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
    try (LuceneArticleIndex index = new LuceneArticleIndex(data.resolve("index"))) {
      assertThat(index.size()).isEqualTo(291);
      assertThat(index.indexedThrough()).isEqualTo(count(db, "SELECT max(id) FROM articles"));
    }
    String digest = Files.readString(dir.resolve("second.log"));
    assertThat(digest).contains("Read more at Wikinews: https://en.wikinews.org/wiki/");

    // The restart placed the rest as a run that never stopped does: same stories, article for article.
    Path uninterrupted = dir.resolve("uninterrupted");
    Process whole = demo(uninterrupted, dir.resolve("uninterrupted.log"));
    assertThat(whole.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(whole.exitValue()).as(Files.readString(dir.resolve("uninterrupted.log"))).isZero();
    assertThat(stories(db)).as("stories after a kill at %d articles and a restart", atKill)
        .isEqualTo(stories(uninterrupted.resolve("newsdesk.db")));

    // A third run, on another port, adds nothing: the demo's sources are registered by key.
    Process third = demo(data, dir.resolve("third.log"));
    assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(third.exitValue()).as(Files.readString(dir.resolve("third.log"))).isZero();
    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(291);
    assertThat(count(db, "SELECT count(*) FROM sources")).isEqualTo(count(db, "SELECT count(DISTINCT key) FROM sources"));
    assertThat(Files.readString(dir.resolve("third.log"))).contains("Ingested 0 new articles");
  }
}
