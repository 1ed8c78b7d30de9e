package newsdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock for code that decides by age: it stands still until the test moves it, or, made by
 * {@link #ticking}, moves on by a fixed step each time it is read, as time does between two polls.
 * Safe to read from several threads (a web server's).
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final Duration tick;

  public ManualClock(Instant start) {
    this(start, Duration.ZERO);
  }

  private ManualClock(Instant start, Duration tick) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    this.tick = Objects.requireNonNull(tick, "tick");
  }

  /** A clock that reads {@code start} first and {@code tick} later on each next read. */
  public static ManualClock ticking(Instant start, Duration tick) {
    return new ManualClock(start, tick);
  }

  /** Moves the clock forward (or back, for a negative {@code d}). */
  public void advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(t -> t.plus(tick));
  }
}
