package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import newsdesk.config.IngestLocks;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The discovery limits users set ({@code --discovery-deadline}, {@code --discovery-guess-timeout})
 * on every command that discovers: parsed into the fetcher's configuration, defaulting to
 * {@link FetchConfig#defaults()}, and a bad value refused as a usage error naming the option.
 */
class DiscoveryOptionsTest {
  @TempDir Path dir;
  private final LocalServer server = new LocalServer();
  private final CountDownLatch end = new CountDownLatch(1);

  @AfterEach
  void stop() {
    end.countDown();
    server.close();
  }

  private static FetchConfig sourcesAdd(String... options) {
    SourcesAddCommand add = new SourcesAddCommand();
    new CommandLine(add).parseArgs(concat(new String[] {"https://example.org/"}, options));
    return add.discovery.applyTo(add.network.config());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void withoutTheOptionsDiscoveryKeepsTheFetcherDefaults() {
    FetchConfig config = sourcesAdd();
    assertThat(config.discoveryDeadline()).isEqualTo(FetchConfig.defaults().discoveryDeadline());
    assertThat(config.guessTimeout()).isEqualTo(FetchConfig.defaults().guessTimeout());
  }

  @Test
  void theOptionsSetBothLimitsInSeconds() {
    FetchConfig config = sourcesAdd("--discovery-deadline", "90", "--discovery-guess-timeout=3");
    assertThat(config.discoveryDeadline()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.guessTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(sourcesAdd("--discovery-deadline", "86400").discoveryDeadline()).isEqualTo(Duration.ofDays(1));
  }

  /** The web form and the API discover through the serving commands' own options. */
  @Test
  void everyServingCommandTakesTheLimitsForTheSourcesReadersAdd() {
    ServeCommand serve = new ServeCommand();
    RunCommand run = new RunCommand(new IngestLocks());
    DemoCommand demo = new DemoCommand(new IngestLocks());
    String[] args = {"--discovery-deadline", "20", "--discovery-guess-timeout", "2"};
    new CommandLine(serve).parseArgs(args);
    new CommandLine(run).parseArgs(args);
    new CommandLine(demo).parseArgs(args);
    for (FetchConfig config : List.of(ServeCommand.readerSources(serve.network, serve.discovery),
        ServeCommand.readerSources(run.network, run.discovery), ServeCommand.readerSources(demo.network, demo.discovery))) {
      assertThat(config.discoveryDeadline()).isEqualTo(Duration.ofSeconds(20));
      assertThat(config.guessTimeout()).isEqualTo(Duration.ofSeconds(2));
    }
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheOptionWithoutAStackTrace() {
    List<String> bad = List.of("0", "-5", "abc", "1.5", "10s", "", "86401", "99999999999999999999999");
    for (String option : List.of("--discovery-deadline", "--discovery-guess-timeout")) {
      for (String value : bad) {
        // Refused while the command line is read: nothing is fetched, example.org is never asked.
        CliRun r = CliRun.of("sources", "add", "https://example.org/", "--data", dir.resolve("data").toString(), option, value);
        assertThat(r.exit()).as(option + " " + value).isEqualTo(2);
        String first = r.err().lines().findFirst().orElse("");
        assertThat(first).as(option + " " + value)
            .startsWith("newsdesk sources add: Invalid value for option '" + option + "': ");
        assertThat(r.err()).as(option + " " + value).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
    assertThat(CliRun.of("sources", "add", "https://example.org/", "--discovery-deadline", "0").err().lines().findFirst())
        .hasValue("newsdesk sources add: Invalid value for option '--discovery-deadline': must be from 1 to 86400 seconds, got 0");
    assertThat(CliRun.of("sources", "add", "https://example.org/", "--discovery-guess-timeout", "-5").err().lines().findFirst())
        .hasValue("newsdesk sources add: Invalid value for option '--discovery-guess-timeout': must be from 1 to 10 seconds "
            + "(a request waits at most 10 s to connect), got -5");
    assertThat(CliRun.of("sources", "add", "https://example.org/", "--discovery-guess-timeout", "8s").err().lines().findFirst())
        .hasValue("newsdesk sources add: Invalid value for option '--discovery-guess-timeout': '8s' is not a whole number of seconds (such as 30)");
    CliRun serve = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--discovery-deadline", "zero");
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err()).startsWith("newsdesk serve: Invalid value for option '--discovery-deadline': 'zero' is not a whole number");
  }

  /**
   * A guess is one request, which is given up after the fetcher's connection timeout however long
   * the guess timeout: a longer one is refused rather than named in a message it was not kept to.
   */
  @Test
  void aGuessTimeoutLongerThanARequestIsWaitedForIsRefused() {
    Duration limit = FetchConfig.defaults().exchangeLimit();
    assertThat(limit).isEqualTo(FetchConfig.defaults().connectTimeout()).isLessThan(FetchConfig.defaults().requestTimeout());
    assertThat(sourcesAdd("--discovery-guess-timeout", String.valueOf(limit.toSeconds())).guessTimeout()).isEqualTo(limit);
    for (String value : List.of(String.valueOf(limit.toSeconds() + 1), "30", "60", "86400")) {
      CliRun r = CliRun.of("sources", "add", "https://example.org/", "--data", dir.resolve("data").toString(),
          "--discovery-guess-timeout", value);
      assertThat(r.exit()).as(value).isEqualTo(2);
      assertThat(r.err().lines().findFirst()).as(value).hasValue("newsdesk sources add: Invalid value for option "
          + "'--discovery-guess-timeout': must be from 1 to 10 seconds (a request waits at most 10 s to connect), got " + value);
    }
    CliRun serve = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--discovery-guess-timeout", "60");
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err()).startsWith("newsdesk serve: Invalid value for option '--discovery-guess-timeout': must be from 1 to 10");
  }

  /**
   * The guess timeout given reaches discovery: a guessed feed path that never answers stops the
   * guessing after it, and the message names the limit given. The hanging answer waits until the
   * test ends, so the limit is certainly reached, however fast the machine.
   */
  @Test
  void sourcesAddGuessesWithTheTimeoutGiven() {
    server.route("/", LocalServer.text(200, "text/html", "<html><head><title>No feed here</title></head><body>hi</body></html>"));
    server.route("/feed", exchange -> {
      try {
        end.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("test over");
    });
    CliRun r = CliRun.of("sources", "add", server.url("/").toString(), "--data", dir.resolve("data").toString(),
        "--allow-private-network", "--host-delay-ms", "0", "--discovery-guess-timeout", "1");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("guessing stopped on 127.0.0.1 when " + server.url("/feed") + " did not answer within 1 s");
    assertThat(server.requests()).containsExactly("/", "/feed");
  }
}
