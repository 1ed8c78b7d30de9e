package newsdesk.extract;

/** A page that cannot be read as HTML at all (empty, binary, too large, not markup). */
public final class UnreadablePageException extends Exception {
  public UnreadablePageException(String reason) {
    super(reason);
  }
}
