package newsdesk.store;

/** The database failed (disk full, corrupt file, locked too long): an environment failure. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
  }

  /** For subclasses whose message already says what the cause means. */
  StoreException(String message, Throwable cause, boolean messageIsComplete) {
    super(messageIsComplete ? message : message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""),
        cause);
  }
}
