package newsdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.demo.DemoCorpus;
import newsdesk.pipeline.StoredRelatedStories;
import newsdesk.search.ArticleIndex;
import newsdesk.search.SearchFilter;
import newsdesk.search.SearchHit;
import newsdesk.store.NewsStore;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoryRecord;
import newsdesk.web.load.CorpusGenerator;

/**
 * What one related-stories update costs on a store of {@code n} stories spread evenly over a year
 * ({@link CorpusGenerator}: three variations of a demo article each), when the changed stories are
 * the three newest and the oldest (a backlog article joining a year-old story). It runs the
 * pipeline's {@link StoredRelatedStories}, then the same instance again after the three newest
 * changed once more (the next minute of {@code run}: profiles kept), then the implementation it replaced
 * ({@link HullWindowRelatedStories}), each after a full collection, and reports the stories each
 * listed from the store (ranked against) and profiled (articles read and analysed), its time, the
 * heap in use after the collection and its peak heap (the sum of the heap pools' peaks since the
 * collection, so an upper bound).
 */
final class RelatedCostBenchmark {
  private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration SPAN = Duration.ofDays(365);

  private final PrintStream out;
  private final PrintStream err;

  RelatedCostBenchmark(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  void run(List<Integer> sizes) throws IOException {
    for (int n : sizes) {
      if (n < 10) throw new UserError("--cost: need at least 10 stories, got " + n);
    }
    out.printf(Locale.ROOT, "%-8s %-7s %-16s %8s %9s %9s %14s %14s%n", "stories", "changed", "update", "listed", "profiled", "time s",
        "heap before MB",
        "peak heap MB");
    for (int n : sizes) {
      Path dir = Files.createTempDirectory("newsdesk-bench-related-");
      try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
        long t0 = System.nanoTime();
        new CorpusGenerator(DemoCorpus.load(), END, SPAN).generate(store, new NoIndex(), 3 * n, done -> {});
        err.printf(Locale.ROOT, "generated %d stories over %d days in %.0f s%n", n, SPAN.toDays(), (System.nanoTime() - t0) / 1e9);
        List<String> all = store.storiesUpdatedBetween(END.minus(SPAN).minus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)),
            Integer.MAX_VALUE).stream().sorted(Comparator.comparing(StoryRecord::lastPublished)).map(StoryRecord::id).toList();
        List<String> changed = List.of(all.getFirst(), all.get(all.size() - 3), all.get(all.size() - 2), all.getLast());
        Result after = measureAfter(store, n, changed);
        Result before = measure(store, s -> new HullWindowRelatedStories(RelatedStoryFinder.Settings.defaults()).update(s, changed));
        print(n, changed.size(), "before (hull)", before);
        // A reference that failed would have needed more time and heap than it had used: the ratios are upper bounds.
        String bound = before.error == null ? "" : "< ";
        out.printf(Locale.ROOT, "%-8d %-7d %-16s %8s %9s %9s %14s %14s%n", n, changed.size(), "after/before", "", "",
            bound + String.format(Locale.ROOT, "%.3f", after.seconds / before.seconds), "",
            bound + String.format(Locale.ROOT, "%.3f", (double) after.peakBytes / before.peakBytes));
      } finally {
        deleteTree(dir);
      }
    }
  }

  /** The new update, then the next run's; the kept profiles are garbage once this returns. */
  private Result measureAfter(NewsStore store, int n, List<String> changed) {
    StoredRelatedStories updater = new StoredRelatedStories(RelatedStoryFinder.Settings.defaults());
    Result after = measure(store, s -> updater.update(s, changed));
    print(n, changed.size(), "after (windows)", after);
    // A minute later the newest stories gained articles again: only their profiles are built anew.
    List<String> newest = changed.subList(1, changed.size());
    newest.forEach(id -> store.storyChanged(id, END));
    print(n, newest.size(), "after, next run", measure(store, s -> updater.update(s, newest)));
    return after;
  }

  private interface Update {
    void run(NewsStore store);
  }

  private record Result(int listed, int profiled, double seconds, long baseBytes, long peakBytes, String error) {}

  private Result measure(NewsStore store, Update update) {
    Set<String> listed = ConcurrentHashMap.newKeySet();
    Set<String> profiled = ConcurrentHashMap.newKeySet();
    NewsStore counting = (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("articlesOfStory")) profiled.add((String) args[0]);
          try {
            Object result = method.invoke(store, args);
            if (method.getName().equals("storiesUpdatedBetween")) {
              for (Object story : (List<?>) result) listed.add(((StoryRecord) story).id());
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long base = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    String error = null;
    try {
      update.run(counting);
    } catch (OutOfMemoryError e) {
      error = "OutOfMemoryError (-Xmx " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)";
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Result(listed.size(), profiled.size(), seconds, base, peak, error);
  }

  private void print(int n, int changed, String name, Result r) {
    out.printf(Locale.ROOT, "%-8d %-7d %-16s %8d %9d %9.2f %14.0f %14.0f%s%n", n, changed, name, r.listed, r.profiled, r.seconds,
        r.baseBytes / 1048576.0, r.peakBytes / 1048576.0, r.error == null ? "" : "  " + r.error);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The generator indexes what it inserts; the related-stories update never searches. */
  private static final class NoIndex implements ArticleIndex {
    private long through;

    @Override public void add(List<StoredArticle> articles) {
      articles.forEach(a -> through = Math.max(through, a.id()));
    }
    @Override public long indexedThrough() {
      return through;
    }
    @Override public int size() {
      return 0;
    }
    @Override public void clear() {}
    @Override public int replaceAll(LongFunction<List<StoredArticle>> batchAfter) {
      return 0;
    }
    @Override public List<SearchHit> search(String query, int limit) {
      return new ArrayList<>();
    }
    @Override public List<SearchHit> search(String query, SearchFilter filter, int offset, int limit) {
      return new ArrayList<>();
    }
    @Override public newsdesk.search.SearchPage searchAfter(String query, SearchFilter filter, newsdesk.search.SearchCursor after, int limit) {
      return new newsdesk.search.SearchPage(List.of(), null);
    }
    @Override public void checkQuery(String query) {}
    @Override public void close() {}
  }
}
