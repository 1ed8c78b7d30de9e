package newsdesk.sources;

/** An OPML file cannot be read: not XML, not OPML, or no subscription in it. */
public final class OpmlException extends Exception {
  public OpmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
