package newsdesk.store;

/** The database failed (disk full, corrupt file, locked too long): an environment failure. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
  }
}
