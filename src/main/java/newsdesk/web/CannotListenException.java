package newsdesk.web;

/**
 * The web server cannot listen where it was asked: the port is in use, the address is not one of
 * this machine's, the host name is unknown, or the system refuses the port. The message is one line
 * naming the address, the port and the cause.
 */
public final class CannotListenException extends RuntimeException {
  private final String host;
  private final int port;

  public CannotListenException(String host, int port, String cause, Throwable underlying) {
    super("cannot listen on " + ListenCheck.display(host, port) + ": " + cause, underlying);
    this.host = host;
    this.port = port;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }
}
