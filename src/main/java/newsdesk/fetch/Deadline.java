package newsdesk.fetch;

import java.time.Duration;

/**
 * A point in time by which a fetch (all its redirect hops, retries and waits) must be done, on the
 * monotonic clock ({@link System#nanoTime()}): wall-clock changes neither shorten nor stretch it.
 * {@link #NONE} is no deadline. Immutable.
 */
public final class Deadline {
  /** No deadline: each exchange is bounded only by the fetcher's request timeout. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

  private final long atNanos;
  private final Duration length;

  private Deadline(long atNanos, Duration length) {
    this.atNanos = atNanos;
    this.length = length;
  }

  /** The deadline {@code length} from now; {@link #NONE} for a length beyond the monotonic clock's range (centuries). */
  public static Deadline after(Duration length) {
    if (length == null || length.isNegative()) throw new IllegalArgumentException("length must not be negative, got " + length);
    try {
      return new Deadline(Math.addExact(System.nanoTime(), length.toNanos()), length);
    } catch (ArithmeticException tooFar) {
      return NONE;
    }
  }

  /** The earlier of this deadline and {@code other}. */
  public Deadline orEarlier(Deadline other) {
    if (other == NONE) return this;
    if (this == NONE) return other;
    return other.atNanos - atNanos < 0 ? other : this;
  }

  /** The time left (zero once passed); {@code max} for {@link #NONE} and when more than {@code max} is left. */
  public Duration remaining(Duration max) {
    if (this == NONE) return max;
    long left = Math.max(0, atNanos - System.nanoTime());
    return left < max.toNanos() ? Duration.ofNanos(left) : max;
  }

  /** True once it has passed. */
  public boolean passed() {
    return this != NONE && atNanos - System.nanoTime() <= 0;
  }

  /** How long it was set for, when made by {@link #after}; null for {@link #NONE}. */
  public Duration length() {
    return length;
  }
}
