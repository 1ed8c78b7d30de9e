package newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * The admission's working set in memory: the clusterer, the near-duplicate index, and which
 * cluster is which story. It changes inside an admission's transaction, as placing the article
 * decides what to store; when the transaction rolls back, those changes cannot be taken back one by
 * one (a merge, the term statistics), so the working set is rebuilt from the store as at start-up
 * ({@link #resume}): memory never keeps a story, merge or document that the store does not have,
 * and a retried article is placed once. Failures are rare (a full disk, a bug), and a rebuild costs
 * what a start does (see {@link Admitter}).
 */
final class WorkingSet {
  // Under the admitter's name: the lines name their logger (logback.xml), and read as before.
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Admitter.class);

  private final NewsStore store;
  private final Stages stages;
  private final StageTimer timer;
  /**
   * Clusterer story keys to our story ids; restored stories use our ids as keys. Only stories of the
   * clusterer's working set are kept: the others are dropped ({@link #forgetClosedStories}).
   */
  private final Map<String, String> storyOfCluster = new HashMap<>();
  /** The size of {@link #storyOfCluster} at which closed stories are next dropped from it. */
  private int pruneAt = MIN_PRUNE;
  private static final int MIN_PRUNE = 1024;
  /** The window {@link #resume} restored, to restore the same after a failed admission. */
  private Duration activeWindow;
  /** True from a failed admission until the working set is the store's again ({@link #rebuild}). */
  private boolean stale;

  WorkingSet(NewsStore store, Stages stages, StageTimer timer) {
    this.store = store;
    this.stages = stages;
    this.timer = timer;
  }

  /**
   * Puts the stories still active back into the clusterer and the near-duplicate index, so a new
   * run continues where the last one stopped.
   */
  void resume(Duration activeWindow) {
    this.activeWindow = activeWindow;
    restoreFromStore();
  }

  /**
   * Rebuilds the working set when a failed admission left it {@link #stale}; throws when that
   * rebuild fails (the working set stays stale, and the next admission tries again).
   */
  void requireCurrent() {
    if (stale) rebuild();
  }

  /**
   * Forgets the working set and restores it from the store (see the class comment); until that
   * succeeds every admission tries it again first, and fails if it fails.
   */
  private void rebuild() {
    if (activeWindow == null) throw new IllegalStateException("the working set was never resumed");
    stale = true;
    stages.clusterer().clear();
    stages.nearDuplicates().clear();
    storyOfCluster.clear();
    restoreFromStore();
    stale = false;
  }

  /**
   * An article whose analysis or clustering fails here (as it may have failed when it was admitted,
   * see {@link StoryPlacer#placeInTransaction}) is left out of the clusterer, so no later article joins its
   * story this run; the others are restored, and a start never fails on one article.
   */
  private void restoreFromStore() {
    Instant newest = store.newestArticleTime();
    if (newest == null) return;
    for (StoredArticle a : store.storyArticlesSince(newest.minus(activeWindow))) {
      try {
        AnalyzedDocument analyzed = timer.time("cluster", () -> stages.analyzer().analyze(CandidateArticles.document(a)));
        timer.time("cluster", () -> { stages.clusterer().restore(analyzed, a.storyId()); return null; });
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("article {} of story {} is left out of the stories later articles may join: {}", a.url(), a.storyId(),
            Failures.describe(e));
      }
      storyOfCluster.put(a.storyId(), a.storyId());
      timer.time("dedup", () -> stages.nearDuplicates().add(a.publicId(), dedupText(a)));
    }
  }

  /**
   * Runs {@code transaction}, a store transaction that places articles in the working set
   * ({@link StoryPlacer#placeInTransaction}). When it fails, the working set may hold what the store rolled
   * back, and is rebuilt from the store before the failure is thrown on; when it commits although
   * the clusterer failed in it, the working set is rebuilt too (see {@link #rebuildIfStale}).
   */
  <T> T changingWorkingSet(Supplier<T> transaction) {
    if (stale) rebuild();
    T result;
    try {
      result = transaction.get();
    } catch (RuntimeException | Error e) {
      stale = true;
      if (e instanceof RuntimeException || e instanceof StackOverflowError) {
        try {
          rebuild();
        } catch (RuntimeException | StackOverflowError again) {
          e.addSuppressed(again); // still stale: the next admission tries again
        }
      }
      throw e;
    }
    rebuildIfStale();
    return result;
  }

  /**
   * Rebuilds the working set after an admission that committed although the clusterer failed in it
   * (its state is unknown); the article is stored, so a rebuild that fails is logged, not thrown,
   * and the next admission tries it again first.
   */
  private void rebuildIfStale() {
    if (!stale) return;
    try {
      rebuild();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("could not rebuild the stories in memory; the next article tries again", e);
    }
  }

  /** Marks the working set's state unknown (the clusterer failed): it is rebuilt once the transaction is over. */
  void markStale() {
    stale = true;
  }

  /** Our story id for the clusterer's story {@code clusterKey}; a key not seen before maps to {@code newStory}'s. */
  String storyOf(String clusterKey, Supplier<String> newStory) {
    return storyOfCluster.computeIfAbsent(clusterKey, key -> newStory.get());
  }

  /** Forgets the clusterer's story {@code clusterKey} (it was absorbed); returns our story id it led to, or null. */
  String forget(String clusterKey) {
    return storyOfCluster.remove(clusterKey);
  }

  /** Leads every cluster key that led to story {@code left} (merged into {@code into}) to {@code into}. */
  void redirect(String left, String into) {
    storyOfCluster.replaceAll((key, story) -> story.equals(left) ? into : story);
  }

  /**
   * Drops the keys of stories that left the clusterer's working set (no document joins them again),
   * once the map has doubled since it was last pruned: it stays within twice the working set, at
   * a cost spread over the admissions.
   */
  void forgetClosedStories() {
    if (storyOfCluster.size() < pruneAt) return;
    storyOfCluster.keySet().removeIf(key -> !stages.clusterer().isActive(key));
    pruneAt = Math.max(MIN_PRUNE, 2 * storyOfCluster.size());
  }

  /** Headline and body: what the near-duplicate index was measured on. */
  static String dedupText(StoredArticle a) {
    return a.title() + "\n\n" + a.text();
  }
}
