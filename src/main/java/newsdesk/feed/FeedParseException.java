package newsdesk.feed;

/** The document could not be read as a feed of any known format, even leniently. */
public final class FeedParseException extends Exception {
  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
