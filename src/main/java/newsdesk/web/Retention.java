package newsdesk.web;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import newsdesk.config.RepeatedRound;
import newsdesk.pipeline.IndexSync;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;

/**
 * Deletes article bodies older than the retention setting, hourly and when the setting changes.
 * Stories keep their briefs (stored separately). The prune marks the articles for re-indexing in
 * its own transaction ({@link NewsStore#pruneArticleBodies}), and the index catch-up that follows
 * replaces their documents, so that search no longer finds the deleted text; should the process
 * die in between, the next catch-up (at start-up, or the serving process's periodic one) does it.
 */
final class Retention implements AutoCloseable {
  static final Duration PERIOD = Duration.ofHours(1);
  private final NewsStore store;
  private final IndexSync indexSync;
  private final Clock clock;
  private final PrintStream log;
  private final Runnable afterPrune;
  private final Consumer<Throwable> fatal;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("retention").unstarted(r));

  /** {@code fatal}: ends the process after an {@code Error} in a scheduled round (see {@link RepeatedRound}). */
  Retention(NewsStore store, ArticleIndex index, Clock clock, PrintStream log, Runnable afterPrune, Consumer<Throwable> fatal) {
    this.fatal = fatal;
    this.afterPrune = afterPrune;
    this.store = store;
    this.indexSync = new IndexSync(store, index);
    this.clock = clock;
    this.log = log;
  }

  void start(IntSupplier days) {
    Runnable round = scheduledRound(days);
    scheduler.scheduleAtFixedRate(round, PERIOD.toMinutes(), PERIOD.toMinutes(), TimeUnit.MINUTES);
  }

  /**
   * One scheduled round: a failure is reported and the next round runs; an {@code Error} goes to
   * the fatal action, since the scheduler would otherwise cancel every later round without a word.
   */
  Runnable scheduledRound(IntSupplier days) {
    RepeatedRound round = new RepeatedRound("newsdesk web: retention", () -> runNow(days.getAsInt()), log, fatal);
    return round::runOnce;
  }

  /** Prunes bodies older than {@code days} days (nothing when 0); returns how many articles lost their body. */
  synchronized int runNow(int days) {
    if (days <= 0) return 0;
    List<Long> ids = store.pruneArticleBodies(clock.instant().minus(Duration.ofDays(days)));
    if (ids.isEmpty()) return 0;
    try {
      indexSync.catchUp();
    } finally {
      afterPrune.run(); // cached results may quote the deleted text
    }
    return ids.size();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
