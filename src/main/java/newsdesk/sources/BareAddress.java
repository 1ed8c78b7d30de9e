package newsdesk.sources;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes an address typed without a scheme ({@code example.org}, {@code example.org/feed.xml},
 * {@code 127.0.0.1:8080/feed.xml}) as a reader means it: {@code https://} for a host name or
 * address, {@code http://} for a loopback one (a local test server seldom speaks TLS). Anything
 * else is left as typed, for the caller's own check to name what is wrong.
 */
public final class BareAddress {
  /** A host with a dot (or localhost, or a bracketed IPv6 address), an optional port and path. */
  private static final Pattern BARE = Pattern.compile(
      "(?i)(localhost|\\[[0-9a-f:.]+]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(:\\d{1,5})?([/?#]\\S*)?");

  private BareAddress() {}

  /** {@code address} with a scheme when it is a bare host (see the class comment), else as typed (stripped). */
  public static String withScheme(String address) {
    String a = address.strip();
    Matcher m = BARE.matcher(a);
    if (a.contains("://") || !m.matches()) return a;
    String host = m.group(1).toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    return (loopback ? "http://" : "https://") + a;
  }
}
