package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.config.IngestLocks;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands take the clock once, at the entry point ({@link Main#commandLine(IngestLocks, java.time.Clock)}),
 * and pass it down: the store stamps a new source and a brief with it, and fetch decides what is due by it.
 */
class CommandClockTest {
  private static final Instant T = Instant.parse("2031-05-06T07:08:09Z");
  @TempDir Path dir;
  private final LocalServer server = new LocalServer();
  private final ManualClock clock = new ManualClock(T);
  private final IngestLocks locks = new IngestLocks();

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(dir.resolve("data").toString());
    return CliRun.of(locks, clock, all.toArray(String[]::new));
  }

  private String column(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("newsdesk.db").toAbsolutePath());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  @Test
  void sourcesAddFetchAndExportRunOnTheClockTheCommandLineWasGiven() throws Exception {
    server.route("/news.rss", LocalServer.text(200, "application/rss+xml", "<rss version='2.0'><channel><title>News</title>"
        + "<item><title>Volcano erupts</title><description>The volcano erupted on Tuesday, and ash fell on the villages nearby.</description>"
        + "</item></channel></rss>"));
    String url = server.url("/news.rss").toString();

    CliRun add = run("sources", "add", url, "--no-discover", "--allow-private-network");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(column("SELECT added_at FROM sources")).isEqualTo("2031-05-06T07:08:09.000000000Z");

    clock.advance(Duration.ofMinutes(1));
    CliRun fetch = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(fetch.exit()).as(fetch.err()).isZero();
    assertThat(fetch.err()).contains("1 story briefed");
    assertThat(column("SELECT computed_at FROM briefs")).isEqualTo("2031-05-06T07:09:09.000000000Z");

    CliRun idle = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(idle.err()).as("due by the given clock: polled a moment ago").contains("No source is due: the next is " + url + " at 2031-05-06T");
    clock.advance(Duration.ofDays(2));
    CliRun due = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(due.exit()).as(due.err()).isZero();
    assertThat(due.err()).as("two days later by the given clock, the source is due again").doesNotContain("No source is due");

    CliRun export = run("sources", "export");
    assertThat(export.out()).contains("<dateCreated>Thu, 8 May 2031 07:09:09 GMT</dateCreated>");
  }
}
