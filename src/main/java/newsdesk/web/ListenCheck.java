package newsdesk.web;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks that a server could listen on an address and port before anything else starts (the demo's
 * ingest, a generated password), and explains why it cannot: unknown host, an address that is not
 * this machine's, a port in use or refused.
 */
public final class ListenCheck {
  private ListenCheck() {}

  /** Throws {@link CannotListenException} when nothing could listen on {@code host}:{@code port} now (0: any free port). */
  public static void require(String host, int port) {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    InetAddress address = resolve(host, port);
    try (ServerSocket socket = new ServerSocket()) {
      // As the real server does, so that connections still closing from a previous run do not count as "in use".
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      throw explain(host, port, e);
    }
  }

  /** Why binding {@code host}:{@code port} failed with {@code failure}, as a {@link CannotListenException}. */
  public static CannotListenException explain(String host, int port, Throwable failure) {
    InetAddress address = resolve(host, port);
    if (!isLocal(address)) {
      return new CannotListenException(host, port, address.getHostAddress() + " is not an address of this machine", failure);
    }
    String message = String.valueOf(rootCause(failure).getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("in use")) return new CannotListenException(host, port, "the port is already in use by another program", failure);
    if (message.contains("permission denied") || message.contains("access")) {
      return new CannotListenException(host, port, "the system does not allow this port (ports below 1024 need special rights)", failure);
    }
    if (message.contains("assign")) return new CannotListenException(host, port, host + " is not an address of this machine", failure);
    return new CannotListenException(host, port, rootCause(failure).getMessage(), failure);
  }

  static String display(String host, int port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  private static InetAddress resolve(String host, int port) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CannotListenException(host, port, "unknown host " + host, e);
    }
  }

  private static boolean isLocal(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress()) return true;
    try {
      return NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return true; // cannot tell: let the bind error speak
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      if (c instanceof BindException) return c;
      c = c.getCause();
    }
    return c;
  }
}
