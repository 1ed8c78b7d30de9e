package newsdesk.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import newsdesk.fetch.FetchConfig;
import newsdesk.sources.bench.BenchFeedSite;
import newsdesk.sources.bench.PollBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsdesk bench fetch}: polls many feeds from local sites and reports speed, memory and per-host limits. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Measure feed polling through the real poller on many local sites (127.0.1.x).",
        "One server per host; the poller (fetcher, parser, store) runs twice (full answers, then 304s), and a bare "
            + "HttpClient reference on the same threads. Prints feeds per second, peak heap, peak threads and the "
            + "most concurrent requests any host saw; exits 1 if the per-host limit was ever exceeded."})
public final class BenchFetchCommand implements Callable<Integer> {
  @Option(names = "--feeds", paramLabel = "N", defaultValue = "1000", description = "Feeds to poll (default: ${DEFAULT-VALUE}).")
  int feeds;

  @Option(names = "--hosts", paramLabel = "N", defaultValue = "10", description = "Local hosts serving them (1-250, default: ${DEFAULT-VALUE}).")
  int hosts;

  @Option(names = "--items", paramLabel = "N", defaultValue = "20", description = "Items per feed (default: ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "16", description = "Polling threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--per-host", paramLabel = "N", defaultValue = "2", description = "Concurrent requests per host (default: ${DEFAULT-VALUE}).")
  int perHost;

  @Option(names = "--min-delay-ms", defaultValue = "0", paramLabel = "MS",
      description = "Minimum delay between requests to one host, ms (default: ${DEFAULT-VALUE}; the fetcher's own default is 1000).")
  long minDelayMs;

  @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS", description = "Server think time per request, ms (default: ${DEFAULT-VALUE}).")
  long latencyMs;

  @Override
  public Integer call() {
    if (feeds <= 0 || items < 0 || threads <= 0 || perHost <= 0 || minDelayMs < 0 || latencyMs < 0) {
      throw new UserError("--feeds, --threads and --per-host must be positive; --items, --min-delay-ms and --latency-ms not negative");
    }
    if (hosts < 1 || hosts > 250) throw new UserError("--hosts must be 1..250, got " + hosts);
    FetchConfig config = FetchConfig.defaults().withAllowPrivateNetwork(true)
        .withPoliteness(perHost, Duration.ofMillis(minDelayMs));
    PollBenchmark.Result r;
    try (BenchFeedSite site = new BenchFeedSite(hosts, feeds, items, Duration.ofMillis(latencyMs))) {
      System.err.println("Polling " + feeds + " feeds of " + items + " items from " + hosts + " local hosts with " + threads
          + " threads, at most " + perHost + " per host, " + minDelayMs + " ms apart ...");
      r = new PollBenchmark(threads, config).run(site);
    }
    PollBenchmark.Round reference = r.rounds().get(r.rounds().size() - 1);
    for (PollBenchmark.Round round : r.rounds()) {
      System.out.printf("%-34s %5d feeds in %6.2f s = %7.1f feeds/s (%.2fx reference), %d failed%n", round.name() + ":",
          round.polled(), round.time().toNanos() / 1e9, round.perSecond(), round.perSecond() / reference.perSecond(),
          round.failed());
    }
    System.out.printf("entries read: %d%n", r.entries());
    StringBuilder stages = new StringBuilder("thread time by stage (both poll rounds):");
    r.stageTime().forEach((stage, d) -> stages.append(' ').append(stage).append(' ').append(String.format("%.2fs", d.toNanos() / 1e9)));
    System.out.println(stages);
    System.out.printf("peak heap (sampled every 10 ms, server included): %.1f MB%n", r.peakHeapBytes() / 1048576.0);
    System.out.printf("peak live threads (JVM, server included: two threads per host, dispatcher and timer): %d%n", r.peakThreads());
    System.out.printf("max concurrent requests seen by one host: %d (limit %d)%n", r.maxInFlightPerHost(), r.perHostLimit());
    System.out.printf("shortest gap between two requests arriving at one host: %.1f ms (minimum delay %d ms)%n",
        r.minGapPerHost().toNanos() / 1e6, minDelayMs);
    return r.maxInFlightPerHost() <= r.perHostLimit() ? 0 : 1;
  }
}
