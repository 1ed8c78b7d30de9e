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
  /** A request that holds one of its host's slots; closing it (once or more) frees the slot. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** The time the throttle reads and waits on: the system's, or a test's. */
  interface Pacer {
    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code nanos} (positive). */
    void sleep(long nanos) throws InterruptedException;

    Pacer SYSTEM = new Pacer() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(long nanos) throws InterruptedException {
        Thread.sleep(Duration.ofNanos(nanos));
      }
    };
  }

  private static final class Host {
    final Semaphore slots;
    long nextStartNanos;
    long delayNanos;

    Host(int maxConcurrent, long delayNanos, long now) {
      this.slots = new Semaphore(maxConcurrent, true);
      this.delayNanos = delayNanos;
      this.nextStartNanos = now;
    }
  }

  /** Past this many hosts, idle ones are forgotten so a long run over many sites stays small. */
  private static final int MAX_HOSTS = 10_000;

  private final int maxConcurrent;
  private final long minDelayNanos;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Pacer pacer;

  HostThrottle(int maxConcurrent, Duration minDelay) {
    this(maxConcurrent, minDelay, Pacer.SYSTEM);
  }

  HostThrottle(int maxConcurrent, Duration minDelay, Pacer pacer) {
    this.maxConcurrent = maxConcurrent;
    this.minDelayNanos = minDelay.toNanos();
    this.pacer = java.util.Objects.requireNonNull(pacer, "pacer");
  }

  /**
   * Waits for a slot and for the host's delay, then returns the held slot. With {@code spaced}
   * false only the concurrency limit applies (for an operator-configured local mirror).
   */
  Permit acquire(String hostKey, boolean spaced) throws InterruptedException {
    if (hosts.size() > MAX_HOSTS) forgetIdle();
    Host host;
    while (true) {
      host = hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent, minDelayNanos, pacer.nanoTime()));
      host.slots.acquire();
      if (hosts.get(hostKey) == host) break;
      host.slots.release(); // forgotten while we waited: use the host's current entry
    }
    try {
      if (spaced) {
        long wait;
        synchronized (host) {
          long now = pacer.nanoTime();
          long start = Math.max(now, host.nextStartNanos);
          host.nextStartNanos = start + host.delayNanos;
          wait = start - now;
        }
        if (wait > 0) pacer.sleep(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      host.slots.release();
      throw e;
    }
    Semaphore slots = host.slots;
    java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) slots.release(); // closing twice frees one slot, once
    };
  }

  /** Raises a host's delay to {@code delay} (a robots.txt Crawl-delay), never below the minimum. */
  void requireDelay(String hostKey, Duration delay) {
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent, minDelayNanos, pacer.nanoTime()));
    synchronized (host) {
      host.delayNanos = Math.max(minDelayNanos, delay.toNanos());
    }
  }

  /** Hosts currently remembered. */
  int trackedHosts() {
    return hosts.size();
  }

  /** Drops hosts with no request in flight whose delay has passed: forgetting them loses nothing. */
  private void forgetIdle() {
    long now = pacer.nanoTime();
    hosts.entrySet().removeIf(e -> {
      Host h = e.getValue();
      synchronized (h) {
        return h.slots.availablePermits() == maxConcurrent && h.nextStartNanos - now <= 0;
      }
    });
  }
}
