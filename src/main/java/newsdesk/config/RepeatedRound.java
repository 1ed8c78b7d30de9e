package newsdesk.config;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A round of background work that a long-running process repeats (the poller of {@code run}, the
 * index catch-up of {@code serve}, the retention job of the web server). A round that throws a
 * {@link RuntimeException} is reported and the next round tries again: one failed round must not
 * stop the service. Anything else it throws (an {@link Error} such as {@link OutOfMemoryError}) is
 * reported and handed to the <em>fatal action</em>, and no further round runs: after such an error
 * the process is no longer trustworthy, and a process that kept serving without its background
 * work (a frozen digest, an ingest lock held by a dead poller) would never recover on its own,
 * whereas one that ends is restarted by its supervisor. The fatal action ends the process (see
 * {@link #EXIT}); a command that cleans up on its way out passes its own.
 */
public final class RepeatedRound {
  /** The fatal action of a process with no cleanup of its own: exit with status 1 (shutdown hooks run). */
  public static final Consumer<Throwable> EXIT = error -> System.exit(1);

  private final String what;
  private final Runnable round;
  private final PrintStream log;
  private final Consumer<Throwable> fatal;

  /**
   * @param what  what the round does, for the messages ({@code "newsdesk run: polling"})
   * @param round the work of one round
   * @param log   where failures are reported
   * @param fatal called once with an error that must end the process
   */
  public RepeatedRound(String what, Runnable round, PrintStream log, Consumer<Throwable> fatal) {
    if (what == null || round == null || log == null || fatal == null) {
      throw new IllegalArgumentException("what, round, log and fatal must not be null");
    }
    this.what = what;
    this.round = round;
    this.log = log;
    this.fatal = fatal;
  }

  /**
   * Runs one round. Returns true when the next round may run (the round succeeded, or failed with
   * a {@code RuntimeException}, reported), false when it ended with an error that was handed to
   * the fatal action. A round interrupted on purpose (the thread's interrupt flag is set) is not
   * reported as a failure.
   */
  public boolean runOnce() {
    try {
      round.run();
      return true;
    } catch (RuntimeException e) {
      if (!Thread.currentThread().isInterrupted()) log.println(what + " failed: " + e.getMessage());
      return true;
    } catch (Throwable e) {
      log.println(what + " failed with " + e + "; stopping, so that a supervisor can restart the process");
      fatal.accept(e);
      return false;
    }
  }

  /**
   * Runs rounds on the current thread until it is interrupted or a round ends with a fatal error,
   * waiting {@code pause} before each round when {@code pauseFirst}, else after each.
   */
  public void repeatUntilInterrupted(Duration pause, boolean pauseFirst) {
    if (pause == null || pause.isNegative()) throw new IllegalArgumentException("pause must not be negative: " + pause);
    boolean first = true;
    while (!Thread.currentThread().isInterrupted()) {
      if (pauseFirst || !first) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          return;
        }
      }
      first = false;
      if (!runOnce()) return;
    }
  }
}
