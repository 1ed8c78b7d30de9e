package newsdesk.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Slows password guessing per client and overall, within {@link LoginLimits}: per client (an IPv4
 * address, an IPv6 /64) the first wrong passwords cost nothing, each further one doubles the wait
 * before the next attempt is even checked; overall, past the global budget of failures in a window,
 * every client waits. An attempt counts as wrong from the moment it is claimed ({@link #claim})
 * until a right password clears the client's record ({@link #succeeded}). The claim comes before the
 * (deliberately slow) password hash, so a flood of guesses costs the server little.
 *
 * <p>Behind a reverse proxy every client shares the proxy's address: the throttle then holds for all
 * of them together, which is the safe side. Thread-safe; memory is bounded by the limits' number of
 * clients and global budget.
 */
final class LoginThrottle {
  private record Failures(int count, Instant last, Instant notBefore) {}

  private final Clock clock;
  private final LoginLimits limits;
  private final LinkedHashMap<String, Failures> byClient = new LinkedHashMap<>(16, 0.75f, true);
  /** When the failures still in the global window were claimed, oldest first. */
  private final ArrayDeque<Instant> recentFailures = new ArrayDeque<>();

  LoginThrottle(Clock clock, LoginLimits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Claims one password check for the client at {@code address}: when it must still wait, returns
   * how long (and counts nothing); otherwise counts the attempt as a failure at once and returns
   * zero. Counting before the (slow) check is what makes parallel guesses share the throttle: only
   * {@link #succeeded} takes the failure back.
   */
  synchronized Duration claim(String address) {
    String client = client(address);
    Instant now = clock.instant();
    Failures f = current(client, now);
    if (f != null && f.notBefore().isAfter(now)) return Duration.between(now, f.notBefore());
    Duration overall = globalWait(now);
    if (!overall.isZero()) return overall;
    int count = f == null ? 1 : f.count() + 1;
    Instant notBefore = now;
    if (count > limits.freeFailures()) {
      int doublings = Math.min(count - limits.freeFailures() - 1, 20);
      Duration wait = Duration.ofSeconds(1L << doublings);
      notBefore = now.plus(wait.compareTo(limits.maxWait()) > 0 ? limits.maxWait() : wait);
    }
    byClient.put(client, new Failures(count, now, notBefore));
    recentFailures.addLast(now);
    if (byClient.size() > limits.maxClients()) {
      Iterator<String> eldest = byClient.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return Duration.ZERO;
  }

  /** Clears the record of the client at {@code address} after a right password; its claim was no failure. */
  synchronized void succeeded(String address) {
    byClient.remove(client(address));
    recentFailures.pollLast();
  }

  /** Zero while the global budget has room, else how long until its oldest failure leaves the window. */
  private Duration globalWait(Instant now) {
    while (!recentFailures.isEmpty() && !recentFailures.peekFirst().plus(limits.globalWindow()).isAfter(now)) {
      recentFailures.pollFirst();
    }
    if (recentFailures.size() < limits.globalFailures()) return Duration.ZERO;
    return Duration.between(now, recentFailures.peekFirst().plus(limits.globalWindow()));
  }

  private Failures current(String client, Instant now) {
    Failures f = byClient.get(client);
    if (f != null && f.last().plus(limits.forgetAfter()).isBefore(now)) {
      byClient.remove(client);
      return null;
    }
    return f;
  }

  /**
   * The client an address belongs to: an IPv6 address's /64 network (one subscriber's), an IPv4
   * address (also when written IPv4-mapped, {@code ::ffff:192.0.2.1}) as it is. Accepts the address
   * bracketed and with a zone; text that is no IPv6 literal is its own client.
   */
  static String client(String address) {
    Objects.requireNonNull(address, "address");
    String a = address.strip();
    if (a.startsWith("[") && a.endsWith("]")) a = a.substring(1, a.length() - 1);
    int zone = a.indexOf('%');
    if (zone >= 0) a = a.substring(0, zone);
    if (a.indexOf(':') < 0) return a;
    try {
      // A text with ':' is parsed as an IPv6 literal, never looked up.
      InetAddress parsed = InetAddress.getByName(a);
      if (!(parsed instanceof Inet6Address)) return parsed.getHostAddress();
      byte[] bytes = parsed.getAddress();
      HexFormat hex = HexFormat.of();
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) network.append(hex.toHexDigits(bytes[i])).append(hex.toHexDigits(bytes[i + 1])).append(':');
      return network.append(":/64").toString();
    } catch (UnknownHostException e) {
      return a;
    }
  }

  /** Whole seconds to announce in {@code Retry-After} for a wait (at least 1). */
  static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Number of clients with a record (for tests and monitoring). */
  synchronized int trackedClients() {
    return byClient.size();
  }
}
