package newsdesk.web.load;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one load step measured. Latency is from each request's scheduled send time to its complete
 * response, so time spent queued behind busy connections counts (no coordinated omission).
 *
 * @param targetRate  requests per second asked for
 * @param seconds     how long requests were sent
 * @param sent        requests sent
 * @param errors      requests that failed or answered other than 200
 * @param latenciesMs sorted latencies in milliseconds
 */
public record LoadResult(int targetRate, double seconds, int sent, int errors, double[] latenciesMs,
    java.util.Map<String, double[]> byKind) {
  public LoadResult {
    latenciesMs = latenciesMs.clone();
    Arrays.sort(latenciesMs);
    java.util.Map<String, double[]> sorted = new java.util.TreeMap<>();
    byKind.forEach((k, v) -> {
      double[] copy = v.clone();
      Arrays.sort(copy);
      sorted.put(k, copy);
    });
    byKind = java.util.Collections.unmodifiableMap(sorted);
  }

  /** The q-th quantile of latency in ms of one kind of request (front, story, search, static). */
  public double quantile(String kind, double q) {
    double[] l = byKind.getOrDefault(kind, new double[0]);
    if (l.length == 0) return 0;
    int rank = (int) Math.ceil(q * l.length) - 1;
    return l[Math.max(0, Math.min(l.length - 1, rank))];
  }

  /** The q-th quantile (0-1) of latency in ms, nearest rank. */
  public double quantile(double q) {
    if (latenciesMs.length == 0) return 0;
    int rank = (int) Math.ceil(q * latenciesMs.length) - 1;
    return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank))];
  }

  public double achievedRate() {
    return sent / seconds;
  }

  /** True when p99 is under {@code p99LimitMs} and nothing failed. */
  public boolean passes(double p99LimitMs) {
    return errors == 0 && quantile(0.99) < p99LimitMs;
  }

  public String summary() {
    return String.format(Locale.ROOT, "rate %d/s: sent %d in %.1f s (%.1f/s), errors %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
        targetRate, sent, seconds, achievedRate(), errors, quantile(0.5), quantile(0.9), quantile(0.99),
        latenciesMs.length == 0 ? 0 : latenciesMs[latenciesMs.length - 1])
        + byKind.keySet().stream().map(k -> String.format(Locale.ROOT, "; %s n=%d p50 %.1f p99 %.1f", k, byKind.get(k).length,
            quantile(k, 0.5), quantile(k, 0.99))).collect(java.util.stream.Collectors.joining());
  }
}
