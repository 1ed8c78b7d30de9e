package newsdesk.web.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop HTTP load generator: requests are scheduled at a fixed rate and sent over at most
 * {@code connections} concurrent requests (so at most that many connections); the mix is
 * {@code pageShare} pages (half front page, half story pages) and the rest searches. Bounded: each
 * run stops by itself after its duration, and waits at most {@link #DRAIN} for the last answers.
 */
public final class LoadGenerator {
  static final Duration DRAIN = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI base;
  private final List<String> storyIds;
  private final List<String> searchWords;
  private final int connections;
  private final double pageShare;

  /**
   * @param pageShare share of page requests (front and story pages, half each); the rest are
   *     searches. A negative share means "always request {@code storyIds.get(0)} as a path" (the reference run).
   */
  public LoadGenerator(URI base, List<String> storyIds, List<String> searchWords, int connections, double pageShare) {
    if (storyIds.isEmpty() || searchWords.isEmpty()) throw new IllegalArgumentException("need story ids and search words");
    if (connections <= 0) throw new IllegalArgumentException("connections must be positive, got " + connections);
    this.base = base;
    this.storyIds = List.copyOf(storyIds);
    this.searchWords = List.copyOf(searchWords);
    this.connections = connections;
    this.pageShare = pageShare;
  }

  /** Sends {@code rate} requests per second for {@code duration}; returns what was measured. */
  public LoadResult run(int rate, Duration duration, long seed) throws InterruptedException {
    int total = (int) Math.round(rate * duration.toMillis() / 1000.0);
    double[] latencies = new double[total];
    String[] kinds = new String[total];
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Semaphore slots = new Semaphore(connections);
    Random random = new Random(seed);
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(workers)
        .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()) {
      long start = System.nanoTime();
      long intervalNanos = 1_000_000_000L / rate;
      for (int i = 0; i < total; i++) {
        long scheduled = start + i * intervalNanos;
        long wait = scheduled - System.nanoTime();
        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
        slots.acquire();
        int slot = i;
        String path = nextPath(random);
        kinds[slot] = kindOf(path);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
          latencies[slot] = (System.nanoTime() - scheduled) / 1e6;
          if (failure != null || response.statusCode() != 200) errors.incrementAndGet();
          slots.release();
          done.incrementAndGet();
        });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!slots.tryAcquire(connections, DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        // Answers still missing after the drain time count as errors.
        errors.addAndGet(total - done.get());
      }
      java.util.Map<String, double[]> byKind = new java.util.HashMap<>();
      for (String kind : new java.util.TreeSet<>(java.util.Arrays.asList(kinds))) {
        byKind.put(kind, java.util.stream.IntStream.range(0, total).filter(j -> kind.equals(kinds[j])).mapToDouble(j -> latencies[j]).toArray());
      }
      return new LoadResult(rate, seconds, total, errors.get(), java.util.Arrays.copyOf(latencies, total), byKind);
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Closed-loop warm-up: one request at a time from the same mix, {@code count} requests or until
   * {@code limit} has passed, so caches and the JIT warm without a backlog piling up.
   * Returns the number of requests sent.
   */
  public int warmSequentially(int count, Duration limit, long seed) throws InterruptedException {
    Random random = new Random(seed);
    long end = System.nanoTime() + limit.toNanos();
    int sent = 0;
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build()) {
      while (sent < count && System.nanoTime() < end) {
        try {
          client.send(HttpRequest.newBuilder(base.resolve(nextPath(random))).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
          // warm-up answers are not measured
        }
        sent++;
      }
    }
    return sent;
  }

  /** The same load against one static file: the floor the machine and the server framework set. */
  public LoadGenerator referenceOnly(String path) {
    return new LoadGenerator(base, List.of(path), List.of("reference"), connections, -1) ;
  }

  private static String kindOf(String path) {
    if (path.equals("/")) return "front";
    if (path.startsWith("/stories/")) return "story";
    if (path.startsWith("/search")) return "search";
    return "static";
  }

  private String nextPath(Random random) {
    if (pageShare < 0) return storyIds.getFirst();
    double r = random.nextDouble();
    if (r < pageShare / 2) return "/";
    if (r < pageShare) return "/stories/" + storyIds.get(random.nextInt(storyIds.size()));
    String q = searchWords.get(random.nextInt(searchWords.size()));
    return "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
  }
}
