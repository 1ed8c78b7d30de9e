package newsdesk.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time spent in each pipeline stage, across threads. Concurrent stages (page fetches
 * run in parallel) add up their threads' time, so a stage can exceed the wall time of a run.
 */
public final class StageTimer {
  /** The stages, in pipeline order. */
  public static final String[] STAGES = {"fetch", "feed", "extract", "dedup", "cluster", "store", "summarize", "index"};

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(stage, System.nanoTime() - start);
    }
  }

  public void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
  }

  /**
   * Runs one stage step inside an admission's transaction, adding its time to the stage and to
   * {@code inner} (not storage time: the admission counts the rest of the transaction as "store").
   */
  <T> T step(String stage, long[] inner, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      long spent = System.nanoTime() - t;
      add(stage, spent);
      inner[0] += spent;
    }
  }

  /**
   * The time per stage spent after {@code earlier} (a {@link #snapshot()} taken then), in the same
   * order: what one run of a long-lived pipeline spent, without the runs before it.
   */
  public Map<String, Duration> since(Map<String, Duration> earlier) {
    Map<String, Duration> out = new LinkedHashMap<>();
    snapshot().forEach((stage, total) -> {
      Duration spent = total.minus(earlier.getOrDefault(stage, Duration.ZERO));
      if (!spent.isZero()) out.put(stage, spent);
    });
    return out;
  }

  /** Time per stage, in pipeline order, then any other stage. */
  public Map<String, Duration> snapshot() {
    Map<String, Duration> out = new LinkedHashMap<>();
    for (String s : STAGES) {
      LongAdder n = nanos.get(s);
      if (n != null) out.put(s, Duration.ofNanos(n.sum()));
    }
    nanos.forEach((s, n) -> out.putIfAbsent(s, Duration.ofNanos(n.sum())));
    return out;
  }
}
