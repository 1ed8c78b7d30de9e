package newsdesk.sources.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.SourcePoller;
import newsdesk.pipeline.StageTimer;
import newsdesk.sources.PollSchedule;
import newsdesk.sources.SitemapReader;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;

/**
 * Measures polling: every feed of a {@link BenchFeedSite} polled through the real
 * {@link SourcePoller} (fetcher with its per-host limits, parser, SQLite store) by a fixed pool of
 * threads, first with full answers, then again with conditional GETs that come back 304. The
 * reference, in the same run, fetches the same URLs with a bare JDK HttpClient on the same number
 * of threads: no parsing, no store, no politeness, no guard.
 */
public final class PollBenchmark {
  /** One timed round. */
  public record Round(String name, int polled, int failed, Duration time) {
    public double perSecond() {
      return polled / Math.max(1e-9, time.toNanos() / 1e9);
    }
  }

  /** What a run measured. */
  public record Result(List<Round> rounds, long peakHeapBytes, int peakThreads, int maxInFlightPerHost, int perHostLimit,
      Duration minGapPerHost, long entries, java.util.Map<String, Duration> stageTime) {}

  private final int threads;
  private final FetchConfig config;

  public PollBenchmark(int threads, FetchConfig config) {
    if (threads <= 0) throw new IllegalArgumentException("threads must be positive, got " + threads);
    this.threads = threads;
    this.config = config;
  }

  public Result run(BenchFeedSite site) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    List<Round> rounds = new ArrayList<>();
    Path dir = tempDir();
    AtomicLong entries = new AtomicLong();
    StageTimer timer = new StageTimer();
    reference(site.feeds()); // warms the JIT and the loopback sockets; not reported
    site.resetCounters();
    System.gc();
    threadBean.resetPeakThreadCount();
    HeapSampler sampler = HeapSampler.start(memory);
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("bench.db"));
        HttpFetcher fetcher = new HttpFetcher(config)) {
      SourcePoller poller = new SourcePoller(fetcher, new StandardFeedParser(), store, Clock.systemUTC(), timer,
          new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults());
      rounds.add(timed("HttpFetcher GET only", site.feeds(), u -> fetcher.get(u, null, null).status() == 200));
      List<Source> sources = site.feeds().stream().map(u -> store.addSource(u.toString(), "feed", null, null)).toList();
      rounds.add(timed("poll (200, parse, store)", sources, s -> {
        SourcePoller.Poll p = poller.poll(s);
        poller.commit(p); // what the pipeline does once the entries are stored
        entries.addAndGet(p.entries().size());
        return p.error() == null;
      }));
      List<Source> again = sources.stream().map(s -> store.source(s.id()).orElseThrow()).toList();
      rounds.add(timed("poll again (304)", again, s -> poller.poll(s).error() == null));
    } finally {
      sampler.stop();
      deleteQuietly(dir);
    }
    long peakHeap = sampler.peak();
    int peakThreads = threadBean.getPeakThreadCount();
    int maxInFlight = site.maxInFlightPerHost(); // before the reference, which keeps no limit
    Duration minGap = site.minGapPerHost();
    rounds.add(reference(site.feeds()));
    return new Result(rounds, peakHeap, peakThreads, maxInFlight, config.maxConcurrentPerHost(), minGap, entries.get(),
        timer.snapshot());
  }

  private interface Work<T> {
    boolean run(T item) throws Exception;
  }

  private <T> Round timed(String name, List<T> items, Work<T> work) {
    long start = System.nanoTime();
    int failed = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (T item : items) futures.add(pool.submit((Callable<Boolean>) () -> work.run(item)));
      for (Future<Boolean> f : futures) {
        try {
          if (!f.get()) failed++;
        } catch (ExecutionException e) {
          failed++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return new Round(name, items.size(), failed, Duration.ofNanos(System.nanoTime() - start));
  }

  private Round reference(List<URI> urls) {
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return timed("reference: bare HttpClient GET", urls, u -> {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(u).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200;
      });
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("newsdesk-bench-fetch");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }

  /** Samples the used heap every 10 ms; the peak is the largest sample (simultaneous use, not a sum of pool peaks). */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    private HeapSampler(MemoryMXBean memory) {
      thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    static HeapSampler start(MemoryMXBean memory) {
      return new HeapSampler(memory);
    }

    void stop() {
      thread.interrupt();
    }

    long peak() {
      return peak.get();
    }
  }
}
