package newsdesk.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) for a long-running command ({@code serve}, {@code run}, {@code demo}), handled
 * so that the command cleans up before the JVM halts. The JVM halts as soon as its shutdown hooks
 * return; a hook that only woke the main thread would let it halt halfway through closing the web
 * server, the search index and the database. So the hook {@linkplain #stopAndAwaitCleanup() asks the
 * command to stop and then waits} until the command says it is done by {@link #close()}, at most
 * {@code cleanupLimit}: a cleanup that hangs cannot keep the process from ending.
 *
 * <p>Use it as the outermost resource, so that it is closed after everything else:
 * {@code try (StopSignal stop = StopSignal.onShutdown(); Workspace ws = ...) { ... stop.await(); }}.
 */
final class StopSignal implements AutoCloseable {
  /** How long a shutdown waits for the command to close what it holds. */
  static final Duration CLEANUP_LIMIT = Duration.ofSeconds(30);

  /** How long the command waits for one of its threads (the poller, the index catch-up) to end. */
  static final Duration JOIN_LIMIT = Duration.ofSeconds(20);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final Duration cleanupLimit;
  private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();

  /** A signal no hook is registered for: {@link #stopAndAwaitCleanup()} is called by its owner (tests). */
  StopSignal(Duration cleanupLimit) {
    if (cleanupLimit.isNegative()) throw new IllegalArgumentException("cleanupLimit must not be negative: " + cleanupLimit);
    this.cleanupLimit = cleanupLimit;
  }

  /** A signal raised by the JVM's shutdown (Ctrl-C, SIGTERM), which waits up to {@link #CLEANUP_LIMIT}. */
  static StopSignal onShutdown() {
    StopSignal signal = new StopSignal(CLEANUP_LIMIT);
    Runtime.getRuntime().addShutdownHook(new Thread(signal::stopAndAwaitCleanup, "newsdesk-shutdown"));
    return signal;
  }

  /** Blocks until a stop is requested. */
  void await() throws InterruptedException {
    requested.await();
  }

  /**
   * Requests the stop because a background thread of the command failed with {@code error} (an
   * {@link Error}, see {@link newsdesk.config.RepeatedRound}): the command cleans up as for Ctrl-C
   * and then ends with status 1, so that a supervisor restarts it. The command's fatal action.
   */
  void fail(Throwable error) {
    failure.compareAndSet(null, error);
    requested.countDown();
  }

  /** The error that {@linkplain #fail failed} the command, or null when it was stopped or is running. */
  Throwable failure() {
    return failure.get();
  }

  /** The command's exit status once stopped: 1 after a {@linkplain #fail failure}, else 0. */
  int exitStatus() {
    return failure.get() == null ? 0 : 1;
  }

  /** Whether a stop has been requested. */
  boolean stopRequested() {
    return requested.getCount() == 0;
  }

  /**
   * Requests the stop and waits until the command has {@linkplain #close() cleaned up}, at most the
   * cleanup limit. Returns whether the cleanup finished in time. The shutdown hook's body.
   */
  boolean stopAndAwaitCleanup() {
    requested.countDown();
    try {
      boolean done = cleanedUp.await(cleanupLimit.toNanos(), TimeUnit.NANOSECONDS);
      if (!done) System.err.println("newsdesk: cleanup did not finish within " + cleanupLimit.toSeconds() + " s; stopping anyway");
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Interrupts {@code thread} and waits for it to end, at most {@code limit}, so that what it uses is
   * not closed under it. Says so on stderr when it does not end in time (the caller goes on).
   */
  static boolean interruptAndJoin(Thread thread, Duration limit) throws InterruptedException {
    thread.interrupt();
    if (thread.join(limit)) return true;
    System.err.println("newsdesk: " + thread.getName() + " did not stop within " + limit.toSeconds() + " s");
    return false;
  }

  /** Says the command has closed everything it held: a waiting shutdown may now halt the JVM. */
  @Override
  public void close() {
    cleanedUp.countDown();
  }
}
