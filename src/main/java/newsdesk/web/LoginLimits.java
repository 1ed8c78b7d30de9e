package newsdesk.web;

import java.time.Duration;

/**
 * How hard the web UI's login is to guess at ({@link LoginThrottle}).
 *
 * <p>Per client: the first {@code freeFailures} wrong passwords cost nothing, each further one
 * doubles the wait before the next attempt is checked, from 1 s up to {@code maxWait}; a client no
 * one has used for {@code forgetAfter} is forgotten, and at most {@code maxClients} are remembered
 * (the least recently seen go first). A client is an IPv4 address, or an IPv6 /64 network: one
 * subscriber is handed a whole /64, so per address a guesser would rotate through 2^64 of them.
 *
 * <p>Overall: at most {@code globalFailures} wrong passwords in any {@code globalWindow}, whichever
 * clients they come from; past that every client waits for the oldest to leave the window. This is
 * what bounds a guesser with many addresses (a botnet, or enough of them to push a victim's record
 * out of the {@code maxClients} remembered). The defaults, 100 an hour, are far above what the few
 * readers of one installation mistype, and hold a distributed guesser to 2,400 guesses a day; the
 * price is that during such an attack the owner too may be asked to wait.
 */
public record LoginLimits(int freeFailures, Duration maxWait, Duration forgetAfter, int maxClients, int globalFailures,
    Duration globalWindow) {
  public LoginLimits {
    if (freeFailures < 0) throw new IllegalArgumentException("freeFailures must not be negative, got " + freeFailures);
    if (maxClients < 1) throw new IllegalArgumentException("maxClients must be positive, got " + maxClients);
    if (globalFailures < 1) throw new IllegalArgumentException("globalFailures must be positive, got " + globalFailures);
    for (Duration d : new Duration[] {maxWait, forgetAfter, globalWindow}) {
      if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException("durations must be positive, got " + d);
    }
  }

  /** 5 free failures, waits up to 15 min, forgotten after 1 h, 10,000 clients; 100 failures an hour overall. */
  public static LoginLimits defaults() {
    return new LoginLimits(5, Duration.ofMinutes(15), Duration.ofHours(1), 10_000, 100, Duration.ofHours(1));
  }
}
