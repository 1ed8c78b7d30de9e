package newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop of a background thread (poller, index catch-up) under a round that fails. */
class RepeatedRoundTest {
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
  private final List<Throwable> fatal = new ArrayList<>();

  @Test
  void aRoundThatThrowsARuntimeExceptionIsReportedAndTheNextRoundRuns() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    RepeatedRound round = new RepeatedRound("polling", () -> {
      if (rounds.incrementAndGet() == 3) Thread.currentThread().interrupt(); // the stop, after the third round
      throw new IllegalStateException("source unreachable");
    }, log, fatal::add);
    runOnItsOwnThread(round);
    assertThat(rounds).hasValue(3);
    assertThat(fatal).isEmpty();
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("polling failed: source unreachable");
  }

  @Test
  void aRoundThatThrowsAnErrorEndsTheLoopAndCallsTheFatalAction() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    RepeatedRound round = new RepeatedRound("polling", () -> {
      if (rounds.incrementAndGet() == 2) throw error;
      if (rounds.get() > 2) Thread.currentThread().interrupt(); // keeps a broken loop from spinning forever
    }, log, fatal::add);
    runOnItsOwnThread(round);
    assertThat(rounds).as("no round after the error").hasValue(2);
    assertThat(fatal).containsExactly(error);
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("polling failed with java.lang.OutOfMemoryError: Java heap space");
  }

  @Test
  void aStackOverflowIsFatalToo() {
    StackOverflowError error = new StackOverflowError();
    RepeatedRound round = new RepeatedRound("indexing", () -> { throw error; }, log, fatal::add);
    assertThat(round.runOnce()).isFalse();
    assertThat(fatal).containsExactly(error);
  }

  @Test
  void aRoundStoppedOnPurposeIsNotReportedAsAFailure() {
    RepeatedRound round = new RepeatedRound("polling", () -> {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching");
    }, log, fatal::add);
    try {
      assertThat(round.runOnce()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(fatal).isEmpty();
  }

  private static void runOnItsOwnThread(RepeatedRound round) throws InterruptedException {
    Thread thread = Thread.ofPlatform().start(() -> round.repeatUntilInterrupted(Duration.ZERO, false));
    thread.join();
  }
}
