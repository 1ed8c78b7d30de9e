package newsdesk.cli;

/**
 * A mistake in what the user asked for (a missing file, a bad date): reported as one line
 * naming the input and what is wrong, never with a stack trace.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
