package newsdesk.config;

/**
 * The data folder cannot be used as one: a file where the folder belongs, a folder without a
 * database where one is required, no permission to write. The message names the folder and says
 * what to check; commands report it as the user's mistake (the {@code --data} they gave).
 */
public final class UnusableDataDirException extends RuntimeException {
  public UnusableDataDirException(String message) {
    super(message);
  }

  public UnusableDataDirException(String message, Throwable cause) {
    super(message, cause);
  }
}
