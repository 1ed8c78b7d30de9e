package newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Slows password guessing per client address: the first {@value #FREE_FAILURES} wrong passwords
 * cost nothing, each further one doubles the wait before the next attempt is even checked (from 1 s
 * up to {@link #MAX_WAIT}). An attempt counts as wrong from the moment it is claimed ({@link #claim})
 * until a right password clears the address's record ({@link #succeeded}); a record no one has used
 * for {@link #FORGET_AFTER} is forgotten. The claim comes before the (deliberately slow) password
 * hash, so a flood of guesses costs the server little.
 *
 * <p>Behind a reverse proxy every client shares the proxy's address: the throttle then holds for all
 * of them together, which is the safe side. Thread-safe; memory is bounded by
 * {@value #MAX_ADDRESSES} addresses (the least recently seen go first).
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  static final int MAX_ADDRESSES = 10_000;

  private record Failures(int count, Instant last, Instant notBefore) {}

  private final Clock clock;
  private final LinkedHashMap<String, Failures> byAddress = new LinkedHashMap<>(16, 0.75f, true);

  LoginThrottle(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Claims one password check for {@code address}: when it must still wait, returns how long (and
   * counts nothing); otherwise counts the attempt as a failure at once and returns zero. Counting
   * before the (slow) check is what makes parallel guesses share the throttle: only {@link
   * #succeeded} takes the failure back.
   */
  synchronized Duration claim(String address) {
    Objects.requireNonNull(address, "address");
    Instant now = clock.instant();
    Failures f = current(address);
    if (f != null && f.notBefore().isAfter(now)) return Duration.between(now, f.notBefore());
    int count = f == null ? 1 : f.count() + 1;
    Instant notBefore = now;
    if (count > FREE_FAILURES) {
      int doublings = Math.min(count - FREE_FAILURES - 1, 20);
      Duration wait = Duration.ofSeconds(1L << doublings);
      notBefore = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
    byAddress.put(address, new Failures(count, now, notBefore));
    if (byAddress.size() > MAX_ADDRESSES) {
      Iterator<String> eldest = byAddress.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return Duration.ZERO;
  }

  /** Clears the record of {@code address} after a right password. */
  synchronized void succeeded(String address) {
    byAddress.remove(Objects.requireNonNull(address, "address"));
  }

  private Failures current(String address) {
    Failures f = byAddress.get(Objects.requireNonNull(address, "address"));
    if (f != null && f.last().plus(FORGET_AFTER).isBefore(clock.instant())) {
      byAddress.remove(address);
      return null;
    }
    return f;
  }

  /** Whole seconds to announce in {@code Retry-After} for a wait (at least 1). */
  static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Number of addresses with a record (for tests and monitoring). */
  synchronized int trackedAddresses() {
    return byAddress.size();
  }
}
