package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StopSignalTest {
  @Test
  void theShutdownWaitsUntilTheCommandHasCleanedUp() throws Exception {
    StopSignal signal = new StopSignal(Duration.ofMinutes(5));
    CompletableFuture<Boolean> hook = CompletableFuture.supplyAsync(signal::stopAndAwaitCleanup);
    signal.await(); // the command is told to stop...
    assertThat(signal.stopRequested()).isTrue();
    assertThat(hook).isNotDone(); // ...and the JVM may not halt while it cleans up
    signal.close();
    assertThat(hook.get()).isTrue();
  }

  @Test
  void aCleanupThatHangsCannotKeepTheProcessFromEnding() {
    StopSignal signal = new StopSignal(Duration.ZERO);
    assertThat(signal.stopAndAwaitCleanup()).isFalse();
    assertThat(signal.stopRequested()).isTrue();
  }

  @Test
  void aCommandThatEndedOnItsOwnDoesNotHoldTheShutdown() {
    StopSignal signal = new StopSignal(Duration.ofMinutes(5));
    signal.close();
    assertThat(signal.stopAndAwaitCleanup()).isTrue();
  }

  @Test
  void aThreadIsInterruptedAndWaitedFor() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finishedCleanly = new CountDownLatch(1);
    Thread worker = Thread.ofPlatform().start(() -> {
      started.countDown();
      try {
        Thread.sleep(Duration.ofMinutes(5));
      } catch (InterruptedException e) {
        finishedCleanly.countDown();
      }
    });
    started.await();
    assertThat(StopSignal.interruptAndJoin(worker, Duration.ofMinutes(1))).isTrue();
    assertThat(worker.isAlive()).isFalse();
    assertThat(finishedCleanly.getCount()).isZero();
  }

  @Test
  void aFailedBackgroundThreadStopsTheCommandWithStatusOne() throws Exception {
    StopSignal signal = new StopSignal(Duration.ofMinutes(5));
    assertThat(signal.exitStatus()).isZero();
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    signal.fail(error);
    signal.await(); // the command wakes up and cleans up as for Ctrl-C...
    assertThat(signal.stopRequested()).isTrue();
    assertThat(signal.failure()).isSameAs(error);
    assertThat(signal.exitStatus()).as("...and then exits 1, so that a supervisor restarts it").isEqualTo(1);
  }
}
