package newsdesk.web;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Deletes article bodies older than the retention setting, hourly and when the setting changes.
 * Stories keep their briefs (stored separately); the pruned articles are indexed again so that
 * search no longer finds their deleted text.
 */
final class Retention implements AutoCloseable {
  static final Duration PERIOD = Duration.ofHours(1);
  private static final int BATCH = 500;

  private final NewsStore store;
  private final ArticleIndex index;
  private final Clock clock;
  private final PrintStream log;
  private final Runnable afterPrune;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("retention").unstarted(r));

  Retention(NewsStore store, ArticleIndex index, Clock clock, PrintStream log, Runnable afterPrune) {
    this.afterPrune = afterPrune;
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.log = log;
  }

  void start(IntSupplier days) {
    scheduler.scheduleAtFixedRate(() -> {
      try {
        runNow(days.getAsInt());
      } catch (RuntimeException e) {
        // One failed round must not stop later ones.
        log.println("newsdesk web: retention failed: " + e.getMessage());
      }
    }, PERIOD.toMinutes(), PERIOD.toMinutes(), TimeUnit.MINUTES);
  }

  /** Prunes bodies older than {@code days} days (nothing when 0); returns how many articles lost their body. */
  synchronized int runNow(int days) {
    if (days <= 0) return 0;
    List<Long> ids = store.pruneArticleBodies(clock.instant().minus(Duration.ofDays(days)));
    List<StoredArticle> batch = new ArrayList<>();
    long indexed = index.indexedThrough();
    for (long id : ids) {
      // Articles the index has not reached yet are indexed later, already without their body.
      if (id > indexed) continue;
      store.article(id).ifPresent(batch::add);
      if (batch.size() == BATCH) {
        index.add(batch);
        batch.clear();
      }
    }
    index.add(batch);
    if (!ids.isEmpty()) afterPrune.run();
    return ids.size();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
