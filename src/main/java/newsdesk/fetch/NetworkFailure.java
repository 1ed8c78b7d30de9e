package newsdesk.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Says in words why a network request failed ("connection refused", "unknown host example.invalid",
 * "connection reset", "timed out"), for one-line error messages. The JDK's HTTP client often throws
 * exceptions whose message is null ({@code ConnectException} wrapping {@code UnresolvedAddressException}
 * or {@code ClosedChannelException}), so the description walks the whole cause chain and recognises the
 * failure by type before falling back to the first message it finds. Never returns null or a bare class
 * name.
 */
public final class NetworkFailure {
  private NetworkFailure() {}

  /** Why a request to {@code target} (may be null) failed with {@code failure} (may be null). */
  public static String describe(URI target, Throwable failure) {
    return describe(failure, target == null ? null : target.getHost());
  }

  /** Why a request failed with {@code failure}; {@code host} (may be null) names the host it went to. */
  public static String describe(Throwable failure, String host) {
    List<Throwable> chain = chain(failure);
    if (chain.isEmpty()) return "unknown network error";
    for (Throwable t : chain) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        String name = host != null ? host : blankToNull(t.getMessage());
        return name == null ? "unknown host" : "unknown host " + name;
      }
    }
    for (Throwable t : chain) {
      if (t instanceof HttpConnectTimeoutException) return "connection timed out";
      if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
        return "timed out";
      }
      if (t instanceof NoRouteToHostException) return "no route to host";
      if (t instanceof PortUnreachableException) return "port unreachable";
      if (t instanceof SSLException) return "TLS failed" + detail(t);
    }
    for (Throwable t : chain) {
      String m = lower(t.getMessage());
      if (m.contains("connection refused")) return "connection refused";
      if (m.contains("connection reset")) return "connection reset";
      if (m.contains("broken pipe")) return "connection closed by the server";
      if (m.contains("network is unreachable")) return "network unreachable";
    }
    for (Throwable t : chain) {
      // The JDK client reports a refused connection as a ConnectException without a message.
      if (t instanceof ConnectException) return "connection refused";
    }
    for (Throwable t : chain) {
      if (t instanceof EOFException) return "connection closed before the response was complete";
      if (t instanceof SocketException && blankToNull(t.getMessage()) == null) return "connection failed";
    }
    for (Throwable t : chain) {
      String m = blankToNull(t.getMessage());
      if (m != null) return m;
    }
    return "network error (" + words(chain.getFirst().getClass().getSimpleName()) + ")";
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> out = new ArrayList<>();
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t) && out.size() < 20; t = t.getCause()) out.add(t);
    return out;
  }

  private static String detail(Throwable t) {
    String m = blankToNull(t.getMessage());
    return m == null ? "" : ": " + m;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** "ClosedChannelException" as "closed channel". */
  private static String words(String className) {
    String base = className.replaceFirst("(Exception|Error)$", "");
    if (base.isEmpty()) return "unexplained";
    return base.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
