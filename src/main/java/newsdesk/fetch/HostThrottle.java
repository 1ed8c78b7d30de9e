package newsdesk.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code maxConcurrent} requests in flight to one host, and request
 * starts to one host spaced by at least its delay (the configured minimum, or a longer
 * robots.txt Crawl-delay). Waiting happens on the caller's thread, so a slow host holds up only
 * the requests meant for it.
 */
final class HostThrottle {
  /** A request that holds one of its host's slots; closing it frees the slot. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Host {
    final Semaphore slots;
    long nextStartNanos;
    long delayNanos;

    Host(int maxConcurrent, long delayNanos) {
      this.slots = new Semaphore(maxConcurrent, true);
      this.delayNanos = delayNanos;
      this.nextStartNanos = System.nanoTime();
    }
  }

  private final int maxConcurrent;
  private final long minDelayNanos;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostThrottle(int maxConcurrent, Duration minDelay) {
    this.maxConcurrent = maxConcurrent;
    this.minDelayNanos = minDelay.toNanos();
  }

  /**
   * Waits for a slot and for the host's delay, then returns the held slot. With {@code spaced}
   * false only the concurrency limit applies (for an operator-configured local mirror).
   */
  Permit acquire(String hostKey, boolean spaced) throws InterruptedException {
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent, minDelayNanos));
    host.slots.acquire();
    try {
      if (spaced) {
        long wait;
        synchronized (host) {
          long now = System.nanoTime();
          long start = Math.max(now, host.nextStartNanos);
          host.nextStartNanos = start + host.delayNanos;
          wait = start - now;
        }
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
      }
    } catch (InterruptedException | RuntimeException e) {
      host.slots.release();
      throw e;
    }
    return host.slots::release;
  }

  /** Raises a host's delay to {@code delay} (a robots.txt Crawl-delay), never below the minimum. */
  void requireDelay(String hostKey, Duration delay) {
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent, minDelayNanos));
    synchronized (host) {
      host.delayNanos = Math.max(minDelayNanos, delay.toNanos());
    }
  }
}
