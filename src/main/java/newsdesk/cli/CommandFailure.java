package newsdesk.cli;

/**
 * A command that was asked for correctly but could not do its work (an address that cannot be
 * fetched, a file that holds no feed, a missing search index): reported as one line naming the
 * input and what is wrong, exit status 1, never with a stack trace. A mistake in the request itself
 * is a {@link UserError} (exit status 2).
 */
public final class CommandFailure extends RuntimeException {
  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
